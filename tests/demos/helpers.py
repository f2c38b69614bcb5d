"""What the demo tests share: a demo's first state from fence options, and a run of inputs."""

from __future__ import annotations

from typing import TypeVar

from demos.base import Demo
from demos.options import resolve
from py_runtime.draw import RecordingPainter

S = TypeVar("S")


def start(demo: Demo[S], **options: object) -> S:
    """The demo's first state for these fence options (defaults for the rest)."""
    return demo.initial(resolve(demo.options, dict(options)))


def with_inputs(demo: Demo[S], *inputs: tuple[str, str], **options: object) -> S:
    """The state after the reader's ``(control, value)`` inputs, in order."""
    state = start(demo, **options)
    for control, value in inputs:
        state = demo.update(state, control, value)
    return state


def accent_rings(demo: Demo[S], state: S) -> list[tuple[float, float, float]]:
    """The accent-outlined, unfilled circles of the frame ``demo`` draws for ``state``:
    (centre x, centre y, radius) each, in figure units."""
    painter = RecordingPainter(demo.width, demo.height)
    demo.render(state, painter)
    return [c.args for c in painter.calls if c.kind == "circle" and c.color == "accent" and c.fill is None]
