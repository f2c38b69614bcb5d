"""The perceptron learning rule, live: step through the points, run an epoch, or train and watch.

The reader presses "Step", "Epoch", "Train" (which reads "Pause" while it runs) and "Reset", and
sets the learning rate; the readouts give the weights, the bias, the epoch, the step in it, how
many points the current line gets wrong, what the last step did and, once training stops, why.
The state and its update live in ``state.py``, the drawing in ``picture.py``; this module is the
:class:`~demos.base.Demo` the registry lists, and says what the page shows as text.
Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from demos.base import Button, Demo, Readout, Slider, View, animate
from demos.perceptron import picture
from demos.perceptron.state import OPTIONS, RATE_MAX, RATE_MIN, REDUCED_MS, State, initial, update
from py_runtime.draw import Painter
from py_runtime.numfmt import tidy_number
from py_runtime.perceptron import misclassified
from py_runtime.separable import separable


def _vector(w: tuple[float, float]) -> str:
    return f"[{tidy_number(w[0])}, {tidy_number(w[1])}]"


def _point(state: State, index: int) -> str:
    x1, x2, label = state.now.points[index]
    return f"point {index + 1} ({tidy_number(x1)}, {tidy_number(x2)}), label {label}"


def where(state: State) -> tuple[int, int]:
    """The epoch (1-based) and step in it of the last point visited; (1, 0) before the first step."""
    n = len(state.now.points)
    done = state.now.epoch * n + state.now.index
    if done == 0 or state.visit is None:
        return 1, 0
    return (done - 1) // n + 1, (done - 1) % n + 1


def last_step(state: State) -> str:
    """What the last step did, in words."""
    if state.visit is None:
        return "none yet"
    v = state.visit
    verdict = "wrong, so w and b moved" if v.updated else "right, so nothing changed"
    return f"{_point(state, v.index)}: predicted {v.prediction}, {verdict}"


def status(state: State) -> str:
    """Running, paused, or why training stopped."""
    now = state.now
    if state.running:
        return "Training…"
    if now.stopped == "converged" and now.index == 0:
        return (
            f"Converged after {now.epoch} epochs: epoch {now.epoch} made no mistake, "
            "so every point is on its side of the line."
        )
    if now.stopped == "epoch_limit" and now.index == 0:
        if not separable(now.points):
            why = "no straight line separates these points, so every epoch makes a mistake."
        else:
            why = "a line that separates these points exists, but the rule has not found it yet."
        return f"Stopped after {now.epoch} epochs: {why}"
    return "Ready"  # at the start, after a pause, or between presses of Step and Epoch


class Perceptron(Demo[State]):
    """The perceptron rule on points in the plane."""

    name = "perceptron"
    title = "The Perceptron — Watch a Line Learn"
    width, height = 420, 420
    options = OPTIONS
    controls = (
        Button("step", "Step"),
        Button("epoch", "Epoch"),
        Button("train", "Train"),
        Button("reset", "Reset"),
        Slider("rate", "Learning rate", RATE_MIN, RATE_MAX, 0.01),
    )

    def initial(self, options: Mapping[str, Any]) -> State:
        return initial(options)

    def update(self, state: State, control: str, value: str) -> State:
        return update(state, control, value)

    def render(self, state: State, painter: Painter) -> None:
        picture.render(state, painter)

    def view(self, state: State) -> View:
        now = state.now
        n = len(now.points)
        epoch, step = where(state)
        wrong = misclassified(now)
        text = status(state)
        return View(
            readouts=(
                Readout("weights", "Weights", _vector(now.w)),
                Readout("bias", "Bias", tidy_number(now.b)),
                Readout("epoch", "Epoch", str(epoch)),
                Readout("step", "Step in epoch", f"{step} of {n}"),
                Readout("misclassified", "Misclassified", f"{wrong} of {n}"),
                Readout("last", "Last step", last_step(state)),
                Readout("status", "Status", text, live=True),
            ),
            values={"rate": f"{round(now.rate, 6):g}", "train": "Pause" if state.running else "Train"},
            description=f"{n} points, {sum(p[2] for p in now.points)} with label 1 (discs) and the rest "
            f"with label 0 (squares), and the line w · x + b = 0 with w = {_vector(now.w)}, "
            f"b = {tidy_number(now.b)}; {wrong} of {n} points are on the wrong side. "
            + ("" if state.visit is None else f"Ringed: the last step's {last_step(state)}. ")
            + text,
            extra=animate(REDUCED_MS) if state.running else {},
        )


__all__ = ["Perceptron", "State"]
