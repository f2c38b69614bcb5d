"""The derivative demo's per-formula work: parse, differentiate, compile and sample, done once.

A reader drags the x and h sliders far more often than they type a formula, so everything
that depends only on the formula and the x range lives in a :class:`Curve`, built once and
kept in the demo's state (and in a small cache, so going back to a preset is instant). A
slider move then only evaluates f and f′ at one or two points. Formula mistakes become
:class:`~demos.base.InputError` with plain words and the position in the typed text.
Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from demos.base import InputError
from demos.options import ConversionError, text
from py_runtime.calculus import derivative
from py_runtime.draw import auto_range, sample_curve
from py_runtime.expr import ExprError, Node, compile_expr, parse, to_text
from py_runtime.numfmt import MINUS, tidy_number

MAX_FORMULA = 200
"""Longest formula a reader may type, in characters."""

SAMPLES = 200
"""Points sampled across the x range to draw the curve."""

_LONG_QUOTE = re.compile(r"'([^']{16})[^']+'")


@dataclass(frozen=True)
class Curve:
    """Everything about f that does not change while the sliders move."""

    text: str
    node: Node
    slope_node: Node
    f: Callable[[float], float] = field(repr=False)
    slope: Callable[[float], float] = field(repr=False)
    points: tuple[tuple[float, float] | None, ...] = field(repr=False)
    y_range: tuple[float, float]
    # Pixel positions of ``points`` per viewport, filled in by the first render.
    pixels: dict[Any, list[Any]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def slope_text(self) -> str:
        """The derivative as the lesson writes it, with real minus signs: ``12x^3 − 4x``."""
        return display(to_text(self.slope_node))


def display(formula: str) -> str:
    """Formula text for a reader: hyphens become minus signs (the field accepts both back)."""
    return formula.replace("-", MINUS)


def formula_message(error: ExprError, typed: str) -> str:
    """A reader-facing sentence for a formula error, saying where in the text it went wrong."""
    message = error.message
    # The lexer lists y as a choice even when only x is allowed; this demo has no y.
    message = message.replace("use x, y, pi, e", "use x, pi, e")
    # An unknown 200-letter name is quoted whole; shorten it so the message stays readable.
    message = _LONG_QUOTE.sub(lambda m: f"'{m.group(1)}…'", message)
    if error.position is not None and " at character " not in message and typed.strip():
        # "unknown name 'z': use x…" reads best with the place right after the name.
        head, colon, tail = message.partition(":")
        message = f"{head} at character {error.position + 1}{colon}{tail}"
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def _range_text(x_min: float, x_max: float) -> str:
    return f"{tidy_number(x_min)} to {tidy_number(x_max)}"


@lru_cache(maxsize=16)
def _build(typed: str, x_min: float, x_max: float) -> Curve:
    """The curve of ``typed``; ExprError or ValueError (plain words) when it cannot be shown."""
    node = parse(typed, ("x",))
    slope_node = derivative(node)
    f, slope = compile_expr(node), compile_expr(slope_node)
    points = tuple(sample_curve(f, x_min, x_max, SAMPLES))
    ys = [p[1] for p in points if p is not None]
    if not ys:
        raise ValueError(
            f"there is no value of f(x) = {display(typed)} for any x from {_range_text(x_min, x_max)}"
        )
    return Curve(typed, node, slope_node, f, slope, points, auto_range(ys))


def make_curve(typed: str, x_min: float, x_max: float, control: str = "f") -> Curve:
    """The curve of the reader's formula, or :class:`InputError` on ``control`` saying what is wrong."""
    typed = typed.strip()
    if len(typed) > MAX_FORMULA:
        raise InputError(
            control,
            f"The formula is {len(typed)} characters long; keep it to {MAX_FORMULA} "
            f"(character {MAX_FORMULA + 1} onwards is too much).",
        )
    try:
        return _build(typed, float(x_min), float(x_max))
    except ExprError as error:
        raise InputError(control, formula_message(error, typed)) from None
    except ValueError as error:
        raise InputError(control, str(error)[:1].upper() + str(error)[1:] + ".") from None


def formula_option(value: object) -> str:
    """Fence converter for ``f``: formula text that parses, so a typo fails the build with the reason."""
    typed = text(MAX_FORMULA)(value)
    try:
        node = parse(typed, ("x",))
        derivative(node)
    except ExprError as error:
        raise ConversionError(
            f"the formula {typed!r} cannot be read: {formula_message(error, typed).rstrip('.')}"
        ) from None
    return typed


def value_at(func: Callable[[float], float], x: float) -> float | None:
    """``func(x)``, or None where it has no finite value."""
    y = func(x)
    return y if math.isfinite(y) else None
