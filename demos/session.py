"""One live demo on a page: its current state, and the round trip of a reader input.

``Session.handle`` applies an input, keeps the last good state when the input is bad (so the
last good picture stays), redraws, and returns a plain dict the page turns into text. No
exception escapes: anything unexpected becomes a message on the demo.
Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, Literal, TypedDict, TypeVar

from demos.base import Demo, InputError, View
from py_runtime.draw import Painter

P = TypeVar("P", bound=Painter)


class ViewPayload(TypedDict):
    """The parts of a :class:`View` the page needs, as JSON-ready data."""

    readouts: dict[str, str]  # readout name -> text
    values: dict[str, str]  # control name -> value to show in it
    description: str  # the canvas's text alternative
    extra: dict[str, Any]  # demo-specific (the matrix demo's grids and highlight)


class Frame(ViewPayload):
    """A state drawn: what the page shows, and each field's message ("" clears one)."""

    ok: Literal[True]
    errors: dict[str, str]


class Refusal(TypedDict):
    """An input that was not used: the message for its field; the last good picture stays."""

    ok: Literal[False]
    errors: dict[str, str]


def view_payload(view: View) -> ViewPayload:
    """The parts of a :class:`View` the page needs, as JSON-ready data."""
    return {
        "readouts": {r.name: r.text for r in view.readouts},
        "values": dict(view.values),
        "description": view.description,
        "extra": dict(view.extra),
    }


class Session(Generic[P]):
    """A demo, its state and the painter it draws on (``Session[CanvasPainter]`` in the page)."""

    def __init__(self, demo: Demo[Any], options: Mapping[str, Any], painter: P) -> None:
        self.demo = demo
        self.painter = painter
        self.state = demo.initial(options)

    def draw(self) -> Frame:
        """Render the current state and return what the page shows as text."""
        self.painter.clear()
        self.demo.render(self.state, self.painter)
        view = view_payload(self.demo.view(self.state))
        return {**view, "errors": {}, "ok": True}

    def handle(self, control: str, value: str) -> Frame | Refusal:
        """Apply one input; on a bad value keep the old state and report the message."""
        try:
            new_state = self.demo.update(self.state, control, value)
        except InputError as error:
            if error.remember is not None:
                self.state = error.remember
            return {"ok": False, "errors": {error.control: error.message}}
        except Exception as error:  # noqa: BLE001 - a bug must not take the page down: say so on the demo
            return {
                "ok": False,
                "errors": {control: f"Sorry, that value broke the demo ({type(error).__name__})."},
            }
        previous, self.state = self.state, new_state
        try:
            result = self.draw()
        except Exception as error:  # noqa: BLE001 - nor a picture that cannot be drawn: keep the last
            self.state = previous
            self.draw()
            return {
                "ok": False,
                "errors": {control: f"Sorry, that value could not be drawn ({type(error).__name__})."},
            }
        # Clear the field's message; a grid cell (``A:1:2``) reports on its grid (``A``).
        cleared = (control, control.partition(":")[0], *self.demo.linked.get(control, ()))
        result["errors"] = {name: "" for name in cleared}
        return result
