"""Tests of the dot-product demo (demos/dot_product.py): readouts, rotation, bad input, picture, options.

Expected numbers are worked out in the tests (by hand or with plain ``math``); the picture is read
back from a RecordingPainter the way a reader looks at it: where the arrows end, what is written.
"""

from __future__ import annotations

import math
from functools import partial

import pytest

from demos.base import InputError, Slider, TextField
from demos.dot_product import DotProduct, State
from demos.options import OptionError, resolve
from demos.registry import DEMOS
from demos.session import Session
from py_runtime.draw import RecordingPainter
from py_runtime.draw.recording import Call
from tests.demos import helpers

DEMO = DotProduct()
MINUS = "\u2212"


start = partial(helpers.start, DEMO)
with_inputs = partial(helpers.with_inputs, DEMO)


def readouts(state: State) -> dict[str, str]:
    """Readout name -> text."""
    return {r.name: r.text for r in DEMO.view(state).readouts}


def number(text: str) -> float:
    """A readout's number: the part after "≈" if any, real minus read as "-", unit dropped."""
    return float(text.split("≈")[-1].strip().rstrip("°").replace(MINUS, "-"))


def field_vector(text: str) -> list[float]:
    """The numbers a "Vector" field shows."""
    return [float(x.replace(MINUS, "-")) for x in text.split(",")]


def drawn(state: State) -> RecordingPainter:
    painter = RecordingPainter(DEMO.width, DEMO.height)
    painter.clear()
    DEMO.render(state, painter)
    return painter


def arrow(painter: RecordingPainter, role: str) -> Call:
    return painter.only("arrow", color=role)


def test_registered_with_its_controls() -> None:
    """Assert the fence finds the demo, and it has the slider and the two labelled fields."""
    assert DEMOS["dot_product"].title == "Dot Product as Similarity — Rotate & See"
    slider, field_a, field_b = DEMO.controls
    assert slider == Slider("angle", "Angle of b", 0, 360, 1, unit="°")
    assert isinstance(field_a, TextField) and field_a.label == "Vector a"
    assert isinstance(field_b, TextField) and field_b.label == "Vector b"
    assert 400 <= DEMO.width <= 440 and 340 <= DEMO.height <= 380


def test_lesson_example() -> None:
    """Assert the lesson's [1, 2, 3] · [4, 5, 6] shows 32, |a| = √14, cos θ ≈ 0.975 and θ ≈ 12.9°."""
    state = start()
    shown = readouts(state)
    assert shown["dot"] == "32"
    assert shown["sum"] == "1×4 + 2×5 + 3×6 = 32"
    assert shown["norm_a"] == "√14 ≈ 3.742"
    assert shown["norm_b"] == "√77 ≈ 8.775"
    assert shown["cos"] == "0.975"
    assert shown["theta"] == "12.9°"
    assert shown["direction"] == "same direction (a · b > 0)"
    view = DEMO.view(state)
    # The slider sits at the pair's own angle, rounded to its 1° steps.
    assert view.values == {"angle": "13", "a": "1, 2, 3", "b": "4, 5, 6"}
    assert view.description == (
        "Vector a = [1, 2, 3] and vector b = [4, 5, 6] drawn from a common origin in the plane they span; "
        "the angle between them is 12.9°, a · b = 32, so they point in the same direction."
    )


def test_exercise_one() -> None:
    """Assert typing exercise 1's vectors gives −3 and its written-out sum, with the slider at their angle."""
    state = with_inputs(("a", "2, −1, 3"), ("b", "[4, 5, -2]"))
    shown = readouts(state)
    assert shown["dot"] == f"{MINUS}3"
    assert shown["sum"] == f"2×4 + ({MINUS}1)×5 + 3×({MINUS}2) = {MINUS}3"
    theta = math.degrees(math.acos(-3 / (math.sqrt(14) * math.sqrt(45))))  # 96.9°
    assert number(shown["theta"]) == pytest.approx(theta, abs=0.05)
    assert shown["direction"] == "opposite (a · b < 0)"
    assert DEMO.view(state).values["angle"] == str(round(theta))
    assert DEMO.view(state).values["a"] == f"2, {MINUS}1, 3"


