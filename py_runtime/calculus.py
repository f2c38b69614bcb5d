"""Derivatives for the lesson's calculus demos: symbolic, numeric, tangent lines and secants.

``derivative`` applies the sum, product, quotient, power and chain rules to an expression tree and
simplifies the result, so d/dx of ``3x^4 - 2x^2 + 7`` reads ``12x^3 - 4x`` as in the lesson. Functions
take a tree from ``py_runtime.expr.parse`` or the formula text itself. Standard library only; must
not import ``js``, ``pyodide`` or ``py_runtime.draw``.
"""

from __future__ import annotations

from collections.abc import Callable

from py_runtime.expr import ExprError, Node, evaluate, parse
from py_runtime.expr.nodes import BinOp, Call, Const, Neg, Num, Var, depth, measure, variables
from py_runtime.expr.simplify import simplify
from py_runtime.numfmt import tidy_number

Formula = Node | str

__all__ = [
    "derivative",
    "format_tangent_line",
    "numeric_derivative",
    "partial",
    "secant_slope",
    "simplify",
    "tangent_line",
]


def _as_node(formula: Formula) -> Node:
    """A tree from either a tree or formula text."""
    return parse(formula) if isinstance(formula, str) else formula


MAX_DERIVATIVE_SIZE = 20_000
"""Largest raw derivative (in written-out nodes) that derivative() will simplify."""

MAX_DERIVATIVE_DEPTH = 150
"""Deepest simplified derivative returned, so printing it stays far from the recursion limit."""

_TOO_LARGE = "this derivative is too large to work out here; try a shorter formula"


def derivative(formula: Formula, var: str = "x") -> Node:
    """The simplified derivative of ``formula`` with respect to ``var`` (other variables fixed).

    ExprError if the result would be unreasonably large (possible with pathological input such as
    a long tower x^x^x^…, or the derivative of a derivative of one).
    """
    raw = _derive(_as_node(formula), var)
    size, deep = measure(raw)
    if size > MAX_DERIVATIVE_SIZE or deep > 3 * MAX_DERIVATIVE_DEPTH:
        raise ExprError(_TOO_LARGE)
    result = simplify(raw)
    if depth(result) > MAX_DERIVATIVE_DEPTH:
        raise ExprError(_TOO_LARGE)
    return result


def partial(formula: Formula, var: str) -> Node:
    """The partial derivative ∂f/∂var: every other variable is held fixed."""
    return derivative(formula, var)


def _derive(node: Node, var: str) -> Node:
    """The raw (unsimplified) derivative of ``node`` with respect to ``var``."""
    if isinstance(node, (Num, Const)):
        return Num(0.0)
    if isinstance(node, Var):
        return Num(1.0 if node.name == var else 0.0)
    if isinstance(node, Neg):
        return Neg(_derive(node.operand, var))
    if isinstance(node, Call):
        return BinOp("*", _outer(node.func, node.arg), _derive(node.arg, var))
    if node.op in "+-":
        return BinOp(node.op, _derive(node.left, var), _derive(node.right, var))
    if node.op == "*":
        return _product_rule(node.left, node.right, var)
    if node.op == "/":
        return _quotient_rule(node.left, node.right, var)
    return _power_rule(node, var)


def _depends(node: Node, var: str) -> bool:
    return var in variables(node)


def _product_rule(u: Node, v: Node, var: str) -> Node:
    # A constant factor just carries through (c·v)' = c·v', which keeps the raw tree small.
    if not _depends(u, var):
        return BinOp("*", u, _derive(v, var))
    if not _depends(v, var):
        return BinOp("*", _derive(u, var), v)
    return BinOp("+", BinOp("*", _derive(u, var), v), BinOp("*", u, _derive(v, var)))


def _quotient_rule(u: Node, v: Node, var: str) -> Node:
    if not _depends(v, var):
        return BinOp("/", _derive(u, var), v)
    top = BinOp("-", BinOp("*", _derive(u, var), v), BinOp("*", u, _derive(v, var)))
    return BinOp("/", top, BinOp("^", v, Num(2.0)))


