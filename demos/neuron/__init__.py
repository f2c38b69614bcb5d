"""One neuron, live: z = w · x + b by components, and the activation f(z) read off its curve.

The reader types the inputs x and weights w, moves the bias b and picks the activation; the
readouts give z with its sum by components (``0.3×0.5 + (−0.5)×1.2 + 0.9×(−0.8) + 0.1 = −1.07``)
and the output to 6 significant digits (sigmoid of the defaults is 0.255403, the number Lesson 01's
code prints). The state and its update live in ``state.py``, the drawing in ``picture.py``; this
module is the :class:`~demos.base.Demo` the registry lists, and says what the page shows as text.
Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from demos.base import Choice, Demo, Readout, Slider, TextField, View
from demos.neuron import picture
from demos.neuron.state import B_MAX, B_MIN, OPTIONS, State, Vec, initial, update
from py_runtime.draw import Painter
from py_runtime.neuron import activate, format_output, format_weighted_sum, weighted_sum
from py_runtime.numfmt import tidy_number

CHOICES = (
    ("sigmoid", "sigmoid σ(z)"),
    ("step", "step (1 if z > 0)"),
    ("tanh", "tanh(z)"),
    ("relu", "ReLU max(0, z)"),
)
NAMES = dict(CHOICES)


def _field(v: Vec) -> str:
    """A vector as a field shows it: ``0.5, 1.2, −0.8`` (hyphen-minus, so it can be typed back)."""
    return ", ".join(f"{x:g}" for x in v)


def _bracketed(v: Vec) -> str:
    return "[" + ", ".join(tidy_number(x) for x in v) + "]"


class Neuron(Demo[State]):
    """A single neuron: weighted sum, bias and activation."""

    name = "neuron"
    title = "A Single Neuron — Weighted Sum and Activation"
    width, height = 460, 400
    options = OPTIONS
    linked: ClassVar[Mapping[str, Sequence[str]]] = {"x": ("w",), "w": ("x",)}
    controls = (
        TextField("x", "Inputs x", hint="0.5, 1.2, -0.8"),
        TextField("w", "Weights w", hint="0.3, -0.5, 0.9"),
        Slider("b", "Bias b", B_MIN, B_MAX, 0.1),
        Choice("activation", "Activation", CHOICES),
    )

    def initial(self, options: Mapping[str, Any]) -> State:
        return initial(options)

    def update(self, state: State, control: str, value: str) -> State:
        return update(state, control, value)

    def render(self, state: State, painter: Painter) -> None:
        picture.render(state, painter)

    def view(self, state: State) -> View:
        z = weighted_sum(state.x, state.w, state.b)
        out = format_output(activate(state.activation, z))
        return View(
            readouts=(
                Readout("z", "z = w · x + b", format_weighted_sum(state.x, state.w, state.b)),
                Readout("output", "Output", out),
            ),
            values={
                "x": _field(state.x),
                "w": _field(state.w),
                "b": f"{round(state.b, 6):g}",
                "activation": state.activation,
            },
            description=f"A neuron with inputs x = {_bracketed(state.x)}, weights w = {_bracketed(state.w)} "
            f"and bias b = {tidy_number(state.b)}: each input times its weight, summed with the bias, gives "
            f"z = {tidy_number(z)}. Below, the {NAMES[state.activation]} activation curve with the point "
            f"z = {tidy_number(z)}, output {out} marked.",
        )


__all__ = ["Neuron", "State"]
