"""Tests of demos/derivative/picture.py: the picture read back from a RecordingPainter the way a reader
looks at it (where the dot is, which lines are drawn, what stays inside the plot box).
"""

from __future__ import annotations

from functools import partial

import pytest

from demos.base import InputError, Slider
from demos.derivative import Derivative, State
from demos.derivative.picture import clip_polyline, clip_segment, viewport
from demos.options import resolve
from py_runtime.draw import RecordingPainter, Viewport
from py_runtime.draw.recording import Call
from tests.demos import helpers

DEMO = Derivative()
MINUS = "\u2212"


start = partial(helpers.start, DEMO)
with_inputs = partial(helpers.with_inputs, DEMO)


def readouts(state: State) -> dict[str, str]:
    """Readout name -> text, with real minus signs turned into hyphens for easy comparison."""
    return {r.name: r.text.replace(MINUS, "-") for r in DEMO.view(state).readouts}


def drawn(state: State) -> RecordingPainter:
    """The recorded frame of ``state`` at the demo's full size."""
    painter = RecordingPainter(DEMO.width, DEMO.height)
    painter.clear()
    DEMO.render(state, painter)
    return painter


def curve_runs(painter: RecordingPainter) -> list[list[tuple[float, float]]]:
    """The pieces of the curve (role a, width > 2) as the painter draws them."""
    curve = next(c for c in painter.find("polyline", color="a"))
    pieces: list[list[tuple[float, float]]] = [[]]
    for point in curve.args[0]:
        if point is None:
            pieces.append([])
        else:
            pieces[-1].append(point)
    return [p for p in pieces if len(p) > 1]


def accent_lines(painter: RecordingPainter) -> list[Call]:
    """Lines in the accent role inside the plot (the tangent), not the legend's key."""
    return [c for c in painter.find("line", color="accent") if c.args[1] > 30]


def test_point_and_tangent_are_drawn_where_the_math_says() -> None:
    """Assert the accent dot sits at (1, 1) and the accent tangent line passes through it with slope 2."""
    state = start()
    painter = drawn(state)
    vp = viewport(state, painter)
    dot = [c for c in painter.find("circle", fill="accent")]
    assert len(dot) == 1
    assert dot[0].args[:2] == pytest.approx(vp.to_px(1, 1))
    (tangent,) = accent_lines(painter)
    (x1, y1), (x2, y2) = (vp.to_world(*tangent.start), vp.to_world(*tangent.end))
    assert (y2 - y1) / (x2 - x1) == pytest.approx(2)
    assert y1 == pytest.approx(2 * x1 - 1)


def test_secant_is_dashed_in_its_role_through_both_points() -> None:
    """Assert the secant is a dashed line of slope (f(x+h) − f(x))/h and x + h gets a dot."""
    state = with_inputs(("x", "1"), ("h", "0.5"))
    painter = drawn(state)
    vp = viewport(state, painter)
    (secant,) = [c for c in painter.find("line", color="secant") if c.args[1] > 30]
    assert secant.options["dash"]
    (x1, y1), (x2, y2) = (vp.to_world(*secant.start), vp.to_world(*secant.end))
    assert (y2 - y1) / (x2 - x1) == pytest.approx(2.5)
    (dot,) = painter.find("circle", fill="secant")
    assert dot.args[:2] == pytest.approx(vp.to_px(1.5, 2.25))


def test_everything_stays_inside_the_figure_and_text_is_legible() -> None:
    """Assert no line leaves the figure (a steep tangent is cut), and all text is at least 11 px."""
    for formula, x in (("x^2", "3"), ("1/x", "0.05"), ("tan(x)", "1.5"), ("exp(x)", "3")):
        painter = drawn(with_inputs(("f", formula), ("x", x)))
        for call in painter.find("line"):
            assert all(0 <= v <= DEMO.width for v in call.args[0::2]), (formula, call)
            assert all(0 <= v <= DEMO.height for v in call.args[1::2]), (formula, call)
        for call in painter.find("polyline"):
            for point in call.args[0]:
                assert point is None or (0 <= point[0] <= DEMO.width and 0 <= point[1] <= DEMO.height)
        assert all(c.options["size"] >= 11 for c in painter.find("text"))
        assert {"f(x)", "tangent", "secant"} <= set(painter.texts())


def test_log_leaves_the_negative_side_empty() -> None:
    """Assert log(x) is drawn only for x > 0, and at x = −1 the readouts say so and no tangent is drawn."""
    state = with_inputs(("f", "log(x)"), ("x", "-1"))
    painter = drawn(state)
    vp = viewport(state, painter)
    zero_px = vp.to_px(0, 0)[0]
    assert all(px >= zero_px for run in curve_runs(painter) for px, _ in run)
    shown = readouts(state)
    assert shown["fx"] == shown["slope"] == shown["tangent"] == shown["trend"] == "undefined here"
    assert shown["formula"] == "1/x"
    assert accent_lines(painter) == [] and painter.find("circle", fill="accent") == []
    assert "undefined at x = -1".replace("-", MINUS) in DEMO.view(state).description


