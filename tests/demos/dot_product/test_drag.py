"""Tests of dragging b's tip in the dot-product demo: the handle sits on b's tip, and a drag sets
the angle from the pointer's direction as the slider would.

Positions are worked out here: the 420 x 360 figure's plot is the figure less a 24-unit margin
each side, 40 above and 28 below; the origin is its centre, the view reaches 1.2 times the longer
vector across the plot's height, and a lies along +x for a 3-D pair, along its own direction in 2-D.
"""

from __future__ import annotations

import json
import math
from functools import partial

import pytest

from demos.dot_product import DotProduct, State
from demos.pointer import HANDLE_RADIUS
from tests.demos import helpers

DEMO = DotProduct()
start = partial(helpers.start, DEMO)
rings = partial(helpers.accent_rings, DEMO)
ORIGIN = (210.0, 40 + (360 - 68) / 2)
TIP = (360 - 68) / 2 / 1.2  # b is the longer vector in these pairs: its tip is this far out


def point(degrees: float, radius: float = TIP) -> tuple[float, float]:
    """The figure point ``radius`` from the origin, ``degrees`` counter-clockwise from +x."""
    t = math.radians(degrees)
    return ORIGIN[0] + radius * math.cos(t), ORIGIN[1] - radius * math.sin(t)


def press(state: State, phase: str, xy: tuple[float, float]) -> State:
    return DEMO.update(state, "pointer", json.dumps({"phase": phase, "x": xy[0], "y": xy[1]}))


def test_handle_is_on_the_tip_of_b() -> None:
    """Assert the view lists one handle, b, at b's tip (12.93° from a, drawn along +x)."""
    handles = DEMO.view(start()).extra["handles"]
    assert [h["name"] for h in handles] == ["b"]
    want = point(math.degrees(math.acos(32 / math.sqrt(14 * 77))))
    assert handles[0]["x"] == pytest.approx(want[0], abs=0.01)
    assert handles[0]["y"] == pytest.approx(want[1], abs=0.01)
    assert handles[0]["r"] == HANDLE_RADIUS


def test_drag_turns_b_like_the_slider() -> None:
    """Assert press on the tip, moves and release give the same state as the slider at each angle."""
    state = press(start(), "down", point(12.93))
    assert state.held == "b"
    for degrees in (40.2, 170.6, 250.3, 359.2):
        state = press(state, "move", point(degrees, radius=50))
        slider = DEMO.update(start(), "angle", str(round(degrees) % 361))
        assert state.turn == round(degrees)
        assert state.b == pytest.approx(slider.b)
        assert DEMO.view(state).readouts == DEMO.view(slider).readouts
    state = press(state, "up", point(10))
    assert state.held is None and state.turn == 359
    assert press(state, "move", point(90)).turn == 359  # released: moves do nothing


def test_press_off_the_handle_changes_nothing() -> None:
    """Assert a press on an empty part of the figure neither grabs b nor turns it."""
    state = press(start(), "down", point(200, radius=60))
    assert state.held is None
    assert press(state, "move", point(90)).b == start().b


def test_two_dimensional_pair_turns_from_a() -> None:
    """Assert in 2-D the angle counts from a's own direction: a = (0, 1) points up, so a pointer
    to the left of the origin is 90° from a, and b points there."""
    state = start(a=[0, 1], b=[2, 0])
    tip = DEMO.view(state).extra["handles"][0]
    assert (tip["x"], tip["y"]) == pytest.approx(point(0), abs=0.01)
    state = press(state, "down", (tip["x"], tip["y"]))
    state = press(state, "move", point(180, radius=40))
    assert state.turn == 90
    assert state.b == pytest.approx((-2.0, 0.0), abs=1e-12)  # pointing left, still |b| = 2


def test_b_is_ringed_in_the_frame_while_held() -> None:
    """Assert the frame rings b's tip (wider than the arrowhead, inside the area a press catches)
    only while it is held, and the ring is where the tip has turned to."""
    assert rings(start()) == []
    state = press(press(start(), "down", point(12.93)), "move", point(120, radius=50))
    [(cx, cy, r)] = rings(state)
    assert (cx, cy) == pytest.approx(point(120), abs=0.01)
    assert 8 < r < HANDLE_RADIUS
    assert rings(press(state, "up", point(120))) == []
