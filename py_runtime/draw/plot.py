"""Plots in world coordinates: a viewport mapping math (y up) to pixels (y down), grid and axes.

Demos think in world units ("the vector (2, 1)"); painters take CSS pixels. A
:class:`Viewport` converts both ways (pointer positions come back through
:meth:`Viewport.to_world`). :func:`tick_layout` is the one tick layout of every plot: the
grid values and where each tick label goes; :func:`draw_grid_and_axes` draws the usual backdrop
from it, and :func:`draw_curve` draws sampled points, gaps included.
The tick and sampling helpers are re-exported here so a demo needs one import.

Standard library only; must not import ``js``, ``pyodide`` or a concrete backend:
everything draws through the :class:`~py_runtime.draw.base.Painter` it is given.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from py_runtime.draw.base import MaybePoint, Painter, all_finite
from py_runtime.draw.sampling import auto_range, sample_curve
from py_runtime.draw.ticks import LABEL_SIZE, TickLabel, TickLayout, format_tick, nice_ticks, tick_layout

__all__ = [
    "TickLabel",
    "TickLayout",
    "Viewport",
    "auto_range",
    "draw_curve",
    "draw_grid_and_axes",
    "draw_tick_label",
    "format_tick",
    "nice_ticks",
    "sample_curve",
    "tick_layout",
]


class Viewport:
    """Maps the world rectangle [x_min, x_max] x [y_min, y_max] onto a pixel rectangle.

    The pixel rectangle has its top-left corner at (left, top). With
    ``equal_aspect`` one world unit is as long across as up, so angles and circles are
    true; the world ranges then grow about their centres until they fill the pixels.
    """

    def __init__(
        self,
        x_min: float,
        x_max: float,
        y_min: float,
        y_max: float,
        left: float,
        top: float,
        width: float,
        height: float,
        equal_aspect: bool = False,
    ) -> None:
        if not (x_max > x_min and y_max > y_min):
            raise ValueError(
                f"viewport needs x_min < x_max and y_min < y_max, got x {x_min}..{x_max}, y {y_min}..{y_max}"
            )
        if not (width > 0 and height > 0):
            raise ValueError(f"viewport needs a positive pixel size, got {width} x {height}")
        if equal_aspect:
            per_px = max((x_max - x_min) / width, (y_max - y_min) / height)
            x_mid, y_mid = (x_min + x_max) / 2, (y_min + y_max) / 2
            x_min, x_max = x_mid - per_px * width / 2, x_mid + per_px * width / 2
            y_min, y_max = y_mid - per_px * height / 2, y_mid + per_px * height / 2
        self.x_min, self.x_max, self.y_min, self.y_max = x_min, x_max, y_min, y_max
        self.left, self.top, self.width, self.height = left, top, width, height
        self.equal_aspect = equal_aspect
        self.scale_x = width / (x_max - x_min)  # pixels per world unit
        self.scale_y = height / (y_max - y_min)

    @classmethod
    def for_painter(
        cls,
        painter: Painter,
        x_min: float,
        x_max: float,
        y_min: float,
        y_max: float,
        *,
        margin: float = 24.0,
        equal_aspect: bool = False,
    ) -> Viewport:
        """A viewport filling ``painter`` except for ``margin`` px on every side (room for labels)."""
        return cls(
            x_min,
            x_max,
            y_min,
            y_max,
            margin,
            margin,
            painter.width - 2 * margin,
            painter.height - 2 * margin,
            equal_aspect,
        )

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def to_px(self, x: float, y: float) -> tuple[float, float]:
        """The pixel position of world point (x, y)."""
        return (self.left + (x - self.x_min) * self.scale_x, self.top + (self.y_max - y) * self.scale_y)

    def to_world(self, px: float, py: float) -> tuple[float, float]:
        """The world point at pixel position (px, py): the inverse of :meth:`to_px`."""
        return (self.x_min + (px - self.left) / self.scale_x, self.y_max - (py - self.top) / self.scale_y)

    def contains(self, x: float, y: float) -> bool:
        """Whether world point (x, y) is inside the visible rectangle (edges included)."""
        return self.x_min <= x <= self.x_max and self.y_min <= y <= self.y_max

    def __repr__(self) -> str:
        return (
            f"Viewport(x {self.x_min:g}..{self.x_max:g}, y {self.y_min:g}..{self.y_max:g} -> "
            f"px {self.left:g},{self.top:g} {self.width:g}x{self.height:g})"
        )


def _clamp(value: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, value))


def draw_tick_label(painter: Painter, label: TickLabel) -> None:
    """Write one tick number in the plots' style (role ``muted``, 11 px)."""
    painter.text(
        label.x,
        label.y,
        label.text,
        color="muted",
        size=LABEL_SIZE,
        align=label.align,
        baseline=label.baseline,
    )


def draw_grid_and_axes(painter: Painter, viewport: Viewport, *, labels: bool = True) -> None:
    """Grid lines (role ``grid``), both axes (``axis``) and tick labels (``muted``, 11 px).

    All come from :func:`~py_runtime.draw.ticks.tick_layout`, so every label sits on its grid line.
    ``labels=False`` leaves the numbers out, for a figure that writes them itself (from the same
    layout, so they still sit on the grid lines).
    """
    vp = viewport
    key = (
        "grid and axes",
        vp.x_min,
        vp.x_max,
        vp.y_min,
        vp.y_max,
        vp.left,
        vp.top,
        vp.width,
        vp.height,
        vp.equal_aspect,
        labels,
    )
    painter.layer(key, lambda: _draw_grid_and_axes(painter, vp, labels=labels))


def _draw_grid_and_axes(painter: Painter, vp: Viewport, *, labels: bool) -> None:
    layout = tick_layout(vp, painter.height)
    for x in layout.x_ticks:
        px = vp.to_px(x, 0)[0]
        painter.line(px, vp.top, px, vp.bottom, color="grid", width=1.0)
    for y in layout.y_ticks:
        py = vp.to_px(0, y)[1]
        painter.line(vp.left, py, vp.right, py, color="grid", width=1.0)
    painter.line(vp.left, layout.axis_y, vp.right, layout.axis_y, color="axis", width=1.0)
    painter.line(layout.axis_x, vp.top, layout.axis_x, vp.bottom, color="axis", width=1.0)
    if labels:
        for label in layout.labels:
            draw_tick_label(painter, label)


def draw_curve(
    painter: Painter,
    viewport: Viewport,
    points: Iterable[MaybePoint],
    *,
    color: str = "a",
    width: float = 2.0,
    dash: Sequence[float] | None = None,
) -> None:
    """Draw world ``points`` (None = gap, as from :func:`sample_curve`) as one polyline.

    Points far above or below the view are pulled in to a few view-heights away:
    the visible part of each segment is unchanged to the eye, and neither backend
    is handed coordinates like 1e300.
    """
    vp = viewport
    lo, hi = vp.top - 4 * vp.height, vp.bottom + 4 * vp.height
    pixels: list[MaybePoint] = []
    for point in points:
        if point is None or not all_finite(point[0], point[1]):
            pixels.append(None)
            continue
        px, py = vp.to_px(point[0], point[1])
        pixels.append((px, _clamp(py, lo, hi)))
    painter.polyline(pixels, color=color, width=width, dash=dash)
