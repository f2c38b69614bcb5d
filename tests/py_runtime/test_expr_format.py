"""Tests for py_runtime.expr formatting: readable text and MathJax TeX."""

from __future__ import annotations

import pytest

from py_runtime.expr import BinOp, Neg, Num, Var, parse, to_tex, to_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12x^3 - 4x", "12x^3 - 4x"),
        ("6x(x^2+1)^2", "6x(x^2 + 1)^2"),
        ("2x cos(x^2)", "2x cos(x^2)"),
        ("-3x^2 sin(x^3)", "-3x^2 sin(x^3)"),
        ("2x+3y", "2x + 3y"),
        ("3*x", "3x"),
        ("x*y", "xy"),
        ("x^2*y", "x^2 y"),  # a space, so it does not read as x^(2y)
        ("(x+1)*(x-1)", "(x + 1)(x - 1)"),
        ("2*3", "2·3"),
        ("x*2", "x·2"),
        ("2*sin(x)", "2 sin(x)"),
        ("pi*x", "pi x"),
        ("2*pi", "2pi"),
        ("x - (y - 1)", "x - (y - 1)"),
        ("x - (y + 1)", "x - (y + 1)"),
        ("(x - y) - 1", "x - y - 1"),
        ("x + (y - 1)", "x + y - 1"),
        ("x + -1", "x + (-1)"),
        ("-(x+1)", "-(x + 1)"),
        ("(-x)^2", "(-x)^2"),
        ("(2x)^2", "(2x)^2"),
        ("x^(-1)", "x^(-1)"),
        ("e^(x^2)", "e^(x^2)"),
        ("x^(y+1)", "x^(y + 1)"),
        ("2^3^2", "2^(3^2)"),  # a tower is spelled out rather than left to associativity
        ("(2^3)^2", "(2^3)^2"),
        ("1/(2x)", "1/(2x)"),
        ("(x+1)/x", "(x + 1)/x"),
        ("1/x^2", "1/x^2"),
        ("2(x/3)", "2(x/3)"),
        ("sqrt(x)", "sqrt(x)"),
        ("0.5x", "0.5x"),
        ("1.0", "1"),
    ],
)
def test_to_text(text: str, expected: str) -> None:
    """Assert text output uses the fewest parentheses and the lesson's implicit products."""
    assert to_text(parse(text)) == expected


def test_to_text_of_built_tree() -> None:
    """Assert trees not made by parse also print sensibly (negative numbers, nested minus)."""
    assert to_text(BinOp("*", Num(-3.0), Var("x"))) == "-3x"
    assert to_text(BinOp("-", Var("x"), Num(-2.0))) == "x - (-2)"
    assert to_text(Neg(Neg(Var("x")))) == "-(-x)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12x^3 - 4x", "12x^{3} - 4x"),
        ("sin(x^2)", "\\sin\\left(x^{2}\\right)"),
        ("6x(x^2+1)^2", "6x\\left(x^{2} + 1\\right)^{2}"),
        ("2x cos(x^2)", "2x \\cos\\left(x^{2}\\right)"),
        ("1/x", "\\frac{1}{x}"),
        ("1/(2sqrt(x))", "\\frac{1}{2 \\sqrt{x}}"),
        ("abs(x)", "\\left|x\\right|"),
        ("pi x", "\\pi x"),
        ("log(x)", "\\ln\\left(x\\right)"),
        ("exp(x)^2", "\\left(e^{x}\\right)^{2}"),
        ("e^(x^2)", "e^{x^{2}}"),
        ("2*3", "2 \\cdot 3"),
        ("x^(-1)", "x^{-1}"),
    ],
)
def test_to_tex(text: str, expected: str) -> None:
    """Assert TeX output is what MathJax needs: braced exponents, \\left( \\right), \\frac."""
    assert to_tex(parse(text)) == expected
