"""Tests of demos/matrix_product/picture.py: A, B and C as drawn, and what a press on them selects."""

from __future__ import annotations

import itertools
import json

import pytest

from demos.base import PRESS
from demos.matrix_product import MatrixProduct
from demos.matrix_product.state import Matrix
from demos.session import Session
from py_runtime.draw import RecordingPainter
from py_runtime.draw.recording import Call

DEMO = MatrixProduct()
LESSON = {"a": ((1.0, 2.0), (3.0, 4.0)), "b": ((5.0, 6.0), (7.0, 8.0))}
Rect = tuple[float, float, float, float]


def session(a: Matrix = LESSON["a"], b: Matrix = LESSON["b"]) -> Session[RecordingPainter]:
    """A session with its first picture drawn, as the page mounts it."""
    s = Session(DEMO, {"a": a, "b": b}, RecordingPainter(DEMO.width, DEMO.height))
    s.draw()
    return s


def cell_rect(painter: RecordingPainter, text: str) -> Rect:
    """The outlined cell (not the accent ring) whose number ``text`` is written at its centre."""
    (label,) = [c for c in painter.find("text") if c.args[2] == text]
    x, y = label.args[0], label.args[1]
    (rect,) = [r for r in painter.find("rect", color="muted") if inside(r, x, y)]
    return rect.args


def inside(rect: Call, x: float, y: float) -> bool:
    rx, ry, w, h = rect.args
    return rx <= x <= rx + w and ry <= y <= ry + h


def tap(s: Session[RecordingPainter], rect: Rect, phase: str = "tap") -> dict[str, object]:
    x, y, w, h = rect
    return s.handle("pointer", json.dumps({"phase": phase, "x": x + w / 2, "y": y + h / 2}))


def test_mismatch_explains_why_there_is_no_product() -> None:
    """Assert 4×3 by 5×3 has no product, the message names both inner sizes, nothing can be pressed."""
    s = session()
    for control, value in [("rows_a", "4"), ("cols_a", "3"), ("rows_b", "5"), ("cols_b", "3")]:
        result = s.handle(control, value)
    assert result["ok"]
    message = result["readouts"]["expansion"]
    assert "No product" in message and "columns of A (3)" in message and "rows of B (5)" in message
    assert result["extra"]["grids"]["C"]["rows"] == 0
    assert result["extra"]["highlight"] == {}  # nothing to light
    assert result["extra"]["targets"] == []
    texts = " ".join(s.painter.texts())
    assert "No product" in texts and "columns of A (3) ≠ rows of B (5)" in texts
    assert tap(s, (0, 0, DEMO.width, DEMO.height))["ok"]  # a press on the message changes nothing


def test_row_of_a_and_column_of_b_meet_at_the_cell_of_c() -> None:
    """Assert C₂₁ = 43 is drawn level with row 2 of A (3, 4) and under column 1 of B (5, 7), those
    are the lit cells, C₂₁ has the accent ring, and the expansion under the grids is the readout's."""
    s = session()
    result = s.handle("C", "2:1")
    p = s.painter
    c21 = cell_rect(p, "43")
    lit_row = sorted(r.args for r in p.find("rect", fill="highlight_row"))
    lit_col = sorted(r.args for r in p.find("rect", fill="highlight_col"))
    assert lit_row == sorted([cell_rect(p, "3"), cell_rect(p, "4")])
    assert lit_col == sorted([cell_rect(p, "5"), cell_rect(p, "7")])
    assert all(r[1] == c21[1] and r[3] == c21[3] for r in lit_row)  # same band as C₂₁
    assert all(r[0] == c21[0] and r[2] == c21[2] for r in lit_col)  # same column as C₂₁
    assert max(r[0] + r[2] for r in lit_row) < c21[0]  # A is left of C
    assert max(r[1] + r[3] for r in lit_col) < c21[1]  # B is above C
    ring = p.only("rect", color="accent")
    assert inside(ring, c21[0] + c21[2] / 2, c21[1] + c21[3] / 2)
    assert result["readouts"]["expansion"] == "C₂₁ = 3·5 + 4·7 = 43"
    assert "C₂₁ = 3·5 + 4·7 = 43" in p.texts()
    assert {"A", "B", "C"} <= set(p.texts())


