"""Tests of demos/scale_vector/picture.py: v and k·v as drawn, read back from a RecordingPainter."""

from __future__ import annotations

import pytest

from demos.scale_vector.picture import render
from demos.scale_vector.state import State
from py_runtime.draw import RecordingPainter


def drawn(state: State) -> RecordingPainter:
    painter = RecordingPainter(360, 300)
    painter.clear()
    render(state, painter)
    return painter


@pytest.mark.parametrize("k", [3.0, 0.5, -2.0])
def test_kv_points_k_times_as_far_as_v(k: float) -> None:
    """Assert both arrows start at the origin and k·v's tip is k times v's offset from it."""
    painter = drawn(State(v=(1.0, 2.0), k=k))
    v, kv = painter.only("arrow", color="a"), painter.only("arrow", color="b")
    assert v.start == kv.start
    (ox, oy), (vx, vy) = v.start, v.end
    assert kv.end == pytest.approx((ox + k * (vx - ox), oy + k * (vy - oy)))
    assert "k·v" in painter.texts()


def test_scale_stays_put_while_k_moves() -> None:
    """Assert v's arrow (and so the scale) is the same for every k."""
    first, *others = [drawn(State(v=(1.0, 2.0), k=k)).only("arrow", color="a") for k in (-3.0, 0.0, 3.0)]
    assert all(arrow == first for arrow in others)
