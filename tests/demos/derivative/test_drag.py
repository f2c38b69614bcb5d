"""Tests of dragging the derivative demo's points: the point of tangency moves x along the curve,
the secant's second point moves h, both kept to their slider's range and step.

Positions are worked out here: the 420 x 340 figure's plot runs from 36 units in from the left to
16 in from the right, so across it x goes from x_min to x_max in proportion.
"""

from __future__ import annotations

import json
from functools import partial

import pytest

from demos.derivative import Derivative, State
from demos.pointer import HANDLE_RADIUS
from tests.demos import helpers

DEMO = Derivative()
start = partial(helpers.start, DEMO)
rings = partial(helpers.accent_rings, DEMO)
LEFT, RIGHT = 36.0, 420.0 - 16.0


def px_of(x: float, lo: float = -3.0, hi: float = 3.0) -> float:
    """The figure's horizontal position of the plot's x."""
    return LEFT + (x - lo) / (hi - lo) * (RIGHT - LEFT)


def send(state: State, *events: tuple[str, float, float]) -> State:
    payload = [{"phase": p, "x": x, "y": y} for p, x, y in events]
    return DEMO.update(state, "pointer", json.dumps(payload))


def handle(state: State, name: str) -> dict[str, float]:
    return next(h for h in DEMO.view(state).extra["handles"] if h["name"] == name)


def test_handles_sit_on_the_two_points() -> None:
    """Assert x's handle is at (1, f(1)) and h's at (x + h, f(x + h)) across the plot, for f = x²."""
    state = start()
    assert handle(state, "x")["x"] == pytest.approx(px_of(1.0), abs=0.01)
    assert handle(state, "h")["x"] == pytest.approx(px_of(2.0), abs=0.01)
    assert handle(state, "h")["y"] < handle(state, "x")["y"]  # f(2) = 4 is higher up than f(1) = 1


def test_dragging_the_point_sets_x_to_the_slider_step_and_range() -> None:
    """Assert x follows the pointer across (not up or down), rounded to 0.01 and held to -3..3."""
    x = handle(start(), "x")
    state = send(start(), ("down", x["x"], x["y"]), ("move", px_of(-1.2345), 5.0))
    assert state.x == pytest.approx(-1.23) and state.held == "x" and state.h == 1
    assert send(state, ("move", px_of(-7.0), 300.0)).x == -3.0
    assert send(state, ("move", px_of(9.0), 300.0)).x == 3.0
    released = send(state, ("up", 0, 0), ("move", px_of(2.0), 0))
    assert released.x == pytest.approx(-1.23) and released.held is None


def test_dragging_the_secant_point_sets_h() -> None:
    """Assert h becomes the pointer's x less x, on the slider's 0.01 steps within 0.01..2."""
    h = handle(start(), "h")
    state = send(start(), ("down", h["x"], h["y"]), ("move", px_of(1.5012), 100.0))
    assert state.h == pytest.approx(0.5) and state.x == 1 and state.held == "h"
    assert send(state, ("move", px_of(0.0), 100.0)).h == pytest.approx(0.01)  # left of x: the smallest h
    assert send(state, ("move", px_of(3.0), 100.0)).h == pytest.approx(2.0)


def test_nearly_touching_points_give_the_nearer_one() -> None:
    """Assert with h small (0.2) a press just right of the secant's point takes h, not x."""
    state = DEMO.update(start(), "h", "0.2")
    h = handle(state, "h")
    assert send(state, ("down", h["x"] + 1, h["y"])).held == "h"
    x = handle(state, "x")
    assert send(state, ("down", x["x"] - 1, x["y"])).held == "x"


@pytest.mark.parametrize("name", ["x", "h"])
def test_the_held_point_is_ringed_in_the_frame(name: str) -> None:
    """Assert while a point is held the frame rings it (wider than its dot, inside the area a press
    catches), the ring moves with it, and no frame rings anything before the press or after the release."""
    assert rings(start()) == []
    spot = handle(start(), name)
    state = send(start(), ("down", spot["x"], spot["y"]), ("move", px_of(0.5 if name == "x" else 2.5), 0.0))
    spot = handle(state, name)
    [(cx, cy, r)] = rings(state)
    assert (cx, cy) == pytest.approx((spot["x"], spot["y"]), abs=0.01)
    assert cx == pytest.approx(px_of(0.5 if name == "x" else 2.5))  # x = 0.5, or x + h = 1 + 1.5
    assert 5.5 < r < HANDLE_RADIUS
    assert rings(send(state, ("up", 0, 0))) == []
