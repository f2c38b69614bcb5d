"""Tests of demos/scale_vector/__init__.py: the Demo the fence finds, its slider and its readout."""

from __future__ import annotations

from demos.base import Slider
from demos.registry import DEMOS
from demos.scale_vector import ScaleVector
from demos.scale_vector.state import State

DEMO = ScaleVector()
MINUS = "\u2212"


def test_registered_with_its_slider() -> None:
    """Assert the fence finds the demo and its one control is the k slider from −3 to 3."""
    assert isinstance(DEMOS["scale_vector"], ScaleVector)
    assert DEMO.controls == (Slider("k", "Factor k", -3.0, 3.0, 0.1),)


def test_readout_is_the_lessons_equation() -> None:
    """Assert 3 · [1, 2] = [3, 6] as the lesson writes it, with the slider at 3 and a text alternative."""
    view = DEMO.view(State(v=(1.0, 2.0), k=3.0))
    assert [(r.name, r.text) for r in view.readouts] == [("product", "3 · [1, 2] = [3, 6]")]
    assert view.values == {"k": "3"}
    assert "k·v = [3, 6]" in view.description


def test_negative_k_is_written_with_a_real_minus() -> None:
    """Assert −1.5 · [1, 2] = [−1.5, −3], with true minus signs."""
    view = DEMO.view(State(v=(1.0, 2.0), k=-1.5))
    assert view.readouts[0].text == f"{MINUS}1.5 · [1, 2] = [{MINUS}1.5, {MINUS}3]"
