"""The derivative as the slope of the tangent line, with the secant of the limit definition beside it.

The reader types f(x), moves the point with the "x" slider and shrinks h (its slider, or the
"Shrink h to 0" button that animates it, "Pause" while it runs) to watch the secant
through (x, f(x)) and (x + h, f(x + h)) turn into the tangent, as in
f′(x) = lim (f(x + h) − f(x)) / h. The readouts give f(x), the slope, the tangent's equation,
whether f is rising or falling, f′(x) as a formula, and the secant's slope. The state and its
update live in ``state.py`` (the per-formula work in ``curve.py``), the drawing in ``picture.py``;
this module is the :class:`~demos.base.Demo` the registry lists, and says what the page shows as
text. Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from demos.base import Button, Control, Demo, Readout, Slider, TextField, View, animate
from demos.derivative import picture
from demos.derivative.curve import display
from demos.derivative.state import (
    H_MAX,
    H_MIN,
    H_STEP,
    OPTIONS,
    REDUCED_MS,
    SHRINK,
    Reading,
    State,
    initial,
    point_at,
    update,
)
from demos.pointer import POINTER, Drag, Handle, draw_held, handles_extra
from py_runtime.calculus import format_tangent_line
from py_runtime.draw import Painter
from py_runtime.numfmt import tidy_factor, tidy_number

PRESETS = ("x^2", "x^3", "3x^4 - 2x^2 + 7", "(x^2 + 1)^3", "sin(x^2)", "5x^3 - 2x + 9", "cos(x^3)")
UNDEFINED = "undefined here"
SHRINK_LABEL = "Shrink h to 0"


def slider_step(x_min: float, x_max: float) -> float:
    """0.01 for ranges like the lesson's −3..3; coarser for wide ranges, so the steps stay usable."""
    return 0.01 if x_max - x_min <= 20 else 0.05


def slider_text(value: float) -> str:
    """A slider value as the input writes it (plain hyphen-minus, no trailing zeros)."""
    return f"{round(value, 6):g}"


def trend(slope: float | None) -> str:
    """Whether f is rising, falling or flat, in the lesson's words."""
    if slope is None:
        return UNDEFINED
    if slope > 0:
        return "rising (f′(x) > 0)"
    if slope < 0:
        return "falling (f′(x) < 0)"
    return "flat (f′(x) = 0)"


def on_step(value: float, lo: float, hi: float, step: float) -> float:
    """``value`` moved to the nearest value a slider from ``lo`` to ``hi`` in steps of ``step`` can take."""
    stepped = lo + round((value - lo) / step) * step
    return round(min(hi, max(lo, stepped)), 9)


def _number(value: float | None, missing: str = UNDEFINED) -> str:
    return missing if value is None else tidy_number(value)


class Derivative(Demo[State]):
    """Tangent and secant of a typed function at a point chosen with a slider."""

    name = "derivative"
    title = "Derivative — The Slope of the Tangent Line"
    width, height = 420, 340
    options = OPTIONS
    controls = (
        TextField("f", "f(x)", hint="e.g. x^2", presets=PRESETS, width=18),
        Slider("x", "x", -3.0, 3.0, slider_step(-3.0, 3.0)),
        Slider("h", "h", H_MIN, H_MAX, H_STEP),
        Button(SHRINK, SHRINK_LABEL),
    )

    def controls_for(self, options: Mapping[str, Any]) -> Sequence[Control]:
        """The controls for these fence options: the x slider spans x_min..x_max.

        ``controls`` holds those of the default range (the lesson's); the static HTML uses
        this method once the page builder asks demos for option-dependent controls.
        """
        lo, hi = float(options["x_min"]), float(options["x_max"])
        return (self.controls[0], Slider("x", "x", lo, hi, slider_step(lo, hi)), *self.controls[2:])

    def initial(self, options: Mapping[str, Any]) -> State:
        return initial(options)

    def update(self, state: State, control: str, value: str) -> State:
        if control == POINTER:
            state = replace(state, shrink=None)  # taking hold of a point stops the animation
            drag = Drag(self.handles, lambda s: s.held, lambda s, name: replace(s, held=name), self._drag_to)
            return drag.follow(state, value)
        return update(state, control, value)

    def handles(self, state: State) -> list[Handle]:
        """The point of tangency (drags x) and the secant's second point (drags h)."""
        return [Handle(name, *xy) for name, xy in picture.grab_points(state, self.width, self.height)]

    def _drag_to(self, state: State, name: str, px: float, py: float) -> State:
        """The point ``name`` dragged to the pointer's x: its slider set there, to its range and step."""
        x = picture.x_at(state, px, self.width, self.height)
        if name == "x":
            value = on_step(x, state.x_min, state.x_max, slider_step(state.x_min, state.x_max))
        else:
            value = on_step(x - state.x, H_MIN, H_MAX, H_STEP)
        return replace(update(state, name, slider_text(value)), held=name)

    def render(self, state: State, painter: Painter) -> None:
        picture.render(state, painter)
        draw_held(painter, self.handles(state), state.held)

    def view(self, state: State) -> View:
        point = point_at(state)
        shown = display(state.text)
        if point.slope is None or point.y is None:
            tangent = UNDEFINED
        else:
            tangent = format_tangent_line(point.slope, point.y - point.slope * state.x, unicode_minus=True)
        readouts = (
            Readout("fx", "f(x)", _number(point.y), swatches=("a",)),
            Readout("slope", "f′(x), the slope", _number(point.slope), swatches=("accent",)),
            Readout("tangent", "Tangent line", tangent, swatches=("accent",)),
            Readout("trend", "f is", trend(point.slope)),
            Readout("formula", "f′(x) formula", state.curve.slope_text),
            Readout("secant", "Secant slope", self._secant_text(point, state.h), swatches=("secant",)),
        )
        return View(
            readouts=readouts,
            values={
                "f": state.text,
                "x": slider_text(state.x),
                "h": slider_text(state.h),
                SHRINK: SHRINK_LABEL if state.shrink is None else "Pause",
            },
            description=self._description(state, point, shown),
            extra={
                "handles": handles_extra(self.handles(state)),
                **(animate(REDUCED_MS) if state.shrink is not None else {}),
            },
        )

    @staticmethod
    def _secant_text(point: Reading, h: float) -> str:
        """The limit definition's quotient with numbers in: ``(4 − 1) / 1 = 3``."""
        if point.secant is None or point.y is None or point.y_h is None:
            return "undefined at x or x + h"
        return (
            f"({tidy_number(point.y_h)} − {tidy_factor(point.y)}) / {tidy_number(h)}"
            f" = {tidy_number(point.secant)}"
        )

    @staticmethod
    def _description(state: State, point: Reading, shown: str) -> str:
        x = tidy_number(state.x)
        if point.y is None:
            text = f"Graph of f(x) = {shown}; f is undefined at x = {x}, so there is no tangent there."
        elif point.slope is None:
            text = f"Graph of f(x) = {shown} with the point x = {x}, where f has no slope (no tangent)."
        else:
            text = f"Graph of f(x) = {shown} with the tangent at x = {x}, slope {tidy_number(point.slope)}."
        if point.secant is not None:
            end = tidy_number(state.x + state.h)
            text += f" The secant to x + h = {end} has slope {tidy_number(point.secant)}."
        return text


__all__ = ["Derivative", "State"]
