"""Axis ticks on round numbers (steps of 1, 2 or 5 times a power of ten), their labels, and the tick layout.

:func:`tick_layout` is the one tick layout of every plot: the values of its grid lines and where
each tick label is written, worked out together so that a label always sits on a grid line.
``py_runtime.draw.plot`` draws grids and labels from it, and so does any figure that writes its
own labels. Standard library (and the minus sign of ``py_runtime.numfmt``) only; must not import
``js``, ``pyodide`` or any drawing backend (a viewport is only read: its ranges, box and ``to_px``).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from py_runtime.numfmt import MINUS

if TYPE_CHECKING:  # plot.py imports this module; the annotation needs no import at run time
    from py_runtime.draw.plot import Viewport

LABEL_SIZE = 11.0
"""Size of tick labels in px."""
LABEL_GAP = 4.0
"""Px between an axis and its tick labels."""
# One grid line per this many pixels, roughly: dense enough to read values off,
# sparse enough that labels never collide.
PX_PER_TICK = 50.0
# Even a small plot gets up to this many: with 1-2-5 steps a lower limit can leave a
# single tick (a range of -4..4 allowed 4 ticks jumps from step 2 to step 5).
MIN_TICKS = 5
LAYOUT_CACHE_SIZE = 16  # tick layouts remembered: a viewport stays the same while a slider moves

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


def _max_ticks(pixels: float) -> int:
    return max(MIN_TICKS, min(11, int(pixels // PX_PER_TICK) + 1))


def _step(ticks: Sequence[float]) -> float | None:
    return ticks[1] - ticks[0] if len(ticks) > 1 else None


@dataclass(frozen=True)
class TickLabel:
    """One tick number as a plot writes it: at (x, y) in px, anchored by ``align`` and ``baseline``.

    ``axis`` says which line it labels: ``"x"`` (a vertical grid line, the label centred on it),
    ``"y"`` (a horizontal one, the label's middle on it) or ``"origin"`` (the single "0" written
    below and left of where the axes cross).
    """

    x: float
    y: float
    text: str
    align: Literal["center", "right", "left"]
    baseline: Literal["top", "bottom", "middle"]
    axis: Literal["x", "y", "origin"]


@dataclass(frozen=True)
class TickLayout:
    """The one tick layout of a plot: the values of its grid lines and the labels written for them.

    Grid lines and labels both come from here, so a label always sits on a line.
    """

    x_ticks: tuple[float, ...]
    y_ticks: tuple[float, ...]
    axis_x: float  # px: where the vertical axis is drawn (x = 0, or the nearest edge)
    axis_y: float  # px: where the horizontal axis is drawn
    labels: tuple[TickLabel, ...]


def tick_layout(viewport: Viewport, figure_height: float) -> TickLayout:
    """Round-numbered grid values for both axes of ``viewport`` and where their labels go.

    With equal units across and up both axes take the larger step, so grid cells are square.
    Each axis sits at 0 when 0 is visible, otherwise along the nearest edge; x labels go below
    it unless that falls off a figure ``figure_height`` px tall, y labels left of it unless that
    falls off the left edge. When the origin is visible it gets a single "0" label below and
    left of it, instead of two labels crossed by the axes.
    """
    vp = viewport
    box = (vp.x_min, vp.x_max, vp.y_min, vp.y_max, vp.left, vp.top, vp.width, vp.height)
    key = (*box, vp.equal_aspect, figure_height)
    layout = _LAYOUTS.get(key)
    if layout is None:
        if len(_LAYOUTS) >= LAYOUT_CACHE_SIZE:
            _LAYOUTS.clear()
        layout = _LAYOUTS[key] = _layout(vp, figure_height)
    return layout


_LAYOUTS: dict[Hashable, TickLayout] = {}


def _layout(vp: Viewport, figure_height: float) -> TickLayout:
    x_ticks = nice_ticks(vp.x_min, vp.x_max, _max_ticks(vp.width))
    y_ticks = nice_ticks(vp.y_min, vp.y_max, _max_ticks(vp.height))
    steps = [step for step in (_step(x_ticks), _step(y_ticks)) if step]
    if vp.equal_aspect and len(steps) == 2 and steps[0] != steps[1]:
        # Equal units across and up: square grid cells need the same step on both axes.
        x_ticks = ticks_with_step(vp.x_min, vp.x_max, max(steps))
        y_ticks = ticks_with_step(vp.y_min, vp.y_max, max(steps))
    ox, oy = vp.to_px(_clamp(0.0, vp.x_min, vp.x_max), _clamp(0.0, vp.y_min, vp.y_max))
    origin = vp.contains(0.0, 0.0)
    labels = [*_x_labels(vp, x_ticks, oy, figure_height, origin), *_y_labels(vp, y_ticks, ox, origin)]
    if origin:
        labels.append(TickLabel(ox - LABEL_GAP, oy + LABEL_GAP, "0", "right", "top", "origin"))
    return TickLayout(tuple(x_ticks), tuple(y_ticks), ox, oy, tuple(labels))


def _clamp(value: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, value))


def _x_labels(
    vp: Viewport, ticks: Sequence[float], axis_y: float, figure_height: float, skip_zero: bool
) -> list[TickLabel]:
    # Below the axis, unless that would fall off the bottom of the figure.
    below = axis_y + LABEL_GAP + LABEL_SIZE <= figure_height
    y = axis_y + LABEL_GAP if below else axis_y - LABEL_GAP
    step = _step(ticks)
    return [
        TickLabel(
            vp.to_px(value, 0)[0], y, format_tick(value, step), "center", "top" if below else "bottom", "x"
        )
        for value in ticks
        if not (skip_zero and value == 0)
    ]


def _y_labels(vp: Viewport, ticks: Sequence[float], axis_x: float, skip_zero: bool) -> list[TickLabel]:
    step = _step(ticks)
    texts = [format_tick(value, step) for value in ticks]
    # Text cannot be measured here; 0.6 em per character is a safe estimate for digits.
    widest = max((len(t) for t in texts), default=0) * LABEL_SIZE * 0.6
    left = axis_x - LABEL_GAP - widest >= 0
    x = axis_x - LABEL_GAP if left else axis_x + LABEL_GAP
    return [
        TickLabel(x, vp.to_px(0, value)[1], text, "right" if left else "left", "middle", "y")
        for value, text in zip(ticks, texts, strict=True)
        if not (skip_zero and value == 0)
    ]
