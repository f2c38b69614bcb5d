"""Tests of demos/matrix_product/picture.py: a row paired with a column, and the mismatch, as drawn."""

from __future__ import annotations

from demos.matrix_product import MatrixProduct
from demos.matrix_product.state import Matrix
from demos.session import Session
from py_runtime.draw import RecordingPainter

DEMO = MatrixProduct()
LESSON = {"a": ((1.0, 2.0), (3.0, 4.0)), "b": ((5.0, 6.0), (7.0, 8.0))}


def session(a: Matrix = LESSON["a"], b: Matrix = LESSON["b"]) -> Session[RecordingPainter]:
    return Session(DEMO, {"a": a, "b": b}, RecordingPainter(DEMO.width, DEMO.height))


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


def test_picture_pairs_the_row_with_the_column() -> None:
    """Assert the canvas shows row 1 of A, column 2 of B, their products and the sum."""
    s = session()
    s.handle("C", "1:2")
    texts = s.painter.texts()
    for expected in ["row 1 of A", "column 2 of B", "1", "2", "6", "8", "16", "= 22 = C₁₂"]:
        assert expected in texts
    assert len(s.painter.find("rect", fill="highlight_row")) == 2
    assert len(s.painter.find("rect", fill="highlight_col")) == 2
