"""The matrix demo's state, updates, readouts and picture, without a browser."""

from __future__ import annotations

import pytest

from demos.matrix_product import MatrixProduct, State
from demos.session import Session
from py_runtime.draw import RecordingPainter

DEMO = MatrixProduct()
LESSON = {"a": ((1.0, 2.0), (3.0, 4.0)), "b": ((5.0, 6.0), (7.0, 8.0))}


def session(a=LESSON["a"], b=LESSON["b"]) -> Session:
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


def test_exercise_2_shape_by_sizes() -> None:
    """Assert 4×3 times 3×5 gives a 4×5 product (exercise 2)."""
    s = session()
    for control, value in [("rows_a", "4"), ("cols_a", "3"), ("rows_b", "3"), ("cols_b", "5")]:
        result = s.handle(control, value)
    assert result["readouts"]["shape"] == "(4×3)(3×5) = (4×5)"
    grid = result["extra"]["grids"]["C"]
    assert (grid["rows"], grid["cols"]) == (4, 5)
    # New cells are 1s and the old corner is kept, so C₁₁ = 1·5 + 2·7 + 1·1.
    assert result["extra"]["grids"]["A"]["cells"][0] == ["1", "2", "1"]


def test_mismatch_explains_why_there_is_no_product() -> None:
    """Assert 4×3 by 5×3 has no product and the message names both inner sizes."""
    s = session()
    for control, value in [("rows_a", "4"), ("cols_a", "3"), ("rows_b", "5"), ("cols_b", "3")]:
        result = s.handle(control, value)
    assert result["ok"]
    message = result["readouts"]["expansion"]
    assert "No product" in message and "columns of A (3)" in message and "rows of B (5)" in message
    assert result["extra"]["grids"]["C"]["rows"] == 0
    assert result["extra"]["highlight"] == {}  # nothing to light
    texts = " ".join(s.painter.texts())
    assert "No product" in texts


def test_editing_a_cell_updates_the_product() -> None:
    """Assert A₁₁ = 10 changes C₁₁ to 10·5 + 2·7 = 64."""
    s = session()
    result = s.handle("A:1:1", "10")
    assert result["extra"]["grids"]["C"]["cells"][0][0] == "64"
    assert result["readouts"]["expansion"] == "C₁₁ = 10·5 + 2·7 = 64"
    result = s.handle("B:2:1", "−1")  # the reader may type a real minus sign
    assert result["readouts"]["expansion"] == "C₁₁ = 10·5 + 2·(−1) = 48"


@pytest.mark.parametrize(
    ("control", "value", "field", "words"),
    [
        ("A:1:1", "x", "A", "A row 1, column 1"),
        ("B:2:2", "", "B", "B row 2, column 2"),
        ("A:1:2", "1e999", "A", "between"),
        ("A:1:2", "nan", "A", "between"),
        ("rows_a", "0", "rows_a", "1 to 5"),
        ("cols_b", "6", "cols_b", "1 to 5"),
        ("cols_b", "two", "cols_b", "whole number"),
        ("A:9:9", "1", "A", "no row 9"),
    ],
)
def test_bad_input_keeps_the_last_good_state(control: str, value: str, field: str, words: str) -> None:
    """Assert a bad value is reported on its field and changes nothing."""
    s = session()
    before = s.state
    result = s.handle(control, value)
    assert not result["ok"]
    assert words in result["errors"][field]
    assert s.state == before


def test_focus_follows_a_shrinking_product() -> None:
    """Assert the picked cell moves inside C when C loses rows or columns."""
    s = session()
    s.handle("C", "2:2")
    s.handle("rows_a", "1")
    assert s.state.focus == (0, 1)


def test_highlight_spans_the_inner_size() -> None:
    """Assert a 2×3 by 3×4 product lights 3 cells of A's row, 3 of B's column and one of C."""
    s = session(a=((1.0, 2.0, 3.0), (4.0, 5.0, 6.0)), b=tuple((1.0, 2.0, 3.0, 4.0) for _ in range(3)))
    result = s.handle("C", "2:4")
    assert result["extra"]["highlight"] == {
        "A": ["2:1", "2:2", "2:3"],
        "B": ["1:4", "2:4", "3:4"],
        "C": ["2:4"],
    }


def test_picture_pairs_the_row_with_the_column() -> None:
    """Assert the canvas shows row 1 of A, column 2 of B, their products and the sum."""
    s = session()
    s.handle("C", "1:2")
    texts = s.painter.texts()
    for expected in ["row 1 of A", "column 2 of B", "1", "2", "6", "8", "16", "= 22 = C₁₂"]:
        assert expected in texts
    assert len(s.painter.find("rect", fill="highlight_row")) == 2
    assert len(s.painter.find("rect", fill="highlight_col")) == 2


def test_state_compatibility() -> None:
    """Assert compatibility is exactly 'columns of A equal rows of B'."""
    assert State(a=((1.0, 2.0),), b=((1.0,), (2.0,))).compatible
    assert not State(a=((1.0, 2.0),), b=((1.0, 2.0),)).compatible
