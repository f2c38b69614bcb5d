"""The derivative as the slope of the tangent line, with the secant of the limit definition beside it.

The reader types f(x), moves the point with the "x" slider and shrinks h to watch the secant
through (x, f(x)) and (x + h, f(x + h)) turn into the tangent, as in
f′(x) = lim (f(x + h) − f(x)) / h. The readouts give f(x), the slope, the tangent's equation,
whether f is rising or falling, f′(x) as a formula, and the secant's slope.
Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from demos.base import Control, Demo, InputError, Readout, Slider, TextField, View
from demos.derivative_curve import Curve, display, formula_option, make_curve, value_at
from demos.derivative_draw import (
    GUIDE_DASH,
    SECANT_DASH,
    box_of,
    clip_polyline,
    draw_dot,
    draw_legend,
    draw_line_through,
    draw_segment,
)
from demos.options import Option, OptionError, number
from py_runtime.calculus import format_tangent_line
from py_runtime.draw import Painter, Viewport, draw_grid_and_axes
from py_runtime.numfmt import tidy_factor, tidy_number

PRESETS = ("x^2", "x^3", "3x^4 - 2x^2 + 7", "(x^2 + 1)^3", "sin(x^2)", "5x^3 - 2x + 9", "cos(x^3)")
X_LIMIT = 1000.0
H_MIN, H_MAX, H_STEP = 0.01, 2.0, 0.01
FLAT = 1e-6
"""Slopes this close to 0 count as 0: the tangent is flat there."""
UNDEFINED = "undefined here"
# Plot box margins in px: room for y tick labels on the left, the legend on top.
MARGINS = (36.0, 30.0, 16.0, 22.0)  # left, top, right, bottom


@dataclass(frozen=True)
class Reading:
    """What the readouts and the picture need at the slider's x; None where f has no value."""

    y: float | None
    slope: float | None
    secant: float | None
    y_h: float | None


@dataclass(frozen=True)
class State:
    """The formula (as typed), the point x, the secant's h and the x range of the plot."""

    text: str
    x: float
    h: float
    x_min: float
    x_max: float
    curve: Curve = field(repr=False, compare=False)


def slider_step(x_min: float, x_max: float) -> float:
    """0.01 for ranges like the lesson's −3..3; coarser for wide ranges, so the steps stay usable."""
    return 0.01 if x_max - x_min <= 20 else 0.05


def slider_text(value: float) -> str:
    """A slider value as the input writes it (plain hyphen-minus, no trailing zeros)."""
    return f"{round(value, 6):g}"


def point_at(state: State) -> Reading:
    """f(x), f′(x), the secant slope and f(x + h) at the state's x."""
    curve = state.curve
    y = value_at(curve.f, state.x)
    slope = value_at(curve.slope, state.x) if y is not None else None
    if slope is not None and abs(slope) <= FLAT:
        slope = 0.0
    y_h = value_at(curve.f, state.x + state.h)
    secant = None
    if y is not None and y_h is not None and math.isfinite((y_h - y) / state.h):
        secant = (y_h - y) / state.h
    return Reading(y, slope, secant, y_h)


def trend(slope: float | None) -> str:
    """Whether f is rising, falling or flat, in the lesson's words."""
    if slope is None:
        return UNDEFINED
    if slope > 0:
        return "rising (f′(x) > 0)"
    if slope < 0:
        return "falling (f′(x) < 0)"
    return "flat (f′(x) = 0)"


def _number(value: float | None, missing: str = UNDEFINED) -> str:
    return missing if value is None else tidy_number(value)


