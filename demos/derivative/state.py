"""The derivative demo's state: the formula, the point x, the secant's h and the plot's x range.

The reader types f(x) (``curve.py`` does the per-formula work once), moves the point with the "x"
slider and shrinks h. :func:`update` turns one such input into a new :class:`State` or an
:class:`~demos.base.InputError` for the field; :func:`point_at` reads f, f′ and the secant at the
state's x. Pure: no drawing, no page text. Must not import ``js``, ``pyodide``, ``site_src`` or the
demo's own ``picture``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from demos.base import InputError
from demos.derivative.curve import Curve, formula_option, make_curve, value_at
from demos.options import Option, OptionError, number
from py_runtime.numfmt import tidy_number

X_LIMIT = 1000.0
H_MIN, H_MAX, H_STEP = 0.01, 2.0, 0.01
FLAT = 1e-6
"""Slopes this close to 0 count as 0: the tangent is flat there."""

OPTIONS = (
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


def initial(options: Mapping[str, Any]) -> State:
    """The first state, from the fence's (already converted) options; OptionError when they clash."""
    lo, hi, x = float(options["x_min"]), float(options["x_max"]), float(options["x"])
    if not lo < hi:
        raise OptionError(
            "x_max", f"x_min ({lo:g}) must be less than x_max ({hi:g})", fix="make x_min less than x_max."
        )
    if not lo <= x <= hi:
        raise OptionError(
            "x",
            f"x ({x:g}) must lie from x_min ({lo:g}) to x_max ({hi:g})",
            fix="move x into the plot's range.",
        )
    try:
        curve = make_curve(str(options["f"]), lo, hi)
    except InputError as error:
        raise OptionError(
            "f", error.message, fix="choose a formula with values in the x range, or widen the range."
        ) from None
    return State(curve.text, x, float(options["h"]), lo, hi, curve)


def update(state: State, control: str, value: str) -> State:
    """The state after the reader typed a formula (``f``) or moved the ``x`` or ``h`` slider."""
    if control == "f":
        curve = make_curve(value, state.x_min, state.x_max)
        return replace(state, text=curve.text, curve=curve)
    if control == "x":
        return replace(state, x=_slider_value("x", value, state.x_min, state.x_max))
    if control == "h":
        return replace(state, h=_slider_value("h", value, H_MIN, H_MAX))
    raise InputError(control, f"This demo has no control named {control!r}.")


def _slider_value(control: str, value: str, lo: float, hi: float) -> float:
    try:
        result = float(value)
    except ValueError:
        raise InputError(control, f"Enter a number for {control}.") from None
    slack = 1e-9 * max(1.0, abs(lo), abs(hi))  # a slider's last step may land a hair outside
    if not (math.isfinite(result) and lo - slack <= result <= hi + slack):
        raise InputError(control, f"{control} must lie from {tidy_number(lo)} to {tidy_number(hi)}.")
    return min(hi, max(lo, result))
