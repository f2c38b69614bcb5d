"""One artificial neuron: the weighted sum z = w · x + b and the activation functions applied to it.

This is the arithmetic of Lesson 01's last section (a single neuron, σ(w · x + b)) and the building
block of the later lessons' demos. Standard library only; must not import ``js``, ``pyodide`` or
anything from ``py_runtime.draw`` (pictures call this, not the other way round).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Literal

from py_runtime.numfmt import MINUS, tidy_factor, tidy_number
from py_runtime.vectors import dot

Activation = Literal["sigmoid", "step", "tanh", "relu"]


def sigmoid(z: float) -> float:
    """The logistic function 1 / (1 + e^−z), computed without overflow for large |z|."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)  # for very negative z, e^−z would overflow; e^z just underflows to 0
    return e / (1.0 + e)


def step(z: float) -> float:
    """The Heaviside step used by the perceptron: 1 when z > 0, else 0."""
    return 1.0 if z > 0 else 0.0


def relu(z: float) -> float:
    """The rectified linear unit max(0, z)."""
    return max(0.0, z)


ACTIVATIONS: dict[Activation, Callable[[float], float]] = {
    "sigmoid": sigmoid,
    "step": step,
    "tanh": math.tanh,
    "relu": relu,
}
"""Each activation a demo offers, by the name an author writes in a fence."""


def weighted_sum(x: Sequence[float], w: Sequence[float], b: float) -> float:
    """z = w · x + b (raises ValueError in plain words when x and w differ in length)."""
    return math.fsum([dot(w, x), b])


def activate(name: Activation, z: float) -> float:
    """The activation ``name`` of ``z``."""
    return ACTIVATIONS[name](z)


def format_weighted_sum(x: Sequence[float], w: Sequence[float], b: float) -> str:
    """The sum by components, as a reader works it: ``0.3×0.5 + (−0.5)×1.2 + 0.1 = −0.35``."""
    z = weighted_sum(x, w, b)
    terms = [f"{tidy_factor(wi)}×{tidy_factor(xi)}" for wi, xi in zip(w, x, strict=True)]
    bias = f"{MINUS} {tidy_number(-b)}" if b < 0 else f"+ {tidy_number(b)}"
    return f"{' + '.join(terms)} {bias} = {tidy_number(z)}"


def format_output(value: float) -> str:
    """An activation's value to 6 significant digits, with a real minus sign: ``0.255403``."""
    if value == 0:
        return "0"  # also −0.0, which a reader should never see
    return f"{value:.6g}".replace("-", MINUS)