@pytest.mark.parametrize(
    "a, b", [((1, 2, 3), (4, 5, 6)), ((3, 1), (-1, 2)), ((1, 0, 0, 0, 0, 2), (0, 1, 1, 0, 3, 0))]
)
@pytest.mark.parametrize("turn", [0, 30, 89, 90, 91, 135, 180, 200, 270, 359, 360])
def test_rotation_keeps_length_and_sets_the_angle(
    a: tuple[float, ...], b: tuple[float, ...], turn: int
) -> None:
    """Assert turning b keeps |b|, makes θ the turn (or 360° − turn), and writes b back into its field."""
    state = DEMO.update(start(a=list(a), b=list(b)), "angle", str(turn))
    length_a, length_b = math.sqrt(sum(x * x for x in a)), math.sqrt(sum(x * x for x in b))
    assert math.sqrt(sum(x * x for x in state.b)) == pytest.approx(length_b)
    theta = turn if turn <= 180 else 360 - turn
    product = sum(x * y for x, y in zip(state.a, state.b))
    assert product == pytest.approx(length_a * length_b * math.cos(math.radians(theta)), abs=1e-9)
    shown, view = readouts(state), DEMO.view(state)
    assert number(shown["theta"]) == pytest.approx(theta, abs=0.05)
    assert number(shown["cos"]) == pytest.approx(math.cos(math.radians(theta)), abs=5e-4)
    assert number(shown["dot"]) == pytest.approx(
        length_a * length_b * math.cos(math.radians(theta)), abs=5e-4
    )
    assert view.values["angle"] == str(turn)
    assert field_vector(view.values["b"]) == pytest.approx(state.b, abs=5e-4)
    assert f"the angle between them is {shown['theta']}" in view.description


def test_turning_stays_in_the_plane_of_a_and_b() -> None:
    """Assert a 3-D b turned all the way round stays a mix of a and the b the reader typed."""
    a, b = (1.0, 2.0, 3.0), (4.0, 5.0, 6.0)
    normal = (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])
    state = start()
    for turn in range(0, 361, 15):
        state = DEMO.update(state, "angle", str(turn))
        assert sum(x * n for x, n in zip(state.b, normal)) == pytest.approx(0, abs=1e-9)


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


def test_nearly_perpendicular_pair_is_not_called_zero() -> None:
    """Assert a typed pair within 1° of 90° but with a · b ≠ 0 is "nearly" perpendicular."""
    shown = readouts(with_inputs(("a", "1, 0, 0"), ("b", "0.01, 1, 0")))
    assert shown["dot"] == "0.01"
    assert shown["direction"] == "nearly perpendicular (a · b ≈ 0)"


@pytest.mark.parametrize(
    "control, value, message",
    [
        ("a", "1,2,x", "“x” is not a number"),
        ("b", "sin(", "“sin(” is not a number"),
        ("a", "1e999", "1e999 is too large"),
        ("b", "4, 5, 2e6", "2e6 is too large"),
        ("a", "nan, 1, 2", "“nan” is not a number"),
        ("a", "inf, 1, 2", "“inf” is not a number"),
        ("b", "1, 2", "Vector b has 2 numbers but vector a has 3"),
        ("a", "1, 2, 3, 4", "Vector a has 4 numbers but vector b has 3"),
        ("a", "0, 0, 0", "zero vector"),
        ("b", "[0, −0, 0]", "zero vector"),
        ("a", "x" * 200, "too long"),
        ("a", "", "Vector a is empty"),
        ("b", "   ", "Vector b is empty"),
        ("b", "[ ]", "Vector b is empty"),
        ("a", "1, 2, 3, 4, 5, 6, 7", "2 to 6 numbers; it has 7 numbers"),
        ("b", "5", "2 to 6 numbers; it has 1 number"),
        ("a", "1, , 3", "empty entry"),
        ("angle", "abc", "number of degrees"),
        ("angle", "400", "between 0° and 360°"),
        ("angle", "-1", "between 0° and 360°"),
        ("angle", "nan", "between 0° and 360°"),
    ],
)
def test_bad_input_names_the_field_and_keeps_the_picture(control: str, value: str, message: str) -> None:
    """Assert each bad value raises InputError on its own field, and a session keeps the last good state."""
    with pytest.raises(InputError) as caught:
        DEMO.update(start(), control, value)
    assert caught.value.control == control
    assert message in caught.value.message
    session = Session(DEMO, resolve(DEMO.options, {}), RecordingPainter(DEMO.width, DEMO.height))
    before, frame = session.state, session.draw()
    result = session.handle(control, value)
    assert result == {"ok": False, "errors": {control: caught.value.message}}
    # What is drawn stays; a vector with a new length may wait for its partner (see below).
    assert (session.state.a, session.state.b, session.state.turn) == (before.a, before.b, before.turn)
    assert session.handle("a", "2, −1, 3")["readouts"]["dot"] != frame["readouts"]["dot"]  # still works


