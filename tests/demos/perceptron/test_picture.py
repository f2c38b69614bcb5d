"""Tests of demos/perceptron/picture.py: points by shape and colour, the line and its sides, w, the ring."""

from __future__ import annotations

import math
from functools import partial

import pytest

from demos.perceptron import Perceptron
from demos.perceptron.picture import half_plane, render, viewport
from demos.perceptron.state import State
from py_runtime.draw import RecordingPainter
from tests.demos import helpers

DEMO = Perceptron()
with_inputs = partial(helpers.with_inputs, DEMO)


def drawn(state: State) -> RecordingPainter:
    painter = RecordingPainter(DEMO.width, DEMO.height)
    painter.clear()
    render(state, painter)
    return painter


def test_classes_differ_in_shape_and_colour() -> None:
    """Assert label-1 points are discs in role a and label-0 points squares in role b (legend included)."""
    painter = drawn(with_inputs(points="and"))
    assert len(painter.find("circle", fill="a")) == 1 + 1  # (1, 1) and the legend's disc
    assert len(painter.find("rect", fill="b")) == 3 + 1


def test_line_sides_and_weight_vector() -> None:
    """Assert the line's ends satisfy w · x + b = 0, both sides are shaded, and w leaves the line along w."""
    state = with_inputs(
        ("step", "press"), ("step", "press"), points=[[2, 1, 1], [-1, -2, 0], [1, 3, 1]], w=[1, -2], b=0.5
    )
    painter = drawn(state)
    vp = viewport(state, painter)
    (w1, w2), b = state.now.w, state.now.b
    line = painter.only("line", color="fg")
    for px, py in (line.start, line.end):
        x1, x2 = vp.to_world(px, py)
        assert w1 * x1 + w2 * x2 + b == pytest.approx(0, abs=1e-9)
    assert painter.find("polyline", fill="highlight_row") and painter.find("polyline", fill="highlight_col")
    arrow = painter.find("arrow", color="accent")[0]  # the second is the legend's
    x1, x2 = vp.to_world(*arrow.start)
    assert w1 * x1 + w2 * x2 + b == pytest.approx(0, abs=1e-9)
    dx, dy = arrow.end[0] - arrow.start[0], -(arrow.end[1] - arrow.start[1])
    assert math.atan2(dy, dx) == pytest.approx(math.atan2(w2, w1))


def test_visited_point_is_ringed() -> None:
    """Assert after two steps the second point has the accent ring around it; before any, there is none."""
    assert not [
        c for c in drawn(with_inputs(points="and")).find("circle", color="accent") if c.args[2] == 10.0
    ]
    state = with_inputs(("step", "press"), ("step", "press"), points="and")
    painter = drawn(state)
    vp = viewport(state, painter)
    ring = [c for c in painter.find("circle", color="accent") if c.args[2] == 10.0]
    assert len(ring) == 1 and ring[0].args[:2] == pytest.approx(vp.to_px(0, 1))


def test_zero_weights_shade_one_side_only() -> None:
    """Assert w = [0, 0] (no line) shades the whole plot as predicted 0 when b ≤ 0, and draws no line."""
    painter = drawn(with_inputs(points="and"))
    assert painter.find("polyline", fill="highlight_col") and not painter.find(
        "polyline", fill="highlight_row"
    )
    assert not painter.find("line", color="fg")


def test_half_plane_clips_a_square() -> None:
    """Assert the half of the unit square with x > 0.5 is the rectangle from 0.5 to 1."""
    piece = half_plane([(0, 0), (1, 0), (1, 1), (0, 1)], (1.0, 0.0), -0.5, 1.0)
    assert sorted(piece) == sorted([(0.5, 0.0), (1, 0), (1, 1), (0.5, 1.0)])
