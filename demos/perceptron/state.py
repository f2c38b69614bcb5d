"""The perceptron demo's state: the training so far, the fence's start for Reset, and the update.

Inputs are the buttons ``step`` (one point), ``epoch`` (to the end of the epoch), ``train`` (start or
pause the animation) and ``reset``, the ``rate`` slider, and the page's ``tick`` while training runs
(``demos.base.animate``): a tick of so many milliseconds visits as many points as that time is worth
(one epoch every :data:`EPOCH_MS`), a reduced-motion tick jumps to the end of the epoch. The rule
itself is :mod:`py_runtime.perceptron`'s. Pure: no drawing, no page text. Must not import ``js``,
``pyodide``, ``site_src`` or the demo's own ``picture``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from demos.base import PRESS, TICK, InputError, tick_ms
from demos.fields import parse_number
from demos.options import ConversionError, Option, number, vector
from py_runtime import perceptron
from py_runtime.perceptron import MAX_EPOCHS, PRESETS, Point, Training, predict

RATE_MIN, RATE_MAX = 0.01, 1.0
MIN_POINTS, MAX_POINTS = 2, 200
COORD_LIMIT = 1000.0
EPOCH_MS = 250.0  # one epoch per quarter second while training runs: XOR's 100 take 25 s
REDUCED_MS = 400  # a reduced-motion tick's interval: one epoch's end state at a time
BUTTONS = ("step", "epoch", "train", "reset")


@dataclass(frozen=True)
class Visit:
    """The last point visited: which, what the line predicted, and whether w and b moved."""

    index: int
    prediction: int
    updated: bool


@dataclass(frozen=True)
class State:
    """Where training stands; ``start`` is the fence's state that Reset goes back to."""

    start: Training
    now: Training
    preset: str | None = None  # the preset's name when the fence named one
    running: bool = False
    carry: float = 0.0  # points' worth of animation time not yet spent
    visit: Visit | None = None


def _points(value: object) -> tuple[Point, ...] | str:
    """A preset's name, or the author's list of ``[x1, x2, label]`` checked and converted."""
    if isinstance(value, str):
        if value not in PRESETS:
            raise ConversionError(
                f"expected a preset ({', '.join(PRESETS)}) or a list of points, got {value!r}"
            )
        return value
    if not isinstance(value, list) or not MIN_POINTS <= len(value) <= MAX_POINTS:
        raise ConversionError(
            f"expected a list of {MIN_POINTS} to {MAX_POINTS} points like [[0, 0, 0], [1, 1, 1]], "
            f"got {value!r}"
        )
    coordinate = vector(2, 2, limit=COORD_LIMIT)
    points: list[Point] = []
    for k, item in enumerate(value, 1):
        if not isinstance(item, list) or len(item) != 3 or item[2] not in (0, 1) or isinstance(item[2], bool):
            raise ConversionError(f"point {k} must be [x1, x2, label] with label 1 or 0, got {item!r}")
        try:
            x1, x2 = coordinate(item[:2])
        except ConversionError as error:
            raise ConversionError(f"point {k}: {error}") from None
        points.append((x1, x2, int(item[2])))
    return tuple(points)


OPTIONS = (
    Option(
        "points",
        f"preset ({', '.join(PRESETS)}) or list of {MIN_POINTS} to {MAX_POINTS} [x1, x2, label] "
        "with label 1 or 0",
        "and",
        "The points to separate, visited in this order.",
        _points,
    ),
    Option("w", "list of 2 numbers", [0, 0], "The starting weights w.", vector(2, 2, limit=COORD_LIMIT)),
    Option("b", "number from -1000 to 1000", 0, "The starting bias b.", number(-COORD_LIMIT, COORD_LIMIT)),
    Option(
        "rate",
        f"number from {RATE_MIN:g} to {RATE_MAX:g}",
        0.1,
        "The learning rate.",
        number(RATE_MIN, RATE_MAX),
    ),
)


def initial(options: Mapping[str, Any]) -> State:
    """The first state, from the fence's (already converted) options."""
    raw = options["points"]
    preset = raw if isinstance(raw, str) else None
    points: Sequence[Point] = PRESETS[raw] if isinstance(raw, str) else raw
    first = perceptron.start(points, options["w"], options["b"], options["rate"])
    return State(start=first, now=first, preset=preset)


def visit(state: State) -> State:
    """One step of the rule, remembering the point it visited."""
    now = state.now
    x1, x2, label = now.points[now.index]
    guess = predict(now.w, now.b, x1, x2)
    return replace(state, now=perceptron.step(now), visit=Visit(now.index, guess, guess != label))


def to_epoch_end(state: State) -> State:
    """Steps until the current epoch is complete (a whole pass when at its start)."""
    state = visit(state)
    while state.now.index:
        state = visit(state)
    return state


def _halted(state: State) -> State:
    """Training stops by itself at the end of an epoch that settles it (no mistake, or the limit)."""
    if state.running and state.now.index == 0 and state.now.stopped:
        return replace(state, running=False, carry=0.0)
    return state


def _tick(state: State, value: str) -> State:
    if not state.running:
        return state  # a tick already on its way when training stopped
    ms = tick_ms(value)
    if ms is None:
        return _halted(to_epoch_end(state))
    owed = state.carry + ms * len(state.now.points) / EPOCH_MS
    while owed >= 1:
        state = _halted(visit(state))
        owed -= 1
        if not state.running:
            return state
    return replace(state, carry=owed)


def _press(state: State, button: str) -> State:
    if button == "reset":
        return State(start=state.start, now=state.start, preset=state.preset)
    if button == "train":
        if state.running:
            return replace(state, running=False, carry=0.0)
        if state.now.stopped == "epoch_limit":
            return state  # it gave up already: Reset starts over
        return replace(state, running=True, carry=0.0)
    stopped = replace(state, running=False, carry=0.0)
    return visit(stopped) if button == "step" else to_epoch_end(stopped)


def update(state: State, control: str, value: str) -> State:
    """The state after one input: a button press, the rate slider or an animation tick."""
    if control == TICK:
        return _tick(state, value)
    if control == "rate":
        rate = parse_number("rate", "The learning rate", value, RATE_MIN, RATE_MAX)
        return replace(state, now=replace(state.now, rate=rate))
    if control in BUTTONS:
        if value != PRESS:
            raise InputError(control, f"The {control} button only takes a press.")
        return _press(state, control)
    raise InputError(control, f"This demo has no control named {control!r}.")


__all__ = ["MAX_EPOCHS", "REDUCED_MS", "State", "Visit", "initial", "update"]
