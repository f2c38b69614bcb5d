"""Tests for py_runtime.expr evaluation: values, domain errors, NaN for plots, compiled functions."""

from __future__ import annotations

import math

import pytest

from py_runtime.expr import (
    EvaluationError,
    ExprError,
    compile_expr,
    evaluate,
    evaluate_or_nan,
    parse,
)


@pytest.mark.parametrize(
    ("text", "x", "y", "expected"),
    [
        ("3x^4 - 2x^2 + 7", 1.0, None, 8.0),  # 3 - 2 + 7
        ("3x^4 - 2x^2 + 7", 2.0, None, 47.0),  # 48 - 8 + 7
        ("x^2 + 3xy", 1.0, 2.0, 7.0),  # 1 + 6
        ("x^2 y + y^3", 2.0, 1.0, 5.0),  # 4 + 1
        ("(x^2 + 1)^3", 1.0, None, 8.0),
        ("sin(x^2)", math.sqrt(math.pi / 2), None, 1.0),
        ("7", None, None, 7.0),
        ("(-8)^3", None, None, -512.0),  # whole powers of negatives are fine
    ],
)
def test_evaluate(text: str, x: float | None, y: float | None, expected: float) -> None:
    """Assert formulas evaluate to the hand-worked values."""
    assert math.isclose(evaluate(parse(text), x=x, y=y), expected, rel_tol=1e-12)


@pytest.mark.parametrize(
    ("text", "x", "message"),
    [
        ("log(x)", -1.0, "log needs a number greater than 0"),
        ("log(x)", 0.0, "log needs a number greater than 0"),
        ("1/x", 0.0, "division by zero"),
        ("sqrt(x)", -1.0, "sqrt needs a number that is 0 or more"),
        ("exp(x)", 1000.0, "the result is too large"),
        ("x^0.5", -4.0, "a negative number to a fractional power is undefined"),
        ("x^-1", 0.0, "0 to a negative power is undefined"),
        ("10^x", 400.0, "the result is too large"),
        ("x*1e300*1e300", 1.0, "the result is too large"),
    ],
)
def test_domain_errors(text: str, x: float, message: str) -> None:
    """Assert evaluate explains points with no value, and evaluate_or_nan/compile_expr give NaN."""
    node = parse(text)
    with pytest.raises(EvaluationError) as caught:
        evaluate(node, x=x)
    assert str(caught.value) == message
    assert isinstance(caught.value, ExprError)
    assert math.isnan(evaluate_or_nan(node, x=x))
    assert math.isnan(compile_expr(node)(x))


def test_missing_variable_value() -> None:
    """Assert a formula using y asks for y rather than quietly using 0."""
    with pytest.raises(ExprError, match="the formula uses y, so y needs a value"):
        evaluate(parse("x + y"), x=1.0)


@pytest.mark.parametrize("text", ["x^2 - 3x", "sin(x) / x", "sqrt(x)", "log(x) + e^x", "abs(x - 1)"])
def test_compiled_matches_evaluate(text: str) -> None:
    """Assert the fast plotting function gives the same numbers as evaluate (NaN where none)."""
    node = parse(text)
    f = compile_expr(node)
    for i in range(-20, 21):
        x = i / 4
        expected = evaluate_or_nan(node, x=x)
        got = f(x)
        assert (math.isnan(got) and math.isnan(expected)) or got == expected


def test_compiled_two_variables() -> None:
    """Assert compiled functions take y as a second argument."""
    f = compile_expr(parse("x^2 + 3xy"))
    assert f(1.0, 2.0) == 7.0
