"""Tests of demos/dot_product/state.py: reading fields and the slider, turning b, bad input, fence options.

Expected numbers are worked out in the tests (by hand or with plain ``math``).
"""

from __future__ import annotations

import math
from functools import partial

import pytest

from demos.base import InputError
from demos.dot_product import DotProduct, State
from demos.options import OptionError, resolve
from demos.session import Session
from py_runtime.draw import RecordingPainter
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
    return float(text.rsplit("≈", maxsplit=1)[-1].strip().rstrip("°").replace(MINUS, "-"))


def field_vector(text: str) -> list[float]:
    """The numbers a "Vector" field shows."""
    return [float(x.replace(MINUS, "-")) for x in text.split(",")]


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
    product = sum(x * y for x, y in zip(state.a, state.b, strict=True))
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
        assert sum(x * n for x, n in zip(state.b, normal, strict=True)) == pytest.approx(0, abs=1e-9)


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
    assert caught.value.option == option and caught.value.fix
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    "options", [{"a": [1]}, {"b": [1, 2, 3, 4, 5, 6, 7]}, {"a": "1, 2"}, {"b": [1, 2, 1e9]}]
)
def test_author_options_are_typed(options: dict[str, object]) -> None:
    """Assert a and b must each be a list of 2 to 6 modest numbers."""
    with pytest.raises(OptionError):
        resolve(DEMO.options, options)
