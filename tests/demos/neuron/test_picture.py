"""Tests of demos/neuron/picture.py: the numbers on the neuron, and the point on the activation curve."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from demos.neuron.picture import plot_viewport, render
from demos.neuron.state import State
from py_runtime.draw import RecordingPainter

MINUS = "\u2212"


def drawn(state: State) -> RecordingPainter:
    painter = RecordingPainter(460, 400)
    painter.clear()
    render(state, painter)
    return painter


def test_inputs_weights_products_and_z_are_written() -> None:
    """Assert each x_i, w_i and w_i·x_i, the bias and z can be read off the figure."""
    texts = drawn(State((0.5, 1.2, -0.8), (0.3, -0.5, 0.9), 0.1, "sigmoid")).texts()
    for text in (
        "x₁ = 0.5",
        "w₂ = −0.5",
        "w₁x₁ = 0.15",
        "w₂x₂ = −0.6",
        "w₃x₃ = −0.72",
        "b = 0.1",
        "z = −1.07",
    ):
        assert text in texts


@pytest.mark.parametrize("activation", ["sigmoid", "step", "tanh", "relu"])
@pytest.mark.parametrize("b", [-5.0, 0.1, 5.0])
def test_point_sits_on_the_curve_at_z(activation: str, b: float) -> None:
    """Assert the marked point is at (z, f(z)) of the plot, inside it, and z lies in the plot's range."""
    state = State((0.5, 1.2, -0.8), (0.3, -0.5, 0.9), b, activation)  # type: ignore[arg-type]
    painter = drawn(state)
    z = 0.15 - 0.6 - 0.72 + b
    f: dict[str, Callable[[float], float]] = {
        "sigmoid": lambda v: 1 / (1 + math.exp(-v)),
        "step": lambda v: float(v > 0),
        "tanh": math.tanh,
        "relu": lambda v: max(0.0, v),
    }
    out = f[activation](z)
    vp = plot_viewport(state, painter)
    assert vp.x_min < z < vp.x_max and vp.y_min < out < vp.y_max
    point = painter.only("circle", fill="accent")
    assert point.args[:2] == pytest.approx(vp.to_px(z, out))


def test_a_large_z_widens_the_range() -> None:
    """Assert z = 40 still lands inside the plot."""
    state = State((10.0, 10.0), (2.0, 2.0), 0.0, "relu")
    vp = plot_viewport(state, RecordingPainter(460, 400))
    assert vp.x_max > 40
