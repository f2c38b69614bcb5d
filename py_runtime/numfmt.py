"""Tidy number text for readouts shown to readers (dot-product sums, matrix cells, tangent lines).

Readouts should look like the lesson's hand-worked arithmetic: ``32``, not ``32.0``; ``0.333``, not
``0.3333333333333333``; and a real minus sign (U+2212) in display text. Standard library only; must not
import ``js``, ``pyodide`` or anything from ``py_runtime.draw``.
"""

from __future__ import annotations

import math

MINUS = "\u2212"
"""The typographic minus sign used in display text (a hyphen is too short next to digits)."""

DECIMALS = 3
"""Readouts round to at most this many decimal places."""

_BIG = 1e15  # above this, floats stop being exact integers, so show them in exponent form


def tidy_number(value: float, unicode_minus: bool = True) -> str:
    """Format ``value`` for a reader: integers without ``.0``, others to at most 3 decimals.

    Values too small to survive rounding keep 3 significant digits instead of turning into ``0``.
    """
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        text = "\u221e"
    elif value == 0:
        return "0"  # also catches -0.0, which a reader should never see
    elif abs(value) >= _BIG:
        text = f"{abs(value):.3g}"
    elif value == int(value):
        text = str(int(abs(value)))
    else:
        rounded = round(abs(value), DECIMALS)
        # A value too small for DECIMALS places keeps 3 significant digits rather than showing 0.
        text = f"{abs(value):.3g}" if rounded == 0 else f"{rounded:.{DECIMALS}f}".rstrip("0").rstrip(".")
    if value < 0:
        return (MINUS if unicode_minus else "-") + text
    return text


def tidy_factor(value: float, unicode_minus: bool = True) -> str:
    """Format ``value`` as one factor of a product: negatives go in parentheses, like ``(−1)``."""
    text = tidy_number(value, unicode_minus)
    if value < 0:
        return f"({text})"
    return text


def count_of(n: int, noun: str) -> str:
    """``n`` with ``noun`` in the right number: ``1 number``, ``3 numbers``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
