"""A Painter that draws on a canvas 2D context: the live figure inside the demo's worker.

The context arrives as an argument, duck-typed: in the browser it is Pyodide's proxy
of an ``OffscreenCanvasRenderingContext2D``; in tests it is a fake that records calls.
Only standard context members are used (setTransform, clearRect, fillRect,
beginPath, moveTo, lineTo, arc, closePath, stroke, fill, setLineDash, fillText and
the style properties), so nothing here needs the browser.

Every call into the proxy crosses the Python/JS boundary (a microsecond or two), so
this backend remembers the style properties it last set and skips repeated
assignments, and can hand a whole polyline to the context as one ``Path2D`` when the
bridge supplies a factory for it.

Standard library only; must not import ``js`` or ``pyodide``: the bridge passes in
``pyodide.ffi.to_js`` and ``Path2D.new`` when it wants them. :class:`CommandBuffer` can stand in
for the context to cross the boundary once per frame instead of once per call; on one, a
:meth:`CanvasPainter.layer` (the grid and axes a slider does not move) is computed once and its
calls queued again on later frames.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any

from py_runtime.draw.base import (
    MaybePoint,
    Painter,
    all_finite,
    arrow_geometry,
    check_text_layout,
    outline_or_default,
    split_runs,
)
from py_runtime.theme import LIGHT, Theme, check_role, merged

TAU = 2 * math.pi
PATH_CACHE_SIZE = 16  # polylines whose path data a painter remembers
LAYER_CACHE_SIZE = 8  # layers whose commands a painter on a CommandBuffer remembers


class CanvasPainter(Painter):
    """Draws through ``ctx`` in CSS pixels on a canvas of ``width * dpr`` device pixels.

    ``theme`` maps roles to concrete colours (the page reads them from its CSS
    variables). ``to_js`` converts the dash list for ``setLineDash`` (pass
    ``pyodide.ffi.to_js``; the default leaves the list as it is). ``path2d``, given a
    path-data string such as ``"M0 0L10 10"``, returns a ``Path2D`` (pass
    ``js.Path2D.new``); without it polylines are built point by point.
    ``font_family`` is the CSS font family for text: a worker may not see the page's
    web fonts, so the bridge chooses.
    """

    def __init__(
        self,
        ctx: Any,
        width: float,
        height: float,
        *,
        dpr: float = 1.0,
        theme: Theme = LIGHT,
        to_js: Callable[[list[float]], Any] | None = None,
        path2d: Callable[[str], Any] | None = None,
        font_family: str = "sans-serif",
    ) -> None:
        self.ctx = ctx
        self.width = float(width)
        self.height = float(height)
        self.dpr = float(dpr)
        self.font_family = font_family
        self._theme = merged(theme)
        self._to_js: Callable[[list[float]], Any] = to_js or (lambda value: value)
        self._path2d = path2d
        self._state: dict[str, Any] = {}
        self._paths: dict[tuple[Any, bool], str] = {}
        self._layers: dict[Hashable, tuple[list[Any], dict[str, Any]]] = {}
        self.invalidate()

    # -- frame and state -------------------------------------------------------

    def invalidate(self) -> None:
        """Forget the remembered context state (resizing a canvas resets it)."""
        # A new or reset context draws solid lines, so that much is known.
        self._state = {"dash": ()}

    def resize(self, width: float, height: float, dpr: float | None = None) -> None:
        """Record a new CSS size (and device pixel ratio) after the bridge resized the canvas."""
        self.width, self.height = float(width), float(height)
        if dpr is not None:
            self.dpr = float(dpr)
        self._layers.clear()
        self.invalidate()

    def set_theme(self, theme: Theme) -> None:
        """Switch palette; roles missing from ``theme`` keep their light colour."""
        self._theme = merged(theme)
        self._layers.clear()

    def begin_frame(self) -> None:
        """Scale to CSS pixels and erase the canvas; call before drawing each frame."""
        # The transform is set every frame, not cached: the bridge may resize the
        # canvas (which resets it) between frames.
        self.ctx.setTransform(self.dpr, 0, 0, self.dpr, 0, 0)
        self.ctx.clearRect(0, 0, self.width, self.height)
        self._set("lineCap", "round")
        self._set("lineJoin", "round")

    def clear(self) -> None:
        self.begin_frame()

    def colour(self, role: str) -> str:
        """The concrete colour the current theme gives ``role``."""
        try:
            return self._theme[role]
        except KeyError:
            check_role(role)  # raises with the list of known roles
            raise

    def _set(self, name: str, value: Any) -> None:
        if self._state.get(name) != value:
            setattr(self.ctx, name, value)
            self._state[name] = value

    def _use_stroke(self, color: str, width: float, dash: Sequence[float] | None = None) -> None:
        self._set("strokeStyle", self.colour(color))
        self._set("lineWidth", width)
        pattern = tuple(float(d) for d in dash) if dash else ()
        if self._state.get("dash") != pattern:
            self.ctx.setLineDash(self._to_js(list(pattern)))
            self._state["dash"] = pattern

    def _paint(
        self,
        color: str | None,
        fill: str | None,
        width: float,
        dash: Sequence[float] | None = None,
        path: Any = None,
    ) -> None:
        """Fill then stroke the current path (or ``path``), so the outline stays on top."""
        extra = () if path is None else (path,)
        if fill is not None:
            self._set("fillStyle", self.colour(fill))
            self.ctx.fill(*extra)
        if color is not None:
            self._use_stroke(color, width, dash)
            self.ctx.stroke(*extra)

    def layer(self, key: Hashable, draw: Callable[[], None]) -> None:
        # On a CommandBuffer, the calls the first drawing queued are queued again, together with
        # the style state they left. What a layer queues depends on the state before it (a style
        # already set is not set again), so that state is part of what is looked up.
        buffer = self.ctx
        if not isinstance(buffer, CommandBuffer):
            draw()
            return
        lookup = (key, tuple(sorted(self._state.items())))
        remembered = self._layers.get(lookup)
        if remembered is None:
            start = buffer.queued()
            draw()
            remembered = (buffer.queued_since(start), dict(self._state))
            if len(self._layers) >= LAYER_CACHE_SIZE:
                self._layers.clear()
            self._layers[lookup] = remembered
        else:
            buffer.queue(remembered[0])
        self._state = dict(remembered[1])

    # -- shapes ----------------------------------------------------------------

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        *,
        color: str,
        width: float = 1.5,
        dash: Sequence[float] | None = None,
    ) -> None:
        if not all_finite(x1, y1, x2, y2):
            return
        ctx = self.ctx
        ctx.beginPath()
        ctx.moveTo(x1, y1)
        ctx.lineTo(x2, y2)
        self._paint(color, None, width, dash)

    def polyline(
        self,
        points: Iterable[MaybePoint],
        *,
        color: str | None,
        width: float = 1.5,
        dash: Sequence[float] | None = None,
        closed: bool = False,
        fill: str | None = None,
    ) -> None:
        if color is None and fill is None:
            return
        if self._path2d is not None:
            # One Path2D built from a string: two boundary crossings instead of one per point.
            data = self._path_data(tuple(points), closed)
            if data:
                self._paint(color, fill, width, dash, path=self._path2d(data))
            return
        runs = [run for run in split_runs(points) if len(run) >= 2]
        if not runs:
            return
        ctx = self.ctx
        ctx.beginPath()
        for run in runs:
            ctx.moveTo(*run[0])
            for x, y in run[1:]:
                ctx.lineTo(x, y)
            if closed:
                ctx.closePath()
        self._paint(color, fill, width, dash)

    def _path_data(self, points: tuple[MaybePoint, ...], closed: bool) -> str:
        """Path data for the runs of ``points`` ("" when none has two points).

        The last few are remembered: a demo often redraws the same curve, point for point,
        while a slider moves something else, and checking each point again costs more than
        looking the whole curve up.
        """
        try:
            key = (points, closed)
            data = self._paths.get(key)
        except TypeError:  # points given as lists: not hashable, so not remembered
            key, data = None, None
        if data is None:
            runs = [run for run in split_runs(points) if len(run) >= 2]
            data = "".join(_path_data(run, closed) for run in runs)
            if key is not None:
                if len(self._paths) >= PATH_CACHE_SIZE:
                    self._paths.clear()
                self._paths[key] = data
        return data

    def arrow(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        *,
        color: str,
        width: float = 2.0,
        head: float = 10.0,
    ) -> None:
        geometry = arrow_geometry(x1, y1, x2, y2, head) if all_finite(x1, y1, x2, y2) else None
        if geometry is None:
            return
        (bx, by), (tip, left, right) = geometry
        self.line(x1, y1, bx, by, color=color, width=width)
        ctx = self.ctx
        ctx.beginPath()
        ctx.moveTo(*tip)
        ctx.lineTo(*left)
        ctx.lineTo(*right)
        ctx.closePath()
        self._paint(None, color, width)

    def circle(
        self,
        cx: float,
        cy: float,
        r: float,
        *,
        color: str | None = None,
        fill: str | None = None,
        width: float = 1.5,
    ) -> None:
        if not all_finite(cx, cy, r):
            return
        self.ctx.beginPath()
        self.ctx.arc(cx, cy, abs(r), 0, TAU)
        self._paint(outline_or_default(color, fill), fill, width)

    def arc(
        self,
        cx: float,
        cy: float,
        r: float,
        start: float,
        end: float,
        *,
        color: str | None,
        width: float = 1.5,
        fill: str | None = None,
    ) -> None:
        if not all_finite(cx, cy, r, start, end) or end == start:
            return
        # Canvas angles grow clockwise on screen (y down); ours grow counter-clockwise.
        # Negating both angles mirrors them, and anticlockwise=True keeps an
        # increasing sweep turning counter-clockwise on screen.
        args = (cx, cy, abs(r), -start, -end, end > start)
        ctx = self.ctx
        if fill is not None:
            ctx.beginPath()
            ctx.moveTo(cx, cy)
            ctx.arc(*args)
            ctx.closePath()
            self._paint(None, fill, width)
        if color is not None:
            ctx.beginPath()
            ctx.arc(*args)
            self._paint(color, None, width)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        color: str | None = None,
        fill: str | None = None,
        width: float = 1.0,
    ) -> None:
        if not all_finite(x, y, w, h):
            return
        x, y, w, h = min(x, x + w), min(y, y + h), abs(w), abs(h)
        if fill is not None:
            self._set("fillStyle", self.colour(fill))
            self.ctx.fillRect(x, y, w, h)
        stroke = outline_or_default(color, fill)
        if stroke is not None:
            corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
            self.polyline(corners, color=stroke, width=width, closed=True)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        *,
        color: str = "fg",
        size: float = 13.0,
        align: str = "left",
        baseline: str = "middle",
        bold: bool = False,
        italic: bool = False,
    ) -> None:
        check_text_layout(align, baseline)
        if not all_finite(x, y):
            return
        style = ("italic " if italic else "") + ("bold " if bold else "")
        self._set("font", f"{style}{size:g}px {self.font_family}")
        self._set("fillStyle", self.colour(color))
        self._set("textAlign", align)
        self._set("textBaseline", baseline)
        self.ctx.fillText(str(s), x, y)


def _path_data(run: list[tuple[float, float]], closed: bool) -> str:
    """SVG path data for one run, the syntax ``Path2D`` accepts."""
    steps = "L".join(f"{x:.2f} {y:.2f}" for x, y in run)
    return f"M{steps}{'Z' if closed else ''}"


# What CommandBuffer records, and what the page's replayer must accept (engine-core.js).
CONTEXT_METHODS = (
    "setTransform",
    "clearRect",
    "fillRect",
    "beginPath",
    "moveTo",
    "lineTo",
    "arc",
    "closePath",
    "stroke",
    "fill",
    "setLineDash",
    "fillText",
)


class CommandBuffer:
    """Stands in for a canvas 2D context: queues each call, then sends the frame in one go.

    Every call into a JS proxy crosses the Python/JS boundary, and a demo's frame makes a
    hundred or more of them; in the browser that crossing, not the drawing, cost most of a
    frame's time. Here each call only appends to a list, and :meth:`flush` hands the whole
    frame to ``run`` as one JSON text: ``[["moveTo", x, y], ["=", "lineWidth", 2], ...]``
    (``"="`` sets a property). The bridge passes a JS function that replays it on the real
    context. Give the painter ``path2d=str`` (a polyline then travels as one path-data string,
    which the replayer turns into a ``Path2D`` for ``fill``/``stroke``) and the default ``to_js``.
    """

    _run: Callable[[str], Any]
    _calls: list[tuple[Any, ...]]

    def __init__(self, run: Callable[[str], Any]) -> None:
        object.__setattr__(self, "_run", run)
        object.__setattr__(self, "_calls", [])

    def __setattr__(self, name: str, value: Any) -> None:
        self._calls.append(("=", name, value))

    def __getattr__(self, name: str) -> Any:
        # Only reached for names that are not attributes: the context methods below.
        if name not in CONTEXT_METHODS:
            raise AttributeError(f"CommandBuffer has no context method {name!r}")
        append = self._calls.append

        def call(*args: Any) -> None:
            append((name, *args))

        object.__setattr__(self, name, call)  # found directly next time
        return call

    def queued(self) -> int:
        """How many calls are queued: a mark for :meth:`queued_since`."""
        return len(self._calls)

    def queued_since(self, mark: int) -> list[Any]:
        """The calls queued after ``mark``."""
        calls: list[Any] = self._calls  # set through object.__setattr__, so mypy cannot see its type
        return calls[mark:]

    def queue(self, calls: list[Any]) -> None:
        """Queue ``calls`` (as :meth:`queued_since` returned them) again."""
        self._calls.extend(calls)

    def flush(self) -> None:
        """Send the queued calls to ``run`` (nothing when there are none) and start a new frame."""
        if self._calls:
            text = json.dumps(self._calls, separators=(",", ":"), allow_nan=False)
            self._calls.clear()
            self._run(text)
