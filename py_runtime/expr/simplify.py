"""Tidy an expression tree into the form a person would write, mainly for derivatives.

Raw derivative rules produce trees like ``3·(x^2 + 1)^2·(2·x^1·1 + 0)``; simplify() turns that into
``6x(x^2 + 1)^2``. It folds constant arithmetic wherever it appears, exponents included, exactly (in
fractions, see ``exact``: the derivative of ``x^(1/3)`` reads ``x^(-2/3)/3``), drops 0 terms and 1
factors, collects numeric coefficients in front, merges powers of the same base (``x·x^2`` is ``x^3``,
``x^3/x`` is ``x^2``), combines like terms (``x + x`` is ``2x``, ``x/3 + x/3`` is ``2x/3``) and writes
``a + (-3)b`` as ``a - 3b``. It never expands sums and never folds a number that would not fit a float,
so it cannot blow up. Standard library only; must not import ``js`` or ``pyodide``."""

from __future__ import annotations

import math
from collections.abc import Callable
from fractions import Fraction
from typing import TypeGuard

from py_runtime.expr.exact import HUGE, ONE, Number, as_number, rational_power
from py_runtime.expr.nodes import BinOp, Call, Const, Neg, Node, Num, Var, factors

_EXACT = 1e15  # floats below this hold integers exactly, so integer arithmetic on them is safe
_ZERO = Num(0.0)
_HALF = Number(Fraction(1, 2))  # sqrt(u) is u^(1/2)


def simplify(node: Node) -> Node:
    """An equivalent, tidier tree (equal in value wherever the original has a value)."""
    if isinstance(node, (Num, Var, Const)):
        return node
    if isinstance(node, Neg):
        return _product([(Num(-1.0), 1), (simplify(node.operand), 1)])
    if isinstance(node, Call):
        return _call(node.func, simplify(node.arg))
    left, right = simplify(node.left), simplify(node.right)
    if node.op in "+-":
        return _sum([(left, 1), (right, 1 if node.op == "+" else -1)])
    if node.op == "*":
        return _product([(left, 1), (right, 1)])
    if node.op == "/":
        return _product([(left, 1), (right, -1)])
    if _small_integer(right):
        return _product([(left, int(right.value))])
    return _power(left, right)


def _small_integer(node: Node) -> TypeGuard[Num]:
    """True for a whole-number Num small enough to use as a Python int exponent."""
    return isinstance(node, Num) and node.value == int(node.value) and abs(node.value) < _EXACT


# ---------------------------------------------------------------- products


class _Product:
    """A product being collected: an exact numeric coefficient and base -> integer power."""

    def __init__(self, coefficient: Number = ONE) -> None:
        self.coefficient = coefficient
        self.powers: dict[Node, int] = {}

    def absorb(self, node: Node, k: int) -> None:
        """Multiply in ``node`` raised to the integer ``k`` (negative k divides)."""
        if isinstance(node, Num) and self._absorb_number(Number.of(node.value), k):
            return
        if isinstance(node, Neg):
            self.coefficient = -self.coefficient if k % 2 else self.coefficient
            self.absorb(node.operand, k)
        elif isinstance(node, BinOp) and node.op in "*/":
            self.absorb(node.left, k)
            self.absorb(node.right, k if node.op == "*" else -k)
        elif isinstance(node, BinOp) and node.op == "^" and _small_integer(node.right):
            self.absorb(node.left, k * int(node.right.value))
        else:
            self.powers[node] = self.powers.get(node, 0) + k

    def _absorb_number(self, number: Number, k: int) -> bool:
        """Fold number^k into the coefficient; False when it cannot be (1/0, or too large)."""
        factor = number.power(k)  # None for 0^-k: a division by zero stays visible
        if factor is None:
            return False
        result = self.coefficient * factor
        if not result.exact and (
            abs(float(result.value)) >= HUGE or (result.value == 0 and factor.value != 0)
        ):
            return False  # keep the number as a factor rather than lose it to overflow/underflow
        self.coefficient = result
        return True


