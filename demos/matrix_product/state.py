"""The matrix demo's state: matrices A and B, the cell of C the reader points at, and the update.

The reader edits A and B as grids (1 to 5 rows and columns each, set by the size steppers) and
points at a cell of C; :func:`update` turns one such input into a new :class:`State` or an
:class:`~demos.base.InputError` for the grid or field. Pure: no drawing, no page text.
Must not import ``js``, ``pyodide``, ``site_src`` or the demo's own ``picture``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from demos.base import PRESS, TICK, InputError, tick_ms
from demos.options import Option, matrix

MAX_SIZE = 5
CELL_LIMIT = 1e6
NEW_CELL = 1.0  # what a grid fills new cells with when it grows
SIZES = {"rows_a": ("a", 0), "cols_a": ("a", 1), "rows_b": ("b", 0), "cols_b": ("b", 1)}
Matrix = tuple[tuple[float, ...], ...]
WALK = "walk"  # the "Step through C" button
CELL_MS = 900.0  # how long the walk shows each cell of C
REDUCED_MS = 900  # a reduced-motion tick's interval: one cell per step

OPTIONS = (
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


@dataclass(frozen=True)
class State:
    """Both matrices and the cell of C the reader points at (0-based)."""

    a: Matrix
    b: Matrix
    focus: tuple[int, int] = (0, 0)
    walking: bool = False  # "Step through C" is visiting the cells in reading order
    waited: float = 0.0  # milliseconds the walk has shown the current cell

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


def initial(options: Mapping[str, Any]) -> State:
    """The first state, from the fence's (already converted) options."""
    return State(a=tuple(options["a"]), b=tuple(options["b"]))


def _with(state: State, which: str, m: Matrix) -> State:
    """``state`` with matrix ``which`` ("a" or "b") replaced by ``m``."""
    return replace(state, a=m) if which == "a" else replace(state, b=m)


def _next_cell(state: State) -> State:
    """The walk one cell further in reading order; it stops on the last cell of C."""
    i, j = state.focus
    rows, cols = len(state.a), len(state.b[0])
    i, j = (i, j + 1) if j + 1 < cols else (i + 1, 0)
    last = (i, j) == (rows - 1, cols - 1)
    return replace(state, focus=(i, j), waited=0.0, walking=not last)


def _tick(state: State, value: str) -> State:
    """One animation tick of the walk: the next cell once the current one was shown CELL_MS."""
    if not state.walking:
        return state  # a tick already on its way when the walk stopped
    ms = tick_ms(value)
    if ms is None:
        return _next_cell(state)
    waited = state.waited + ms
    return _next_cell(state) if waited >= CELL_MS else replace(state, waited=waited)


def _walk(state: State, value: str) -> State:
    """A press of "Step through C": start at C₁₁, or pause where the walk is."""
    if value != PRESS:
        raise InputError(WALK, "The Step through C button only takes a press.")
    if state.walking:
        return replace(state, walking=False, waited=0.0)
    if not state.compatible:
        return state  # no C to walk: the readout says why
    rows, cols = len(state.a), len(state.b[0])
    return replace(state, focus=(0, 0), waited=0.0, walking=rows * cols > 1)


def update(state: State, control: str, value: str) -> State:
    """The state after one input: a size stepper, a cell of A or B (``A:1:2``), a cell of C picked,
    the Step through C button or an animation tick. Any input but a tick stops the walk."""
    if control == TICK:
        return _tick(state, value)
    if control == WALK:
        return _walk(state, value)
    return _apply(replace(state, walking=False, waited=0.0), control, value)


def _apply(state: State, control: str, value: str) -> State:
    if control in SIZES:
        which, axis = SIZES[control]
        m = state.a if which == "a" else state.b
        shape = [len(m), len(m[0])]
        shape[axis] = _size(control, value)
        return clamped(_with(state, which, resized(m, *shape)))
    if control == "C":
        row, col = _cell_ref(control, value)
        return clamped(replace(state, focus=(row - 1, col - 1)))
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
        return _with(state, "a" if grid == "A" else "b", new)
    raise InputError(control, f"This demo has no control named {control!r}.")


def clamped(state: State) -> State:
    """``state`` with its focus moved inside C when C has shrunk."""
    rows, cols = len(state.a), len(state.b[0])
    return replace(state, focus=(min(state.focus[0], rows - 1), min(state.focus[1], cols - 1)))
