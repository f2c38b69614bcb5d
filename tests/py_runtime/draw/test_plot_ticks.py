"""Tests for tick positions and labels (py_runtime.draw.ticks)."""

from __future__ import annotations

import itertools
import math

import pytest

from py_runtime.draw import RecordingPainter, Viewport, draw_grid_and_axes
from py_runtime.draw.ticks import format_tick, nice_ticks, tick_layout


@pytest.mark.parametrize(
    ("lo", "hi", "max_ticks", "ticks"),
    [
        (0, 10, 8, [0, 2, 4, 6, 8, 10]),
        (-3.2, 3.2, 8, [-3, -2, -1, 0, 1, 2, 3]),
        (0, 1, 8, [0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (0, 100, 5, [0, 50, 100]),
        (0, 100, 11, [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]),
        (-0.3, 0.3, 8, [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3]),
        (1.3, 1.9, 4, [1.4, 1.6, 1.8]),
        (10, 0, 8, [0, 2, 4, 6, 8, 10]),
        (2, 2, 8, [2]),
        (0, math.inf, 8, []),
        (math.nan, 1, 8, []),
    ],
)
def test_nice_ticks(lo: float, hi: float, max_ticks: int, ticks: list[float]) -> None:
    """Assert ticks fall on 1-2-5 steps inside the range, exactly, and never exceed max_ticks."""
    result = nice_ticks(lo, hi, max_ticks)
    assert result == ticks
    assert len(result) <= max_ticks


@pytest.mark.parametrize("span", [1e-6, 0.37, 7.0, 123.0, 5e5])
@pytest.mark.parametrize("max_ticks", [2, 5, 8])
def test_ticks_are_evenly_spaced_and_cover_the_range(span: float, max_ticks: int) -> None:
    """Assert ticks are evenly spaced by 1, 2 or 5 times a power of ten and at least two appear."""
    ticks = nice_ticks(-0.25 * span, span, max_ticks)
    assert 2 <= len(ticks) <= max_ticks
    step = ticks[1] - ticks[0]
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert round(mantissa, 6) in (1, 2, 5)
    for a, b in itertools.pairwise(ticks):
        assert b - a == pytest.approx(step)


def test_no_negative_zero_tick() -> None:
    """Assert the zero tick is +0.0 so labels never read -0."""
    zero = next(t for t in nice_ticks(-1, 1) if t == 0)
    assert math.copysign(1, zero) == 1


@pytest.mark.parametrize(
    ("value", "step", "label"),
    [
        (-2.0, 1.0, "\u22122"),
        (0.5, 0.5, "0.5"),
        (1.0, 0.5, "1"),
        (-0.0, 1.0, "0"),
        (-1e-17, 0.1, "0"),
        (0.30000000000000004, 0.1, "0.3"),
        (250.0, 50.0, "250"),
        (0.05, 0.05, "0.05"),
        (1.5, None, "1.5"),
    ],
)
def test_format_tick(value: float, step: float | None, label: str) -> None:
    """Assert labels are tidy: no trailing zeros, no float noise, never -0."""
    assert format_tick(value, step) == label


def test_equal_aspect_grid_has_square_cells() -> None:
    """Assert an equal-aspect plot on a wide figure draws the same grid step across and up."""
    painter = RecordingPainter(360, 300)
    vp = Viewport.for_painter(painter, -6, 6, -6, 6, equal_aspect=True)
    draw_grid_and_axes(painter, vp, labels=False)
    grid = painter.find("line", color="grid")
    xs = sorted({round(c.args[0], 3) for c in grid if c.args[0] == c.args[2]})
    ys = sorted({round(c.args[1], 3) for c in grid if c.args[1] == c.args[3]})
    assert round(xs[1] - xs[0], 3) == round(ys[1] - ys[0], 3)


def test_tick_layout_labels_the_grid_values_it_gives() -> None:
    """Assert each label of an equal-aspect layout names one of its grid values, at that value's pixel."""
    # The dot product's view of a = [3, 4]: wide enough across for step 2, so only the shared step
    # (5, the one up) gives square cells; the labels must follow it.
    vp = Viewport(-6, 6, -6, 6, 24, 40, 372, 292, equal_aspect=True)
    layout = tick_layout(vp, 360)
    assert layout.x_ticks == (-5.0, 0.0, 5.0) and layout.y_ticks == (-5.0, 0.0, 5.0)
    across = {label.text: label.x for label in layout.labels if label.axis == "x"}
    up = {label.text: label.y for label in layout.labels if label.axis == "y"}
    assert across == {"\u22125": vp.to_px(-5, 0)[0], "5": vp.to_px(5, 0)[0]}
    assert up == {"\u22125": vp.to_px(0, -5)[1], "5": vp.to_px(0, 5)[1]}
    (origin,) = [label for label in layout.labels if label.axis == "origin"]
    assert (origin.text, origin.x, origin.y) == ("0", layout.axis_x - 4, layout.axis_y + 4)
    assert tick_layout(vp, 360) is layout  # a slider move asks again for the same viewport


def test_tick_layout_keeps_labels_inside_a_short_figure() -> None:
    """Assert x labels go above an axis at the figure's bottom edge, y labels right of one at its left."""
    vp = Viewport(0, 10, 0, 10, 0, 0, 200, 100)  # both axes on the edges of the figure
    layout = tick_layout(vp, 100)
    assert {(lb.align, lb.baseline) for lb in layout.labels if lb.axis == "x"} == {("center", "bottom")}
    assert {(lb.align, lb.baseline) for lb in layout.labels if lb.axis == "y"} == {("left", "middle")}
