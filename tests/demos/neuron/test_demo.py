"""Tests of demos/neuron/__init__.py: controls, readouts and text alternative, numbers worked out here."""

from __future__ import annotations

import math
from functools import partial

import pytest

from demos.base import Choice, Slider, TextField
from demos.neuron import Neuron, State
from demos.registry import DEMOS
from tests.demos import helpers

DEMO = Neuron()
MINUS = "\u2212"
with_inputs = partial(helpers.with_inputs, DEMO)


def readouts(state: State) -> dict[str, str]:
    return {r.name: r.text for r in DEMO.view(state).readouts}


def test_registered_with_labelled_controls() -> None:
    """Assert fields "Inputs x", "Weights w", slider "Bias b" (−5..5 by 0.1) and choice "Activation"."""
    assert DEMOS["neuron"] is not None
    x, w, b, activation = DEMO.controls
    assert isinstance(x, TextField) and x.label == "Inputs x"
    assert isinstance(w, TextField) and w.label == "Weights w"
    assert b == Slider("b", "Bias b", -5, 5, 0.1)
    assert isinstance(activation, Choice) and activation.label == "Activation"
    assert [value for value, _ in activation.choices] == ["sigmoid", "step", "tanh", "relu"]


def test_lesson_01_numbers() -> None:
    """Assert the defaults read z = −1.07 by components and sigmoid output 0.255403 (1 / (1 + e^1.07))."""
    shown = readouts(with_inputs())
    assert shown["z"] == f"0.3×0.5 + ({MINUS}0.5)×1.2 + 0.9×({MINUS}0.8) + 0.1 = {MINUS}1.07"
    assert shown["output"] == f"{1 / (1 + math.exp(1.07)):.6g}" == "0.255403"


@pytest.mark.parametrize(
    ("activation", "f"),
    [
        ("sigmoid", lambda z: 1 / (1 + math.exp(-z))),
        ("step", lambda z: 1.0 if z > 0 else 0.0),
        ("tanh", math.tanh),
        ("relu", lambda z: max(0.0, z)),
    ],
)
def test_output_is_the_activation_of_the_sum(activation: str, f: object) -> None:
    """Assert the output readout is f(0.5·2 + (−1)·0.25 + 0.4), worked out here, to 6 significant digits."""
    state = with_inputs(("b", "0.4"), ("activation", activation), x=[2, 0.25], w=[0.5, -1])
    z = 0.5 * 2 + (-1) * 0.25 + 0.4
    assert callable(f)
    expected = f"{f(z):.6g}"
    assert readouts(state)["output"] == ("0" if float(expected) == 0 else expected)
    assert readouts(state)["z"].endswith("= 1.15")


def test_values_and_description_follow_the_state() -> None:
    """Assert the fields get typeable text back; the text alternative names the numbers and activation."""
    state = with_inputs(("b", "-2"), ("activation", "tanh"))
    view = DEMO.view(state)
    assert view.values == {"x": "0.5, 1.2, -0.8", "w": "0.3, -0.5, 0.9", "b": "-2", "activation": "tanh"}
    assert f"z = {MINUS}3.17" in view.description and "tanh" in view.description
    assert f"{math.tanh(-3.17):.6g}".replace("-", MINUS) in view.description
