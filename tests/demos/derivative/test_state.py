"""Tests of demos/derivative/state.py: formula and slider input, bad values, fence options.

Expected numbers are worked out by hand in the tables.
"""

from __future__ import annotations

import time
from functools import partial

import pytest

from demos.base import InputError
from demos.derivative import Derivative, State
from demos.options import OptionError, resolve
from py_runtime.draw import RecordingPainter
from tests.demos import helpers

DEMO = Derivative()
MINUS = "\u2212"


start = partial(helpers.start, DEMO)
with_inputs = partial(helpers.with_inputs, DEMO)


def readouts(state: State) -> dict[str, str]:
    """Readout name -> text, with real minus signs turned into hyphens for easy comparison."""
    return {r.name: r.text.replace(MINUS, "-") for r in DEMO.view(state).readouts}


BAD_FORMULAS = [
    ("sin(", "character"),
    ("x^^2", "character 3"),
    ("#" * 200, "character 1"),
    ("q" * 200, "character 1"),
    ("z", "unknown name 'z' at character 1"),
    ("y + 1", "unknown name 'y'"),
    ("1e999", "too large"),
    ("", "empty"),
    ("   ", "empty"),
    ("x" * 201, "200"),
    ("log(-1 - x^2)", "no value"),
]


def test_secant_point_outside_the_domain() -> None:
    """Assert sqrt at x = 1 with x + h = 3 works, but log near its edge reports the undefined end."""
    assert readouts(with_inputs(("f", "sqrt(x)"), ("x", "1"), ("h", "0.44")))["secant"].endswith("= 0.455")
    shown = readouts(with_inputs(("f", "log(x)"), ("x", "-1"), ("h", "2")))
    assert shown["secant"] == "undefined at x or x + h"


@pytest.mark.parametrize(("typed", "says"), BAD_FORMULAS)
def test_bad_formula_is_refused_on_the_field(typed: str, says: str) -> None:
    """Assert a bad formula raises InputError on "f" with a short plain message saying where."""
    with pytest.raises(InputError) as caught:
        DEMO.update(start(), "f", typed)
    assert caught.value.control == "f"
    assert says.lower() in caught.value.message.lower()
    assert len(caught.value.message) < 140 and caught.value.message[0].isupper()


@pytest.mark.parametrize(
    ("control", "value"),
    [
        ("x", "3.5"),
        ("x", "-10"),
        ("x", "abc"),
        ("x", "nan"),
        ("x", "inf"),
        ("h", "0"),
        ("h", "2.5"),
        ("h", "-1"),
        ("h", ""),
    ],
)
def test_bad_slider_value_is_refused_on_its_control(control: str, value: str) -> None:
    """Assert slider values outside their range, or not numbers, are refused on that slider."""
    with pytest.raises(InputError) as caught:
        DEMO.update(start(), control, value)
    assert caught.value.control == control


def test_unknown_control_is_refused() -> None:
    """Assert an input for a control the demo does not have is refused, naming it."""
    with pytest.raises(InputError, match="no control"):
        DEMO.update(start(), "k", "1")


def test_slider_redraw_is_cheap() -> None:
    """Assert a slider move (update, render, view) takes well under a few ms here in CPython."""
    state = with_inputs(("f", "cos(x^3)"))
    painter = RecordingPainter(DEMO.width, DEMO.height)
    began = time.perf_counter()
    for i in range(50):
        state = DEMO.update(state, "x", f"{-3 + i * 0.1:.2f}")
        painter.clear()
        DEMO.render(state, painter)
        DEMO.view(state)
    assert (time.perf_counter() - began) / 50 < 0.005


def test_fence_options_are_checked() -> None:
    """Assert a bad formula, an empty x range or x outside it are refused with the reason."""
    with pytest.raises(OptionError, match="cannot be read"):
        resolve(DEMO.options, {"f": "sin("})
    with pytest.raises(OptionError, match="x_min"):
        start(x_min=2, x_max=1)
    with pytest.raises(OptionError, match="x"):
        start(x=5)
    with pytest.raises(OptionError):
        resolve(DEMO.options, {"h": 0})
