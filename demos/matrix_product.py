"""Matrix Multiplication — Row × Column: each cell of C = AB is one row of A times one column of B.

The reader edits A and B as grids (1 to 5 rows and columns each), and points at a cell of C
(hover, focus or tap); the demo highlights row i of A and column j of B, writes the expansion
``C₁₂ = 1·6 + 2·8 = 22`` as text and draws the pairing of the terms on the canvas. When the
inner sizes differ there is no product, and the demo says why. Must not import ``js``/``pyodide``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from demos.base import Demo, Grid, InputError, Readout, Stepper, View
from demos.options import Option, matrix
from py_runtime.draw import Painter
from py_runtime.matrices import cell_name, format_cell_expansion, format_shape_rule, matmul
from py_runtime.numfmt import tidy_number

MAX_SIZE = 5
CELL_LIMIT = 1e6
NEW_CELL = 1.0  # what a grid fills new cells with when it grows
SIZES = {"rows_a": ("a", 0), "cols_a": ("a", 1), "rows_b": ("b", 0), "cols_b": ("b", 1)}
Matrix = tuple[tuple[float, ...], ...]


@dataclass(frozen=True)
class State:
    """Both matrices and the cell of C the reader points at (0-based)."""

    a: Matrix
    b: Matrix
    focus: tuple[int, int] = (0, 0)

    @property
    def compatible(self) -> bool:
        """Whether AB exists: the columns of A equal the rows of B."""
        return len(self.a[0]) == len(self.b)


def resized(m: Matrix, rows: int, cols: int) -> Matrix:
    """``m`` cut or grown to ``rows`` × ``cols``, keeping the values it already has."""
    return tuple(
        tuple(m[r][c] if r < len(m) and c < len(m[0]) else NEW_CELL for c in range(cols)) for r in range(rows)
    )


def parse_cell(control: str, grid: str, row: int, col: int, value: str) -> float:
    """A number typed into a cell; the error names the cell in the reader's words."""
    text = value.strip().replace("\u2212", "-")
    where = f"{grid} row {row}, column {col}"
    try:
        number = float(text)
    except ValueError:
        raise InputError(
            grid, f"{where}: enter a number such as 3, -2 or 0.5 (got {value.strip()[:20]!r})."
        ) from None
    if not math.isfinite(number) or abs(number) > CELL_LIMIT:
        raise InputError(grid, f"{where}: use a number between -{CELL_LIMIT:g} and {CELL_LIMIT:g}.")
    return number


def _size(control: str, value: str) -> int:
    try:
        size = int(value.strip())
    except ValueError:
        raise InputError(control, f"Enter a whole number from 1 to {MAX_SIZE}.") from None
    if not 1 <= size <= MAX_SIZE:
        raise InputError(control, f"Sizes go from 1 to {MAX_SIZE}.")
    return size


def _cell_ref(control: str, value: str) -> tuple[int, int]:
    try:
        row, col = (int(part) for part in value.split(":"))
    except ValueError:
        raise InputError(control, "Unknown cell.") from None
    return row, col


def _grid_spec(m: Matrix | list[list[float]]) -> dict[str, Any]:
    return {
        "rows": len(m),
        "cols": len(m[0]) if m else 0,
        "cells": [[tidy_number(x, unicode_minus=False) for x in row] for row in m],
    }


