"""Tests of demos/derivative/__init__.py: the Demo the fence finds and the readouts, worked out by hand."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial

import pytest

from demos.derivative import Derivative, State
from demos.registry import DEMOS
from tests.demos import helpers

DEMO = Derivative()
MINUS = "\u2212"


start = partial(helpers.start, DEMO)
with_inputs = partial(helpers.with_inputs, DEMO)


def readouts(state: State) -> dict[str, str]:
    """Readout name -> text, with real minus signs turned into hyphens for easy comparison."""
    return {r.name: r.text.replace(MINUS, "-") for r in DEMO.view(state).readouts}


def test_is_registered_for_the_fence() -> None:
    """Assert authors can place the demo as ``demo: derivative``."""
    assert isinstance(DEMOS["derivative"], Derivative)
    assert DEMO.title == "Derivative — The Slope of the Tangent Line"


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        ("x^2", "2x"),
        ("x^3", "3x^2"),
        ("3x^4 - 2x^2 + 7", "12x^3 - 4x"),
        ("5x^3 - 2x + 9", "15x^2 - 2"),  # exercise 3
        ("cos(x^3)", "-3x^2 sin(x^3)"),  # exercise 4
        ("sin(x^2)", "2x cos(x^2)"),
        ("(x^2 + 1)^3", "6x(x^2 + 1)^2"),
    ],
)
def test_derivative_formula_matches_the_lesson(formula: str, expected: str) -> None:
    """Assert the "f′(x) formula" readout is the lesson's derivative, written the lesson's way."""
    assert readouts(with_inputs(("f", formula)))["formula"] == expected


@pytest.mark.parametrize(
    ("formula", "by_hand"),
    [
        ("cos(x^3)", lambda x: -3 * x**2 * math.sin(x**3)),
        ("(x^2 + 1)^3", lambda x: 6 * x * (x**2 + 1) ** 2),
        ("sin(x^2)", lambda x: 2 * x * math.cos(x**2)),
    ],
)
def test_slope_readout_follows_the_chain_rule(formula: str, by_hand: Callable[[float], float]) -> None:
    """Assert the slope shown at several x equals the chain-rule derivative worked out by hand."""
    for x in (-1.5, -0.3, 0.7, 1.2):
        state = with_inputs(("f", formula), ("x", str(x)))
        assert float(readouts(state)["slope"]) == pytest.approx(by_hand(x), abs=1e-3)


@pytest.mark.parametrize(
    ("formula", "x", "fx", "slope", "tangent"),
    [
        ("x^2", "1", "1", "2", "y = 2x - 1"),
        ("x^2", "-2", "4", "-4", "y = -4x - 4"),
        ("x^2", "0", "0", "0", "y = 0"),
        ("x^3", "2", "8", "12", "y = 12x - 16"),
        ("3x^4 - 2x^2 + 7", "1", "8", "8", "y = 8x"),
        ("5x^3 - 2x + 9", "0", "9", "-2", "y = -2x + 9"),
        ("x^2", "0.5", "0.25", "1", "y = x - 0.25"),
    ],
)
def test_value_slope_and_tangent_at_a_point(formula: str, x: str, fx: str, slope: str, tangent: str) -> None:
    """Assert f(x), f′(x) and the tangent y = f′(a)·x + (f(a) − f′(a)·a), all worked out by hand."""
    shown = readouts(with_inputs(("f", formula), ("x", x)))
    assert (shown["fx"], shown["slope"], shown["tangent"]) == (fx, slope, tangent)


@pytest.mark.parametrize(
    ("formula", "x", "trend"),
    [
        ("x^2", "1", "rising (f′(x) > 0)"),
        ("x^2", "-1", "falling (f′(x) < 0)"),
        ("x^2", "0", "flat (f′(x) = 0)"),
        ("x^3", "0", "flat (f′(x) = 0)"),
        ("cos(x^3)", "0", "flat (f′(x) = 0)"),
        ("3x^4 - 2x^2 + 7", "-0.5", "rising (f′(x) > 0)"),  # 12(−1/8) − 4(−1/2) = 0.5
        ("7", "2", "flat (f′(x) = 0)"),
    ],
)
def test_rising_falling_or_flat(formula: str, x: str, trend: str) -> None:
    """Assert the sign of the slope is put into words."""
    assert readouts(with_inputs(("f", formula), ("x", x)))["trend"] == trend


@pytest.mark.parametrize(
    ("x", "h", "secant"),
    [
        ("1", "1", "(4 - 1) / 1 = 3"),  # (2² − 1²) / 1
        ("1", "0.5", "(2.25 - 1) / 0.5 = 2.5"),
        ("1", "0.01", "(1.02 - 1) / 0.01 = 2.01"),  # (1.0201 − 1) / 0.01 → the slope 2
        ("-1", "2", "(1 - 1) / 2 = 0"),
        ("-2", "1", "(1 - 4) / 1 = -3"),
    ],
)
def test_secant_slope_of_the_limit_definition(x: str, h: str, secant: str) -> None:
    """Assert the secant readout is (f(x+h) − f(x)) / h for f = x², with the numbers put in."""
    assert readouts(with_inputs(("x", x), ("h", h)))["secant"] == secant


def test_secant_readout_brackets_a_negative_value() -> None:
    """Assert subtracting a negative f(x) is written (… − (−1)), not (… − −1)."""
    shown = readouts(with_inputs(("f", "x^3"), ("x", "-1"), ("h", "2")))
    assert shown["secant"] == "(1 - (-1)) / 2 = 1"


def test_first_state_matches_the_lesson_fence() -> None:
    """Assert x² at x = 1: the numbers, the slider values and the picture's text alternative."""
    state = start(f="x^2", x=1)
    view = DEMO.view(state)
    assert readouts(state) == {
        "fx": "1",
        "slope": "2",
        "tangent": "y = 2x - 1",
        "trend": "rising (f′(x) > 0)",
        "formula": "2x",
        "secant": "(4 - 1) / 1 = 3",
    }
    assert dict(view.values) == {"f": "x^2", "x": "1", "h": "1", "shrink": "Shrink h to 0"}
    assert "animate" not in view.extra
    assert view.description.startswith("Graph of f(x) = x^2 with the tangent at x = 1, slope 2.")
    assert "secant" in view.description


def test_description_follows_the_slider() -> None:
    """Assert the text alternative names the new point and slope after x moves."""
    view = DEMO.view(with_inputs(("x", "-2")))
    assert view.description.startswith(
        f"Graph of f(x) = x^2 with the tangent at x = {MINUS}2, slope {MINUS}4."
    )


def test_default_controls_are_the_lessons() -> None:
    """Assert the f(x) field offers the lesson's formulas, the sliders are labelled x and h, and the
    button is named "Shrink h to 0"."""
    field, x, h, shrink = DEMO.controls
    assert shrink.label == "Shrink h to 0"
    assert field.label == "f(x)" and "3x^4 - 2x^2 + 7" in field.presets and "cos(x^3)" in field.presets
    assert (x.label, x.min, x.max) == ("x", -3, 3)
    assert (h.label, h.min, h.max) == ("h", 0.01, 2)