def test_changing_the_number_of_entries_takes_both_fields() -> None:
    """Assert a 3-D pair can become a 2-D pair: a is refused alone, then accepted with a matching b."""
    session = Session(DEMO, resolve(DEMO.options, {}), RecordingPainter(DEMO.width, DEMO.height))
    session.draw()
    first = session.handle("a", "3, 1")
    assert "Now give vector b 2 numbers too" in first["errors"]["a"]
    result = session.handle("b", "1, 2")
    assert result["ok"]
    assert result["readouts"]["dot"] == "5"  # 3·1 + 1·2
    assert result["values"]["a"] == "3, 1"
    assert result["errors"] == {"b": "", "a": ""}  # a's waiting message goes too


def test_unknown_control() -> None:
    """Assert an input for a control the demo does not have is refused, not ignored."""
    with pytest.raises(InputError) as caught:
        DEMO.update(start(), "k", "1")
    assert caught.value.control == "k"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2, −1, 3", (2, -1, 3)),
        ("[2, -1, 3]", (2, -1, 3)),
        ("(2,-1,3)", (2, -1, 3)),
        ("  2   −1   3 ", (2, -1, 3)),
        ("+2, -1., .5e1", (2, -1, 5)),
    ],
)
def test_vector_fields_accept_the_usual_spellings(text: str, expected: tuple[float, ...]) -> None:
    """Assert brackets, spaces, Unicode minus and plain number forms are all read as numbers."""
    assert with_inputs(("a", text)).a == expected


def test_typing_b_sets_the_slider_to_its_angle_in_2d() -> None:
    """Assert a 2-D b typed below a gets its counter-clockwise angle, 270°, on the slider."""
    state = with_inputs(("b", "0, -2"), a=[3, 0], b=[1, 1])
    assert DEMO.view(state).values["angle"] == "270"
    assert readouts(state)["theta"] == "90°"


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
    """Assert the arc of θ spans the angle, its label is written, b's shadow on a is dashed, a and b are named."""
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


@pytest.mark.parametrize(
    "options, option, fragment",
    [
        ({"a": [1, 2], "b": [1, 2, 3]}, "b", "a has 2 numbers but b has 3"),
        ({"a": [0, 0, 0]}, "a", "zero vector"),
        ({"b": [0, 0, 0]}, "b", "zero vector"),
    ],
)
def test_author_pairs_are_checked(options: dict[str, object], option: str, fragment: str) -> None:
    """Assert a fence pair that cannot be drawn raises OptionError naming the option to fix."""
    with pytest.raises(OptionError) as caught:
        start(**options)
    assert getattr(caught.value, "option") == option
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    "options", [{"a": [1]}, {"b": [1, 2, 3, 4, 5, 6, 7]}, {"a": "1, 2"}, {"b": [1, 2, 1e9]}]
)
def test_author_options_are_typed(options: dict[str, object]) -> None:
    """Assert a and b must each be a list of 2 to 6 modest numbers."""
    with pytest.raises(OptionError):
        resolve(DEMO.options, options)
