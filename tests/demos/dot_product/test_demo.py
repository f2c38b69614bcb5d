"""Tests of demos/dot_product/__init__.py: the Demo the fence finds, its controls and its readouts.

Expected numbers are worked out in the tests (by hand or with plain ``math``).
"""

from __future__ import annotations

import math
from functools import partial

import pytest

from demos.base import Slider, TextField
from demos.dot_product import DotProduct, State
from demos.registry import DEMOS
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


def test_nearly_perpendicular_pair_is_not_called_zero() -> None:
    """Assert a typed pair within 1° of 90° but with a · b ≠ 0 is "nearly" perpendicular."""
    shown = readouts(with_inputs(("a", "1, 0, 0"), ("b", "0.01, 1, 0")))
    assert shown["dot"] == "0.01"
    assert shown["direction"] == "nearly perpendicular (a · b ≈ 0)"


def test_typing_b_sets_the_slider_to_its_angle_in_2d() -> None:
    """Assert a 2-D b typed below a gets its counter-clockwise angle, 270°, on the slider."""
    state = with_inputs(("b", "0, -2"), a=[3, 0], b=[1, 1])
    assert DEMO.view(state).values["angle"] == "270"
    assert readouts(state)["theta"] == "90°"
