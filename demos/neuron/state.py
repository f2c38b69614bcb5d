"""The neuron demo's state: inputs x, weights w, bias b and the activation, the fence options, the update.

The reader types x and w (1 to 6 numbers each, as many weights as inputs), moves the bias slider
and picks an activation; :func:`update` turns one such input into a new :class:`State` (or an
:class:`~demos.base.InputError` for the field). Pure: no drawing, no page text. Must not import
``js``, ``pyodide``, ``site_src`` or the demo's own ``picture``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, cast

from demos.base import InputError
from demos.fields import LIMIT, parse_number, parse_vector
from demos.options import Option, OptionError, choice, number, vector
from py_runtime.neuron import ACTIVATIONS, Activation
from py_runtime.numfmt import count_of

MIN_LEN, MAX_LEN = 1, 6
B_MIN, B_MAX = -5.0, 5.0
NAMES: tuple[Activation, ...] = tuple(ACTIVATIONS)
EXAMPLES = {"x": "like 0.5, 1.2, −0.8", "w": "like 0.3, −0.5, 0.9"}
Vec = tuple[float, ...]


@dataclass(frozen=True)
class State:
    """One neuron: its inputs, weights, bias and activation function."""

    x: Vec
    w: Vec
    b: float
    activation: Activation
    # A vector typed with a new number of entries, waiting for the other one to match it.
    waiting: tuple[str, Vec] | None = None


OPTIONS = (
    Option(
        "x",
        f"list of {MIN_LEN} to {MAX_LEN} numbers",
        [0.5, 1.2, -0.8],
        "The inputs x.",
        vector(MIN_LEN, MAX_LEN, limit=LIMIT),
    ),
    Option(
        "w",
        f"list of {MIN_LEN} to {MAX_LEN} numbers, as many as x",
        [0.3, -0.5, 0.9],
        "The weights w, one per input.",
        vector(MIN_LEN, MAX_LEN, limit=LIMIT),
    ),
    Option("b", f"number from {B_MIN:g} to {B_MAX:g}", 0.1, "The bias b.", number(B_MIN, B_MAX)),
    Option(
        "activation",
        "one of " + ", ".join(NAMES),
        "sigmoid",
        "The activation function applied to z = w · x + b.",
        choice(NAMES),
    ),
)


def initial(options: Mapping[str, Any]) -> State:
    """The first state, from the fence's (already converted) options; OptionError when x and w differ."""
    x, w = options["x"], options["w"]
    if len(x) != len(w):
        raise OptionError(
            "w",
            f"x has {count_of(len(x), 'number')} but w has {count_of(len(w), 'number')}",
            fix="give w one weight per input, as many numbers as x.",
        )
    return State(
        x=tuple(float(v) for v in x),
        w=tuple(float(v) for v in w),
        b=float(options["b"]) + 0.0,
        activation=cast(Activation, options["activation"]),
    )


def _vector(state: State, control: str, value: str) -> State:
    new = parse_vector(control, value, MIN_LEN, MAX_LEN, EXAMPLES[control])
    other_name = "w" if control == "x" else "x"
    other = state.w if control == "x" else state.x
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
    x, w = (new, other) if control == "x" else (other, new)
    return replace(state, x=x, w=w, waiting=None)


def update(state: State, control: str, value: str) -> State:
    """The state after the reader set ``control`` (``x``, ``w``, ``b`` or ``activation``) to ``value``."""
    if control in ("x", "w"):
        return _vector(state, control, value)
    if control == "b":
        return replace(state, b=parse_number("b", "The bias b", value, B_MIN, B_MAX))
    if control == "activation":
        if value not in NAMES:
            raise InputError(control, f"Choose one of: {', '.join(NAMES)}.")
        return replace(state, activation=value)
    raise InputError(control, f"This demo has no control named {control!r}.")
