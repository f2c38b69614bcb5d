"""Assert the neuron's weighted sum, activations and readout text match hand-worked arithmetic."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from py_runtime.neuron import activate, format_output, format_weighted_sum, sigmoid, weighted_sum

LESSON_X = [0.5, 1.2, -0.8]
LESSON_W = [0.3, -0.5, 0.9]


def test_lesson_neuron_output() -> None:
    """Assert the defaults give z = −1.07 and σ(z) = 0.255403…, the value Lesson 01's code prints."""
    z = weighted_sum(LESSON_X, LESSON_W, 0.1)
    assert z == pytest.approx(0.3 * 0.5 - 0.5 * 1.2 - 0.9 * 0.8 + 0.1)
    assert format_output(activate("sigmoid", z)) == "0.255403"


def test_weighted_sum_text_by_components() -> None:
    """Assert the sum reads as the issue writes it, negatives in parentheses and a real minus sign."""
    text = format_weighted_sum(LESSON_X, LESSON_W, 0.1)
    assert text == "0.3×0.5 + (−0.5)×1.2 + 0.9×(−0.8) + 0.1 = −1.07"


def test_negative_bias_is_subtracted() -> None:
    """Assert a negative bias reads ``− 2``, not ``+ −2``."""
    assert format_weighted_sum([1.0], [1.0], -2.0) == "1×1 − 2 = −1"


@pytest.mark.parametrize(
    ("name", "z", "expected"),
    [
        ("step", 0.0, 0.0),
        ("step", 1e-9, 1.0),
        ("relu", -3.0, 0.0),
        ("relu", 2.5, 2.5),
        ("tanh", 0.5, 0.462117),
    ],
)
def test_activations(name: str, z: float, expected: float) -> None:
    """Assert each activation's value at a few points worked out by hand."""
    assert activate(name, z) == pytest.approx(expected, abs=1e-6)  # type: ignore[arg-type]


@given(st.floats(min_value=-800, max_value=800))
def test_sigmoid_is_stable_and_symmetric(z: float) -> None:
    """Assert σ never overflows, stays in [0, 1] and satisfies σ(−z) = 1 − σ(z)."""
    s = sigmoid(z)
    assert 0.0 <= s <= 1.0
    assert sigmoid(-z) == pytest.approx(1.0 - s, abs=1e-12)
    if abs(z) < 30:
        assert s == pytest.approx(1.0 / (1.0 + math.exp(-z)))


def test_lengths_must_match() -> None:
    """Assert inputs and weights of different lengths are refused in plain words."""
    with pytest.raises(ValueError, match="equal lengths"):
        weighted_sum([1.0, 2.0], [1.0], 0.0)
