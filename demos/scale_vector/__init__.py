"""The smallest demo: scale a 2-D vector by k and watch k·v stretch, shrink and flip.

It proves the whole path (fence → static SVG → Pyodide → canvas) with the lesson's own
example, ``3 · [1, 2] = [3, 6]``. The state and its update live in ``state.py``, the drawing
in ``picture.py``; this module is the :class:`~demos.base.Demo` the registry lists, and says
what the page shows as text. Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from demos.base import Demo, Readout, Slider, View
from demos.scale_vector import picture
from demos.scale_vector.state import K_MAX, K_MIN, OPTIONS, State, initial, update
from py_runtime.draw import Painter
from py_runtime.numfmt import tidy_number
from py_runtime.vectors import scale


def format_vector(values: tuple[float, ...] | list[float]) -> str:
    """``[3, 6]``: the vector as the lesson writes it, with real minus signs."""
    return "[" + ", ".join(tidy_number(x) for x in values) + "]"


class ScaleVector(Demo[State]):
    """Scalar multiplication: the slider sets k, the figure shows v and k·v."""

    name = "scale_vector"
    title = "Scalar Multiplication — Stretch a Vector"
    width, height = 360, 300
    options = OPTIONS
    controls = (Slider("k", "Factor k", K_MIN, K_MAX, 0.1),)

    def initial(self, options: Mapping[str, Any]) -> State:
        return initial(options)

    def update(self, state: State, control: str, value: str) -> State:
        return update(state, control, value)

    def render(self, state: State, painter: Painter) -> None:
        picture.render(state, painter)

    def view(self, state: State) -> View:
        kv = scale(state.v, state.k)
        equation = f"{tidy_number(state.k)} · {format_vector(state.v)} = {format_vector(kv)}"
        return View(
            readouts=(Readout("product", "k · v", equation),),
            values={"k": f"{state.k:g}"},
            description=f"Vector v = {format_vector(state.v)} and its multiple k·v = {format_vector(kv)} "
            f"drawn from the origin, with k = {tidy_number(state.k)}.",
        )


__all__ = ["ScaleVector", "State"]
