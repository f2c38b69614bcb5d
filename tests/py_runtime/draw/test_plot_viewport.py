"""Tests for Viewport, draw_curve and draw_grid_and_axes (py_runtime.draw.plot)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from py_runtime.draw.plot import Viewport, draw_curve, draw_grid_and_axes
from py_runtime.draw.recording import RecordingPainter


def test_corners_map_to_pixel_corners_with_y_up() -> None:
    """Assert the world's top-left is the pixel box's top-left and y grows upward."""
    vp = Viewport(-2, 2, -1, 1, 10, 20, 400, 200)
    assert vp.to_px(-2, 1) == (10, 20)
    assert vp.to_px(2, -1) == (410, 220)
    assert vp.to_px(0, 0) == (210, 120)
    assert vp.to_px(1, 0.5) == (310, 70)


finite = st.floats(-1e6, 1e6)


@given(x=finite, y=finite)
def test_round_trip(x: float, y: float) -> None:
    """Assert to_world undoes to_px for any point."""
    vp = Viewport(-3.5, 7.25, -1e3, 2.5, 12, 8, 333, 177)
    back = vp.to_world(*vp.to_px(x, y))
    assert back == pytest.approx((x, y), rel=1e-9, abs=1e-6)


def test_pointer_position_to_world() -> None:
    """Assert a pixel position converts to the world point under it."""
    vp = Viewport(0, 10, 0, 5, 0, 0, 100, 50)
    assert vp.to_world(25, 10) == pytest.approx((2.5, 4.0))


def test_equal_aspect_grows_the_short_range_about_its_centre() -> None:
    """Assert with equal_aspect one unit is as long across as up and the requested area stays visible."""
    vp = Viewport(-2, 2, -2, 2, 0, 0, 400, 200, equal_aspect=True)
    assert vp.scale_x == pytest.approx(vp.scale_y) == pytest.approx(50)
    assert (vp.x_min, vp.x_max, vp.y_min, vp.y_max) == pytest.approx((-4, 4, -2, 2))
    # A unit circle stays round: its right and top points are equally far from the centre.
    cx, cy = vp.to_px(0, 0)
    assert math.dist((cx, cy), vp.to_px(1, 0)) == pytest.approx(math.dist((cx, cy), vp.to_px(0, 1)))


@pytest.mark.parametrize(
    ("args", "message"),
    [((1, 1, 0, 1, 0, 0, 10, 10), "x_min < x_max"), ((0, 1, 0, 1, 0, 0, 0, 10), "positive pixel size")],
)
def test_degenerate_viewport_is_refused(args: tuple, message: str) -> None:
    """Assert empty ranges and pixel boxes raise with the reason."""
    with pytest.raises(ValueError, match=message):
        Viewport(*args)


def test_for_painter_leaves_margins() -> None:
    """Assert for_painter fills the painter minus the margin on each side."""
    vp = Viewport.for_painter(RecordingPainter(300, 200), 0, 1, 0, 1, margin=20)
    assert (vp.left, vp.top, vp.right, vp.bottom) == (20, 20, 280, 180)


def test_grid_axes_and_labels() -> None:
    """Assert grid at each integer, axes through the origin, tidy muted labels and a single 0."""
    painter = RecordingPainter(440, 240)
    vp = Viewport(-4, 4, -2, 2, 20, 20, 400, 200)
    draw_grid_and_axes(painter, vp)
    grid = painter.find("line", color="grid")
    vertical = sorted(c.args[0] for c in grid if c.args[0] == c.args[2])
    assert vertical == [20, 70, 120, 170, 220, 270, 320, 370, 420]  # x = -4 ... 4 every 50 px
    axes = painter.find("line", color="axis")
    assert {c.args for c in axes} == {(20, 120, 420, 120), (220, 20, 220, 220)}
    labels = painter.find("text")
    assert all(c.color == "muted" and c.options["size"] == 11 for c in labels)
    assert painter.texts().count("0") == 1
    assert {"\u22124", "\u22121", "1", "4", "\u22122", "2"} <= set(painter.texts())


def test_axes_move_to_the_edge_when_zero_is_off_screen() -> None:
    """Assert the x-axis sits on the bottom edge when y = 0 is below the view."""
    painter = RecordingPainter(240, 240)
    vp = Viewport(-1, 1, 5, 10, 20, 20, 200, 200)
    draw_grid_and_axes(painter, vp, labels=False)
    horizontal_axis = [c for c in painter.find("line", color="axis") if c.args[1] == c.args[3]]
    assert horizontal_axis[0].args[1] == 220
    assert painter.texts() == []


def test_draw_curve_maps_points_and_keeps_gaps() -> None:
    """Assert world points become pixels, gaps stay gaps, and far-off values are pulled in."""
    painter = RecordingPainter(100, 100)
    vp = Viewport(0, 10, 0, 10, 0, 0, 100, 100)
    draw_curve(painter, vp, [(0, 0), (5, 5), None, (6, 1e300), (7, math.nan), (10, 10)], color="secant")
    (call,) = painter.find("polyline", color="secant")
    assert call.args[0] == ((0, 100), (50, 50), None, (60, -400), None, (100, 0))
