"""Sampling a function for plotting, and choosing a y-range that shows it well.

The course plots whatever function a reader types, so both helpers expect trouble:
values that are NaN or infinite, domain errors, and poles (1/x at 0, tan at pi/2)
where neighbouring samples leap from one infinity to the other. A pole must leave a
gap, not a vertical line, and a few huge values must not flatten the rest of the
curve.

Standard library only; must not import ``js``, ``pyodide`` or any drawing backend.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

Sample = tuple[float, float] | None

# The share of samples at each end that auto_range may treat as outliers.
OUTLIER_SHARE = 0.02
# ...but only when they lie further than this fraction of the trimmed range beyond it:
# a steep ordinary curve (exp) keeps its top, a pole's spikes (1/x) are dropped.
OUTLIER_REACH = 0.25
# When 0 lies within this fraction of the range's height, the range grows to include it
# (the x-axis then shows, which helps more than the sliver of space it costs).
ZERO_REACH = 0.25


def _percentile(ordered: list[float], share: float) -> float:
    """Linear-interpolated percentile of a sorted, non-empty list."""
    position = share * (len(ordered) - 1)
    below = math.floor(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (position - below)


def _trimmed_bounds(ordered: list[float]) -> tuple[float, float]:
    """The 2nd..98th percentile, widened to the true extremes unless they are far out."""
    lo = _percentile(ordered, OUTLIER_SHARE)
    hi = _percentile(ordered, 1 - OUTLIER_SHARE)
    reach = (hi - lo) * OUTLIER_REACH
    if ordered[0] >= lo - reach:
        lo = ordered[0]
    if ordered[-1] <= hi + reach:
        hi = ordered[-1]
    return lo, hi


def auto_range(values: Iterable[float | None], pad: float = 0.1) -> tuple[float, float]:
    """A y-range (lo, hi), lo < hi, showing ``values`` with ``pad`` of the height spare at each end.

    NaN, infinities and None are ignored, and so are extreme outliers. The range
    grows to include 0 when 0 is close; with no usable value it is (-1, 1).
    """
    ordered = sorted(v for v in values if v is not None and math.isfinite(v))
    if not ordered:
        return (-1.0, 1.0)
    lo, hi = _trimmed_bounds(ordered)
    if 0 < lo <= ZERO_REACH * (hi - lo):
        lo = 0.0
    elif 0 > hi >= -ZERO_REACH * (hi - lo):
        hi = 0.0
    if hi - lo <= 1e-12 * max(1.0, abs(lo), abs(hi)):
        # A constant: centre it in a band scaled to its size, never zero-height.
        middle = (lo + hi) / 2
        half = max(abs(middle) * 0.1, 1.0)
        lo, hi = middle - half, middle + half
    margin = (hi - lo) * pad
    return (lo - margin, hi + margin)


def _evaluate(func: Callable[[float], float], x: float) -> float:
    """``func(x)`` as a float, or NaN where it is undefined (domain error, complex, inf)."""
    try:
        y = func(x)
    except (ValueError, ZeroDivisionError, OverflowError):
        return math.nan
    if isinstance(y, complex):
        return math.nan
    y = float(y)
    return y if math.isfinite(y) else math.nan


def _is_pole(ys: list[float], i: int, lo: float, hi: float) -> bool:
    """Whether the step from sample i to i + 1 leaps across a pole.

    It does when the two values lie on opposite sides outside the visible band and
    the curve on either side heads the other way (towards the infinity it left), as
    1/x does at 0. A steep curve that simply crosses the band keeps one direction.
    """
    y0, y1 = ys[i], ys[i + 1]
    if not ((y0 > hi and y1 < lo) or (y0 < lo and y1 > hi)):
        return False
    jump = y1 - y0
    slopes = []
    if i > 0 and not math.isnan(ys[i - 1]):
        slopes.append(y0 - ys[i - 1])
    if i + 2 < len(ys) and not math.isnan(ys[i + 2]):
        slopes.append(ys[i + 2] - y1)
    return any(slope * jump < 0 for slope in slopes)


def sample_curve(
    func: Callable[[float], float],
    x_min: float,
    x_max: float,
    n: int = 200,
    *,
    y_range: tuple[float, float] | None = None,
) -> list[Sample]:
    """``n`` evenly spaced points (x, func(x)) from x_min to x_max, with None marking gaps.

    A gap goes where ``func`` is undefined and where it jumps across a pole.
    ``y_range`` is the visible band that decides what counts as a pole; by default
    the :func:`auto_range` of the samples. Pass the result to ``Painter.polyline``
    (after mapping to pixels) and each piece is drawn separately.
    """
    if n < 2:
        raise ValueError(f"sample_curve needs n >= 2 points, got {n}")
    xs = [x_min + (x_max - x_min) * i / (n - 1) for i in range(n)]
    ys = [_evaluate(func, x) for x in xs]
    lo, hi = y_range if y_range is not None else auto_range(ys)
    points: list[Sample] = []
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        if math.isnan(y):
            points.append(None)
            continue
        if i > 0 and not math.isnan(ys[i - 1]) and _is_pole(ys, i - 1, lo, hi):
            points.append(None)
        points.append((x, y))
    return points
