"""The animation ticks every animated demo reads (demos.base.tick_ms)."""

from __future__ import annotations

import pytest

from demos.base import MAX_TICK_MS, STEP, tick_ms


@pytest.mark.parametrize(
    ("value", "ms"),
    [("0", 0.0), ("16.67", 16.67), ("100", 100.0), ("250", 100.0), ("-5", 0.0), ("nan", 0.0), ("x", 0.0)],
)
def test_a_tick_counts_its_milliseconds_up_to_the_cap(value: str, ms: float) -> None:
    """Assert a frame's milliseconds count as sent, a late frame (a tab in the background) counts
    for 100 ms only, so no animation leaps ahead, and nonsense counts for nothing."""
    assert MAX_TICK_MS == 100.0
    assert tick_ms(value) == pytest.approx(ms)


def test_a_reduced_motion_step_has_no_milliseconds() -> None:
    """Assert a reduced-motion tick is told apart from a frame: it carries no time."""
    assert tick_ms(STEP) is None
