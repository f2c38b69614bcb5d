"""Axis tick positions on round numbers (steps of 1, 2 or 5 times a power of ten) and their labels.

Standard library (and the minus sign of ``py_runtime.numfmt``) only; must not import ``js``, ``pyodide``
or any drawing backend.
"""

from __future__ import annotations

import math

from py_runtime.numfmt import MINUS

# Fractions of a step forgiven when deciding whether a tick lies inside [lo, hi],
# so that 0.30000000000000004 still counts as the end of a range ending at 0.3.
_SLACK = 1e-9


def _decimals(step: float) -> int:
    """Decimal places needed to write multiples of ``step`` exactly."""
    return max(0, -math.floor(math.log10(step) + _SLACK))


def _tick_indices(lo: float, hi: float, step: float) -> range:
    first = math.ceil(lo / step - _SLACK)
    last = math.floor(hi / step + _SLACK)
    return range(first, last + 1)


def tick_step(lo: float, hi: float, max_ticks: int = 8) -> float:
    """The smallest 1-2-5 step that puts at most ``max_ticks`` ticks in [lo, hi] (lo < hi)."""
    raw = (hi - lo) / max(max_ticks, 1)
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for decade in (magnitude, magnitude * 10):
        for factor in (1, 2, 5):
            step = factor * decade
            if len(_tick_indices(lo, hi, step)) <= max_ticks:
                return step
    return magnitude * 100  # unreachable: 10 * magnitude >= raw always fits


def nice_ticks(lo: float, hi: float, max_ticks: int = 8) -> list[float]:
    """Round-numbered ticks covering [lo, hi], at most ``max_ticks`` of them.

    ``(0, 10)`` gives ``[0, 2, 4, 6, 8, 10]``; ``(-3.2, 3.2)`` gives ``[-3, ..., 3]``.
    An empty or non-finite range gives ``[]``; a single point gives just that point.
    """
    if not (math.isfinite(lo) and math.isfinite(hi)) or max_ticks < 1:
        return []
    lo, hi = min(lo, hi), max(lo, hi)
    if lo == hi:
        return [float(lo)]
    step = tick_step(lo, hi, max_ticks)
    places = _decimals(step)
    # Multiply an integer by the step and round, rather than adding steps, so
    # errors cannot pile up; "+ 0.0" turns -0.0 into 0.0.
    return [round(k * step, places) + 0.0 for k in _tick_indices(lo, hi, step)]


def ticks_with_step(lo: float, hi: float, step: float) -> list[float]:
    """The multiples of ``step`` in [lo, hi] (for axes that must share one step)."""
    places = _decimals(step)
    return [round(k * step, places) + 0.0 for k in _tick_indices(min(lo, hi), max(lo, hi), step)]


def format_tick(value: float, step: float | None = None) -> str:
    """A tidy label: ``−2`` (a real minus sign, as in the readouts), ``0.5``, ``0`` (never ``−0``),
    with the places ``step`` needs."""
    places = _decimals(abs(step)) if step else 6
    text = f"{value:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text.replace("-", MINUS)
