"""Assert the perceptron follows the stated rule, by running the rule again here independently."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from py_runtime.perceptron import MAX_EPOCHS, PRESETS, finish_epoch, misclassified, start, step, train

coord = st.floats(min_value=-5, max_value=5, allow_nan=False).map(lambda v: round(v, 2))
points_st = st.lists(st.tuples(coord, coord, st.integers(0, 1)), min_size=2, max_size=30)


def reference(
    points: list[tuple[float, float, int]], w: list[float], b: float, rate: float, steps: int
) -> tuple[list[float], float, int]:
    """The rule as the issue states it, written out plainly: returns w, b and the mistakes made."""
    w = list(w)
    mistakes = 0
    for k in range(steps):
        x1, x2, label = points[k % len(points)]
        prediction = 1 if w[0] * x1 + w[1] * x2 + b > 0 else 0
        if prediction != label:
            w[0] += rate * (label - prediction) * x1
            w[1] += rate * (label - prediction) * x2
            b += rate * (label - prediction)
            mistakes += 1
    return w, b, mistakes


@given(points_st, st.integers(1, 90), st.sampled_from([0.01, 0.1, 0.5, 1.0]))
def test_steps_follow_the_rule(points: list[tuple[float, float, int]], steps: int, rate: float) -> None:
    """Assert weights and bias after any number of steps equal the plainly written rule's."""
    training = start(points, (0.0, 0.0), 0.0, rate)
    for _ in range(steps):
        if training.stopped:
            break
        training = step(training)
    done = training.epoch * len(points) + training.index
    w, b, _ = reference(points, [0.0, 0.0], 0.0, rate, done)
    assert training.w == pytest.approx(tuple(w), abs=1e-9)
    assert training.b == pytest.approx(b, abs=1e-9)


def test_epoch_counts_its_mistakes() -> None:
    """Assert one epoch over AND from zero makes the mistakes the rule makes, and visits every point."""
    training = finish_epoch(start(PRESETS["and"], (0.0, 0.0), 0.0, 0.1))
    _, _, mistakes = reference(list(PRESETS["and"]), [0.0, 0.0], 0.0, 0.1, 4)
    assert (training.epoch, training.index, training.last_epoch_mistakes) == (1, 0, mistakes)


@pytest.mark.parametrize("name", ["and", "or", "blobs"])
def test_separable_sets_converge(name: str) -> None:
    """Assert training stops on an epoch with no mistake, with every point on its side of the line."""
    training = train(start(PRESETS[name], (0.0, 0.0), 0.0, 0.1))
    assert training.stopped == "converged"
    assert training.last_epoch_mistakes == 0
    assert misclassified(training) == 0


def test_xor_gives_up_after_the_epoch_limit() -> None:
    """Assert XOR, which no straight line separates, stops after MAX_EPOCHS with points still wrong."""
    training = train(start(PRESETS["xor"], (0.0, 0.0), 0.0, 0.1))
    assert training.stopped == "epoch_limit"
    assert training.epoch == MAX_EPOCHS
    assert misclassified(training) >= 1


@pytest.mark.parametrize("count", [1, 201])
def test_point_count_limits(count: int) -> None:
    """Assert fewer than 2 or more than 200 points are refused."""
    with pytest.raises(ValueError, match="2 to 200 points"):
        start([(0.0, 0.0, 1)] * count, (0.0, 0.0), 0.0, 0.1)
