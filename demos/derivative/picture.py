"""The derivative demo's picture: the curve, tangent and secant kept inside the plot box, and a legend.

:func:`render` draws a :class:`~demos.derivative.state.State`. The painters do not clip, so every
line is cut to the plot rectangle here (Liang–Barsky): a curve that shoots off the top, or a steep
tangent, must not run over the tick labels or the legend. Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from demos.derivative.state import State, point_at
from py_runtime.draw import Painter, Viewport, draw_grid_and_axes
from py_runtime.draw.base import MaybePoint

Point = tuple[float, float]
Box = tuple[float, float, float, float]  # left, top, right, bottom in px

LEGEND_SIZE = 12.0
LEGEND_SWATCH = 18.0
SECANT_DASH = (7.0, 5.0)
GUIDE_DASH = (2.0, 4.0)
# Plot box margins in px: room for y tick labels on the left, the legend on top.
MARGINS = (36.0, 30.0, 16.0, 22.0)  # left, top, right, bottom


def box_of(vp: Viewport) -> Box:
    """The plot rectangle of ``vp`` in pixels."""
    return (vp.left, vp.top, vp.right, vp.bottom)


def clip_segment(a: Point, b: Point, box: Box) -> tuple[Point, Point] | None:
    """The part of segment a–b inside ``box``, or None; unclipped ends are returned as given."""
    x0, y0 = a
    dx, dy = b[0] - x0, b[1] - y0
    t0, t1 = 0.0, 1.0
    left, top, right, bottom = box
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q < 0:
                return None  # parallel to this edge and outside it
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    start = a if t0 == 0 else (x0 + t0 * dx, y0 + t0 * dy)
    end = b if t1 == 1 else (x0 + t1 * dx, y0 + t1 * dy)
    return start, end


def _finite(point: MaybePoint) -> Point | None:
    if point is None or not (math.isfinite(point[0]) and math.isfinite(point[1])):
        return None
    return (float(point[0]), float(point[1]))


def clip_polyline(points: Iterable[MaybePoint], box: Box) -> list[Point | None]:
    """Pixel ``points`` (None = gap) cut to ``box``; leaving and re-entering the box makes a gap."""
    out: list[Point | None] = []
    previous: Point | None = None
    last: Point | None = None  # the end of the piece being drawn, if any
    for raw in points:
        point = _finite(raw)
        if point is not None and previous is not None:
            piece = clip_segment(previous, point, box)
            if piece is None:
                last = None
            else:
                if piece[0] != last:
                    out.extend((None, piece[0]))
                out.append(piece[1])
                last = piece[1] if piece[1] == point else None
        elif point is None:
            last = None
        previous = point
    return out


def draw_line_through(
    painter: Painter,
    vp: Viewport,
    x0: float,
    y0: float,
    slope: float,
    *,
    color: str,
    width: float,
    dash: Sequence[float] | None = None,
) -> None:
    """The straight line through world (x0, y0) with ``slope``, across the whole plot box."""
    ends = [vp.to_px(x, y0 + slope * (x - x0)) for x in (vp.x_min, vp.x_max)]
    if not all(math.isfinite(c) for end in ends for c in end):
        return
    piece = clip_segment(ends[0], ends[1], box_of(vp))
    if piece is not None:
        painter.line(*piece[0], *piece[1], color=color, width=width, dash=dash)


def draw_segment(
    painter: Painter,
    vp: Viewport,
    a: Point,
    b: Point,
    *,
    color: str,
    width: float,
    dash: Sequence[float] | None = None,
) -> None:
    """The world segment a–b, the part inside the plot box."""
    piece = clip_segment(vp.to_px(*a), vp.to_px(*b), box_of(vp))
    if piece is not None:
        painter.line(*piece[0], *piece[1], color=color, width=width, dash=dash)


def draw_dot(painter: Painter, vp: Viewport, x: float, y: float, *, fill: str, r: float) -> None:
    """A filled dot at world (x, y) with a background-coloured ring, when it is in view."""
    if vp.contains(x, y):
        px, py = vp.to_px(x, y)
        painter.circle(px, py, r + 1.5, fill="bg")
        painter.circle(px, py, r, fill=fill)


def draw_legend(painter: Painter, items: Sequence[tuple[str, str, bool]], left: float, y: float) -> None:
    """A row of (label, role, dashed) keys: a short line in the role's style, then its label."""
    x = left
    for label, role, dashed in items:
        painter.line(x, y, x + LEGEND_SWATCH, y, color=role, width=2.5, dash=(5.0, 4.0) if dashed else None)
        x += LEGEND_SWATCH + 5
        painter.text(x, y, label, color="fg", size=LEGEND_SIZE, baseline="middle")
        # Text cannot be measured here: about 0.58 em per character, then a gap.
        x += len(label) * LEGEND_SIZE * 0.58 + 16


def viewport(state: State, painter: Painter) -> Viewport:
    """The plot box: the x range across, the formula's y range (fixed while sliders move) up."""
    left, top, right, bottom = MARGINS
    y_min, y_max = state.curve.y_range
    return Viewport(
        state.x_min,
        state.x_max,
        y_min,
        y_max,
        left,
        top,
        painter.width - left - right,
        painter.height - top - bottom,
    )


def render(state: State, painter: Painter) -> None:
    """Draw ``state``: grid, the secant's guides, curve, secant, tangent, the point and the legend."""
    vp = viewport(state, painter)
    draw_grid_and_axes(painter, vp)
    point = point_at(state)
    x, h = state.x, state.h
    if point.y is not None and point.y_h is not None:
        draw_segment(painter, vp, (x, point.y), (x + h, point.y), color="muted", width=1.0, dash=GUIDE_DASH)
        draw_segment(
            painter, vp, (x + h, point.y), (x + h, point.y_h), color="muted", width=1.0, dash=GUIDE_DASH
        )
    painter.polyline(curve_pixels(state, vp), color="a", width=2.5)
    if point.secant is not None and point.y is not None and point.y_h is not None:
        draw_line_through(painter, vp, x, point.y, point.secant, color="secant", width=2.0, dash=SECANT_DASH)
        draw_dot(painter, vp, x + h, point.y_h, fill="secant", r=4.0)
    if point.slope is not None and point.y is not None:
        draw_line_through(painter, vp, x, point.y, point.slope, color="accent", width=2.5)
    if point.y is not None:
        draw_dot(painter, vp, x, point.y, fill="accent", r=5.5)
    draw_legend(
        painter,
        (("f(x)", "a", False), ("tangent", "accent", False), ("secant", "secant", True)),
        vp.left,
        MARGINS[1] / 2,
    )


def curve_pixels(state: State, vp: Viewport) -> list[Point | None]:
    """The sampled curve in pixels, cut to the plot box; worked out once per formula and size."""
    key = (vp.left, vp.top, vp.width, vp.height)
    cache = state.curve.pixels
    if key not in cache:
        pixels = [None if p is None else vp.to_px(*p) for p in state.curve.points]
        cache[key] = clip_polyline(pixels, box_of(vp))
    return cache[key]
