"""Tests of demos/dot_product/picture.py: the picture read back from a RecordingPainter the way a reader
looks at it: where the arrows end, what is written, the arc of the angle and b's shadow on a.
"""

from __future__ import annotations

import math
from functools import partial

import pytest

from demos.dot_product import DotProduct, State
from py_runtime.draw import RecordingPainter
from py_runtime.draw.recording import Call
from tests.demos import helpers

DEMO = DotProduct()


start = partial(helpers.start, DEMO)
with_inputs = partial(helpers.with_inputs, DEMO)


def readouts(state: State) -> dict[str, str]:
    """Readout name -> text."""
    return {r.name: r.text for r in DEMO.view(state).readouts}


def drawn(state: State) -> RecordingPainter:
    painter = RecordingPainter(DEMO.width, DEMO.height)
    painter.clear()
    DEMO.render(state, painter)
    return painter


def arrow(painter: RecordingPainter, role: str) -> Call:
    return painter.only("arrow", color=role)


@pytest.mark.parametrize(
    "turn, text, role",
    [
        ("0", "same direction (a · b > 0)", "good"),
        ("45", "same direction (a · b > 0)", "good"),
        ("90", "perpendicular (a · b = 0)", "neutral"),
        ("270", "perpendicular (a · b = 0)", "neutral"),
        ("135", "opposite (a · b < 0)", "bad"),
        ("180", "opposite (a · b < 0)", "bad"),
    ],
)
def test_direction_cue(turn: str, text: str, role: str) -> None:
    """Assert the Direction readout and the drawn cue (its words and dot, in its colour) agree."""
    state = DEMO.update(start(), "angle", turn)
    assert readouts(state)["direction"] == text
    painter = drawn(state)
    assert [c.args[2] for c in painter.find("text", color=role)] == [text]
    assert painter.find("circle", fill=role)
    if text.startswith("perpendicular"):
        assert readouts(state)["dot"] == "0" and readouts(state)["cos"] == "0"
        assert readouts(state)["sum"].endswith(" = 0")


def test_arrow_of_b_ends_where_its_coordinates_say_in_2d() -> None:
    """Assert a 2-D pair is drawn as typed: both arrows share a tail, b's tip is b scaled like a's."""
    painter = drawn(start(a=[3, 1], b=[-1, 2]))
    arrow_a, arrow_b = arrow(painter, "a"), arrow(painter, "b")
    assert arrow_a.start == arrow_b.start
    ox, oy = arrow_a.start
    scale = (arrow_a.end[0] - ox) / 3  # px per unit, read off a
    assert arrow_a.end[1] == pytest.approx(oy - scale * 1)  # y grows downwards on screen
    assert arrow_b.end == pytest.approx((ox + scale * -1, oy - scale * 2))
    # Equal aspect, and room for b however it turns: its whole circle fits in the figure.
    radius = scale * math.sqrt(5)
    assert radius < ox < DEMO.width - radius and radius < oy < DEMO.height - radius
    assert painter.find("text", color="muted")  # tick labels
    assert "drawn in the plane of a and b" not in painter.texts()


def test_scale_stays_put_while_b_turns() -> None:
    """Assert turning b moves only b: a's arrow is the same and b's tip runs round one circle."""
    start_state = start(a=[3, 1], b=[-1, 2])
    first = drawn(start_state)
    ox, oy = arrow(first, "a").start
    radius = math.dist(arrow(first, "b").start, arrow(first, "b").end)
    for turn in ("0", "45", "180", "300"):
        painter = drawn(DEMO.update(start_state, "angle", turn))
        assert arrow(painter, "a") == arrow(first, "a")
        assert math.dist((ox, oy), arrow(painter, "b").end) == pytest.approx(radius)
    # At 90° b points a quarter turn counter-clockwise from a = (3, 1): along (−1, 3).
    tip = arrow(drawn(DEMO.update(start_state, "angle", "90")), "b").end
    assert tip == pytest.approx((ox - radius / math.sqrt(10), oy - 3 * radius / math.sqrt(10)))


@pytest.mark.parametrize("turn", ["13", "90", "200", "300"])
def test_3d_pair_drawn_in_its_plane_with_true_lengths_and_angle(turn: str) -> None:
    """Assert a 3-D pair keeps |b| / |a| and the angle θ on screen, with a note saying which plane."""
    state = DEMO.update(start(), "angle", turn)
    painter = drawn(state)
    arrow_a, arrow_b = arrow(painter, "a"), arrow(painter, "b")
    va = (arrow_a.end[0] - arrow_a.start[0], arrow_a.end[1] - arrow_a.start[1])
    vb = (arrow_b.end[0] - arrow_b.start[0], arrow_b.end[1] - arrow_b.start[1])
    assert math.hypot(*vb) / math.hypot(*va) == pytest.approx(math.sqrt(77) / math.sqrt(14))
    between = math.degrees(math.acos((va[0] * vb[0] + va[1] * vb[1]) / (math.hypot(*va) * math.hypot(*vb))))
    theta = int(turn) if int(turn) <= 180 else 360 - int(turn)
    assert between == pytest.approx(theta, abs=1e-6)
    # Past 180° b has turned to the other side of a: below it on screen (a lies along +x).
    assert (vb[1] > 0) == (int(turn) > 180)
    assert "drawn in the plane of a and b" in painter.texts()


def test_picture_has_angle_projection_and_labels() -> None:
    """Assert the arc of θ spans the angle and is labelled, b's shadow on a is dashed, a and b are named."""
    state = with_inputs(("angle", "60"))
    painter = drawn(state)
    arc = painter.only("arc", color="accent")
    assert abs(arc.args[4] - arc.args[3]) == pytest.approx(math.radians(60))
    assert "θ" in painter.texts()
    shadow = [c for c in painter.find("line", color="proj") if c.options["width"] >= 2]
    assert len(shadow) == 1 and shadow[0].options["dash"]
    # The shadow is |b| cos 60° long, measured with a's scale.
    arrow_a = arrow(painter, "a")
    per_unit = math.dist(arrow_a.start, arrow_a.end) / math.sqrt(14)
    assert math.dist(shadow[0].start, shadow[0].end) == pytest.approx(per_unit * math.sqrt(77) * 0.5)
    assert [c.args[2] for c in painter.find("text", color="a")] == ["a"]
    assert [c.args[2] for c in painter.find("text", color="b")] == ["b"]
    assert all(c.options["size"] >= 11 for c in painter.find("text"))


def test_no_arc_when_the_vectors_line_up() -> None:
    """Assert at θ = 0 there is no angle to mark."""
    painter = drawn(DEMO.update(start(), "angle", "0"))
    assert painter.find("arc") == []
