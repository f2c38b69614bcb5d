"""Matrix Multiplication — Row × Column: each cell of C = AB is one row of A times one column of B.

The reader edits A and B as grids (1 to 5 rows and columns each), and points at a cell of C
(hover, focus or tap on the C grid, or a press on the picture's C, on a row of its A or a column
of its B); the demo highlights row i of A and column j of B, writes the expansion
``C₁₂ = 1·6 + 2·8 = 22`` as text and draws A, B and C where row and column meet at C_ij. When the
inner sizes differ there is no product, and the demo says why. The state and its update live in
``state.py``, the drawing in ``picture.py``; this module is the :class:`~demos.base.Demo` the
registry lists, and says what the page shows as text and in the grids. Must not import
``js``/``pyodide``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from demos.base import Button, Demo, Grid, Readout, Stepper, View, animate
from demos.matrix_product import picture
from demos.matrix_product.state import (
    MAX_SIZE,
    OPTIONS,
    REDUCED_MS,
    WALK,
    Matrix,
    State,
    initial,
    update,
)
from demos.pointer import POINTER, parse_pointer, pressed, targets_extra
from py_runtime.draw import Painter
from py_runtime.matrices import cell_name, format_cell_expansion, format_shape_rule, matmul
from py_runtime.numfmt import tidy_number


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
    width, height = 420, 260
    options = OPTIONS
    controls = (
        Stepper("rows_a", "Rows of A", 1, MAX_SIZE),
        Stepper("cols_a", "Columns of A", 1, MAX_SIZE),
        Stepper("rows_b", "Rows of B", 1, MAX_SIZE),
        Stepper("cols_b", "Columns of B", 1, MAX_SIZE),
        Grid("A", "Matrix A"),
        Grid("B", "Matrix B"),
        Grid("C", "Result C", editable=False),
        Button(WALK, "Step through C"),
    )

    def initial(self, options: Mapping[str, Any]) -> State:
        return initial(options)

    def update(self, state: State, control: str, value: str) -> State:
        if control == POINTER:
            return self._press(state, value)
        return update(state, control, value)

    def _press(self, state: State, value: str) -> State:
        """Taps on the picture: each one on a target selects its cell of C, as the C grid does."""
        for event in parse_pointer(value):
            if event.phase != "tap":
                continue
            name = pressed(picture.targets(state, self.width, self.height), event.x, event.y)
            if name is not None:
                row, col = picture.pick(state, name)
                state = update(state, "C", f"{row}:{col}")
        return state

    def render(self, state: State, painter: Painter) -> None:
        picture.render(state, painter)

    def view(self, state: State) -> View:
        (m, n), (n2, p) = (len(state.a), len(state.a[0])), (len(state.b), len(state.b[0]))
        values = {
            "rows_a": str(m),
            "cols_a": str(n),
            "rows_b": str(n2),
            "cols_b": str(p),
            WALK: "Pause" if state.walking else "Step through C",
        }
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
                extra={"grids": grids, "highlight": {}, "targets": []},
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
            extra={
                "grids": grids,
                "highlight": highlight,
                "targets": targets_extra(picture.targets(state, self.width, self.height)),
                **(animate(REDUCED_MS) if state.walking else {}),
            },
        )


__all__ = ["MatrixProduct", "State"]
