"""A Painter that only remembers what it was asked to draw, for tests of demos.

A demo's test renders into :class:`RecordingPainter` and then asks questions a reader
would ask of the picture: "where does the arrow for b end?", "is the angle label
there?". Like a real canvas, :meth:`RecordingPainter.clear` wipes what came before, so
the recording always describes the current frame.

Standard library only; must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from py_runtime.draw.base import MaybePoint, Painter, check_text_layout
from py_runtime.theme import check_role


@dataclass(frozen=True)
class Call:
    """One drawing call: its ``kind`` (the method name), positional ``args`` and keyword ``options``."""

    kind: str
    args: tuple[Any, ...]
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def color(self) -> str | None:
        return self.options.get("color")

    @property
    def fill(self) -> str | None:
        return self.options.get("fill")

    @property
    def end(self) -> tuple[float, float]:
        """Where a line or arrow ends (an arrow's tip)."""
        if self.kind not in ("line", "arrow"):
            raise AttributeError(f"a {self.kind} call has no end point")
        return (self.args[2], self.args[3])

    @property
    def start(self) -> tuple[float, float]:
        """Where a line or arrow starts (an arrow's tail)."""
        if self.kind not in ("line", "arrow"):
            raise AttributeError(f"a {self.kind} call has no start point")
        return (self.args[0], self.args[1])


def _freeze(points: Iterable[MaybePoint]) -> tuple[tuple[float, float] | None, ...]:
    # Copy the points: a demo may reuse and mutate its list after drawing.
    return tuple(None if p is None else (float(p[0]), float(p[1])) for p in points)


class RecordingPainter(Painter):
    """Records each call as a :class:`Call` in :attr:`calls`, checking roles and text layout."""

    def __init__(self, width: float, height: float) -> None:
        self.width = float(width)
        self.height = float(height)
        self.calls: list[Call] = []
        self.clears = 0

    def _record(self, kind: str, args: tuple[Any, ...], **options: Any) -> None:
        for key in ("color", "fill"):
            if options.get(key) is not None:
                check_role(options[key])
        self.calls.append(Call(kind, args, options))

    def clear(self) -> None:
        self.calls = []
        self.clears += 1

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
        self._record(
            "line", (x1, y1, x2, y2), color=color, width=width, dash=None if dash is None else tuple(dash)
        )

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
        self._record(
            "polyline",
            (_freeze(points),),
            color=color,
            width=width,
            dash=None if dash is None else tuple(dash),
            closed=closed,
            fill=fill,
        )

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
        self._record("arrow", (x1, y1, x2, y2), color=color, width=width, head=head)

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
        self._record("circle", (cx, cy, r), color=color, fill=fill, width=width)

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
        self._record("arc", (cx, cy, r, start, end), color=color, width=width, fill=fill)

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
        self._record("rect", (x, y, w, h), color=color, fill=fill, width=width)

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
        self._record(
            "text",
            (x, y, str(s)),
            color=color,
            size=size,
            align=align,
            baseline=baseline,
            bold=bold,
            italic=italic,
        )

    # -- questions tests ask ---------------------------------------------------

    def find(
        self, kind: str | None = None, *, color: str | None = None, fill: str | None = None
    ) -> list[Call]:
        """Calls of ``kind`` (any kind if None) whose colour and fill match those given."""
        return [
            call
            for call in self.calls
            if (kind is None or call.kind == kind)
            and (color is None or call.color == color)
            and (fill is None or call.fill == fill)
        ]

    def only(self, kind: str, *, color: str | None = None, fill: str | None = None) -> Call:
        """The single matching call; raises ``AssertionError`` listing what was drawn otherwise."""
        found = self.find(kind, color=color, fill=fill)
        if len(found) != 1:
            drawn = ", ".join(f"{c.kind}({c.color or c.fill})" for c in self.calls) or "nothing"
            raise AssertionError(
                f"expected one {kind} color={color} fill={fill}, found {len(found)}; drawn: {drawn}"
            )
        return found[0]

    def texts(self) -> list[str]:
        """Every string written, in drawing order."""
        return [call.args[2] for call in self.calls if call.kind == "text"]

    def kinds(self) -> list[str]:
        """The kind of every call, in drawing order."""
        return [call.kind for call in self.calls]
