"""The drawing layer: one Painter interface, with SVG, canvas and recording backends, and plot helpers.

Demos draw through :class:`Painter` only; the build passes an ``SvgPainter``, the browser a
:class:`CanvasPainter`, tests a :class:`RecordingPainter`. The SVG backend is imported from
``py_runtime.draw.svg``, not from here: the page's Python never draws SVG, and its imports
(``html`` with its table of entities, ``hashlib``) cost the page's worker about 45 ms at start.

Standard library only; nothing in this package may import ``js`` or ``pyodide``.
"""

from py_runtime.draw.base import Painter, split_runs
from py_runtime.draw.canvas import CanvasPainter
from py_runtime.draw.plot import (
    Viewport,
    auto_range,
    draw_curve,
    draw_grid_and_axes,
    format_tick,
    nice_ticks,
    sample_curve,
)
from py_runtime.draw.recording import Call, RecordingPainter

__all__ = [
    "Call",
    "CanvasPainter",
    "Painter",
    "RecordingPainter",
    "Viewport",
    "auto_range",
    "draw_curve",
    "draw_grid_and_axes",
    "format_tick",
    "nice_ticks",
    "sample_curve",
    "split_runs",
]