def _product(items: list[tuple[Node, int]], coefficient: Number = ONE) -> Node:
    """The simplified product of ``coefficient`` and already-simplified (node, power) items."""
    product = _Product(coefficient)
    for node, k in items:
        product.absorb(node, k)
    if product.coefficient.value == 0:
        return Num(0.0)
    if product.powers.get(_ZERO, 0) < 0:
        # A division by zero stays visible, once and outermost: x/(3·0^2) reads x/3/0, not x/(3·0^2).
        del product.powers[_ZERO]
        return BinOp("/", _assemble(product), _ZERO)
    return _assemble(product)


def _assemble(product: _Product) -> Node:
    """The collected product as a tree: coefficient and powers up top, negative powers below."""
    value = product.coefficient.value
    magnitude = product.coefficient if value > 0 else -product.coefficient
    if isinstance(magnitude.value, Fraction) and magnitude.shown_as_fraction:
        top, bottom = float(magnitude.value.numerator), float(magnitude.value.denominator)
    else:
        top, bottom = float(magnitude.value), 1.0
    ups = [(base, k) for base, k in product.powers.items() if k > 0]
    downs = [(base, -k) for base, k in product.powers.items() if k < 0]
    numerator = _chain(top, ups)
    if downs or bottom != 1:
        numerator = BinOp("/", numerator, _chain(bottom, downs))
    return _with_sign(numerator, value < 0)


def _order(item: tuple[int, tuple[Node, int]]) -> tuple[int, str, int]:
    """Sort key putting constants, then x and y (by name), then everything else in given order."""
    index, (base, _) = item
    root = base.left if isinstance(base, BinOp) and base.op == "^" else base
    if isinstance(root, Const):
        return (0, root.name, index)
    if isinstance(root, Var):
        return (1, root.name, index)
    return (2, "", index)


def _chain(coefficient: float, items: list[tuple[Node, int]]) -> Node:
    """coefficient · f1^k1 · f2^k2 …, leaving out a coefficient of 1."""
    ordered = [item for _, item in sorted(enumerate(items), key=_order)]
    nodes = [base if k == 1 else BinOp("^", base, Num(float(k))) for base, k in ordered]
    if coefficient != 1 or not nodes:
        nodes.insert(0, Num(coefficient))
    result = nodes[0]
    for factor in nodes[1:]:
        result = BinOp("*", result, factor)
    return result


def _with_sign(node: Node, negative: bool) -> Node:
    """``node`` negated if asked: a leading number takes the sign (-3x), else a Neg wraps it."""
    if not negative:
        return node
    if isinstance(node, Num):
        return Num(-node.value)
    if isinstance(node, BinOp) and node.op == "*":
        parts = factors(node)
        if isinstance(parts[0], Num):
            result: Node = Num(-parts[0].value)
            for factor in parts[1:]:
                result = BinOp("*", result, factor)
            return result
    return Neg(node)


# ---------------------------------------------------------------- sums


def _split(node: Node) -> tuple[Number, Node | None]:
    """A simplified term as (numeric coefficient, the rest); the rest is None for a plain number.

    ``2x/3`` is (2/3, x) and ``2/(3x)`` is (2/3, 1/x), so like terms meet under one key.
    """
    number = as_number(node)
    if number is not None:
        return number, None
    if isinstance(node, Neg):
        coefficient, rest = _split(node.operand)
        return -coefficient, rest
    if isinstance(node, BinOp) and node.op == "*":
        parts = factors(node)
        if isinstance(parts[0], Num):
            return Number.of(parts[0].value), _join(parts[1:])
    if isinstance(node, BinOp) and node.op == "/":
        coefficient, top = _split(node.left)
        parts = factors(node.right)
        if isinstance(parts[0], Num) and parts[0].value != 0:
            coefficient, parts = coefficient / Number.of(parts[0].value), parts[1:]
        if not parts:
            return coefficient, top
        return coefficient, BinOp("/", Num(1.0) if top is None else top, _join(parts))
    return ONE, node


