"""Tests of demos/pointer.py: reading the page's pointer input, finding the handle or target pressed."""

from __future__ import annotations

import json

import pytest

from demos.base import InputError
from demos.pointer import Drag, Handle, Pointer, Target, hit, parse_pointer, pressed, targets_extra


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


def test_pressed_finds_the_target_holding_the_point() -> None:
    """Assert a tap inside a rectangle (edges included) names it, and outside all names none."""
    targets = [Target("C:1:1", 10, 20, 30, 40), Target("A:1", 50, 20, 30, 40)]
    assert pressed(targets, 10, 20) == "C:1:1"
    assert pressed(targets, 40, 60) == "C:1:1"
    assert pressed(targets, 65, 30) == "A:1"
    assert pressed(targets, 45, 30) is None  # between the two
    assert pressed(targets, 20, 61) is None
    assert parse_pointer('{"phase": "tap", "x": 1, "y": 2}') == [Pointer("tap", 1.0, 2.0)]
    assert targets_extra(targets)[1] == {"name": "A:1", "x": 50, "y": 20, "w": 30, "h": 40}


def test_a_drag_ignores_taps() -> None:
    """Assert a tap neither grabs a handle it lands on nor lets go of the one held."""
    drag = Drag(
        handles=lambda s: [Handle("p", 0, 0, 10)],
        held=lambda s: s[0],
        hold=lambda s, name: (name, s[1]),
        move=lambda s, name, x, y: (s[0], (x, y)),
    )
    free: tuple[str | None, tuple[float, float]] = (None, (0.0, 0.0))
    assert drag.follow(free, '{"phase": "tap", "x": 1, "y": 1}') == free
    held = drag.follow(free, '{"phase": "down", "x": 1, "y": 1}')
    assert held == ("p", (1.0, 1.0))
    assert drag.follow(held, '{"phase": "tap", "x": 5, "y": 5}') == held