@pytest.mark.parametrize(("m", "n", "p"), list(itertools.product([1, 3, 5], repeat=3)))
def test_every_shape_fits_without_overlap(m: int, n: int, p: int) -> None:
    """Assert for shapes from 1 to 5 every cell lies inside the figure, no two cells overlap and the
    expansion's line is under all of them."""
    a = tuple(tuple(float(10 * r + c) for c in range(n)) for r in range(m))
    b = tuple(tuple(-1000.5 * r - c for c in range(p)) for r in range(n))
    s = session(a, b)
    s.handle("C", f"{m}:{p}")
    cells = [r.args for r in s.painter.find("rect", color="muted")]
    assert len(cells) == m * n + n * p + m * p
    for x, y, w, h in cells:
        assert 0 <= x <= DEMO.width - w and 0 <= y <= DEMO.height - h
        assert w >= 20 and h >= 15  # still a cell a fingertip or a pointer can find
    for (x1, y1, w1, h1), (x2, y2, w2, h2) in itertools.combinations(cells, 2):
        overlap_w = min(x1 + w1, x2 + w2) - max(x1, x2)
        overlap_h = min(y1 + h1, y2 + h2) - max(y1, y2)
        assert overlap_w <= 1e-9 or overlap_h <= 1e-9
    (line,) = [t for t in s.painter.find("text") if " = " in t.args[2]]
    assert line.args[1] > max(y + h for _, y, _, h in cells)


def test_pressing_the_picture_selects_a_cell_of_c() -> None:
    """Assert a tap on a C cell selects it, on a row of A selects that row's cell in the column in
    focus, on a column of B that column's cell in the row in focus, and elsewhere nothing."""
    s = session()
    assert tap(s, cell_rect(s.painter, "50"))["readouts"]["expansion"] == "C₂₂ = 3·6 + 4·8 = 50"
    assert tap(s, cell_rect(s.painter, "1"))["readouts"]["expansion"] == "C₁₂ = 1·6 + 2·8 = 22"  # A row 1
    assert tap(s, cell_rect(s.painter, "7"))["readouts"]["expansion"] == "C₁₁ = 1·5 + 2·7 = 19"  # B col 1
    assert tap(s, (0, 0, 4, 4))["readouts"]["expansion"] == "C₁₁ = 1·5 + 2·7 = 19"  # a corner: nothing
    # Presses, moves and releases are a drag's, not a press's: this demo has no handles.
    assert tap(s, cell_rect(s.painter, "50"), "down")["readouts"]["expansion"] == "C₁₁ = 1·5 + 2·7 = 19"


def test_pressing_the_picture_stops_the_walk() -> None:
    """Assert a tap on a cell of C during "Step through C" shows that cell and the walk stops."""
    s = session()
    assert s.handle("walk", PRESS)["values"]["walk"] == "Pause"
    result = tap(s, cell_rect(s.painter, "43"))
    assert result["readouts"]["expansion"] == "C₂₁ = 3·5 + 4·7 = 43"
    assert result["values"]["walk"] == "Step through C"
    assert "animate" not in result["extra"]


def test_targets_cover_the_drawn_cells() -> None:
    """Assert the areas the page sends taps for are the cells of C, the rows of A and the columns of
    B as drawn, so a press anywhere on them is sent."""
    s = session()
    result = s.handle("C", "1:1")
    p = s.painter
    areas = [(t["x"], t["y"], t["w"], t["h"]) for t in result["extra"]["targets"]]
    for text in ["1", "2", "3", "4", "5", "6", "7", "8", "19", "22", "43", "50"]:
        x, y, w, h = cell_rect(p, text)
        for px, py in [(x + 1, y + 1), (x + w - 1, y + h - 1)]:
            assert any(ax <= px <= ax + aw and ay <= py <= ay + ah for ax, ay, aw, ah in areas), text
