"""Tests of the "Step through C" walk (demos/matrix_product/state.py and the view's button text)."""

from __future__ import annotations

import pytest

from demos.base import PRESS, STEP, TICK
from demos.matrix_product import MatrixProduct
from demos.matrix_product.state import State, update

DEMO = MatrixProduct()
A23 = ((1.0, 2.0, 3.0), (4.0, 5.0, 6.0))  # 2×3
B32 = ((1.0, 0.0), (0.0, 1.0), (2.0, 2.0))  # 3×2: C is 2×2


def press(state: State) -> State:
    return update(state, "walk", PRESS)


def cells_in_reading_order(rows: int, cols: int) -> list[tuple[int, int]]:
    return [(i, j) for i in range(rows) for j in range(cols)]


@pytest.mark.parametrize(("a", "b"), [(A23, B32), (((1.0,),) * 3, ((1.0, 2.0, 3.0, 4.0),))])
def test_reduced_motion_steps_visit_every_cell_then_stop(
    a: tuple[tuple[float, ...], ...], b: tuple[tuple[float, ...], ...]
) -> None:
    """Assert the walk starts at C₁₁, each step tick moves one cell in reading order, the button
    reads Pause meanwhile, and it stops (Step through C, no more ticks) on the last cell."""
    rows, cols = len(a), len(b[0])
    state = press(State(a=a, b=b, focus=(1, 0)))
    seen = [state.focus]
    while DEMO.view(state).values["walk"] == "Pause":
        assert "animate" in DEMO.view(state).extra
        state = update(state, TICK, STEP)
        seen.append(state.focus)
    assert seen == cells_in_reading_order(rows, cols)
    assert DEMO.view(state).values["walk"] == "Step through C"
    assert "animate" not in DEMO.view(state).extra
    assert update(state, TICK, STEP) == state  # a late tick changes nothing


def test_frames_show_each_cell_about_a_second() -> None:
    """Assert 16 ms frames stay on C₁₁ for 0.8 s and have moved on to C₁₂ by 1 s."""
    state = press(State(a=A23, b=B32))
    for _ in range(50):  # 800 ms
        state = update(state, TICK, "16")
    assert state.focus == (0, 0)
    for _ in range(13):  # 1008 ms
        state = update(state, TICK, "16")
    assert state.focus == (0, 1)


def test_pause_stops_at_the_current_cell() -> None:
    """Assert Pause keeps the cell the walk had reached and later ticks do not move it."""
    state = update(press(State(a=A23, b=B32)), TICK, STEP)
    paused = press(state)
    assert paused.focus == (0, 1)
    assert DEMO.view(paused).values["walk"] == "Step through C"
    assert update(paused, TICK, STEP).focus == (0, 1)


@pytest.mark.parametrize(("control", "value"), [("C", "2:2"), ("A:1:1", "7"), ("cols_b", "1")])
def test_other_input_stops_the_walk(control: str, value: str) -> None:
    """Assert pointing at C, editing A or changing a size stops the walk."""
    state = update(press(State(a=A23, b=B32)), control, value)
    assert DEMO.view(state).values["walk"] == "Step through C"
    assert "animate" not in DEMO.view(state).extra


def test_no_product_no_walk() -> None:
    """Assert the button does nothing when the inner sizes differ."""
    state = State(a=A23, b=A23)
    assert press(state) == state
    assert "No product" in DEMO.view(state).readouts[1].text


def test_expansion_readout_follows_the_walk() -> None:
    """Assert the readout names the cell the walk shows: C₁₂ = 1·0 + 2·1 + 3·2 = 8."""
    state = update(press(State(a=A23, b=B32)), TICK, STEP)
    assert DEMO.view(state).readouts[1].text == "C₁₂ = 1·0 + 2·1 + 3·2 = 8"
