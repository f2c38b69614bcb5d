"""Drawing the derivative demo: the curve, tangent and secant kept inside the plot box, and a legend.

The painters do not clip, so every line is cut to the plot rectangle here (Liang–Barsky):
a curve that shoots off the top, or a steep tangent, must not run over the tick labels or the
legend. Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from py_runtime.draw import Painter, Viewport
from py_runtime.draw.base import MaybePoint

Point = tuple[float, float]
Box = tuple[float, float, float, float]  # left, top, right, bottom in px

LEGEND_SIZE = 12.0
LEGEND_SWATCH = 18.0
SECANT_DASH = (7.0, 5.0)
GUIDE_DASH = (2.0, 4.0)


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
