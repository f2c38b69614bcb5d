"""The perceptron rule run independently of py_runtime, for tests to compare the demo with.

Written from the rule as issue 16 states it, in plain Python: visit the points in order, predict 1
when w · x + b > 0, else 0; on a wrong prediction w ← w + rate·(label − prediction)·x and
b ← b + rate·(label − prediction).
"""

from __future__ import annotations

from collections.abc import Sequence


def run(
    points: Sequence[tuple[float, float, int]], w: Sequence[float], b: float, rate: float, steps: int
) -> tuple[list[float], float, list[int]]:
    """Weights, bias and the mistakes in each epoch (the last maybe partial) after ``steps`` steps."""
    w1, w2 = float(w[0]), float(w[1])
    mistakes: list[int] = []
    for k in range(steps):
        if k % len(points) == 0:
            mistakes.append(0)
        x1, x2, label = points[k % len(points)]
        guess = 1 if w1 * x1 + w2 * x2 + b > 0 else 0
        if guess != label:
            w1 += rate * (label - guess) * x1
            w2 += rate * (label - guess) * x2
            b += rate * (label - guess)
            mistakes[-1] += 1
    return [w1, w2], b, mistakes


def wrong(points: Sequence[tuple[float, float, int]], w: Sequence[float], b: float) -> int:
    """How many points the line w · x + b = 0 puts on the wrong side."""
    return sum((1 if w[0] * x1 + w[1] * x2 + b > 0 else 0) != label for x1, x2, label in points)
