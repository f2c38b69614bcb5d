"""Tests for py_runtime.calculus: the lesson's derivatives, exercises, tangents and secants."""

from __future__ import annotations

import math
import time

import pytest

from py_runtime.calculus import (
    derivative,
    format_tangent_line,
    numeric_derivative,
    partial,
    secant_slope,
    tangent_line,
)
from py_runtime.expr import ExprError, equivalent, parse, to_tex, to_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3x^4 - 2x^2 + 7", "12x^3 - 4x"),  # the lesson's worked example
        ("(x^2 + 1)^3", "6x(x^2 + 1)^2"),  # the chain-rule example
        ("sin(x^2)", "2x cos(x^2)"),  # the second chain-rule example
        ("x^2", "2x"),  # power rule
        ("x^3", "3x^2"),
        ("5x^3 - 2x + 9", "15x^2 - 2"),  # exercise
        ("cos(x^3)", "-3x^2 sin(x^3)"),  # exercise
        ("7", "0"),
        ("x", "1"),
        ("log(x)", "1/x"),
        ("e^x", "e^x"),
        ("1/x", "-1/x^2"),
        ("x*x", "2x"),
        ("x sin(x)", "sin(x) + x cos(x)"),
        ("x^(1/3)", "x^(-2/3)/3"),  # the exponent 1/3 - 1 is worked out, exactly
        ("x^(2/3)", "2x^(-1/3)/3"),
        ("x^(-1/2)", "-x^(-3/2)/2"),
        ("x^0.5", "0.5x^(-0.5)"),  # typed as a decimal, shown as one
        ("x^(0.1 + 0.2)", "0.3x^(-0.7)"),  # 0.1 + 0.2 is 0.3 here, not 0.30000000000000004
        ("(x + 1)^(1/3)", "(x + 1)^(-2/3)/3"),
    ],
)
def test_derivative_text(text: str, expected: str) -> None:
    """Assert d/dx comes out in the same tidy form the lesson writes."""
    assert to_text(derivative(parse(text))) == expected


@pytest.mark.parametrize(
    ("text", "var", "expected"),
    [
        ("x^2 + 3xy", "x", "2x + 3y"),  # the lesson's partial-derivative example
        ("x^2 + 3xy", "y", "3x"),
        ("x^2 y + y^3", "x", "2xy"),  # exercise
        ("x^2 y + y^3", "y", "x^2 + 3y^2"),
        ("sin(xy)", "y", "x cos(xy)"),
    ],
)
def test_partial_text(text: str, var: str, expected: str) -> None:
    """Assert partial derivatives hold the other variable fixed."""
    assert to_text(partial(parse(text), var)) == expected


def test_derivative_tex() -> None:
    """Assert the derivative can be shown with MathJax."""
    assert to_tex(derivative("3x^4 - 2x^2 + 7")) == "12x^{3} - 4x"
    assert to_tex(derivative("x^(1/3)")) == "\\frac{x^{-2/3}}{3}"  # a superscript fraction reads inline


def test_derivative_accepts_text() -> None:
    """Assert the formula may be given as text as well as a tree."""
    assert derivative("x^3") == derivative(parse("x^3"))


@pytest.mark.parametrize(
    ("text", "by_hand"),
    [
        ("sin(x)", "cos(x)"),
        ("cos(x)", "-sin(x)"),
        ("tan(x)", "1/cos(x)^2"),
        ("exp(2x)", "2exp(2x)"),
        ("log(x^2 + 1)", "2x/(x^2 + 1)"),
        ("sqrt(x^2 + 1)", "x/sqrt(x^2 + 1)"),
        ("abs(x)", "x/abs(x)"),
        ("2^x", "2^x ln(2)"),
        ("x^x", "x^x (ln(x) + 1)"),
        ("x/(x+1)", "1/(x+1)^2"),
        ("(x^2 + 1)/(x - 3)", "(2x(x - 3) - (x^2 + 1))/(x - 3)^2"),
        ("x^pi", "pi x^(pi - 1)"),
        ("e^(-x^2)", "-2x e^(-x^2)"),
    ],
)
def test_derivative_rules(text: str, by_hand: str) -> None:
    """Assert every rule (quotient, chain, exponential, general power) matches the hand result."""
    assert equivalent(derivative(text), parse(by_hand))


def test_derivative_too_large_is_refused() -> None:
    """Assert a pathological tower gives a clear ExprError quickly instead of a huge result."""
    start = time.perf_counter()
    with pytest.raises(ExprError, match="too large to work out"):
        derivative("^".join(["x"] * 80))
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(("x", "slope"), [(3.0, 6.0), (-1.0, -2.0), (0.0, 0.0)])
def test_numeric_derivative(x: float, slope: float) -> None:
    """Assert the central difference of x^2 is 2x, for a tree, text, or a plain function."""
    assert math.isclose(numeric_derivative(parse("x^2"), x), slope, abs_tol=1e-6)
    assert math.isclose(numeric_derivative("x^2", x), slope, abs_tol=1e-6)
    assert math.isclose(numeric_derivative(lambda t: t * t, x), slope, abs_tol=1e-6)


@pytest.mark.parametrize(("x0", "h", "slope"), [(1.0, 1.0, 3.0), (1.0, -1.0, 1.0), (2.0, 0.5, 4.5)])
def test_secant_slope(x0: float, h: float, slope: float) -> None:
    """Assert the secant of x^2 through x0 and x0+h has slope 2·x0 + h."""
    assert math.isclose(secant_slope("x^2", x0, h), slope)


def test_secant_needs_two_points() -> None:
    """Assert h = 0 is refused in words."""
    with pytest.raises(ValueError, match="h must not be 0"):
        secant_slope("x^2", 1.0, 0.0)


@pytest.mark.parametrize(
    ("text", "x0", "line"),
    [
        ("x^2", 2.0, (4.0, -4.0)),  # y = 4x - 4 touches x^2 at (2, 4)
        ("x^3", 1.0, (3.0, -2.0)),
        ("3x^4 - 2x^2 + 7", 1.0, (8.0, 0.0)),  # f(1) = 8, f'(1) = 12 - 4 = 8
        ("sin(x)", 0.0, (1.0, 0.0)),
    ],
)
def test_tangent_line(text: str, x0: float, line: tuple[float, float]) -> None:
    """Assert the tangent's slope is f'(x0) and it passes through (x0, f(x0))."""
    slope, intercept = tangent_line(text, x0)
    assert math.isclose(slope, line[0], abs_tol=1e-12)
    assert math.isclose(intercept, line[1], abs_tol=1e-12)


@pytest.mark.parametrize(
    ("slope", "intercept", "expected"),
    [
        (4.0, -4.0, "y = 4x - 4"),
        (1.0, 0.0, "y = x"),
        (-1.0, 2.0, "y = -x + 2"),
        (0.0, 3.0, "y = 3"),
        (0.0, -3.0, "y = -3"),
        (0.0, 0.0, "y = 0"),
        (0.5, -0.25, "y = 0.5x - 0.25"),
        (2 / 3, 1 / 3, "y = 0.667x + 0.333"),
        (-2.0, -0.0, "y = -2x"),
    ],
)
def test_format_tangent_line(slope: float, intercept: float, expected: str) -> None:
    """Assert the tangent equation reads like the lesson's: no 1x, no + 0, tidy numbers."""
    assert format_tangent_line(slope, intercept) == expected


def test_format_tangent_line_unicode_minus() -> None:
    """Assert display text can use the typographic minus."""
    assert format_tangent_line(4.0, -4.0, unicode_minus=True) == "y = 4x \u2212 4"
