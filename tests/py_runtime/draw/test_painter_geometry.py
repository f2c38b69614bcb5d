"""Tests for the geometry every backend shares (py_runtime.draw.base)."""

from __future__ import annotations

import math

import pytest

from py_runtime.draw.base import arc_point, arrow_geometry, check_text_layout, split_runs

NAN = math.nan


@pytest.mark.parametrize(
    ("points", "runs"),
    [
        ([], []),
        ([(0, 0), (1, 1)], [[(0, 0), (1, 1)]]),
        ([None, (0, 0), None, None, (1, 1), (2, 2), None], [[(0, 0)], [(1, 1), (2, 2)]]),
        ([(0, 0), (NAN, 1), (2, 2)], [[(0, 0)], [(2, 2)]]),
        ([(0, math.inf), (1, 1), (2, -math.inf)], [[(1, 1)]]),
        ([[0, 1], (2, 3)], [[(0, 1), (2, 3)]]),
    ],
)
def test_split_runs(points: list, runs: list) -> None:
    """Assert None, NaN and infinite points split a polyline into separate runs."""
    assert split_runs(points) == runs


def test_arrow_geometry_horizontal() -> None:
    """Assert a rightward arrow's head has its tip at the end and its base 'head' px back."""
    shaft_end, corners = arrow_geometry(0, 0, 50, 0, 10)
    assert shaft_end == (40, 0)
    tip, left, right = corners
    assert tip == (50, 0)
    assert {left, right} == {(40, 5), (40, -5)}


def test_arrow_geometry_diagonal_tip_and_symmetry() -> None:
    """Assert the head is symmetric about the shaft and 'head' px long for any direction."""
    shaft_end, (tip, left, right) = arrow_geometry(10, 10, 40, 50, 10)  # a 3-4-5 direction
    assert tip == (40, 50)
    assert shaft_end == pytest.approx((34, 42))
    base_mid = ((left[0] + right[0]) / 2, (left[1] + right[1]) / 2)
    assert base_mid == pytest.approx(shaft_end)
    assert math.dist(left, right) == pytest.approx(10)


def test_short_arrow_head_shrinks_and_zero_arrow_is_nothing() -> None:
    """Assert an arrow shorter than its head gets a head as long as the arrow; zero length gives None."""
    shaft_end, _ = arrow_geometry(0, 0, 4, 0, 10)
    assert shaft_end == (0, 0)
    assert arrow_geometry(5, 5, 5, 5, 10) is None


@pytest.mark.parametrize(
    ("angle", "point"),
    [(0, (110, 50)), (math.pi / 2, (100, 40)), (math.pi, (90, 50)), (-math.pi / 2, (100, 60))],
)
def test_arc_point_is_counter_clockwise_with_y_up(angle: float, point: tuple[float, float]) -> None:
    """Assert angles run counter-clockwise on screen: a quarter turn points up."""
    assert arc_point(100, 50, 10, angle) == pytest.approx(point)


@pytest.mark.parametrize(("align", "baseline"), [("centre", "middle"), ("left", "center"), ("start", "top")])
def test_bad_text_layout_is_rejected(align: str, baseline: str) -> None:
    """Assert misspelt align/baseline values raise ValueError."""
    with pytest.raises(ValueError):
        check_text_layout(align, baseline)
