"""The Python end of the page: the only module that touches Pyodide's FFI.

The page's JavaScript (a Web Worker over http, the main thread from file://) calls
``mount``, ``handle`` and ``set_theme`` with plain strings and gets JSON strings back, so no
JS or Python proxy outlives a call. Imports ``js``/``pyodide`` inside functions only, so the
module still imports (and its JSON plumbing can be tested) in CPython.
"""

from __future__ import annotations

import json
from typing import Any

from demos.options import resolve
from demos.registry import DEMOS
from demos.session import Session
from py_runtime.draw import CanvasPainter
from py_runtime.draw.canvas import CommandBuffer

JsProxy = Any  # a Pyodide proxy of a JS object (the OffscreenCanvas): it has no static type

_sessions: dict[str, Session[CanvasPainter]] = {}


def _painter(
    canvas: JsProxy, width: int, height: int, dpr: float, theme: dict[str, str], font: str
) -> CanvasPainter:
    canvas.width = round(width * dpr)
    canvas.height = round(height * dpr)
    ctx = canvas.getContext("2d")
    try:
        # engine-core.js replays a whole frame of canvas calls at once: one FFI crossing a frame.
        from nn_engine import replay_canvas  # type: ignore[import-not-found]  # only in the browser
    except ImportError:
        from js import Path2D  # type: ignore[import-not-found]  # Pyodide's, only in the browser
        from pyodide.ffi import to_js  # type: ignore[import-not-found]

        return CanvasPainter(
            ctx, width, height, dpr=dpr, theme=theme, to_js=to_js, path2d=Path2D.new, font_family=font
        )
    buffer = CommandBuffer(lambda calls: replay_canvas(ctx, calls))
    return CanvasPainter(buffer, width, height, dpr=dpr, theme=theme, path2d=str, font_family=font)


def _drawn(session: Session[CanvasPainter]) -> Session[CanvasPainter]:
    """Send the frame ``session`` just drew to its canvas (a no-op without a command buffer)."""
    if isinstance(session.painter.ctx, CommandBuffer):
        session.painter.ctx.flush()
    return session


def mount(
    demo_id: str, name: str, options_json: str, canvas: JsProxy, dpr: float, theme_json: str, font: str
) -> str:
    """Start demo ``name`` on ``canvas`` and return its first view as JSON."""
    demo = DEMOS[name]
    options = resolve(demo.options, json.loads(options_json))
    painter = _painter(canvas, demo.width, demo.height, dpr, json.loads(theme_json), font)
    session = Session(demo, options, painter)
    _sessions[demo_id] = session
    view = session.draw()
    _drawn(session)
    return json.dumps(view)


def handle(demo_id: str, control: str, value: str) -> str:
    """Apply one reader input to a mounted demo and return the result as JSON."""
    session = _sessions[demo_id]
    result = session.handle(control, value)
    _drawn(session)
    return json.dumps(result)


def call(fn: str, args_json: str) -> str:
    """Run page-callable function ``fn`` of ``demos.calls`` with JSON ``args``; JSON result."""
    from demos.calls import CALLS  # only pages with exercises need it

    if fn not in CALLS:
        raise KeyError(f"no page-callable function {fn!r}")
    return json.dumps(CALLS[fn](*json.loads(args_json)))


def set_theme(theme_json: str) -> str:
    """Switch every demo to the page's new palette and redraw; returns ``{id: view}`` JSON."""
    theme = json.loads(theme_json)
    results = {}
    for demo_id, session in _sessions.items():
        session.painter.set_theme(theme)
        results[demo_id] = session.draw()
        _drawn(session)
    return json.dumps(results)


def stats() -> str:
    """Python's memory counts after a full collection, as JSON: for bench/lesson.py's leak figure."""
    import gc  # only the bench asks
    import sys

    gc.collect()
    return json.dumps({"py_blocks": sys.getallocatedblocks(), "py_objects": len(gc.get_objects())})
