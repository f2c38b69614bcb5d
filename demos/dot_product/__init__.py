"""Dot Product as Similarity — Rotate & See: turn b around a and watch a · b follow cos θ.

The readouts show a · b, its sum by components, |a|, |b|, cos θ, θ and whether the vectors point
the same way, are perpendicular or point apart; the figure draws the pair in the plane they span.
The state and its update live in ``state.py``, the drawing in ``picture.py``; this module is the
:class:`~demos.base.Demo` the registry lists, and says what the page shows as text.
Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, ClassVar

from demos.base import Demo, Readout, Slider, TextField, View
from demos.dot_product import picture
from demos.dot_product.state import OPTIONS, State, Vec, initial, measure, update
from demos.pointer import POINTER, Drag, Handle, draw_held, handles_extra
from py_runtime.draw import Painter
from py_runtime.numfmt import tidy_number
from py_runtime.vectors import format_dot_sum, norm


def _field(v: Vec) -> str:
    """A vector as a field shows it: ``4.123, 5.099, 5.831``."""
    return ", ".join(tidy_number(x) for x in v)


def _bracketed(v: Vec) -> str:
    return "[" + _field(v) + "]"


def _length(v: Vec) -> str:
    """|v| as text: ``5``, ``√14 ≈ 3.742`` when |v|² is a whole number, else ``8.775``."""
    squares = math.fsum(x * x for x in v)
    whole = round(squares)
    if 0 < whole < 10**12 and abs(squares - whole) <= 1e-9 * squares:
        root = math.isqrt(whole)
        if root * root == whole:
            return str(root)
        return f"√{whole} ≈ {tidy_number(math.sqrt(whole))}"
    return tidy_number(norm(v))


def _degrees(value: float) -> str:
    text = f"{value:.1f}".removesuffix(".0")
    return f"{text}°"


class DotProduct(Demo[State]):
    """Two vectors, the angle between them and their dot product."""

    name = "dot_product"
    title = "Dot Product as Similarity — Rotate & See"
    width, height = 420, 360
    options = OPTIONS
    linked: ClassVar[Mapping[str, Sequence[str]]] = {"a": ("b",), "b": ("a",)}
    controls = (
        Slider("angle", "Angle of b", 0, 360, 1, unit="°"),
        TextField("a", "Vector a", hint="1, 2, 3"),
        TextField("b", "Vector b", hint="4, 5, 6"),
    )

    def initial(self, options: Mapping[str, Any]) -> State:
        return initial(options)

    def update(self, state: State, control: str, value: str) -> State:
        if control == POINTER:
            drag = Drag(self.handles, lambda s: s.held, lambda s, name: replace(s, held=name), self._turn_to)
            return drag.follow(state, value)
        return update(state, control, value)

    def handles(self, state: State) -> list[Handle]:
        """The tip of b, which turns b about the origin when dragged."""
        return [Handle("b", *picture.tip_of_b(state, self.width, self.height))]

    def _turn_to(self, state: State, name: str, x: float, y: float) -> State:
        """b dragged to (x, y): the "Angle of b" slider set to the pointer's angle, to its step."""
        turn = round(picture.turn_towards(state, x, y, self.width, self.height))
        return replace(update(state, "angle", str(turn)), held=name)

    def render(self, state: State, painter: Painter) -> None:
        picture.render(state, painter)
        draw_held(painter, self.handles(state), state.held)

    def view(self, state: State) -> View:
        m = measure(state.a, state.b)
        total = tidy_number(m.dot)
        by_parts = format_dot_sum(state.a, state.b).rpartition(" = ")[0] + f" = {total}"
        plane = " in the plane they span" if len(state.a) > 2 else ""
        return View(
            readouts=(
                Readout("dot", "a · b", total, swatches=("a", "b")),
                Readout("sum", "By components", by_parts),
                Readout("norm_a", "|a|", _length(state.a), swatches=("a",)),
                Readout("norm_b", "|b|", _length(state.b), swatches=("b",)),
                Readout("cos", "cos θ", tidy_number(m.cos), swatches=("accent",)),
                Readout("theta", "θ", _degrees(m.theta), swatches=("accent",)),
                Readout("direction", "Direction", m.cue.text),
            ),
            values={"angle": str(round(state.turn)), "a": _field(state.a), "b": _field(state.b)},
            description=f"Vector a = {_bracketed(state.a)} and vector b = {_bracketed(state.b)} drawn from a "
            f"common origin{plane}; the angle between them is {_degrees(m.theta)}, a · b = {total}, "
            f"{m.summary}.",
            extra={"handles": handles_extra(self.handles(state))},
        )


__all__ = ["DotProduct", "State"]