class MatrixProduct(Demo[State]):
    """The matrix product as rows times columns; see the module docstring."""

    name = "matrix_product"
    title = "Matrix Multiplication — Row × Column"
    width, height = 420, 150
    options = (
        Option(
            "a",
            f"matrix of 1 to {MAX_SIZE} rows and columns",
            [[1, 2], [3, 4]],
            "Matrix A.",
            matrix(MAX_SIZE, CELL_LIMIT),
        ),
        Option(
            "b",
            f"matrix of 1 to {MAX_SIZE} rows and columns",
            [[5, 6], [7, 8]],
            "Matrix B.",
            matrix(MAX_SIZE, CELL_LIMIT),
        ),
    )
    controls = (
        Stepper("rows_a", "Rows of A", 1, MAX_SIZE),
        Stepper("cols_a", "Columns of A", 1, MAX_SIZE),
        Stepper("rows_b", "Rows of B", 1, MAX_SIZE),
        Stepper("cols_b", "Columns of B", 1, MAX_SIZE),
        Grid("A", "Matrix A"),
        Grid("B", "Matrix B"),
        Grid("C", "Result C", editable=False),
    )

    def initial(self, options: Mapping[str, Any]) -> State:
        return State(a=tuple(options["a"]), b=tuple(options["b"]))

    def update(self, state: State, control: str, value: str) -> State:
        if control in SIZES:
            which, axis = SIZES[control]
            m = getattr(state, which)
            shape = [len(m), len(m[0])]
            shape[axis] = _size(control, value)
            return self._clamped(replace(state, **{which: resized(m, *shape)}))
        if control == "C":
            row, col = _cell_ref(control, value)
            return self._clamped(replace(state, focus=(row - 1, col - 1)))
        grid, _, cell = control.partition(":")
        if grid in ("A", "B") and cell:
            row, col = _cell_ref(grid, cell)
            m = state.a if grid == "A" else state.b
            if not (1 <= row <= len(m) and 1 <= col <= len(m[0])):
                raise InputError(grid, f"{grid} has no row {row}, column {col}.")
            number = parse_cell(control, grid, row, col, value)
            rows = [list(r) for r in m]
            rows[row - 1][col - 1] = number
            new = tuple(tuple(r) for r in rows)
            return replace(state, **{"a" if grid == "A" else "b": new})
        raise InputError(control, f"This demo has no control named {control!r}.")

    @staticmethod
    def _clamped(state: State) -> State:
        rows, cols = len(state.a), len(state.b[0])
        return replace(state, focus=(min(state.focus[0], rows - 1), min(state.focus[1], cols - 1)))

    def render(self, state: State, painter: Painter) -> None:
        from demos.matrix_picture import draw_mismatch, draw_pairing  # one concept per module

        if state.compatible:
            draw_pairing(painter, state.a, state.b, *state.focus)
        else:
            draw_mismatch(painter, len(state.a[0]), len(state.b))

    def view(self, state: State) -> View:
        (m, n), (n2, p) = (len(state.a), len(state.a[0])), (len(state.b), len(state.b[0]))
        values = {"rows_a": str(m), "cols_a": str(n), "rows_b": str(n2), "cols_b": str(p)}
        grids = {"A": _grid_spec(state.a), "B": _grid_spec(state.b)}
        if not state.compatible:
            message = (
                f"No product: A is {m}×{n} and B is {n2}×{p}. The columns of A ({n}) must equal "
                f"the rows of B ({n2}), because each cell pairs a row of A with a column of B term by term."
            )
            grids["C"] = {"rows": 0, "cols": 0, "cells": []}
            return View(
                readouts=(
                    Readout("shape", "Shape", f"({m}×{n})({n2}×{p}): inner sizes differ"),
                    Readout("expansion", "Cell", message, live=True),
                ),
                values=values,
                description=message,
                extra={"grids": grids, "highlight": {}},
            )
        i, j = state.focus
        grids["C"] = _grid_spec(matmul(state.a, state.b))
        expansion = format_cell_expansion(state.a, state.b, i, j)
        row = ", ".join(tidy_number(x) for x in state.a[i])
        col = ", ".join(tidy_number(r[j]) for r in state.b)
        # The cells the page lights, per grid ("row:col", 1-based): row i of A, column j of B, C_ij.
        highlight = {
            "A": [f"{i + 1}:{k + 1}" for k in range(n)],
            "B": [f"{k + 1}:{j + 1}" for k in range(n)],
            "C": [f"{i + 1}:{j + 1}"],
        }
        return View(
            readouts=(
                Readout("shape", "Shape", format_shape_rule(m, n, p)),
                Readout("expansion", "Cell", expansion, live=True),
            ),
            values=values,
            description=(
                f"Row {i + 1} of A ({row}) paired term by term with column {j + 1} of B ({col}); "
                f"the products add up to {cell_name(i, j)}: {expansion}."
            ),
            extra={"grids": grids, "highlight": highlight},
        )
