"""Work out a formula's value in floats, for readouts (``evaluate``) and for plots (``compile_expr``).

The tree is turned once into nested closures (no eval), so a plot of hundreds of points does not
re-walk the tree per point. Every step stays in floats and checks for overflow, so ``9^9^9^9`` fails
at once with "the result is too large" instead of building a huge integer. Standard library only;
must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from py_runtime.expr.errors import EvaluationError
from py_runtime.expr.nodes import BinOp, Call, Const, Neg, Node, Num, Var, variables

Compiled = Callable[[float, float], float]

_TOO_LARGE = "the result is too large"


def _finite(value: float) -> float:
    """``value`` unchanged, or EvaluationError once a step has overflowed to infinity."""
    if math.isinf(value) or math.isnan(value):
        raise EvaluationError(_TOO_LARGE)
    return value


def _divide(a: float, b: float) -> float:
    if b == 0:
        raise EvaluationError("division by zero")
    return _finite(a / b)


def _power(a: float, b: float) -> float:
    try:
        return _finite(math.pow(a, b))
    except OverflowError:
        raise EvaluationError(_TOO_LARGE) from None
    except ValueError:
        if a == 0:
            raise EvaluationError("0 to a negative power is undefined") from None
        raise EvaluationError("a negative number to a fractional power is undefined") from None


def _log(a: float) -> float:
    if a <= 0:
        raise EvaluationError("log needs a number greater than 0")
    return math.log(a)


def _sqrt(a: float) -> float:
    if a < 0:
        raise EvaluationError("sqrt needs a number that is 0 or more")
    return math.sqrt(a)


def _exp(a: float) -> float:
    try:
        return math.exp(a)
    except OverflowError:
        raise EvaluationError(_TOO_LARGE) from None


_FUNCS: dict[str, Callable[[float], float]] = {
    "sin": math.sin,
    "cos": math.cos,
    "tan": math.tan,
    "exp": _exp,
    "log": _log,
    "sqrt": _sqrt,
    "abs": abs,
}

_OPS: dict[str, Callable[[float, float], float]] = {
    "+": lambda a, b: _finite(a + b),
    "-": lambda a, b: _finite(a - b),
    "*": lambda a, b: _finite(a * b),
    "/": _divide,
    "^": _power,
}


def _build(node: Node) -> Compiled:
    """A function of (x, y) computing ``node``, raising EvaluationError where it has no value."""
    if isinstance(node, Num):
        value = node.value
        return lambda x, y: value
    if isinstance(node, Const):
        value = node.value
        return lambda x, y: value
    if isinstance(node, Var):
        return (lambda x, y: x) if node.name == "x" else (lambda x, y: y)
    if isinstance(node, Neg):
        inner = _build(node.operand)
        return lambda x, y: -inner(x, y)
    if isinstance(node, Call):
        func, arg = _FUNCS[node.func], _build(node.arg)
        return lambda x, y: func(arg(x, y))
    if isinstance(node, BinOp):
        op, left, right = _OPS[node.op], _build(node.left), _build(node.right)
        return lambda x, y: op(left(x, y), right(x, y))
    raise TypeError(f"not an expression node: {node!r}")


def evaluate(node: Node, x: float | None = None, y: float | None = None) -> float:
    """The value of ``node`` at the given x and y.

    Raises EvaluationError (an ExprError) with a plain message where there is no value: a variable
    without a value, log of a negative number, 1/0, sqrt(-1), or a result too large for a float.
    """
    given = {"x": x, "y": y}
    for name in sorted(variables(node)):
        if given[name] is None:
            raise EvaluationError(f"the formula uses {name}, so {name} needs a value")
    return _build(node)(float(x or 0.0), float(y or 0.0))


def evaluate_or_nan(node: Node, x: float | None = None, y: float | None = None) -> float:
    """Like evaluate, but NaN where there is no value: what a plot wants (a gap, not a crash)."""
    try:
        return evaluate(node, x, y)
    except EvaluationError:
        return math.nan


def compile_expr(node: Node) -> Callable[..., float]:
    """A fast function ``f(x, y=0.0)`` for plotting many points; NaN where there is no value."""
    raw = _build(node)

    def compiled(x: float, y: float = 0.0) -> float:
        try:
            return raw(x, y)
        except EvaluationError:
            return math.nan
        except (ValueError, OverflowError):  # e.g. math.sin of an infinite input
            return math.nan

    return compiled
