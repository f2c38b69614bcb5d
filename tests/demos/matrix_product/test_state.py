"""Tests of demos/matrix_product/state.py: sizes, cell edits, bad input and the cell in focus."""

from __future__ import annotations

import pytest

from demos.matrix_product import MatrixProduct
from demos.matrix_product.state import Matrix, State
from demos.session import Session
from py_runtime.draw import RecordingPainter

DEMO = MatrixProduct()
LESSON = {"a": ((1.0, 2.0), (3.0, 4.0)), "b": ((5.0, 6.0), (7.0, 8.0))}


def session(a: Matrix = LESSON["a"], b: Matrix = LESSON["b"]) -> Session[RecordingPainter]:
    return Session(DEMO, {"a": a, "b": b}, RecordingPainter(DEMO.width, DEMO.height))


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


def test_state_compatibility() -> None:
    """Assert compatibility is exactly 'columns of A equal rows of B'."""
    assert State(a=((1.0, 2.0),), b=((1.0,), (2.0,))).compatible
    assert not State(a=((1.0, 2.0),), b=((1.0, 2.0),)).compatible