def _power_rule(node: BinOp, var: str) -> Node:
    base, exponent = node.left, node.right
    if not _depends(exponent, var):
        if not _depends(base, var):
            return Num(0.0)
        # (u^n)' = n·u^(n-1)·u'
        lowered = Num(exponent.value - 1) if isinstance(exponent, Num) else BinOp("-", exponent, Num(1.0))
        return BinOp("*", BinOp("*", exponent, BinOp("^", base, lowered)), _derive(base, var))
    if not _depends(base, var):
        # (a^g)' = a^g·ln(a)·g'; for a = e the ln(a) is 1 and simplify drops it.
        return BinOp("*", BinOp("*", node, Call("log", base)), _derive(exponent, var))
    # General f^g = e^(g·ln f), so (f^g)' = f^g·(g'·ln f + g·f'/f).
    inner = BinOp(
        "+",
        BinOp("*", _derive(exponent, var), Call("log", base)),
        BinOp("/", BinOp("*", exponent, _derive(base, var)), base),
    )
    return BinOp("*", node, inner)


def _outer(func: str, u: Node) -> Node:
    """The derivative of the function ``func`` evaluated at ``u`` (the chain rule's outer part)."""
    if func == "sin":
        return Call("cos", u)
    if func == "cos":
        return Neg(Call("sin", u))
    if func == "tan":
        return BinOp("/", Num(1.0), BinOp("^", Call("cos", u), Num(2.0)))
    if func == "exp":
        return Call("exp", u)
    if func == "log":
        return BinOp("/", Num(1.0), u)
    if func == "sqrt":
        return BinOp("/", Num(1.0), BinOp("*", Num(2.0), Call("sqrt", u)))
    if func == "abs":
        return BinOp("/", u, Call("abs", u))  # the sign of u; undefined at u = 0
    raise ValueError(f"no derivative rule for {func!r}")


def _value_at(formula: Node | Callable[[float], float], x: float) -> float:
    if callable(formula):
        return float(formula(x))
    return evaluate(formula, x=x)


def numeric_derivative(formula: Formula | Callable[[float], float], x: float, h: float = 1e-5) -> float:
    """The slope at ``x`` by central difference (f(x+h) - f(x-h)) / 2h: a check on derivative()."""
    target = _as_node(formula) if isinstance(formula, str) else formula
    if h == 0:
        raise ValueError("h must not be 0")
    return (_value_at(target, x + h) - _value_at(target, x - h)) / (2.0 * h)


def secant_slope(formula: Formula, x0: float, h: float) -> float:
    """The slope of the secant through (x0, f(x0)) and (x0 + h, f(x0 + h))."""
    if h == 0:
        raise ValueError("a secant needs two different points: h must not be 0")
    node = _as_node(formula)
    return (evaluate(node, x=x0 + h) - evaluate(node, x=x0)) / h


def tangent_line(formula: Formula, x0: float) -> tuple[float, float]:
    """(slope, intercept) of the tangent to y = f(x) at x0, so the line is y = slope·x + intercept."""
    node = _as_node(formula)
    slope = evaluate(derivative(node), x=x0)
    intercept = evaluate(node, x=x0) - slope * x0
    return slope, intercept


def format_tangent_line(slope: float, intercept: float, unicode_minus: bool = False) -> str:
    """The tangent equation with tidy numbers, e.g. ``y = 4x - 4``, ``y = -x + 2``, ``y = 3``."""
    minus = "\u2212" if unicode_minus else "-"
    slope_text = tidy_number(abs(slope), unicode_minus)
    parts = []
    if slope_text != "0":
        sign = minus if slope < 0 else ""
        parts.append(sign + ("" if slope_text == "1" else slope_text) + "x")
    intercept_text = tidy_number(abs(intercept), unicode_minus)
    if intercept_text != "0" or not parts:
        if not parts:
            parts.append((minus if intercept < 0 and intercept_text != "0" else "") + intercept_text)
        else:
            parts.append(f"{minus if intercept < 0 else '+'} {intercept_text}")
    return "y = " + " ".join(parts)
