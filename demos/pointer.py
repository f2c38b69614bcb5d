"""Taking hold of a figure: the pointer input the page sends, handles, and hit-testing.

The page sends the input ``pointer`` with JSON ``{"phase": "down"|"move"|"up"|"tap", "x", "y"}``
in figure coordinates (the demo's width x height units), or a list of such events when several
were waiting to be sent (only the last move after a press or release is kept).

Two ways to take hold of a picture:

- *Handles* (points that are dragged): a demo lists them in ``View.extra["handles"]``
  (:func:`handles_extra`) so the page can tell at once whether a press is on one (and so must
  not scroll the page); the demo's own ``update`` decides what was grabbed (:func:`hit`) and the
  new state (:meth:`Drag.follow`), and its ``render`` rings the one held (:func:`draw_held`; the
  page rings one under the mouse itself).
- *Targets* (areas that are pressed, as a button is): a demo lists them in
  ``View.extra["targets"]`` (:func:`targets_extra`); a click, tap or pen press that lands on one,
  without the pointer travelling, comes as one ``tap`` event. A tap never keeps the page from
  scrolling: a swipe that starts on a target scrolls as anywhere else, and sends nothing. The
  demo decides what was pressed (:func:`pressed`).
Must not import ``js``, ``pyodide`` or ``site_src``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar, cast

from demos.base import InputError
from py_runtime.draw import Painter

S = TypeVar("S")
POINTER = "pointer"  # the input's name
HANDLE_RADIUS = 22.0  # figure units: room for a fingertip around a small point
RING_SHARE = 0.7  # the ring around a handle is drawn inside the (larger) area that catches a press
RING_WIDTH = 2.5  # figure units: the ring's stroke, and the background-coloured halo outside it
_PHASES = ("down", "move", "up", "tap")


@dataclass(frozen=True)
class Pointer:
    """One pointer event in figure coordinates."""

    phase: Literal["down", "move", "up", "tap"]
    x: float
    y: float


@dataclass(frozen=True)
class Handle:
    """A point of the picture a reader can grab: a disc of radius ``r`` around (x, y)."""

    name: str
    x: float
    y: float
    r: float = HANDLE_RADIUS


@dataclass(frozen=True)
class Target:
    """An area of the picture a reader can press: the rectangle with top-left (x, y)."""

    name: str
    x: float
    y: float
    w: float
    h: float

    def holds(self, x: float, y: float) -> bool:
        """Whether (x, y) is inside the rectangle, its edges included."""
        return self.x <= x <= self.x + self.w and self.y <= y <= self.y + self.h


def _event(item: Any) -> Pointer:
    if not isinstance(item, dict) or item.get("phase") not in _PHASES:
        raise InputError(POINTER, "A pointer event needs a phase: down, move or up.")
    x, y = item.get("x"), item.get("y")
    if not all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in (x, y)):
        raise InputError(POINTER, "A pointer event needs finite x and y.")
    return Pointer(item["phase"], float(cast(float, x)), float(cast(float, y)))


def parse_pointer(value: str) -> list[Pointer]:
    """The events in the page's ``pointer`` input; InputError when it is not one."""
    try:
        data = json.loads(value)
    except ValueError:
        raise InputError(POINTER, "A pointer input must be JSON.") from None
    return [_event(item) for item in (data if isinstance(data, list) else [data])]


def hit(handles: Sequence[Handle], x: float, y: float) -> str | None:
    """The name of the handle nearest (x, y) within its radius, or None."""
    best: tuple[float, str] | None = None
    for h in handles:
        distance = math.hypot(x - h.x, y - h.y)
        if distance <= h.r and (best is None or distance < best[0]):
            best = (distance, h.name)
    return best[1] if best else None


def pressed(targets: Sequence[Target], x: float, y: float) -> str | None:
    """The name of the first target holding (x, y), or None."""
    return next((t.name for t in targets if t.holds(x, y)), None)


def targets_extra(targets: Sequence[Target]) -> list[dict[str, Any]]:
    """The targets as ``View.extra["targets"]``: where the page sends a tap and shows a hand."""
    return [
        {"name": t.name, "x": round(t.x, 2), "y": round(t.y, 2), "w": round(t.w, 2), "h": round(t.h, 2)}
        for t in targets
    ]


def handles_extra(handles: Sequence[Handle]) -> list[dict[str, Any]]:
    """The handles as ``View.extra["handles"]``: what the page tests a press against, and the
    radius of the ring it shows around one under the mouse (``ring``)."""
    return [
        {"name": h.name, "x": round(h.x, 2), "y": round(h.y, 2), "r": h.r, "ring": round(h.r * RING_SHARE, 2)}
        for h in handles
    ]


def draw_held(painter: Painter, handles: Sequence[Handle], held: str | None) -> None:
    """The ring around the handle being dragged, drawn with the frame it is held in.

    The page rings a handle under the mouse itself, but once one is held the ring is part of the
    picture: it moves with the frame, and moving an element over the canvas on every frame of a
    drag would make the browser rebuild the page's layers each time.
    """
    for h in handles:
        if h.name == held:
            r = h.r * RING_SHARE
            painter.circle(h.x, h.y, r + RING_WIDTH / 2, color="bg", width=RING_WIDTH)
            painter.circle(h.x, h.y, r - RING_WIDTH / 2, color="accent", width=RING_WIDTH)


@dataclass(frozen=True)
class Drag(Generic[S]):
    """How a demo's state is dragged: its handles, which one is held, holding one, moving it."""

    handles: Callable[[S], Sequence[Handle]]
    held: Callable[[S], str | None]
    hold: Callable[[S, str | None], S]
    move: Callable[[S, str, float, float], S]  # the held handle ``name`` brought to (x, y)

    def follow(self, state: S, value: str) -> S:
        """The state after the page's ``pointer`` input ``value``.

        A press on a handle holds it and moves it to the pointer; moves while held go on moving
        it; a release lets go. Presses elsewhere, and taps, change nothing.
        """
        for event in parse_pointer(value):
            if event.phase == "tap":
                continue
            if event.phase == "down":
                name = hit(self.handles(state), event.x, event.y)
                state = self.hold(state, name)
                if name is not None:
                    state = self.move(state, name, event.x, event.y)
            elif event.phase == "move":
                name = self.held(state)
                if name is not None:
                    state = self.move(state, name, event.x, event.y)
            else:  # up
                state = self.hold(state, None)
        return state
