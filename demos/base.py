"""The shape every demo follows, and the descriptions of its controls and readouts.

A demo is a class with a frozen ``State`` and four pure methods: ``initial`` builds the first
state from the author's fence options, ``update`` applies one reader input, ``render`` draws a
state through a ``Painter``, and ``view`` says what the page shows as text. The same class
serves the build (an SVG of the initial state, static HTML controls) and the page (live canvas).

Must not import ``js`` or ``pyodide``, nor anything from ``site_src``.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from demos.options import Option
from py_runtime.draw import Painter

S = TypeVar("S")


class InputError(ValueError):
    """A reader's value that cannot be used; shown next to the field named ``control``.

    ``remember`` is a state to keep anyway (the picture is not redrawn): a demo uses it to hold
    on to a value that only becomes usable with the next input, such as vector a with a new
    number of entries while vector b still has the old one.
    """

    def __init__(self, control: str, message: str, remember: object = None) -> None:
        super().__init__(message)
        self.control = control
        self.message = message
        self.remember = remember


@dataclass(frozen=True)
class Slider:
    """A range input. ``unit`` follows the number in its aria-valuetext (``"°"`` → ``60°``)."""

    name: str
    label: str
    min: float
    max: float
    step: float
    unit: str = ""


@dataclass(frozen=True)
class TextField:
    """A one-line text input, with optional preset values offered as a list of choices."""

    name: str
    label: str
    hint: str = ""
    presets: tuple[str, ...] = ()
    width: int = 16


@dataclass(frozen=True)
class Stepper:
    """A small integer input (``<input type=number>``) such as a matrix size."""

    name: str
    label: str
    min: int
    max: int


@dataclass(frozen=True)
class Grid:
    """A matrix shown as a grid of cells; editable cells are inputs named ``<name>:<row>:<col>``.

    Its size and values come from ``View.extra["grids"][name]``; read-only cells are focusable
    and report hover, focus and taps as the input ``<name>`` with value ``"<row>:<col>"``.
    Rows and columns are 1-based, as readers count them.
    """

    name: str
    label: str
    editable: bool = True


@dataclass(frozen=True)
class Choice:
    """A drop-down list (``<select>``): ``choices`` are ``(value, visible text)`` pairs.

    Picking one sends the input ``(name, value)``; ``View.values[name]`` selects a value (never
    while the reader has the list focused).
    """

    name: str
    label: str
    choices: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Button:
    """A push button: a press sends the input ``(name, "press")``.

    ``View.values[name]``, when present, is the button's visible text, which is also its
    accessible name (a "Train" button that reads "Pause" while it runs). Without it ``label`` stays.
    """

    name: str
    label: str


Control = Slider | TextField | Stepper | Grid | Choice | Button

PRESS = "press"
"""The value a :class:`Button` sends."""

TICK = "tick"
"""The input the page sends while a view's ``extra["animate"]`` asks for animation (see :func:`animate`)."""

STEP = "step"
"""A tick's value when the reader prefers reduced motion: jump one discrete step, do not animate."""


def animate(interval_ms: int) -> dict[str, Any]:
    """The ``View.extra`` entry that keeps the page ticking: ``{"animate": {"interval_ms": N}}``.

    While a view carries it, the page sends the input ``("tick", value)`` one after another, never
    more than one in flight: once per animation frame with the milliseconds since the previous
    tick as decimal text (``"0"`` for the first), or, when the reader prefers reduced motion,
    every ``interval_ms`` with the value :data:`STEP`. A view without it stops the ticks.
    """
    return {"animate": {"interval_ms": int(interval_ms)}}


MAX_TICK_MS = 100.0
"""A tick counts for this many milliseconds at most: after a late frame (a tab in the background)
an animation catches up this much, not all at once."""


def tick_ms(value: str) -> float | None:
    """A tick's milliseconds (from 0 to :data:`MAX_TICK_MS`), or None for a reduced-motion
    :data:`STEP` tick."""
    if value == STEP:
        return None
    try:
        ms = float(value)
    except ValueError:
        return 0.0
    return min(ms, MAX_TICK_MS) if math.isfinite(ms) and ms > 0 else 0.0


@dataclass(frozen=True)
class Readout:
    """One number or formula the demo shows as text, with its label."""

    name: str
    label: str
    text: str
    live: bool = False  # announce changes to screen readers (for readouts a reader asks for)
    # Colour roles of the things the label names (``("a", "b")`` for a · b): the page shows a
    # swatch of each beside the label, in the colour the picture draws that thing.
    swatches: tuple[str, ...] = ()


@dataclass(frozen=True)
class View:
    """Everything a state shows besides the picture: readouts, control values, a description."""

    readouts: tuple[Readout, ...]
    values: Mapping[str, str]
    description: str
    extra: Mapping[str, Any] = field(default_factory=dict)


class Demo(ABC, Generic[S]):
    """Base class of every demo; subclasses set the class attributes and the four methods."""

    name: ClassVar[str]
    title: ClassVar[str]
    width: ClassVar[int]
    height: ClassVar[int]
    options: ClassVar[Sequence[Option]] = ()
    controls: ClassVar[Sequence[Control]] = ()
    # Controls whose error messages a good value of the key control clears too (their values
    # only made sense together, like two vectors of the same length).
    linked: ClassVar[Mapping[str, Sequence[str]]] = {}

    def controls_for(self, options: Mapping[str, Any]) -> Sequence[Control]:
        """The controls for these fence options; by default the same for every fence."""
        return self.controls

    @abstractmethod
    def initial(self, options: Mapping[str, Any]) -> S:
        """The first state, from the author's (already validated) fence options."""

    @abstractmethod
    def update(self, state: S, control: str, value: str) -> S:
        """The state after the reader set ``control`` to ``value``; raises :class:`InputError`."""

    @abstractmethod
    def render(self, state: S, painter: Painter) -> None:
        """Draw ``state``; the painter is already cleared."""

    @abstractmethod
    def view(self, state: S) -> View:
        """Readouts, control values and the text alternative of the picture for ``state``."""
