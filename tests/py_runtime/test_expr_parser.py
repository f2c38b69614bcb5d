"""Tests for py_runtime.expr parsing: what readers may type, and how mistakes are reported."""

from __future__ import annotations

import math
import time

import pytest

from py_runtime.expr import (
    MAX_LENGTH,
    BinOp,
    Call,
    Const,
    EvaluationError,
    ExprError,
    Neg,
    Num,
    Var,
    evaluate,
    parse,
)

X, Y = 2.0, 3.0  # every value below is worked out by hand at x = 2, y = 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.5", 1.5),
        (".5", 0.5),
        ("5.", 5.0),
        ("1e-3", 0.001),
        ("1E3", 1000.0),
        ("2.5e+2", 250.0),
        ("3x", 6.0),
        ("2(x+1)", 6.0),
        ("x y", 6.0),
        ("3xy", 18.0),
        ("(x+1)(x-1)", 3.0),
        ("2sin(x)", 2 * math.sin(2)),
        ("x sin(x)", 2 * math.sin(2)),
        ("xsin(x)", 2 * math.sin(2)),
        ("3x^2", 12.0),  # 3·(x^2), not (3x)^2
        ("-x^2", -4.0),  # power binds tighter than unary minus
        ("2^3^2", 512.0),  # right-associative: 2^(3^2)
        ("x**2", 4.0),
        ("2^-1", 0.5),
        ("--x", 2.0),
        ("+x", 2.0),
        ("10/2/5", 1.0),  # left to right
        ("2-3-4", -5.0),
        ("1/2x", 1.0),  # implicit multiplication ranks with / : (1/2)·x
        ("x^2 y", 12.0),
        ("pi", math.pi),
        ("e", math.e),
        ("2e", 2 * math.e),  # not an exponent: nothing follows the e
        ("e^x", math.e**2),
        ("exp(0)", 1.0),
        ("ln(e)", 1.0),
        ("log(e^3)", 3.0),
        ("sqrt(x^2 + y^2 + 3)", 4.0),
        ("abs(-x)", 2.0),
        ("tan(0)", 0.0),
        ("cos(pi)", -1.0),
        ("\u2212x", -2.0),  # Unicode minus
        ("2\u00d73", 6.0),  # ×
        ("2\u00b7x", 4.0),  # ·
        ("6\u00f7x", 3.0),  # ÷
        ("x\u00b2", 4.0),  # superscript two
        ("\u03c0", math.pi),
        ("  x\t+\n1 ", 3.0),
    ],
)
def test_parse_values(text: str, expected: float) -> None:
    """Assert each way of writing a formula means what a reader expects."""
    assert math.isclose(evaluate(parse(text), x=X, y=Y), expected, rel_tol=1e-12, abs_tol=1e-12)


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        ("-x^2", Neg(BinOp("^", Var("x"), Num(2.0)))),
        ("3x^2", BinOp("*", Num(3.0), BinOp("^", Var("x"), Num(2.0)))),
        ("2^3^2", BinOp("^", Num(2.0), BinOp("^", Num(3.0), Num(2.0)))),
        ("x-y-1", BinOp("-", BinOp("-", Var("x"), Var("y")), Num(1.0))),
        ("sin(pi)", Call("sin", Const("pi"))),
        ("exp(x)", Call("exp", Var("x"))),  # "exp" is one name, not e·x·p
    ],
)
def test_parse_tree_shape(text: str, tree: object) -> None:
    """Assert precedence and associativity give the expected tree."""
    assert parse(text) == tree


