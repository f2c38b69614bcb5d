"""The neuron demo's picture: the weighted sum drawn as a neuron, and the activation curve below it.

Top: each input x_i with its weight w_i on the edge and the product w_i·x_i at its end, all running
into a Σ node that also takes the bias b and gives z, so z can be read off the figure. Bottom: the
activation f over a range of z that holds z, with the point (z, f(z)) marked and dashed guides to
both axes. Draws a :class:`~demos.neuron.state.State` through a ``Painter`` only.
Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math

from demos.neuron.state import State
from py_runtime.draw import Painter, Viewport, draw_curve, draw_grid_and_axes
from py_runtime.draw.ticks import nice_ticks
from py_runtime.neuron import activate, weighted_sum
from py_runtime.numfmt import tidy_number

SUBSCRIPTS = "₁₂₃₄₅₆"
DIAGRAM_BOTTOM = 178.0  # px: the neuron above, the plot below
SUM_X, SUM_R = 336.0, 18.0
TEXT = 12.0
GUIDE_DASH = (3.0, 4.0)
HALF_RANGE = 6.0  # the plot shows z from −6 to 6 unless z lies further out
FORMULAS = {
    "sigmoid": "σ(z) = 1 / (1 + e^−z)",
    "step": "step(z) = 1 if z > 0, else 0",
    "tanh": "tanh(z)",
    "relu": "ReLU(z) = max(0, z)",
}


def z_range(z: float) -> tuple[float, float]:
    """The plot's z range: −6 to 6, or symmetric and wide enough to hold z with a margin."""
    if abs(z) <= HALF_RANGE - 0.5:
        return -HALF_RANGE, HALF_RANGE
    reach = abs(z) * 1.25
    step = nice_ticks(0, reach, 4)[1] if reach > 0 else 1.0
    reach = math.ceil(reach / step) * step
    return -reach, reach


def y_range(activation: str, z_max: float) -> tuple[float, float]:
    """The output range each activation needs: its values over the plot, with a little room."""
    if activation == "tanh":
        return -1.3, 1.3
    if activation == "relu":
        return -0.15 * z_max, 1.1 * z_max
    return -0.3, 1.3


def plot_viewport(state: State, painter: Painter) -> Viewport:
    """Where the activation curve is drawn (z across, f(z) up)."""
    lo, hi = z_range(weighted_sum(state.x, state.w, state.b))
    y_lo, y_hi = y_range(state.activation, hi)
    top = DIAGRAM_BOTTOM + 26
    return Viewport(lo, hi, y_lo, y_hi, 40, top, painter.width - 56, painter.height - top - 24)


def _rows(count: int) -> list[float]:
    """The y of each input's row, spread over the diagram."""
    gap = min(34.0, (DIAGRAM_BOTTOM - 44) / max(1, count))
    middle = (DIAGRAM_BOTTOM + 24) / 2
    return [middle + (k - (count - 1) / 2) * gap for k in range(count)]


def draw_neuron(state: State, painter: Painter) -> None:
    """Inputs, weights and products running into Σ, the bias from above, z coming out."""
    sum_y = (DIAGRAM_BOTTOM + 24) / 2
    for k, (xi, wi, y) in enumerate(zip(state.x, state.w, _rows(len(state.x)), strict=True)):
        sub = SUBSCRIPTS[k]
        painter.text(70, y, f"x{sub} = {tidy_number(xi)}", size=TEXT, align="right")
        painter.line(76, y, 178, y, color="a", width=1.5)
        painter.text(
            127,
            y - 4,
            f"w{sub} = {tidy_number(wi)}",
            color="b",
            size=TEXT - 1,
            align="center",
            baseline="bottom",
        )
        painter.text(184, y, f"w{sub}x{sub} = {tidy_number(wi * xi)}", color="fg", size=TEXT, bold=True)
        painter.arrow(272, y, SUM_X - SUM_R - 2, sum_y + (y - sum_y) * 0.2, color="muted", width=1.2, head=6)
    painter.circle(SUM_X, sum_y, SUM_R, color="fg", width=1.5)
    painter.text(SUM_X, sum_y + 1, "Σ", size=18, align="center", bold=True)
    painter.text(
        SUM_X, 12, f"b = {tidy_number(state.b)}", color="b", size=TEXT, align="center", baseline="top"
    )
    painter.arrow(SUM_X, 28, SUM_X, sum_y - SUM_R - 1, color="muted", width=1.2, head=6)
    z = weighted_sum(state.x, state.w, state.b)
    right = painter.width - 12
    painter.arrow(SUM_X + SUM_R + 2, sum_y, right, sum_y, color="accent", width=2.0, head=8)
    painter.text(
        (SUM_X + SUM_R + right) / 2,
        sum_y - 6,
        f"z = {tidy_number(z)}",
        color="fg",
        size=TEXT,
        bold=True,
        align="center",
        baseline="bottom",
    )
    painter.line(12, DIAGRAM_BOTTOM, painter.width - 12, DIAGRAM_BOTTOM, color="grid", width=1.0)


def _curve_points(state: State, vp: Viewport) -> list[tuple[float, float] | None]:
    if state.activation == "step":  # a jump at 0: two flat pieces with a gap, not a steep line
        return [(vp.x_min, 0.0), (0.0, 0.0), None, (0.0, 1.0), (vp.x_max, 1.0)]
    count = 160
    zs = [vp.x_min + (vp.x_max - vp.x_min) * k / count for k in range(count + 1)]
    return [(z, activate(state.activation, z)) for z in zs]


def draw_activation(state: State, painter: Painter) -> None:
    """The curve f(z), the point (z, f(z)) and the guides that read it off both axes."""
    vp = plot_viewport(state, painter)
    draw_grid_and_axes(painter, vp)
    painter.text(
        vp.left, DIAGRAM_BOTTOM + 12, FORMULAS[state.activation], color="fg", size=TEXT, baseline="middle"
    )
    draw_curve(painter, vp, _curve_points(state, vp), color="a", width=2.0)
    if state.activation == "step":  # step(0) = 0: the filled end is the bottom one
        painter.circle(*vp.to_px(0, 0), 3.5, fill="a")
        painter.circle(*vp.to_px(0, 1), 3.5, color="a", fill="bg", width=1.5)
    z = weighted_sum(state.x, state.w, state.b)
    out = activate(state.activation, z)
    px, py = vp.to_px(z, out)
    ax, ay = vp.to_px(0, 0)
    painter.line(px, ay, px, py, color="accent", width=1.2, dash=GUIDE_DASH)
    painter.line(ax, py, px, py, color="accent", width=1.2, dash=GUIDE_DASH)
    painter.circle(px, py, 5.0, fill="accent")
    label = f"({tidy_number(z)}, {tidy_number(out)})"
    right_side = z >= 0  # the label goes away from the y axis and its tick numbers
    painter.text(
        px + (9 if right_side else -9),
        py - 9,
        label,
        color="fg",
        size=TEXT,
        bold=True,
        align="left" if right_side else "right",
        baseline="bottom",
    )


def render(state: State, painter: Painter) -> None:
    """Draw ``state``: the neuron with its numbers on top, the activation and the point below."""
    draw_neuron(state, painter)
    draw_activation(state, painter)
