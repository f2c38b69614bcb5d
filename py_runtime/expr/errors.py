"""The one error type a reader's formula can raise, with where in the text it went wrong.

Demos catch ``ExprError`` alone and show its message next to the input box, so every message is plain
words a reader can act on. Standard library only; must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations


class ExprError(ValueError):
    """A formula could not be read or worked out.

    ``position`` is the 0-based index of the offending character in the typed text (messages count
    characters from 1, as a reader does), or None when the
    problem is not tied to one place (for example a value out of range while evaluating).
    """

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


class EvaluationError(ExprError):
    """A formula that reads fine has no value at the requested point (log of -1, 1/0, overflow)."""


def unknown_name_message(name: str, allowed_variables: tuple[str, ...]) -> str:
    """The message for a name that is not an allowed variable, a constant or a function."""
    names = ", ".join([*allowed_variables, "pi", "e"])
    return f"unknown name {name!r}: use {names} or a function like sin(x)"
