"""Exact numbers for simplify(): the constant arithmetic of a formula done in fractions, not floats.

A reader who types ``x^(1/3)`` expects the derivative's exponent to read ``-2/3``, not ``1/3 - 1`` and
not ``-0.666667``. Every number in a formula was written in decimal, so it is read back as the exact
fraction its shortest text names (0.1 is 1/10, not the float nearest it) and combined exactly. Sizes
stay bounded: a numerator or denominator of 10^15 or more falls back to a float (below that a float
still holds the integer exactly), and results that would overflow are refused rather than computed.
A number remembers whether a decimal went into it, so ``0.5x`` stays ``0.5x`` while ``x/2`` stays
``x/2``. Standard library only; must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from py_runtime.expr.nodes import BinOp, Neg, Node, Num

EXACT = 10**15
"""Numerators and denominators below this are kept exact (a float holds such integers exactly)."""

HUGE = 1e300
"""A float coefficient this large is one multiplication away from overflowing to inf."""


def _bounded(value: Fraction | float) -> Fraction | float:
    """``value`` as a Fraction while its parts are small enough to print exactly, else as a float."""
    if isinstance(value, Fraction) and max(abs(value.numerator), value.denominator) >= EXACT:
        return float(value)
    return value


@dataclass(frozen=True)
class Number:
    """A constant: exact (a Fraction) where the formula's numbers allow, else a float.

    ``decimal`` is True when a written decimal such as 0.5 went into it; it only decides how the
    number is shown (0.3 rather than 3/10).
    """

    value: Fraction | float
    decimal: bool = False

    @staticmethod
    def of(value: float) -> Number:
        """The number a Num holds, read as the exact decimal its shortest text writes."""
        return _read(value)

    @property
    def exact(self) -> bool:
        return isinstance(self.value, Fraction)

    def __neg__(self) -> Number:
        return Number(-self.value, self.decimal)

    def __abs__(self) -> Number:
        return -self if self.value < 0 else self

    def __add__(self, other: Number) -> Number:
        return Number(_bounded(self.value + other.value), self.decimal or other.decimal)

    def __mul__(self, other: Number) -> Number:
        return Number(_bounded(self.value * other.value), self.decimal or other.decimal)

    def __truediv__(self, other: Number) -> Number:
        return Number(_bounded(self.value / other.value), self.decimal or other.decimal)

    def power(self, k: int) -> Number | None:
        """self^k for an integer k; None when the result is too large or too small to keep."""
        if self.value == 0 and k < 0:
            return None
        try:  # a float first, so 9^387420489 is refused before any exact arithmetic
            estimate = math.pow(float(self.value), abs(k))
        except OverflowError:
            return None
        if not math.isfinite(estimate) or estimate >= EXACT or (estimate == 0 and self.value != 0):
            return None
        exact = Fraction(self.value) ** abs(k) if self.exact else estimate
        return Number(_bounded(exact if k >= 0 else 1 / exact), self.decimal)

    def root(self, n: int) -> Number | None:
        """The exact n-th root (n > 1) of a non-negative exact number, or None if it is irrational."""
        if not isinstance(self.value, Fraction) or self.value < 0:
            return None
        top, bottom = _int_root(self.value.numerator, n), _int_root(self.value.denominator, n)
        if top is None or bottom is None:
            return None
        return Number(Fraction(top, bottom), self.decimal)

    def node(self) -> Node:
        """The number as a reader writes it: ``3``, ``0.3``, ``2/3`` or ``-2/3`` (a Neg of 2/3)."""
        if self.value < 0:
            magnitude = (-self).node()
            return Num(-magnitude.value) if isinstance(magnitude, Num) else Neg(magnitude)
        if not self.shown_as_fraction:
            return Num(float(self.value))
        top, bottom = self.value.as_integer_ratio()
        return BinOp("/", Num(float(top)), Num(float(bottom)))

    @property
    def shown_as_fraction(self) -> bool:
        """True when a reader sees p/q: exact, not whole, and not a finite decimal that was typed as one."""
        if not isinstance(self.value, Fraction) or self.value.denominator == 1:
            return False
        return not (self.decimal and _terminates(self.value.denominator))


ONE = Number(Fraction(1))


@lru_cache(maxsize=1024)
def _read(value: float) -> Number:
    # Cached: a derivative repeats the same few numbers thousands of times, and Fraction(str) is slow.
    if not math.isfinite(value):
        return Number(value, decimal=True)
    return Number(_bounded(Fraction(repr(value))), decimal=value != int(value))


def _int_root(value: int, n: int) -> int | None:
    """The integer r with r^n == value, or None."""
    guess = round(value ** (1 / n))
    return next((r for r in (guess - 1, guess, guess + 1) if r >= 0 and r**n == value), None)


def _terminates(denominator: int) -> bool:
    """True when 1/denominator is a finite decimal (the denominator has no prime but 2 and 5)."""
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    return denominator == 1


def as_number(node: Node) -> Number | None:
    """The value of a number node as simplify() writes one (``3``, ``2/3``, ``-2/3``), else None."""
    if isinstance(node, Num):
        return Number.of(node.value)
    if isinstance(node, Neg):
        inner = as_number(node.operand)
        return None if inner is None else -inner
    if isinstance(node, BinOp) and node.op == "/":
        top, bottom = as_number(node.left), as_number(node.right)
        if top is not None and bottom is not None and bottom.value != 0:
            return top / bottom
    return None


def rational_power(base: Number, exponent: Number) -> Number | None:
    """base^exponent done exactly, for an exact exponent p/q whose q-th root of base is exact."""
    if not isinstance(exponent.value, Fraction) or exponent.value.denominator > 1000:
        return None  # a 1000th root is not something a reader typed on purpose
    root = base.root(exponent.value.denominator) if exponent.value.denominator > 1 else base
    if root is None:
        return None
    result = root.power(exponent.value.numerator)
    return None if result is None else Number(result.value, base.decimal or exponent.decimal)
