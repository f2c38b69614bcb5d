"""The matrix demo's picture: A, B and C laid out so that row i of A and column j of B meet at C_ij.

B sits above C and A to its left (the layout hand calculation uses), so the row of A the reader
picks runs straight into the cell of C it makes, and the column of B drops straight onto it.
Under the grids the cell's expansion is written out term by term. :func:`layout` says where
every cell is, which is what both :func:`render` and :func:`pick` (what a press on the picture
selects) go by. :func:`render` draws through a ``Painter`` only, so the same code makes the
build-time SVG and the live canvas. Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from demos.matrix_product.state import Matrix, State
from demos.pointer import Target
from py_runtime.draw import Painter
from py_runtime.matrices import format_cell_expansion, matmul
from py_runtime.numfmt import tidy_number

MARGIN = 6.0
LABEL = 22.0  # room for a grid's letter beside it
GAP = 10.0  # between A and C, and between B and C
CELL_W, CELL_H = 72.0, 44.0  # a cell at most: small matrices do not sprawl
LINE_H = 34.0  # the expansion's line under the grids
CHAR_W = 0.58  # a character's width as a share of the font size (digits in the page's sans)
MIN_FONT = 7.0


@dataclass(frozen=True)
class Box:
    """Where a grid is: its top-left corner, its cell size and its shape."""

    x: float
    y: float
    cw: float
    ch: float
    rows: int
    cols: int

    def cell(self, r: int, c: int) -> tuple[float, float, float, float]:
        """The rectangle (x, y, w, h) of cell (r, c), 0-based."""
        return self.x + c * self.cw, self.y + r * self.ch, self.cw, self.ch


@dataclass(frozen=True)
class Layout:
    """The three grids of a picture ``width`` x ``height``, and the line for the expansion."""

    a: Box
    b: Box
    c: Box
    line_y: float


def layout(a: Matrix, b: Matrix, width: float, height: float) -> Layout:
    """Where A (m x n), B (n x p) and C (m x p) go: cells as large as fit, the whole centred."""
    m, n, p = len(a), len(a[0]), len(b[0])
    room_w = width - 2 * (MARGIN + LABEL) - GAP
    room_h = height - 2 * MARGIN - LABEL - GAP - LINE_H
    cw = min(CELL_W, room_w / (n + p))
    ch = min(CELL_H, room_h / (n + m))
    x0 = (width - (n + p) * cw - GAP) / 2
    y0 = MARGIN + LABEL + (room_h - (n + m) * ch) / 2
    right, lower = x0 + n * cw + GAP, y0 + n * ch + GAP
    return Layout(
        a=Box(x0, lower, cw, ch, m, n),
        b=Box(right, y0, cw, ch, n, p),
        c=Box(right, lower, cw, ch, m, p),
        line_y=lower + m * ch + LINE_H / 2 + 2,
    )


def targets(state: State, width: float, height: float) -> list[Target]:
    """What a press can select: each cell of C, each row of A, each column of B (none without C)."""
    if not state.compatible:
        return []
    at = layout(state.a, state.b, width, height)
    cells = [
        Target(f"C:{r + 1}:{c + 1}", *at.c.cell(r, c)) for r in range(at.c.rows) for c in range(at.c.cols)
    ]
    a, b = at.a, at.b
    rows = [Target(f"A:{r + 1}", a.x, a.y + r * a.ch, a.cols * a.cw, a.ch) for r in range(a.rows)]
    cols = [Target(f"B:{c + 1}", b.x + c * b.cw, b.y, b.cw, b.rows * b.ch) for c in range(b.cols)]
    return cells + rows + cols


def pick(state: State, name: str) -> tuple[int, int]:
    """The cell of C (1-based) a press on target ``name`` selects: that cell, or for a row of A
    (a column of B) the cell of C in that row (column) and the column (row) now in focus."""
    grid, *where = name.split(":")
    i, j = state.focus
    if grid == "A":
        return int(where[0]), j + 1
    if grid == "B":
        return i + 1, int(where[0])
    return int(where[0]), int(where[1])


def _fit(text: str, room: float, most: float) -> float:
    """The font size that fits ``text`` into ``room`` figure units, at most ``most``."""
    return max(MIN_FONT, min(most, room / (CHAR_W * max(len(text), 1))))


def _grid(painter: Painter, box: Box, m: Sequence[Sequence[float]], fill: dict[tuple[int, int], str]) -> None:
    """One grid's cells with their numbers, all in one size: the one the longest number fits."""
    texts = [[tidy_number(value) for value in row] for row in m]
    size = _fit(max((t for row in texts for t in row), key=len), box.cw - 6, min(16.0, box.ch * 0.45))
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            x, y, w, h = box.cell(r, c)
            painter.rect(x, y, w, h, color="muted", fill=fill.get((r, c)), width=1.0)
            painter.text(x + w / 2, y + h / 2, text, size=size, align="center")


def render(state: State, painter: Painter) -> None:
    """Draw ``state``: A, B and C with the row, column and cell in focus, or why there is no product."""
    if state.compatible:
        draw_product(painter, state.a, state.b, *state.focus)
    else:
        draw_mismatch(painter, len(state.a[0]), len(state.b))


def draw_product(painter: Painter, a: Matrix, b: Matrix, i: int, j: int) -> None:
    """A, B and C = AB, with row ``i`` of A, column ``j`` of B and C_ij lit, and C_ij's expansion."""
    at = layout(a, b, painter.width, painter.height)
    n = at.a.cols
    _grid(painter, at.a, a, {(i, k): "highlight_row" for k in range(n)})
    _grid(painter, at.b, b, {(k, j): "highlight_col" for k in range(n)})
    _grid(painter, at.c, matmul(a, b), {})
    x, y, w, h = at.c.cell(i, j)
    painter.rect(x + 1, y + 1, w - 2, h - 2, color="accent", width=2.5)
    for letter, box, x_at in (
        ("A", at.a, at.a.x - LABEL / 2),
        ("B", at.b, at.b.x - LABEL / 2),
        ("C", at.c, at.c.x + at.c.cols * at.c.cw + LABEL / 2),
    ):
        middle = box.y + box.rows * box.ch / 2
        painter.text(x_at, middle, letter, size=14, bold=True, italic=True, align="center")
    text = format_cell_expansion(a, b, i, j)
    size = _fit(text, painter.width - 2 * MARGIN, 16.0)
    painter.text(painter.width / 2, at.line_y, text, color="accent", size=size, bold=True, align="center")


def draw_mismatch(painter: Painter, cols_a: int, rows_b: int) -> None:
    """Why there is no product: the inner sizes cannot be paired term by term."""
    x, middle = painter.width / 2, painter.height / 2
    painter.text(x, middle - 18, "No product", color="bad", size=16, bold=True, align="center")
    painter.text(x, middle + 14, f"columns of A ({cols_a}) ≠ rows of B ({rows_b})", size=13, align="center")
