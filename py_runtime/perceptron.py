"""The perceptron learning rule, one visited point at a time, on points in the plane.

The rule, exactly as the lessons state it: points are visited in the order given, one per step; the
prediction is 1 when w · x + b > 0, else 0; on a wrong prediction w ← w + rate·(label − prediction)·x
and b ← b + rate·(label − prediction); an epoch is one pass over the points. Training stops by itself
after an epoch with no mistake, or after a maximum number of epochs.

State is frozen: every function returns a new :class:`Training`. Standard library only; must not import
``js``, ``pyodide`` or anything from ``py_runtime.draw``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

Point = tuple[float, float, int]
"""``(x1, x2, label)`` with label 1 or 0."""

StopReason = Literal["converged", "epoch_limit"]

MAX_EPOCHS = 100
"""Training gives up after this many epochs (XOR never converges)."""


@dataclass(frozen=True)
class Training:
    """Where a perceptron stands: its weights and bias, and how far through the points it is."""

    points: tuple[Point, ...]
    w: tuple[float, float]
    b: float
    rate: float
    epoch: int = 0
    """Epochs completed."""
    index: int = 0
    """The point the next step visits (0 at the start of an epoch)."""
    mistakes_this_epoch: int = 0
    """Wrong predictions (updates) so far in the current epoch."""
    last_epoch_mistakes: int | None = None
    """Wrong predictions in the last completed epoch (None before the first)."""
    stopped: StopReason | None = None


def predict(w: Sequence[float], b: float, x1: float, x2: float) -> int:
    """1 when w · x + b > 0, else 0."""
    return 1 if math.fsum([w[0] * x1, w[1] * x2, b]) > 0 else 0


def misclassified(training: Training) -> int:
    """How many points the current line puts on the wrong side."""
    return sum(predict(training.w, training.b, x1, x2) != label for x1, x2, label in training.points)


def start(points: Sequence[Point], w: Sequence[float], b: float, rate: float) -> Training:
    """A perceptron about to visit the first point."""
    if not 2 <= len(points) <= 200:
        raise ValueError(f"a perceptron needs 2 to 200 points, got {len(points)}")
    return Training(tuple(points), (float(w[0]), float(w[1])), float(b), float(rate))


def step(training: Training) -> Training:
    """Visit one point: update w and b when the prediction is wrong; close the epoch after the last."""
    x1, x2, label = training.points[training.index]
    error = label - predict(training.w, training.b, x1, x2)
    w, b, mistakes = training.w, training.b, training.mistakes_this_epoch
    if error:
        w = (w[0] + training.rate * error * x1, w[1] + training.rate * error * x2)
        b = b + training.rate * error
        mistakes += 1
    index = training.index + 1
    if index < len(training.points):
        return replace(training, w=w, b=b, index=index, mistakes_this_epoch=mistakes, stopped=None)
    epoch = training.epoch + 1
    stopped: StopReason | None = None
    if mistakes == 0:
        stopped = "converged"
    elif epoch >= MAX_EPOCHS:
        stopped = "epoch_limit"
    return Training(training.points, w, b, training.rate, epoch, 0, 0, mistakes, stopped)


def finish_epoch(training: Training) -> Training:
    """Step until the current epoch is complete (a whole pass when at its start)."""
    training = step(training)
    while training.index:
        training = step(training)
    return training


def train(training: Training, max_epochs: int = MAX_EPOCHS) -> Training:
    """Run whole epochs until one makes no mistake or ``max_epochs`` have been completed in all."""
    while True:
        training = finish_epoch(training)
        if training.last_epoch_mistakes == 0 or training.epoch >= max_epochs:
            return training


def _blobs() -> tuple[Point, ...]:
    """Two round clusters of 15 points each, laid out by the golden angle (no randomness).

    They sit close and off the origin, so the bias has to move too: from w = [0, 0], b = 0 and
    rate 0.1 the rule needs 21 epochs, long enough to watch the line settle.
    """
    golden = math.pi * (3 - math.sqrt(5))
    points: list[Point] = []
    for (cx, cy), label in (((3.5, 3.0), 1), ((1.5, 2.5), 0)):
        for k in range(15):
            r = 1.0 * math.sqrt((k + 0.5) / 15)
            points.append(
                (round(cx + r * math.cos(k * golden), 2), round(cy + r * math.sin(k * golden), 2), label)
            )
    # Alternate the classes so an epoch visits both from the start, as a shuffled data set would.
    return tuple(p for pair in zip(points[:15], points[15:], strict=True) for p in pair)


PRESETS: dict[str, tuple[Point, ...]] = {
    "and": ((0, 0, 0), (0, 1, 0), (1, 0, 0), (1, 1, 1)),
    "or": ((0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 1)),
    "xor": ((0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 0)),
    "blobs": _blobs(),
}
"""Point sets an author can name instead of listing points: the logic gates and two clusters."""
