"""The derivative demo's state: the formula, the point x, the secant's h and the plot's x range.

The reader types f(x) (``curve.py`` does the per-formula work once), moves the point with the "x"
slider and shrinks h, by its slider or with the "shrink" button, which animates h down to
:data:`H_MIN` (``demos.base.animate``: the page's ticks, see :func:`update`). :func:`update` turns
one such input into a new :class:`State` or an :class:`~demos.base.InputError` for the field;
:func:`point_at` reads f, f′ and the secant at the state's x. Pure: no drawing, no page text.
Must not import ``js``, ``pyodide``, ``site_src`` or the demo's own ``picture``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from demos.base import PRESS, TICK, InputError, tick_ms
from demos.derivative.curve import Curve, formula_option, make_curve, value_at
from demos.options import Option, OptionError, number
from py_runtime.numfmt import tidy_number

X_LIMIT = 1000.0
H_MIN, H_MAX, H_STEP = 0.01, 2.0, 0.01
FLAT = 1e-6
"""Slopes this close to 0 count as 0: the tangent is flat there."""
SHRINK = "shrink"
"""The button that animates h down to H_MIN, and pauses it."""
SHRINK_MS = 2000.0  # the whole way down takes two seconds of animation, from any h
SHRINK_STEPS = 5  # reduced motion: the same way down in five jumps, one a tick
REDUCED_MS = 400  # a reduced-motion tick's interval: five of them also take two seconds

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
class Shrink:
    """The "shrink" animation under way: the h it started from and the animation time so far."""

    start: float
    ms: float = 0.0


@dataclass(frozen=True)
class State:
    """The formula (as typed), the point x, the secant's h and the x range of the plot."""

    text: str
    x: float
    h: float
    x_min: float
    x_max: float
    curve: Curve = field(repr=False, compare=False)
    # The point the reader is dragging ("x" or "h"), between a press on it and the release.
    held: str | None = None
    shrink: Shrink | None = None  # the animation of h, while it runs
    start_h: float = 1.0  # the fence's h: where a press at H_MIN starts the animation again


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
    h = float(options["h"])
    return State(curve.text, x, h, lo, hi, curve, start_h=h)


def on_h_step(value: float) -> float:
    """``value`` on the h slider's steps, within its range: what the slider can show."""
    stepped = H_MIN + round((value - H_MIN) / H_STEP) * H_STEP
    return round(min(H_MAX, max(H_MIN, stepped)), 9)


def shrunk(start: float, ms: float) -> float:
    """h after ``ms`` of the animation from ``start``: down by the same factor every moment, so the
    secant's second point slows as it nears the tangent's, reaching H_MIN at SHRINK_MS."""
    share = min(1.0, max(0.0, ms / SHRINK_MS))
    return on_h_step(start * (H_MIN / start) ** share)


def _press_shrink(state: State) -> State:
    if state.shrink is not None:
        return replace(state, shrink=None)  # Pause: h stays where it is
    start = state.h
    if start <= H_MIN:
        # Already as small as the slider goes: a reader who presses again wants to watch it again,
        # so it starts over from the h the figure first showed (1 if that was the minimum too),
        # rather than doing nothing, which would look like a broken button.
        start = state.start_h if state.start_h > H_MIN else 1.0
    return replace(state, h=start, shrink=Shrink(start))


def _tick(state: State, value: str) -> State:
    shrink = state.shrink
    if shrink is None:
        return state  # a tick already on its way when the animation stopped
    ms = tick_ms(value)
    if ms is None:  # reduced motion: on to the next of SHRINK_STEPS equal shares of the time
        share = SHRINK_MS / SHRINK_STEPS
        elapsed = (math.floor(shrink.ms / share + 1e-9) + 1) * share
    else:
        elapsed = shrink.ms + ms
    if elapsed >= SHRINK_MS:
        return replace(state, h=H_MIN, shrink=None)
    return replace(state, h=min(state.h, shrunk(shrink.start, elapsed)), shrink=replace(shrink, ms=elapsed))


def update(state: State, control: str, value: str) -> State:
    """The state after the reader typed a formula (``f``), moved the ``x`` or ``h`` slider, pressed
    the ``shrink`` button, or the page's animation ``tick`` while h shrinks.

    Any input but a tick or the button stops the animation where it is, even one refused (the
    reader has taken over); the refusal remembers the stopped state.
    """
    if control == TICK:
        return _tick(state, value)
    if control == SHRINK:
        if value != PRESS:
            raise InputError(control, "The shrink button only takes a press.")
        return _press_shrink(state)
    if state.shrink is None:
        return _input(state, control, value)
    stopped = replace(state, shrink=None)
    try:
        return _input(stopped, control, value)
    except InputError as error:
        raise InputError(error.control, error.message, remember=stopped) from None


def _input(state: State, control: str, value: str) -> State:
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