@pytest.mark.parametrize(
    ("text", "position", "message"),
    [
        ("(x))", 3, "unexpected ')' at character 4"),
        ("x + )", 4, "unexpected ')' at character 5"),
        ("sin x", 0, "'sin' needs parentheses: sin(x)"),
        ("2 + cos", 4, "'cos' needs parentheses: cos(x)"),
        ("z", 0, "unknown name 'z': use x, y, pi, e or a function like sin(x)"),
        ("x + foo(x)", 4, "unknown name 'foo': use x, y, pi, e or a function like sin(x)"),
        ("sinh(x)", 0, "unknown name 'sinh': use x, y, pi, e or a function like sin(x)"),
        ("", 0, "the formula is empty: type something like x^2"),
        ("   ", 0, "the formula is empty: type something like x^2"),
        ("x +", 3, "the formula ends too early: something is missing at character 4"),
        ("((x)", 0, "the '(' at character 1 is never closed"),
        ("()", 0, "empty parentheses at character 1: put something inside"),
        ("2 3", 2, "missing operator before the number '3' at character 3: write * for times"),
        ("1.2.3", 3, "a number can have only one decimal point (character 4)"),
        ("x $ 2", 2, "unexpected character '$' at character 3"),
        (".", 0, "unexpected '.' at character 1"),
        ("x^", 2, "the formula ends too early: something is missing at character 3"),
        ("*x", 0, "unexpected '*' at character 1"),
        ("1e999", 0, "the number at character 1 is too large"),
    ],
)
def test_parse_errors(text: str, position: int, message: str) -> None:
    """Assert each mistake gives one ExprError with a plain message and the right position."""
    with pytest.raises(ExprError) as caught:
        parse(text)
    assert str(caught.value) == message
    assert caught.value.position == position


def test_parse_restricted_variables() -> None:
    """Assert a one-variable plot can refuse y, and the hint then lists only x."""
    with pytest.raises(ExprError, match="unknown name 'y': use x, pi, e or a function"):
        parse("x + y", variables=("x",))


def test_expr_error_is_value_error() -> None:
    """Assert callers catching ValueError also catch formula errors."""
    assert issubclass(ExprError, ValueError)
    assert issubclass(EvaluationError, ExprError)


def _raises_quickly(text: str, match: str | None) -> None:
    start = time.perf_counter()
    with pytest.raises(ExprError, match=match):
        parse(text)
    assert time.perf_counter() - start < 1.0


def test_long_input_fails_fast() -> None:
    """Assert 10,000 characters are refused at once, naming the limit."""
    _raises_quickly("x+" * 4999 + "x", f"the limit is {MAX_LENGTH}")
    assert MAX_LENGTH == 1000


def test_limit_is_inclusive() -> None:
    """Assert a formula of exactly MAX_LENGTH characters is still read."""
    text = "x" + " " * (MAX_LENGTH - 1)
    assert parse(text) == Var("x")


def test_500_nested_parentheses_fail_fast() -> None:
    """Assert the 1,001-character tower of 500 parentheses is an ExprError, quickly."""
    _raises_quickly("(" * 500 + "x" + ")" * 500, None)


@pytest.mark.parametrize(
    "text",
    ["(" * 150 + "x" + ")" * 150, "-" * 500 + "x", "sin(" * 120 + "x" + ")" * 120, "2^" * 300 + "2"],
    ids=["parentheses", "signs", "functions", "powers"],
)
def test_deep_nesting_fails_fast(text: str) -> None:
    """Assert nesting past the limit is an ExprError, never a RecursionError or a hang."""
    _raises_quickly(text, "nested too deeply")


def test_nesting_within_limit_is_fine() -> None:
    """Assert 90 levels of parentheses still parse (the limit is about 100)."""
    assert parse("(" * 90 + "x" + ")" * 90) == Var("x")


def test_long_chain_fails_fast() -> None:
    """Assert a chain too long to work with is refused in words."""
    _raises_quickly("+".join(["x"] * 300), "too long to work with")


def test_exponent_tower_is_bounded() -> None:
    """Assert 9^9^9^9 parses instantly and evaluates to an error, not a huge computation."""
    start = time.perf_counter()
    node = parse("9^9^9^9")
    with pytest.raises(ExprError, match="the result is too large"):
        evaluate(node)
    assert time.perf_counter() - start < 1.0
