"""Tests of demos/scale_vector/state.py: the k slider's update and its bad values."""

from __future__ import annotations

import pytest

from demos.base import InputError
from demos.scale_vector import ScaleVector
from demos.scale_vector.state import State, update
from tests.demos import helpers

DEMO = ScaleVector()


def test_fence_options_give_the_first_state() -> None:
    """Assert the lesson's v = [1, 2], k = 3 is the default, and an author's v and k are taken as written."""
    assert helpers.start(DEMO) == State(v=(1.0, 2.0), k=3.0)
    assert helpers.start(DEMO, v=[2, -1], k=-0.5) == State(v=(2.0, -1.0), k=-0.5)


@pytest.mark.parametrize(("value", "k"), [("0.5", 0.5), ("-3", -3.0), ("3", 3.0), ("0", 0.0)])
def test_slider_sets_k_and_keeps_v(value: str, k: float) -> None:
    """Assert moving the slider changes only k."""
    assert update(State(v=(1.0, 2.0), k=3.0), "k", value) == State(v=(1.0, 2.0), k=k)


@pytest.mark.parametrize(
    ("control", "value", "words"),
    [
        ("k", "abc", "Enter a number"),
        ("k", "3.5", "between -3 and 3"),
        ("k", "nan", "between"),
        ("v", "1", "no control"),
    ],
)
def test_bad_input_is_refused_on_its_field(control: str, value: str, words: str) -> None:
    """Assert a value off the slider's range, or a control the demo lacks, raises InputError naming it."""
    with pytest.raises(InputError) as caught:
        update(State(v=(1.0, 2.0), k=3.0), control, value)
    assert caught.value.control == control and words in caught.value.message
