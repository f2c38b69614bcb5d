"""Tests of demos/perceptron/state.py: options, the buttons, the rate, and the animation's ticks.

Weights, bias and mistakes are compared with an independent run of the rule (``rule.py``).
"""

from __future__ import annotations

from functools import partial

import pytest

from demos.base import InputError
from demos.options import OptionError, resolve
from demos.perceptron import Perceptron
from demos.perceptron.state import EPOCH_MS, State, update
from py_runtime.perceptron import PRESETS
from tests.demos import helpers
from tests.demos.perceptron.rule import run

DEMO = Perceptron()
start = partial(helpers.start, DEMO)
with_inputs = partial(helpers.with_inputs, DEMO)
PRESS = "press"
POINTS = [[2, 1, 1], [-1, -2, 0], [0.5, 3, 1], [1, -1, 0], [-2, 1, 0]]


def points_of(state: State) -> list[tuple[float, float, int]]:
    return list(state.now.points)


@pytest.mark.parametrize(
    ("options", "option"),
    [
        ({"points": "nand"}, "points"),
        ({"points": [[0, 0, 1]]}, "points"),
        ({"points": [[0, 0, 2], [1, 1, 0]]}, "points"),
        ({"points": [[0, 0], [1, 1, 0]]}, "points"),
        ({"points": [[0, 0, 1]] * 201}, "points"),
        ({"w": [1]}, "w"),
        ({"rate": 2}, "rate"),
        ({"rate": 0}, "rate"),
    ],
)
def test_bad_fence_options_name_the_option(options: dict[str, object], option: str) -> None:
    """Assert unknown presets, too few or many points, bad labels, bad w or rate are refused by name."""
    with pytest.raises(OptionError) as caught:
        DEMO.initial(resolve(DEMO.options, options))
    assert caught.value.option == option


@pytest.mark.parametrize("steps", [1, 3, 5, 7, 12])
def test_steps_follow_the_rule(steps: int) -> None:
    """Assert w and b after so many presses of Step equal an independent run of the rule."""
    state = with_inputs(*[("step", PRESS)] * steps, points=POINTS, w=[0.5, -0.5], b=0.2, rate=0.3)
    w, b, _ = run(points_of(state), (0.5, -0.5), 0.2, 0.3, steps)
    assert state.now.w == pytest.approx(w) and state.now.b == pytest.approx(b)
    assert state.visit is not None and state.visit.index == (steps - 1) % len(POINTS)


def test_epoch_finishes_the_pass_and_counts_its_mistakes() -> None:
    """Assert Epoch after 2 steps runs to the end of that epoch; the next Epoch is a whole pass."""
    state = with_inputs(("step", PRESS), ("step", PRESS), ("epoch", PRESS), points="and")
    w, b, mistakes = run(PRESETS["and"], (0, 0), 0, 0.1, 4)
    assert (state.now.epoch, state.now.index) == (1, 0)
    assert state.now.w == pytest.approx(w) and state.now.last_epoch_mistakes == mistakes[-1]
    state = update(state, "epoch", PRESS)
    w, b, mistakes = run(PRESETS["and"], (0, 0), 0, 0.1, 8)
    assert state.now.w == pytest.approx(w) and state.now.b == pytest.approx(b)
    assert state.now.last_epoch_mistakes == mistakes[-1]


def test_train_ticks_visit_points_at_the_animation_speed_and_stop_converged() -> None:
    """Assert Train runs, each tick of EPOCH_MS visits one epoch's worth of points, and it stops by itself."""
    state = with_inputs(("train", PRESS), points="or")
    assert state.running
    state = update(state, "tick", "0")
    assert state.now.index == 0 and state.visit is None  # the first tick only starts the clock
    for _ in range(2):
        state = update(state, "tick", str(EPOCH_MS / 4))
    assert state.now.index == 2  # two quarters of an epoch of 4 points
    for _ in range(100):
        state = update(state, "tick", "16.7")
    w, b, mistakes = run(PRESETS["or"], (0, 0), 0, 0.1, 4 * state.now.epoch)
    assert not state.running and state.now.stopped == "converged"
    assert mistakes[-1] == 0 and all(m for m in mistakes[:-1])  # it stopped on the first clean epoch
    assert state.now.w == pytest.approx(w) and state.now.b == pytest.approx(b)


def test_pause_stops_and_late_ticks_change_nothing() -> None:
    """Assert a second press of Train pauses, and a tick that arrives after that is ignored."""
    state = with_inputs(("train", PRESS), ("tick", "0"), ("tick", "100"), ("train", PRESS), points="blobs")
    assert not state.running
    assert update(state, "tick", "16") == state


def test_reduced_motion_ticks_jump_a_whole_epoch() -> None:
    """Assert a "step" tick jumps to the end of the epoch, as many epochs as ticks."""
    state = with_inputs(("train", PRESS), ("tick", "step"), ("tick", "step"), points="blobs")
    w, b, _ = run(PRESETS["blobs"], (0, 0), 0, 0.1, 60)
    assert (state.now.epoch, state.now.index) == (2, 0) and state.running
    assert state.now.w == pytest.approx(w) and state.now.b == pytest.approx(b)


def test_xor_stops_after_100_epochs_and_train_then_does_nothing() -> None:
    """Assert xor trains for exactly 100 epochs, still making mistakes, and Train after that stays put."""
    state = with_inputs(("train", PRESS), *[("tick", "step")] * 150, points="xor")
    w, b, mistakes = run(PRESETS["xor"], (0, 0), 0, 0.1, 400)
    assert state.now.epoch == 100 and state.now.stopped == "epoch_limit" and not state.running
    assert state.now.w == pytest.approx(w) and state.now.b == pytest.approx(b) and mistakes[-1] > 0
    assert update(state, "train", PRESS) == state


def test_rate_and_reset() -> None:
    """Assert the rate slider changes the rule's step size, and Reset goes back to the fence's state."""
    state = with_inputs(("rate", "0.5"), ("step", PRESS), ("step", PRESS), points=POINTS)
    w, b, _ = run(POINTS, (0, 0), 0, 0.5, 2)  # type: ignore[arg-type]
    assert state.now.w == pytest.approx(w) and state.now.b == pytest.approx(b)
    reset = update(state, "reset", PRESS)
    assert reset == start(points=POINTS)


@pytest.mark.parametrize(
    ("control", "value", "words"),
    [
        ("rate", "2", "between 0.01 and 1"),
        ("rate", "fast", "must be a number"),
        ("step", "hold", "only takes a press"),
        ("speed", "1", "no control"),
    ],
)
def test_bad_inputs_are_refused(control: str, value: str, words: str) -> None:
    """Assert a rate out of range, a button value that is not a press, an unknown control raise InputError."""
    with pytest.raises(InputError) as caught:
        update(start(), control, value)
    assert caught.value.control == control and words in caught.value.message
