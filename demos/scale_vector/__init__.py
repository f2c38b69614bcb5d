"""The smallest demo: scale a 2-D vector by k and watch k·v stretch, shrink and flip.

It proves the whole path (fence → static SVG → Pyodide → canvas) with the lesson's own
example, ``3 · [1, 2] = [3, 6]``. Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from demos.base import Demo, InputError, Readout, Slider, View
from demos.options import Option, number, vector
from py_runtime.draw import Painter, Viewport, draw_grid_and_axes
from py_runtime.numfmt import tidy_number
from py_runtime.vectors import scale

K_MIN, K_MAX = -3.0, 3.0


@dataclass(frozen=True)
class State:
    """The vector being scaled and the factor."""

    v: tuple[float, float]
    k: float


def format_vector(values: tuple[float, ...] | list[float]) -> str:
    """``[3, 6]``: the vector as the lesson writes it, with real minus signs."""
    return "[" + ", ".join(tidy_number(x) for x in values) + "]"


class ScaleVector(Demo[State]):
    """Scalar multiplication: the slider sets k, the figure shows v and k·v."""

    name = "scale_vector"
    title = "Scalar Multiplication — Stretch a Vector"
    width, height = 360, 300
    options = (
        Option("v", "list of 2 numbers", [1, 2], "The vector that is scaled.", vector(2, 2, limit=10)),
        Option("k", f"number from {K_MIN:g} to {K_MAX:g}", 3, "The starting factor.", number(K_MIN, K_MAX)),
    )
    controls = (Slider("k", "Factor k", K_MIN, K_MAX, 0.1),)

    def initial(self, options: Mapping[str, Any]) -> State:
        v = options["v"]
        return State(v=(float(v[0]), float(v[1])), k=float(options["k"]))

    def update(self, state: State, control: str, value: str) -> State:
        if control != "k":
            raise InputError(control, f"This demo has no control named {control!r}.")
        try:
            k = float(value)
        except ValueError:
            raise InputError("k", "Enter a number for k.") from None
        if not (math.isfinite(k) and K_MIN <= k <= K_MAX):
            raise InputError("k", f"k must lie between {K_MIN:g} and {K_MAX:g}.")
        return replace(state, k=k)

    def _viewport(self, state: State, painter: Painter) -> Viewport:
        reach = max(1.0, max(abs(c) for c in state.v) * K_MAX)
        return Viewport.for_painter(painter, -reach, reach, -reach, reach, equal_aspect=True)

    def render(self, state: State, painter: Painter) -> None:
        vp = self._viewport(state, painter)
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

    def view(self, state: State) -> View:
        kv = scale(state.v, state.k)
        equation = f"{tidy_number(state.k)} · {format_vector(state.v)} = {format_vector(kv)}"
        return View(
            readouts=(Readout("product", "k · v", equation),),
            values={"k": f"{state.k:g}"},
            description=f"Vector v = {format_vector(state.v)} and its multiple k·v = {format_vector(kv)} "
            f"drawn from the origin, with k = {tidy_number(state.k)}.",
        )
