"""The drawing interface every figure draws through, and geometry its backends share.

Coordinates are CSS pixels: origin at the top-left corner, x to the right, y *down*.
Colours are role names from :mod:`py_runtime.theme` (``"a"``, ``"muted"``, ...), never
concrete colours; each backend resolves a role itself, which is what lets one render
function produce an SVG that follows the page's dark mode and a canvas frame drawn
with the palette the page passed in.

Angles (only :meth:`Painter.arc` takes them) are radians measured *counter-clockwise
on screen* from the +x direction: the math convention with y up. So ``arc(..., 0,
pi / 2)`` sweeps from the point right of the centre to the point *above* it, which is
how one marks the angle between two vectors drawn in a y-up world. An increasing
angle turns counter-clockwise, a decreasing one clockwise; a sweep of 2*pi or more is
a full circle.

Standard library only; must not import ``js``, ``pyodide`` or any backend.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable, Iterable, Sequence

Point = tuple[float, float]
# A point, or None for "the curve is undefined here: leave a gap".
MaybePoint = Sequence[float] | None

ALIGNS = ("left", "center", "right")
BASELINES = ("middle", "top", "bottom", "alphabetic")

# The arrow head's half-width as a fraction of its length: about a 53 degree tip,
# wide enough to read at 10 px.
HEAD_HALF_WIDTH = 0.5


class Painter(ABC):
    """Draws shapes in CSS pixels; ``width`` and ``height`` are the figure's size."""

    width: float
    height: float

    @abstractmethod
    def clear(self) -> None:
        """Erase everything drawn so far (the figure becomes transparent)."""

    @abstractmethod
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
        """Stroke a segment; ``dash`` is an on/off pattern in px, e.g. ``(6, 4)``.

        Line ends are round in every backend, and each dash gets the round caps too, so
        a gap looks ``width`` px shorter than its pattern says: keep gaps wider than the line.
        """

    @abstractmethod
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
        """Stroke connected segments through ``points``.

        A ``None`` entry, or a point with a NaN or infinite coordinate, is a gap: the
        line stops there and starts again at the next good point, so a curve that is
        undefined somewhere is drawn in pieces. ``closed`` and ``fill`` apply to each
        piece; ``color=None`` with a ``fill`` paints the area without an outline.
        """

    @abstractmethod
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
        """A shaft from (x1, y1) and a filled triangular head whose tip is (x2, y2).

        ``head`` is the head's length in px; an arrow shorter than that gets a head as
        long as the arrow. A zero-length arrow draws nothing.
        """

    @abstractmethod
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
        """Outline in ``color`` and/or fill with ``fill``; neither given means an ``fg`` outline."""

    @abstractmethod
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
        """Stroke the arc from angle ``start`` to ``end`` (see the module docstring).

        ``fill`` paints the wedge between the centre and the arc (an angle marker);
        only the curved edge is stroked.
        """

    @abstractmethod
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
        """Axis-aligned rectangle with top-left (x, y); neither colour given means an ``fg`` outline."""

    @abstractmethod
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
        """Write ``s`` anchored at (x, y).

        ``align`` is where x falls on the text ("left", "center", "right");
        ``baseline`` is where y falls ("middle", "top", "bottom", "alphabetic"), with
        the meanings of the canvas ``textBaseline`` property.
        """

    def layer(self, key: Hashable, draw: Callable[[], None]) -> None:
        """Call ``draw``, which paints something that depends only on ``key``, this painter's size
        and its palette (a grid, the axes). A backend that can replay its output may reuse what
        the first call for ``key`` painted instead of calling ``draw`` again."""
        draw()


def check_text_layout(align: str, baseline: str) -> None:
    """Raise ``ValueError`` for an ``align`` or ``baseline`` no backend understands."""
    if align not in ALIGNS:
        raise ValueError(f"text align must be one of {ALIGNS}, not {align!r}")
    if baseline not in BASELINES:
        raise ValueError(f"text baseline must be one of {BASELINES}, not {baseline!r}")


def outline_or_default(color: str | None, fill: str | None) -> str | None:
    """The stroke role for a shape: ``color``, or ``fg`` when nothing would show."""
    if color is None and fill is None:
        return "fg"
    return color


def all_finite(*values: float) -> bool:
    """True when every value is a finite number; shapes with NaN or inf are skipped."""
    return all(map(math.isfinite, values))


def _good(point: MaybePoint) -> Point | None:
    if point is None:
        return None
    x, y = float(point[0]), float(point[1])
    if math.isfinite(x) and math.isfinite(y):
        return (x, y)
    return None


def split_runs(points: Iterable[MaybePoint]) -> list[list[Point]]:
    """Split ``points`` at gaps (None, NaN, inf) into runs of at least one point."""
    runs: list[list[Point]] = []
    current: list[Point] = []
    for point in points:
        good = _good(point)
        if good is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(good)
    if current:
        runs.append(current)
    return runs


def arrow_geometry(
    x1: float, y1: float, x2: float, y2: float, head: float
) -> tuple[Point, list[Point]] | None:
    """Where an arrow's shaft ends and the corners of its head (tip first).

    The shaft stops at the base of the head so a thick line cannot poke out past
    the tip. Returns None for a zero-length arrow, which has no direction.
    """
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    if length == 0.0 or not math.isfinite(length):
        return None
    head = min(head, length)
    ux, uy = dx / length, dy / length
    bx, by = x2 - ux * head, y2 - uy * head
    half = head * HEAD_HALF_WIDTH
    # (-uy, ux) is perpendicular to the shaft.
    left = (bx - uy * half, by + ux * half)
    right = (bx + uy * half, by - ux * half)
    return (bx, by), [(x2, y2), left, right]


def arc_point(cx: float, cy: float, r: float, angle: float) -> Point:
    """The on-screen point at ``angle`` (counter-clockwise, y up) on the circle."""
    return (cx + r * math.cos(angle), cy - r * math.sin(angle))
