"""The scale-vector demo's picture: v and k·v from the origin on a square grid.

Draws a :class:`~demos.scale_vector.state.State` through a ``Painter`` only, so the same code
makes the build-time SVG and the live canvas. Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math

from demos.scale_vector.state import K_MAX, State
from py_runtime.draw import Painter, Viewport, draw_grid_and_axes
from py_runtime.vectors import scale


def viewport(state: State, painter: Painter) -> Viewport:
    """Equal units across and up, reaching past v at the largest k (the scale stays put as k moves)."""
    reach = max(1.0, max(abs(c) for c in state.v) * K_MAX)
    return Viewport.for_painter(painter, -reach, reach, -reach, reach, equal_aspect=True)


def render(state: State, painter: Painter) -> None:
    """Draw ``state``: the grid, k·v (role b, underneath), v (role a) and the label k·v."""
    vp = viewport(state, painter)
    draw_grid_and_axes(painter, vp)
    ox, oy = vp.to_px(0, 0)
    kv = scale(state.v, state.k)
    painter.arrow(ox, oy, *vp.to_px(*kv), color="b", width=3.0, head=12.0)
    painter.arrow(ox, oy, *vp.to_px(*state.v), color="a", width=2.0)
    tx, ty = vp.to_px(*kv)
    # Beyond the tip, in the arrow's own direction, so the label never sits on the shaft.
    dx, dy = tx - ox, ty - oy
    length = math.hypot(dx, dy) or 1.0
    painter.text(
        tx + 14 * dx / length,
        ty + 14 * dy / length,
        "k·v",
        color="b",
        size=13,
        bold=True,
        align="center",
        baseline="middle",
    )
