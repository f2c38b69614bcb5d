"""Tests of demos/matrix_product/__init__.py: the readouts and grids the page shows for a cell of C."""

from __future__ import annotations

import pytest

from demos.matrix_product import MatrixProduct
from demos.matrix_product.state import Matrix
from demos.session import Session
from py_runtime.draw import RecordingPainter

DEMO = MatrixProduct()
LESSON = {"a": ((1.0, 2.0), (3.0, 4.0)), "b": ((5.0, 6.0), (7.0, 8.0))}


def session(a: Matrix = LESSON["a"], b: Matrix = LESSON["b"]) -> Session[RecordingPainter]:
    return Session(DEMO, {"a": a, "b": b}, RecordingPainter(DEMO.width, DEMO.height))


@pytest.mark.parametrize(
    ("cell", "expansion", "value"),
    [
        ("1:1", "C₁₁ = 1·5 + 2·7 = 19", "19"),
        ("1:2", "C₁₂ = 1·6 + 2·8 = 22", "22"),
        ("2:1", "C₂₁ = 3·5 + 4·7 = 43", "43"),
        ("2:2", "C₂₂ = 3·6 + 4·8 = 50", "50"),
    ],
)
def test_picking_a_cell_shows_its_row_times_column(cell: str, expansion: str, value: str) -> None:
    """Assert each cell of the lesson's product expands as the lesson writes it."""
    s = session()
    result = s.handle("C", cell)
    assert result["readouts"]["expansion"] == expansion
    row, col = (int(x) for x in cell.split(":"))
    # Row `row` of A, column `col` of B and the cell itself light up; A and B are 2×2.
    assert result["extra"]["highlight"] == {
        "A": [f"{row}:1", f"{row}:2"],
        "B": [f"1:{col}", f"2:{col}"],
        "C": [cell],
    }
    assert result["extra"]["grids"]["C"]["cells"][row - 1][col - 1] == value


def test_lesson_product_grid() -> None:
    """Assert C = [[19, 22], [43, 50]] as in the lesson, with the shape rule."""
    result = session().draw()
    assert result["extra"]["grids"]["C"]["cells"] == [["19", "22"], ["43", "50"]]
    assert result["readouts"]["shape"] == "(2×2)(2×2) = (2×2)"


def test_highlight_spans_the_inner_size() -> None:
    """Assert a 2×3 by 3×4 product lights 3 cells of A's row, 3 of B's column and one of C."""
    s = session(a=((1.0, 2.0, 3.0), (4.0, 5.0, 6.0)), b=tuple((1.0, 2.0, 3.0, 4.0) for _ in range(3)))
    result = s.handle("C", "2:4")
    assert result["extra"]["highlight"] == {
        "A": ["2:1", "2:2", "2:3"],
        "B": ["1:4", "2:4", "3:4"],
        "C": ["2:4"],
    }
