"""Tests of the derivative demo's "Shrink h to 0" animation: the ticks, pausing, reduced motion and
the reader taking over. Expectations come from the rule stated in the test, not from the code."""

from __future__ import annotations

import itertools
import math
from functools import partial

import pytest

from demos.base import InputError
from demos.derivative import Derivative, State
from demos.derivative.state import H_MIN
from tests.demos import helpers

DEMO = Derivative()
start = partial(helpers.start, DEMO)
FRAME = "16.7"  # ms: one frame at 60 a second


def running(state: State) -> bool:
    return "animate" in DEMO.view(state).extra


def button(state: State) -> str:
    return DEMO.view(state).values["shrink"]


def run_frames(state: State, ms: str = FRAME, limit: int = 1000) -> tuple[State, list[float], float]:
    """Ticks of ``ms`` until the animation stops: the last state, every h seen, the ms spent."""
    state = DEMO.update(state, "tick", "0")
    seen, spent = [state.h], 0.0
    while running(state) and limit:
        state = DEMO.update(state, "tick", ms)
        seen.append(state.h)
        spent += float(ms) if ms != "step" else 0.0
        limit -= 1
    return state, seen, spent


def test_h_shrinks_steadily_to_the_slider_minimum_in_about_two_seconds() -> None:
    """Assert the press reads Pause, h never grows, ends exactly at H_MIN, the button reads its name
    again, and the frames' milliseconds add up to about two seconds."""
    state = DEMO.update(start(), "shrink", "press")
    assert running(state) and button(state) == "Pause"
    assert {"handles", "animate"} <= set(DEMO.view(state).extra)  # still draggable while it runs
    state, seen, spent = run_frames(state)
    assert all(b <= a for a, b in itertools.pairwise(seen))
    assert seen[0] == 1 and seen[-1] == H_MIN == 0.01
    assert len(set(seen)) > 30  # visibly moving, not a jump
    assert 1500 <= spent <= 2500
    assert not running(state) and button(state) == "Shrink h to 0"
    assert DEMO.update(state, "tick", FRAME) == state  # a late tick changes nothing


def test_the_secant_slope_closes_in_on_the_tangent() -> None:
    """Assert for x² at 1 the secant slope (f(1+h) − f(1))/h = 2 + h ends at 2.01, near f′(1) = 2."""
    state, _, _ = run_frames(DEMO.update(start(), "shrink", "press"))
    secant = next(r.text for r in DEMO.view(state).readouts if r.name == "secant")
    assert secant.endswith(f"= {((1 + 0.01) ** 2 - 1) / 0.01:.2f}")
    assert math.isclose(2 + state.h, 2.01)


def test_pause_stops_where_it_is() -> None:
    """Assert a second press pauses with h between its start and H_MIN, and ticks then do nothing."""
    state = DEMO.update(start(), "shrink", "press")
    for value in ("0", "16.7", "16.7", "16.7", "16.7"):
        state = DEMO.update(state, "tick", value)
    paused = DEMO.update(state, "shrink", "press")
    assert H_MIN < paused.h < 1 and paused.h == state.h
    assert not running(paused) and button(paused) == "Shrink h to 0"
    assert DEMO.update(paused, "tick", "16.7") == paused


def test_reduced_motion_takes_a_few_steps() -> None:
    """Assert "step" ticks bring h to H_MIN in 4 to 6 jumps, each smaller than the last."""
    state, seen, _ = run_frames(DEMO.update(start(), "shrink", "press"), ms="step")
    jumps = [a - b for a, b in itertools.pairwise(seen) if a != b]
    assert 4 <= len(jumps) <= 6 and seen[-1] == H_MIN
    assert all(b < a for a, b in itertools.pairwise(jumps))
    assert not running(state)


@pytest.mark.parametrize(("control", "value"), [("x", "0.5"), ("h", "1.5"), ("f", "x^3"), ("f", "sin(")])
def test_any_other_input_stops_it(control: str, value: str) -> None:
    """Assert a slider, a typed formula (even a refused one) stops the animation."""
    state = DEMO.update(DEMO.update(start(), "shrink", "press"), "tick", "0")
    try:
        after = DEMO.update(state, control, value)
    except InputError as error:
        assert isinstance(error.remember, State)
        after = error.remember
    assert not running(after) and button(after) == "Shrink h to 0"


def test_dragging_a_point_stops_it() -> None:
    """Assert pressing on the point of tangency stops the animation."""
    state = DEMO.update(DEMO.update(start(), "shrink", "press"), "tick", "0")
    x = next(h for h in DEMO.view(state).extra["handles"] if h["name"] == "x")
    after = DEMO.update(state, "pointer", f'{{"phase": "down", "x": {x["x"]}, "y": {x["y"]}}}')
    assert not running(after)


def test_a_press_at_the_minimum_starts_over_from_the_first_h() -> None:
    """Assert with h already at H_MIN a press starts again from the fence's h (0.5 here)."""
    state = DEMO.update(start(h=0.5), "h", "0.01")
    again = DEMO.update(state, "shrink", "press")
    assert again.h == 0.5 and running(again)
