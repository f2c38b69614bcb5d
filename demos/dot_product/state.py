"""The dot-product demo's state: two vectors and the angle of b, the fence options, and the update.

The reader types two vectors of 2 to 6 numbers (the lesson's ``[1, 2, 3] · [4, 5, 6] = 32`` to
start) or turns b with the "Angle of b" slider, which keeps |b| and the plane of a and b.
:func:`update` turns one such input into a new :class:`State` (or an :class:`~demos.base.InputError`
for the field); :func:`measure` gives what a pair shows: a · b, cos θ, θ and the direction cue.
Pure: no drawing, no page text. Must not import ``js``, ``pyodide``, ``site_src`` or the demo's
own ``picture``.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

from demos import fields
from demos.base import InputError
from demos.fields import LIMIT
from demos.options import Option, OptionError, vector
from py_runtime.numfmt import MINUS, count_of
from py_runtime.vectors import (
    angle,
    cosine_similarity,
    dot,
    norm,
    rotate_in_plane,
    signed_angle_from,
)

MIN_LEN, MAX_LEN = 2, 6
TINY = 1e-9  # a vector shorter than this has no direction worth drawing
PERPENDICULAR_DEGREES = 1.0  # within this of 90° the vectors count as (nearly) perpendicular
ZERO_DOT = 1e-9  # |a · b| below this times |a||b| is rounding noise from turning b: show 0
EXAMPLE = "like 1, 2, 3"
Vec = tuple[float, ...]


@dataclass(frozen=True)
class State:
    """The two vectors, the b the reader typed (it fixes the plane b turns in) and the angle from a to b.

    ``turn`` is in degrees, 0 to 360: counter-clockwise from a in 2-D; in more dimensions from a
    toward ``b_typed``'s side of the plane (so a typed pair starts between 0 and 180).
    """

    a: Vec
    b: Vec
    b_typed: Vec
    turn: float
    # A vector typed with a new number of entries, waiting for the other one to match it.
    waiting: tuple[str, Vec] | None = None
    # The handle the reader is dragging ("b"), between a press on it and the release.
    held: str | None = None


def parse_vector(control: str, text: str) -> Vec:
    """The numbers the reader typed for vector ``control`` ("a" or "b"); InputError when unusable."""
    values = fields.parse_vector(control, text, MIN_LEN, MAX_LEN, EXAMPLE)
    if norm(values) < TINY:
        raise InputError(
            control,
            f"Vector {control} is the zero vector: it has no direction, so there is no "
            f"angle to show. Give it at least one number that is not 0.",
        )
    return values


def measured(a: Vec, b: Vec) -> State:
    """The state for a pair as typed: the slider goes to their actual angle."""
    return State(a=a, b=b, b_typed=b, turn=math.degrees(signed_angle_from(a, b)))


def parse_turn(value: str) -> float:
    """The slider's angle in degrees, 0 to 360."""
    try:
        turn = float(value.strip().replace(MINUS, "-"))
    except ValueError:
        raise InputError("angle", "The angle of b must be a number of degrees from 0 to 360.") from None
    if not (math.isfinite(turn) and 0 <= turn <= 360):
        raise InputError("angle", "The angle of b must lie between 0° and 360°.")
    return turn


@dataclass(frozen=True)
class Cue:
    """The direction badge: its words and its colour role (good, neutral or bad)."""

    text: str
    role: Literal["good", "neutral", "bad"]


@dataclass(frozen=True)
class Measures:
    """What the readouts say about a pair, rounding noise removed."""

    dot: float
    cos: float
    theta: float  # degrees, 0 to 180
    cue: Cue
    summary: str  # ends the text alternative: "so they point in the same direction"


@functools.lru_cache(maxsize=8)  # a frame asks twice (picture and readouts); a drag, once per angle
def measure(a: Vec, b: Vec) -> Measures:
    """a · b, cos θ, θ and the direction cue of a pair."""
    product, theta = dot(a, b), math.degrees(angle(a, b))
    cos = cosine_similarity(a, b)
    if abs(product) <= ZERO_DOT * norm(a) * norm(b):
        product = cos = 0.0
    if product == 0:
        return Measures(
            product, cos, theta, Cue("perpendicular (a · b = 0)", "neutral"), "so they are perpendicular"
        )
    if abs(theta - 90) < PERPENDICULAR_DEGREES:
        return Measures(
            product,
            cos,
            theta,
            Cue("nearly perpendicular (a · b ≈ 0)", "neutral"),
            "so they are nearly perpendicular",
        )
    if product > 0:
        return Measures(
            product,
            cos,
            theta,
            Cue("same direction (a · b > 0)", "good"),
            "so they point in the same direction",
        )
    return Measures(
        product, cos, theta, Cue("opposite (a · b < 0)", "bad"), "so they point in opposite directions"
    )


def _check_pair(a: Vec, b: Vec) -> tuple[Vec, Vec]:
    """The author's a and b, or OptionError naming the option to fix."""
    for name, v in (("a", a), ("b", b)):
        if norm(v) < TINY:
            raise OptionError(
                name,
                f"vector {name} is the zero vector, which has no angle with the other",
                fix=f"give '{name}' at least one number that is not 0.",
            )
    if len(a) != len(b):
        raise OptionError(
            "b",
            f"a has {count_of(len(a), 'number')} but b has {count_of(len(b), 'number')}",
            fix="give a and b the same number of entries.",
        )
    return tuple(float(x) for x in a), tuple(float(x) for x in b)


OPTIONS = (
    Option(
        "a",
        "list of 2 to 6 numbers, not all 0",
        [1, 2, 3],
        "Vector a (the one that stays put).",
        vector(MIN_LEN, MAX_LEN, limit=LIMIT),
    ),
    Option(
        "b",
        "list of 2 to 6 numbers, not all 0, as many as a",
        [4, 5, 6],
        "Vector b (the one the slider turns).",
        vector(MIN_LEN, MAX_LEN, limit=LIMIT),
    ),
)


def initial(options: Mapping[str, Any]) -> State:
    """The first state, from the fence's (already converted) options; OptionError for a bad pair."""
    return measured(*_check_pair(options["a"], options["b"]))


def update(state: State, control: str, value: str) -> State:
    """The state after the reader set ``control`` (``angle``, ``a`` or ``b``) to ``value``."""
    if control == "angle":
        turn = parse_turn(value)
        b = rotate_in_plane(state.a, state.b_typed, math.radians(turn))
        return State(a=state.a, b=tuple(x + 0.0 for x in b), b_typed=state.b_typed, turn=turn)
    if control not in ("a", "b"):
        raise InputError(control, f"This demo has no control named {control!r}.")
    new = parse_vector(control, value)
    other_name = "b" if control == "a" else "a"
    other = state.b if control == "a" else state.a
    if state.waiting and state.waiting[0] == other_name and len(state.waiting[1]) == len(new):
        other = state.waiting[1]  # the reader is changing the number of entries of both
    if len(new) != len(other):
        raise InputError(
            control,
            f"Vector {control} has {count_of(len(new), 'number')} but vector {other_name} has "
            f"{len(other)}: both need the same number of entries. Now give vector "
            f"{other_name} {count_of(len(new), 'number')} too.",
            remember=replace(state, waiting=(control, new)),
        )
    return measured(new, other) if control == "a" else measured(other, new)
