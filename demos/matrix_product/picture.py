"""The matrix demo's picture: one row of A laid against one column of B, term by term.

:func:`render` draws a :class:`~demos.matrix_product.state.State` through a ``Painter`` only, so
the same code makes the build-time SVG and the live canvas. Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math

from demos.matrix_product.state import Matrix, State
from py_runtime.draw import Painter
from py_runtime.matrices import cell_name
from py_runtime.numfmt import tidy_number

LABEL_W = 118.0  # room for the row labels on the left
BOX_W, BOX_H, GAP = 48.0, 28.0, 10.0
ROWS_Y = (26.0, 72.0, 118.0)  # centres of the three lines: A's row, B's column, products


def _box(painter: Painter, x: float, y: float, text: str, fill: str) -> None:
    painter.rect(x, y - BOX_H / 2, BOX_W, BOX_H, color="muted", fill=fill, width=1.0)
    painter.text(x + BOX_W / 2, y, text, size=13, align="center", baseline="middle")


def render(state: State, painter: Painter) -> None:
    """Draw ``state``: the pairing behind the cell of C in focus, or why there is no product."""
    if state.compatible:
        draw_pairing(painter, state.a, state.b, *state.focus)
    else:
        draw_mismatch(painter, len(state.a[0]), len(state.b))


def draw_pairing(painter: Painter, a: Matrix, b: Matrix, i: int, j: int) -> None:
    """Row ``i`` of A over column ``j`` of B, the products under each pair, and their sum."""
    row = a[i]
    col = [r[j] for r in b]
    products = [x * y for x, y in zip(row, col, strict=True)]
    painter.text(8, ROWS_Y[0], f"row {i + 1} of A", color="fg", size=13, bold=True, baseline="middle")
    painter.text(8, ROWS_Y[1], f"column {j + 1} of B", color="fg", size=13, bold=True, baseline="middle")
    painter.text(8, ROWS_Y[2], "products", color="muted", size=13, baseline="middle")
    for k, (x, y, xy) in enumerate(zip(row, col, products, strict=True)):
        left = LABEL_W + k * (BOX_W + GAP)
        _box(painter, left, ROWS_Y[0], tidy_number(x), "highlight_row")
        _box(painter, left, ROWS_Y[1], tidy_number(y), "highlight_col")
        mid = left + BOX_W / 2
        painter.text(
            mid, (ROWS_Y[0] + ROWS_Y[1]) / 2, "×", color="muted", size=12, align="center", baseline="middle"
        )
        painter.line(mid, ROWS_Y[1] + BOX_H / 2 + 2, mid, ROWS_Y[2] - 9, color="muted", width=1.0)
        painter.text(
            mid,
            ROWS_Y[2],
            tidy_number(xy),
            color="accent",
            size=13,
            bold=True,
            align="center",
            baseline="middle",
        )
        if k:
            painter.text(
                left - GAP / 2, ROWS_Y[2], "+", color="muted", size=12, align="center", baseline="middle"
            )
    end = LABEL_W + len(row) * (BOX_W + GAP)
    total = tidy_number(math.fsum(products))
    painter.text(
        min(end, painter.width - 90),
        ROWS_Y[2],
        f"= {total} = {cell_name(i, j)}",
        color="accent",
        size=13,
        bold=True,
        baseline="middle",
    )


def draw_mismatch(painter: Painter, cols_a: int, rows_b: int) -> None:
    """Why there is no product: the inner sizes cannot be paired term by term."""
    painter.text(
        painter.width / 2,
        55,
        "No product",
        color="bad",
        size=16,
        bold=True,
        align="center",
        baseline="middle",
    )
    painter.text(
        painter.width / 2,
        90,
        f"columns of A ({cols_a}) ≠ rows of B ({rows_b})",
        color="fg",
        size=13,
        align="center",
        baseline="middle",
    )
