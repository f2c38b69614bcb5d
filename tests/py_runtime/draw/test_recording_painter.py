"""Tests for RecordingPainter, the backend demo tests inspect."""

from __future__ import annotations

import pytest

from py_runtime.draw.recording import RecordingPainter


def scene() -> RecordingPainter:
    painter = RecordingPainter(200, 100)
    painter.clear()
    painter.arrow(0, 0, 30, 40, color="a")
    painter.arrow(0, 0, 50, -10, color="b")
    painter.circle(5, 5, 2, fill="accent")
    painter.text(30, 40, "a", color="a")
    return painter


def test_find_by_kind_and_colour() -> None:
    """Assert calls can be picked out by kind and colour, and an arrow's tip read off."""
    painter = scene()
    assert painter.only("arrow", color="b").end == (50, -10)
    assert painter.only("arrow", color="a").start == (0, 0)
    assert len(painter.find("arrow")) == 2
    assert len(painter.find(color="a")) == 2
    assert painter.find(fill="accent")[0].kind == "circle"


def test_only_explains_what_was_drawn() -> None:
    """Assert a failed lookup lists what was actually drawn."""
    with pytest.raises(AssertionError, match=r"arrow\(a\), arrow\(b\), circle\(accent\)"):
        scene().only("line")


def test_clear_starts_a_new_frame() -> None:
    """Assert clear() forgets earlier calls, so the recording describes the current picture."""
    painter = scene()
    painter.clear()
    painter.line(0, 0, 1, 1, color="grid")
    assert painter.kinds() == ["line"]
    assert painter.clears == 2


def test_polyline_points_are_copied() -> None:
    """Assert changing a list after drawing it does not change the recording."""
    painter = RecordingPainter(10, 10)
    points = [(0, 0), None, (1, 1)]
    painter.polyline(points, color="a")
    points.append((9, 9))
    assert painter.only("polyline").args[0] == ((0.0, 0.0), None, (1.0, 1.0))


def test_texts_and_roles_are_checked() -> None:
    """Assert texts() lists strings in order and unknown roles or layouts are refused as in real backends."""
    painter = scene()
    assert painter.texts() == ["a"]
    with pytest.raises(ValueError):
        painter.line(0, 0, 1, 1, color="blue")
    with pytest.raises(ValueError):
        painter.text(0, 0, "x", align="middle")
