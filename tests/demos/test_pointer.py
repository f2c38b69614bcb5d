"""Tests of demos/pointer.py: reading the page's pointer input and finding the handle pressed."""

from __future__ import annotations

import json

import pytest

from demos.base import InputError
from demos.pointer import Handle, Pointer, hit, parse_pointer


def test_one_event_or_a_list() -> None:
    """Assert a single event and a list of waiting events both come back in order."""
    assert parse_pointer('{"phase": "down", "x": 1, "y": 2.5}') == [Pointer("down", 1.0, 2.5)]
    events = [
        {"phase": "down", "x": 0, "y": 0},
        {"phase": "move", "x": 3, "y": 4},
        {"phase": "up", "x": 3, "y": 4},
    ]
    assert [e.phase for e in parse_pointer(json.dumps(events))] == ["down", "move", "up"]


@pytest.mark.parametrize(
    "value",
    [
        "not json",
        '{"x": 1, "y": 2}',
        '{"phase": "hover", "x": 1, "y": 2}',
        '{"phase": "move", "x": "1", "y": 2}',
        '{"phase": "move", "x": true, "y": 2}',
        '[{"phase": "up", "x": 1}]',
    ],
)
def test_bad_pointer_input_is_refused(value: str) -> None:
    """Assert anything but pointer events is an InputError on the pointer input, not a crash."""
    with pytest.raises(InputError) as caught:
        parse_pointer(value)
    assert caught.value.control == "pointer"


def test_hit_takes_the_nearest_handle_within_reach() -> None:
    """Assert a press inside two overlapping discs takes the nearer centre, and outside all takes none."""
    handles = [Handle("x", 100, 100, 20), Handle("h", 120, 100, 20)]
    assert hit(handles, 108, 100) == "x"
    assert hit(handles, 112, 100) == "h"
    assert hit(handles, 100, 119.9) == "x"
    assert hit(handles, 100, 121) is None
    assert hit([], 0, 0) is None