def test_reciprocal_has_a_gap_at_the_pole() -> None:
    """Assert 1/x is drawn in separate pieces left and right of 0, none crossing the pole."""
    state = with_inputs(("f", "1/x"))
    painter = drawn(state)
    vp = viewport(state, painter)
    zero_px = vp.to_px(0, 0)[0]
    pieces = curve_runs(painter)
    assert any(all(px < zero_px for px, _ in run) for run in pieces)
    assert any(all(px > zero_px for px, _ in run) for run in pieces)
    assert all(all(px < zero_px for px, _ in run) or all(px > zero_px for px, _ in run) for run in pieces)
    assert readouts(with_inputs(("f", "1/x"), ("x", "0")))["fx"] == "undefined here"


def test_a_corner_has_no_tangent_but_keeps_its_value() -> None:
    """Assert |x| at 0 shows f(0) = 0, says the slope is undefined and draws the dot but no tangent."""
    state = with_inputs(("f", "abs(x)"), ("x", "0"))
    shown = readouts(state)
    assert shown["fx"] == "0" and shown["slope"] == "undefined here"
    painter = drawn(state)
    assert accent_lines(painter) == [] and len(painter.find("circle", fill="accent")) == 1


def test_slider_moves_reuse_the_formula_work_and_keep_the_axes() -> None:
    """Assert moving x or h keeps the parsed curve and its y range (the picture does not jump)."""
    state = with_inputs(("f", "3x^4 - 2x^2 + 7"))
    moved = DEMO.update(DEMO.update(state, "x", "-2.5"), "h", "0.1")
    assert moved.curve is state.curve
    painter = RecordingPainter(DEMO.width, DEMO.height)
    assert repr(viewport(moved, painter)) == repr(viewport(state, painter))
    retyped = DEMO.update(moved, "f", "x^2")
    assert retyped.curve.y_range != state.curve.y_range
    assert (retyped.x, retyped.h) == (-2.5, 0.1)


def test_fence_range_sets_the_slider_and_the_plot() -> None:
    """Assert x_min/x_max span the x slider and the plot, and a wide range gets a coarser step."""
    options = resolve(DEMO.options, {"f": "log(x)", "x": 2, "x_min": 0.5, "x_max": 5})
    slider = next(c for c in DEMO.controls_for(options) if c.name == "x")
    assert isinstance(slider, Slider) and (slider.min, slider.max, slider.step) == (0.5, 5, 0.01)
    wide = next(
        c for c in DEMO.controls_for(resolve(DEMO.options, {"x_min": -50, "x_max": 50})) if c.name == "x"
    )
    assert wide.step == 0.05
    state = DEMO.initial(options)
    vp = viewport(state, RecordingPainter(DEMO.width, DEMO.height))
    assert (vp.x_min, vp.x_max) == (0.5, 5)
    assert readouts(state)["fx"] == "0.693"  # ln 2
    with pytest.raises(InputError):
        DEMO.update(state, "x", "0.4")


def test_clip_segment_keeps_the_inside_part() -> None:
    """Assert a segment is cut at the box edges, kept whole inside, and dropped outside."""
    box = (0.0, 0.0, 10.0, 10.0)
    assert clip_segment((2, 2), (8, 8), box) == ((2, 2), (8, 8))
    (x1, y1), (x2, y2) = clip_segment((-5, 5), (15, 5), box)
    assert (x1, y1, x2, y2) == pytest.approx((0, 5, 10, 5))
    assert clip_segment((-5, -5), (-1, 20), box) is None


def test_clip_polyline_breaks_where_the_curve_leaves() -> None:
    """Assert a curve that leaves the box and comes back is drawn as two pieces, not joined across."""
    box = (0.0, 0.0, 10.0, 10.0)
    out = clip_polyline([(1, 5), (3, 5), (5, -20), (7, 5), (9, 5)], box)
    pieces: list[list[tuple[float, float]]] = []
    for point in out:
        if point is None:
            pieces.append([])
        else:
            pieces[-1].append(point)
    assert [len(p) for p in pieces] == [3, 3]
    assert pieces[0][-1][1] == pytest.approx(0) and pieces[1][0][1] == pytest.approx(0)
    assert all(0 <= y <= 10 for piece in pieces for _, y in piece)
    assert clip_polyline([(1, 1), None, (2, 2)], box) == []


def test_viewport_margins_leave_room_for_labels() -> None:
    """Assert the plot box leaves a legend row on top and tick label room at the sides."""
    vp: Viewport = viewport(start(), RecordingPainter(DEMO.width, DEMO.height))
    assert vp.top >= 24 and vp.left >= 30 and vp.right <= DEMO.width - 12 and vp.bottom <= DEMO.height - 20
