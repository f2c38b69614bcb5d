"""Tests of demos/perceptron/__init__.py: buttons, readouts, the stop messages and the animation request."""

from __future__ import annotations

from functools import partial

import pytest

from demos.base import Button, Slider
from demos.perceptron import Perceptron, State
from demos.registry import DEMOS
from py_runtime.perceptron import PRESETS
from tests.demos import helpers
from tests.demos.perceptron.rule import run, wrong

DEMO = Perceptron()
with_inputs = partial(helpers.with_inputs, DEMO)
PRESS = "press"
MINUS = "\u2212"


def readouts(state: State) -> dict[str, str]:
    return {r.name: r.text for r in DEMO.view(state).readouts}


def number(text: str) -> float:
    return float(text.replace(MINUS, "-"))


def test_registered_with_buttons_and_rate_slider() -> None:
    """Assert the buttons Step, Epoch, Train, Reset and the slider "Learning rate" from 0.01 to 1."""
    assert DEMOS["perceptron"] is not None
    *buttons, rate = DEMO.controls
    assert [(b.name, b.label) for b in buttons if isinstance(b, Button)] == [
        ("step", "Step"),
        ("epoch", "Epoch"),
        ("train", "Train"),
        ("reset", "Reset"),
    ]
    assert isinstance(rate, Slider) and (rate.label, rate.min, rate.max) == ("Learning rate", 0.01, 1)


def test_first_state_readouts() -> None:
    """Assert the labels and the starting numbers: w = [0, 0], b = 0, epoch 1 step 0, and_ 1 of 4 wrong."""
    view = DEMO.view(with_inputs(points="and"))
    labels = [r.label for r in view.readouts]
    assert labels[:5] == ["Weights", "Bias", "Epoch", "Step in epoch", "Misclassified"]
    shown = readouts(with_inputs(points="and"))
    assert (shown["weights"], shown["bias"], shown["epoch"], shown["step"]) == ("[0, 0]", "0", "1", "0 of 4")
    assert shown["misclassified"] == f"{wrong(PRESETS['and'], (0, 0), 0)} of 4" == "1 of 4"
    assert view.values["train"] == "Train" and "animate" not in view.extra


@pytest.mark.parametrize("steps", [1, 4, 5, 9])
def test_readouts_after_steps_match_the_rule(steps: int) -> None:
    """Assert weights, bias, epoch, step and misclassified after so many steps on `and`."""
    shown = readouts(with_inputs(*[("step", PRESS)] * steps, points="and"))
    w, b, _ = run(PRESETS["and"], (0, 0), 0, 0.1, steps)
    w1, w2 = (number(t) for t in shown["weights"].strip("[]").split(", "))
    assert (w1, w2) == pytest.approx(w, abs=5e-4) and number(shown["bias"]) == pytest.approx(b, abs=5e-4)
    assert shown["epoch"] == str((steps - 1) // 4 + 1) and shown["step"] == f"{(steps - 1) % 4 + 1} of 4"
    assert shown["misclassified"] == f"{wrong(PRESETS['and'], w, b)} of 4"


def test_train_asks_for_animation_and_reads_pause() -> None:
    """Assert while training runs the view asks for ticks and the Train button reads "Pause"."""
    view = DEMO.view(with_inputs(("train", PRESS), points="blobs"))
    assert view.values["train"] == "Pause"
    assert view.extra["animate"]["interval_ms"] > 0
    assert readouts(with_inputs(("train", PRESS), points="blobs"))["status"] == "Training…"


def test_converged_says_so() -> None:
    """Assert training `or` to the end says after how many epochs it converged, and stops animating."""
    state = with_inputs(("train", PRESS), *[("tick", "step")] * 20, points="or")
    _, _, mistakes = run(PRESETS["or"], (0, 0), 0, 0.1, 400)
    epochs = mistakes.index(0) + 1
    view = DEMO.view(state)
    assert readouts(state)["status"].startswith(f"Converged after {epochs} epochs")
    assert "animate" not in view.extra and view.values["train"] == "Train"
    assert readouts(state)["misclassified"] == "0 of 4"


def test_xor_says_no_line_separates_the_points() -> None:
    """Assert xor after 100 epochs says no straight line separates these points."""
    shown = readouts(with_inputs(("train", PRESS), *[("tick", "step")] * 100, points="xor"))
    assert shown["epoch"] == "100"
    assert shown["status"] == (
        "Stopped after 100 epochs: no straight line separates these points, so every epoch makes a mistake."
    )


def test_separable_but_unfinished_says_a_line_exists() -> None:
    """Assert a separable set that needs more than 100 epochs says a separating line exists."""
    points = [[0, 0, 0], [100, 1, 1], [100, 0.9, 0], [0, 1, 1]]
    shown = readouts(with_inputs(("train", PRESS), *[("tick", "step")] * 100, points=points, rate=0.01))
    assert shown["status"].startswith("Stopped after 100 epochs: a line that separates these points exists")


def test_description_names_the_line_the_mistakes_and_the_ringed_point() -> None:
    """Assert the text alternative gives w, b, the wrong-side count and the point the last step visited."""
    state = with_inputs(("step", PRESS), ("step", PRESS), points="and")
    w, b, _ = run(PRESETS["and"], (0, 0), 0, 0.1, 2)
    text = DEMO.view(state).description
    assert f"{wrong(PRESETS['and'], w, b)} of 4 points are on the wrong side" in text
    assert "Ringed: the last step's point 2 (0, 1), label 0" in text