def _join(parts: list[Node]) -> Node:
    """The product chain of a non-empty list of factors, left to right."""
    result = parts[0]
    for factor in parts[1:]:
        result = BinOp("*", result, factor)
    return result


def _collect_terms(node: Node, sign: int, terms: dict[Node | None, Number]) -> None:
    """Add the terms of a simplified ``node`` (times ``sign``) into ``terms``, merging like terms."""
    if isinstance(node, BinOp) and node.op in "+-":
        _collect_terms(node.left, sign, terms)
        _collect_terms(node.right, sign if node.op == "+" else -sign, terms)
        return
    coefficient, rest = _split(node)
    signed = coefficient if sign > 0 else -coefficient
    terms[rest] = terms[rest] + signed if rest in terms else signed


def _sum(items: list[tuple[Node, int]]) -> Node:
    """The simplified sum of already-simplified (node, ±1) items."""
    terms: dict[Node | None, Number] = {}  # insertion order keeps the reader's term order
    for node, sign in items:
        _collect_terms(node, sign, terms)
    result: Node | None = None
    for rest, coefficient in terms.items():
        if coefficient.value == 0:
            continue
        negative = coefficient.value < 0
        size = -coefficient if negative else coefficient
        magnitude = size.node() if rest is None else _product([(rest, 1)], size)
        if result is None:
            result = _with_sign(magnitude, negative)
        else:
            result = BinOp("-" if negative else "+", result, magnitude)
    return Num(0.0) if result is None else result


# ---------------------------------------------------------------- powers and functions


def _power(base: Node, exponent: Node) -> Node:
    """base^exponent for an exponent that is not a small whole number."""
    if isinstance(base, Num) and base.value == 1:
        return Num(1.0)
    b, e = as_number(base), as_number(exponent)
    if b is not None and e is not None:
        exact = rational_power(b, e)  # 8^(2/3) is 4 and 4^(-1/2) is 1/2; 2^(1/2) stays
        if exact is not None:
            return exact.node()
        if not (b.exact and e.exact):
            folded = _fold(lambda: math.pow(float(b.value), float(e.value)))
            if folded is not None:
                return folded
    return BinOp("^", base, exponent)


_FOLD: dict[str, Callable[[float], float]] = {
    "sin": math.sin,
    "cos": math.cos,
    "tan": math.tan,
    "exp": math.exp,
    "log": math.log,
    "sqrt": math.sqrt,
    "abs": abs,
}


def _fold(compute: Callable[[], float]) -> Num | None:
    """The result of ``compute()`` as a Num if it is a modest whole number, else None."""
    try:
        value = compute()
    except (ValueError, OverflowError, ZeroDivisionError):
        return None
    if math.isfinite(value) and value == int(value) and abs(value) < _EXACT:
        return Num(float(value))
    return None  # keep sqrt(2) as sqrt(2) rather than 1.4142135623730951


def _call(func: str, arg: Node) -> Node:
    """func(arg) with exact numeric results folded and log undoing e^u."""
    number = as_number(arg)
    if number is not None and func in ("abs", "sqrt"):
        exact = abs(number) if func == "abs" else rational_power(number, _HALF)
        if exact is not None:
            return exact.node()
    if isinstance(arg, Num):
        value = arg.value
        folded = _fold(lambda: _FOLD[func](value))
        if folded is not None:
            return folded
    if func == "log" and isinstance(arg, Const) and arg.name == "e":
        return Num(1.0)
    if func == "log" and isinstance(arg, BinOp) and arg.op == "^" and arg.left == Const("e"):
        return arg.right
    if func == "log" and isinstance(arg, Call) and arg.func == "exp":
        return arg.arg
    if func == "abs" and isinstance(arg, Call) and arg.func == "abs":
        return arg
    return Call(func, arg)