class Derivative(Demo[State]):
    """Tangent and secant of a typed function at a point chosen with a slider."""

    name = "derivative"
    title = "Derivative — The Slope of the Tangent Line"
    width, height = 420, 340
    options = (
        Option(
            "f",
            "formula in x (up to 200 characters)",
            "x^2",
            "The function plotted, e.g. 3x^4 - 2x^2 + 7.",
            formula_option,
        ),
        Option(
            "x",
            "number from x_min to x_max",
            1,
            "Where the point and its tangent start.",
            number(-X_LIMIT, X_LIMIT),
        ),
        Option(
            "x_min",
            f"number from {-X_LIMIT:g} to {X_LIMIT:g}, below x_max",
            -3,
            "Left end of the plot and of the x slider.",
            number(-X_LIMIT, X_LIMIT),
        ),
        Option(
            "x_max",
            f"number from {-X_LIMIT:g} to {X_LIMIT:g}, above x_min",
            3,
            "Right end of the plot and of the x slider.",
            number(-X_LIMIT, X_LIMIT),
        ),
        Option(
            "h",
            f"number from {H_MIN:g} to {H_MAX:g}",
            1,
            "The secant's step: it joins x and x + h.",
            number(H_MIN, H_MAX),
        ),
    )
    controls = (
        TextField("f", "f(x)", hint="e.g. x^2", presets=PRESETS, width=18),
        Slider("x", "x", -3.0, 3.0, slider_step(-3.0, 3.0)),
        Slider("h", "h", H_MIN, H_MAX, H_STEP),
    )

    def controls_for(self, options: Mapping[str, Any]) -> Sequence[Control]:
        """The controls for these fence options: the x slider spans x_min..x_max.

        ``controls`` holds those of the default range (the lesson's); the static HTML uses
        this method once the page builder asks demos for option-dependent controls.
        """
        lo, hi = float(options["x_min"]), float(options["x_max"])
        return (self.controls[0], Slider("x", "x", lo, hi, slider_step(lo, hi)), self.controls[2])

    def initial(self, options: Mapping[str, Any]) -> State:
        lo, hi, x = float(options["x_min"]), float(options["x_max"]), float(options["x"])
        if not lo < hi:
            raise OptionError(f"x_min ({lo:g}) must be less than x_max ({hi:g})")
        if not lo <= x <= hi:
            raise OptionError(f"x ({x:g}) must lie from x_min ({lo:g}) to x_max ({hi:g})")
        try:
            curve = make_curve(str(options["f"]), lo, hi)
        except InputError as error:
            raise OptionError(error.message) from None
        return State(curve.text, x, float(options["h"]), lo, hi, curve)

    def update(self, state: State, control: str, value: str) -> State:
        if control == "f":
            curve = make_curve(value, state.x_min, state.x_max)
            return replace(state, text=curve.text, curve=curve)
        if control == "x":
            return replace(state, x=self._slider_value("x", value, state.x_min, state.x_max))
        if control == "h":
            return replace(state, h=self._slider_value("h", value, H_MIN, H_MAX))
        raise InputError(control, f"This demo has no control named {control!r}.")

    @staticmethod
    def _slider_value(control: str, value: str, lo: float, hi: float) -> float:
        try:
            result = float(value)
        except ValueError:
            raise InputError(control, f"Enter a number for {control}.") from None
        slack = 1e-9 * max(1.0, abs(lo), abs(hi))  # a slider's last step may land a hair outside
        if not (math.isfinite(result) and lo - slack <= result <= hi + slack):
            raise InputError(control, f"{control} must lie from {tidy_number(lo)} to {tidy_number(hi)}.")
        return min(hi, max(lo, result))

    def viewport(self, state: State, painter: Painter) -> Viewport:
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

    def render(self, state: State, painter: Painter) -> None:
        vp = self.viewport(state, painter)
        draw_grid_and_axes(painter, vp)
        point = point_at(state)
        x, h = state.x, state.h
        if point.y is not None and point.y_h is not None:
            draw_segment(
                painter, vp, (x, point.y), (x + h, point.y), color="muted", width=1.0, dash=GUIDE_DASH
            )
            draw_segment(
                painter, vp, (x + h, point.y), (x + h, point.y_h), color="muted", width=1.0, dash=GUIDE_DASH
            )
        painter.polyline(self._curve_pixels(state, vp), color="a", width=2.5)
        if point.secant is not None:
            draw_line_through(
                painter, vp, x, point.y, point.secant, color="secant", width=2.0, dash=SECANT_DASH
            )
            draw_dot(painter, vp, x + h, point.y_h, fill="secant", r=4.0)
        if point.slope is not None:
            draw_line_through(painter, vp, x, point.y, point.slope, color="accent", width=2.5)
        if point.y is not None:
            draw_dot(painter, vp, x, point.y, fill="accent", r=5.5)
        draw_legend(
            painter,
            (("f(x)", "a", False), ("tangent", "accent", False), ("secant", "secant", True)),
            vp.left,
            MARGINS[1] / 2,
        )

    @staticmethod
    def _curve_pixels(state: State, vp: Viewport) -> list[Any]:
        """The sampled curve in pixels, cut to the plot box; worked out once per formula and size."""
        key = (vp.left, vp.top, vp.width, vp.height)
        cache = state.curve.pixels
        if key not in cache:
            pixels = [None if p is None else vp.to_px(*p) for p in state.curve.points]
            cache[key] = clip_polyline(pixels, box_of(vp))
        return cache[key]

    def view(self, state: State) -> View:
        point = point_at(state)
        shown = display(state.text)
        if point.slope is None or point.y is None:
            tangent = UNDEFINED
        else:
            tangent = format_tangent_line(point.slope, point.y - point.slope * state.x, unicode_minus=True)
        readouts = (
            Readout("fx", "f(x)", _number(point.y)),
            Readout("slope", "f′(x), the slope", _number(point.slope)),
            Readout("tangent", "Tangent line", tangent),
            Readout("trend", "f is", trend(point.slope)),
            Readout("formula", "f′(x) formula", state.curve.slope_text),
            Readout("secant", "Secant slope", self._secant_text(point, state.h)),
        )
        return View(
            readouts=readouts,
            values={"f": state.text, "x": slider_text(state.x), "h": slider_text(state.h)},
            description=self._description(state, point, shown),
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
            text += f" The secant to x + h = {tidy_number(state.x + state.h)} has slope {tidy_number(point.secant)}."
        return text
