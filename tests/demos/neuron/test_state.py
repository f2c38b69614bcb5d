"""Tests of demos/neuron/state.py: the fence options, and each control's update and refusals."""

from __future__ import annotations

from functools import partial

import pytest

from demos.base import InputError
from demos.neuron import Neuron
from demos.neuron.state import State, update
from demos.options import OptionError, resolve
from tests.demos import helpers

DEMO = Neuron()
start = partial(helpers.start, DEMO)


def test_defaults_are_lesson_01s_neuron() -> None:
    """Assert the defaults are x = [0.5, 1.2, −0.8], w = [0.3, −0.5, 0.9], b = 0.1 and sigmoid."""
    assert start() == State(x=(0.5, 1.2, -0.8), w=(0.3, -0.5, 0.9), b=0.1, activation="sigmoid")


@pytest.mark.parametrize(
    ("options", "option"),
    [
        ({"x": [1, 2], "w": [1, 2, 3]}, "w"),
        ({"activation": "softmax"}, "activation"),
        ({"b": 9}, "b"),
        ({"x": []}, "x"),
        ({"x": [1, 2, 3, 4, 5, 6, 7], "w": [1, 2, 3, 4, 5, 6, 7]}, "x"),
    ],
)
def test_bad_fence_options_name_the_option(options: dict[str, object], option: str) -> None:
    """Assert a length clash, an unknown activation, a bias out of range, a bad length are refused by name."""
    with pytest.raises(OptionError) as caught:
        DEMO.initial(resolve(DEMO.options, options))
    assert caught.value.option == option


def test_fields_slider_and_choice_update_the_neuron() -> None:
    """Assert x and w take typed vectors (real minus too), b the slider, activation the choice."""
    state = update(start(), "x", "[1, −2, 3]")
    state = update(state, "w", "0.5 0.25 -1")
    state = update(state, "b", "-1.5")
    state = update(state, "activation", "relu")
    assert state == State(x=(1.0, -2.0, 3.0), w=(0.5, 0.25, -1.0), b=-1.5, activation="relu")


def test_new_length_waits_for_the_other_vector() -> None:
    """Assert x with a new length is refused with a message, kept, and accepted once w matches."""
    with pytest.raises(InputError) as caught:
        update(start(), "x", "1, 2")
    assert caught.value.control == "x"
    assert "vector w 2 numbers" in caught.value.message
    assert isinstance(caught.value.remember, State)
    state = update(caught.value.remember, "w", "3, 4")
    assert (state.x, state.w, state.waiting) == ((1.0, 2.0), (3.0, 4.0), None)


@pytest.mark.parametrize(
    ("control", "value", "words"),
    [
        ("x", "", "is empty"),
        ("x", "1,,2", "empty entry"),
        ("w", "1, two, 3", "is not a number"),
        ("w", "1, 2, 1e9", "too large"),
        ("x", "1, 2, 3, 4, 5, 6, 7", "needs 1 to 6 numbers"),
        ("b", "7", "between -5 and 5"),
        ("b", "lots", "must be a number"),
        ("activation", "softmax", "Choose one of"),
        ("colour", "red", "no control"),
    ],
)
def test_bad_values_are_refused_with_a_message(control: str, value: str, words: str) -> None:
    """Assert each kind of bad value raises InputError for its field, saying what is wrong."""
    with pytest.raises(InputError) as caught:
        update(start(), control, value)
    assert caught.value.control == control
    assert words in caught.value.message
