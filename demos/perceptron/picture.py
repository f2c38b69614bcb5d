"""The perceptron demo's picture: the points by class, the decision line, its half-planes and w.

Label-1 points are blue discs and label-0 points orange squares (shape as well as colour); the side
the line predicts 1 for is shaded blue, the other orange; the point the last step visited is ringed;
the weight vector w is drawn from the line, at right angles to it, pointing into the side of 1.
A legend underneath names every mark. Draws a :class:`~demos.perceptron.state.State` through a
``Painter`` only. Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from demos.perceptron.state import State
from py_runtime.draw import Painter, Viewport, draw_grid_and_axes

XY = tuple[float, float]
LEGEND_H = 34.0
TOP = 22.0  # room above the plot for the name of the x₂ axis
DOT_R = 5.5
SQUARE = 10.0
W_ARROW_PX = 46.0


def viewport(state: State, painter: Painter) -> Viewport:
    """Equal units across and up, around every point with room to spare (fixed while training)."""
    xs = [p[0] for p in state.start.points]
    ys = [p[1] for p in state.start.points]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
    pad = max(0.5, 0.15 * span)
    return Viewport(
        min(xs) - pad,
        max(xs) + pad,
        min(ys) - pad,
        max(ys) + pad,
        30,
        TOP,
        painter.width - 50,
        painter.height - TOP - LEGEND_H - 18,
        equal_aspect=True,
    )


def half_plane(corners: Sequence[XY], w: Sequence[float], b: float, sign: float) -> list[XY]:
    """The part of the polygon ``corners`` where sign·(w · p + b) ≥ 0 (one Sutherland–Hodgman pass)."""
    out: list[XY] = []
    for k, p in enumerate(corners):
        q = corners[(k + 1) % len(corners)]
        fp = sign * (w[0] * p[0] + w[1] * p[1] + b)
        fq = sign * (w[0] * q[0] + w[1] * q[1] + b)
        if fp >= 0:
            out.append(p)
        if (fp >= 0) != (fq >= 0):
            t = fp / (fp - fq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def _line_ends(corners: Sequence[XY], w: Sequence[float], b: float) -> list[XY]:
    """Where w · p + b = 0 crosses the polygon's edges."""
    ends: list[XY] = []
    for k, p in enumerate(corners):
        q = corners[(k + 1) % len(corners)]
        fp, fq = w[0] * p[0] + w[1] * p[1] + b, w[0] * q[0] + w[1] * q[1] + b
        if (fp > 0) != (fq > 0) and fp != fq:
            t = fp / (fp - fq)
            ends.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return ends


def draw_line_and_sides(state: State, painter: Painter, vp: Viewport) -> None:
    """Both half-planes shaded, the decision line, and w from the line's point nearest the centre."""
    corners = [(vp.x_min, vp.y_min), (vp.x_max, vp.y_min), (vp.x_max, vp.y_max), (vp.x_min, vp.y_max)]
    w, b = state.now.w, state.now.b
    if w == (0.0, 0.0):  # no line: every point gets the same prediction, 1 only when b > 0
        sides = [(corners, "highlight_row" if b > 0 else "highlight_col")]
    else:
        sides = [
            (half_plane(corners, w, b, 1.0), "highlight_row"),
            (half_plane(corners, w, b, -1.0), "highlight_col"),
        ]
    for piece, role in sides:
        if len(piece) >= 3:
            painter.polyline([vp.to_px(*p) for p in piece], color=None, closed=True, fill=role)
    draw_grid_and_axes(painter, vp)
    # The axes' names sit outside the plot: the axes themselves may lie off to one side.
    painter.text(vp.right + 4, vp.bottom, "x₁", color="muted", size=12, baseline="bottom")
    painter.text(vp.left + 6, vp.top - 3, "x₂", color="muted", size=12, baseline="bottom")
    ends = _line_ends(corners, w, b)
    if len(ends) < 2:
        return
    (ax, ay), (bx, by) = vp.to_px(*ends[0]), vp.to_px(*ends[1])
    painter.line(ax, ay, bx, by, color="fg", width=2.0)
    norm2 = w[0] ** 2 + w[1] ** 2
    cx, cy = (vp.x_min + vp.x_max) / 2, (vp.y_min + vp.y_max) / 2
    f = (w[0] * cx + w[1] * cy + b) / norm2
    fx, fy = vp.to_px(cx - f * w[0], cy - f * w[1])
    length = math.sqrt(norm2)
    tx, ty = fx + W_ARROW_PX * w[0] / length, fy - W_ARROW_PX * w[1] / length
    painter.arrow(fx, fy, tx, ty, color="accent", width=2.5, head=10)
    painter.text(
        tx + 8 * w[0] / length,
        ty - 8 * w[1] / length,
        "w",
        color="accent",
        size=13,
        bold=True,
        align="center",
    )


def draw_point(painter: Painter, x: float, y: float, label: int) -> None:
    """A label-1 point as a blue disc, a label-0 point as an orange square."""
    if label == 1:
        painter.circle(x, y, DOT_R, color="bg", fill="a", width=1.0)
    else:
        painter.rect(x - SQUARE / 2, y - SQUARE / 2, SQUARE, SQUARE, color="bg", fill="b", width=1.0)


def draw_legend(painter: Painter) -> None:
    y = painter.height - LEGEND_H / 2 - 4
    draw_point(painter, 22, y, 1)
    painter.text(32, y, "label 1", size=12)
    draw_point(painter, 100, y, 0)
    painter.text(110, y, "label 0", size=12)
    painter.circle(180, y, 8, color="accent", width=2.5)
    painter.text(194, y, "last visited", size=12)
    painter.arrow(282, y + 6, 300, y - 6, color="accent", width=2.0, head=7)
    painter.text(306, y, "weights w", size=12)


def render(state: State, painter: Painter) -> None:
    """Draw ``state``: shaded sides, grid, line and w, the points, the visited ring, the legend."""
    vp = viewport(state, painter)
    draw_line_and_sides(state, painter, vp)
    for x1, x2, label in state.now.points:
        draw_point(painter, *vp.to_px(x1, x2), label)
    if state.visit is not None:
        x1, x2, _ = state.now.points[state.visit.index]
        painter.circle(*vp.to_px(x1, x2), 10.0, color="accent", width=2.5)
    draw_legend(painter)
