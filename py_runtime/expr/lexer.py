"""Split a typed formula into tokens, each remembering where it started in the text.

Accepts what readers type: ``**`` for power, Unicode minus/times/dot/divide signs, ``π``, superscript
digits (``x²``), and letter runs like ``3xy`` or ``xsin(x)`` split into known names. It refuses input
longer than MAX_LENGTH before looking at it, so huge pastes fail fast. Standard library only; must
not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from py_runtime.expr.errors import ExprError, unknown_name_message
from py_runtime.expr.nodes import CONSTANTS, FUNCTIONS, VARIABLES

MAX_LENGTH = 1000
"""Longest formula accepted, in characters; longer input is refused before any work is done."""

_DIGITS = "0123456789"  # str.isdigit() would also accept ² and Arabic-Indic digits
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SUPERSCRIPTS = {
    "⁰": "0",
    "¹": "1",
    "²": "2",
    "³": "3",
    "⁴": "4",
    "⁵": "5",
    "⁶": "6",
    "⁷": "7",
    "⁸": "8",
    "⁹": "9",
}
_SYMBOLS = {
    "+": "+",
    "-": "-",
    "\u2212": "-",
    "*": "*",
    "\u00d7": "*",
    "\u00b7": "*",
    "\u22c5": "*",
    "/": "/",
    "\u00f7": "/",
    "^": "^",
    "(": "(",
    ")": ")",
}
_ALIASES = {"ln": "log", "\u03c0": "pi"}
# Longest names first, so "exp" wins over "e" followed by "xp".
_NAMES = sorted([*FUNCTIONS, *CONSTANTS, *VARIABLES, *_ALIASES], key=len, reverse=True)


@dataclass(frozen=True)
class Token:
    """One piece of the formula.

    ``kind`` is "num", "var", "const", "func", "end", or the operator/parenthesis character itself.
    """

    kind: str
    text: str
    position: int
    value: float = 0.0


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``, ending with an "end" token; ExprError for anything unreadable."""
    if len(text) > MAX_LENGTH:
        raise ExprError(f"the formula is {len(text)} characters long; the limit is {MAX_LENGTH}", MAX_LENGTH)
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
        elif char in _DIGITS or char == ".":
            token, i = _number(text, i)
            tokens.append(token)
        elif char in _LETTERS or char == "\u03c0":
            i = _names(text, i, tokens)
        elif char in _SUPERSCRIPTS:
            i = _superscript(text, i, tokens)
        elif char == "*" and text.startswith("**", i):
            tokens.append(Token("^", "**", i))
            i += 2
        elif char in _SYMBOLS:
            tokens.append(Token(_SYMBOLS[char], char, i))
            i += 1
        else:
            raise ExprError(f"unexpected character {char!r} at character {i + 1}", i)
    tokens.append(Token("end", "", len(text)))
    return tokens


def _scan(text: str, i: int, allowed: str) -> int:
    """The index just past the run of ``allowed`` characters starting at ``i``."""
    while i < len(text) and text[i] in allowed:
        i += 1
    return i


def _number(text: str, start: int) -> tuple[Token, int]:
    """Read a number such as ``12``, ``1.5``, ``.5``, ``5.`` or ``1e-3`` starting at ``start``."""
    i = _scan(text, start, _DIGITS)
    if i < len(text) and text[i] == ".":
        i = _scan(text, i + 1, _DIGITS)
    if text[start:i] == ".":
        raise ExprError(f"unexpected '.' at character {start + 1}", start)
    if i < len(text) and text[i] == ".":
        raise ExprError(f"a number can have only one decimal point (character {i + 1})", i)
    # "1e-3" is a number in exponent form; "2e" or "2ex" is 2 times the constant e.
    if i < len(text) and text[i] in "eE":
        after_sign = i + 2 if text[i + 1 : i + 2] in ("+", "-") else i + 1
        if after_sign < len(text) and text[after_sign] in _DIGITS:
            i = _scan(text, after_sign, _DIGITS)
    literal = text[start:i]
    value = float(literal)
    if math.isinf(value):
        raise ExprError(f"the number at character {start + 1} is too large", start)
    return Token("num", literal, start, value), i


def _names(text: str, start: int, tokens: list[Token]) -> int:
    """Split the letter run at ``start`` into known names (``3xy`` is 3·x·y); return its end."""
    end = start
    while end < len(text) and (text[end] in _LETTERS or text[end] == "\u03c0"):
        end += 1
    run = text[start:end]
    found: list[Token] = []
    i = start
    while i < end:
        name = next((n for n in _NAMES if text.startswith(n, i) and i + len(n) <= end), None)
        if name is None:
            # Report the whole run: "unknown name 'sinh'" helps more than "unknown name 'h'".
            raise ExprError(unknown_name_message(run, VARIABLES), start)
        canonical = _ALIASES.get(name, name)
        kind = "func" if canonical in FUNCTIONS else "const" if canonical in CONSTANTS else "var"
        found.append(Token(kind, canonical, i))
        i += len(name)
    tokens.extend(found)
    return end


def _superscript(text: str, start: int, tokens: list[Token]) -> int:
    """Read superscript digits as a power: ``x²`` is ``x^2``."""
    end = start
    while end < len(text) and text[end] in _SUPERSCRIPTS:
        end += 1
    digits = "".join(_SUPERSCRIPTS[c] for c in text[start:end])
    value = float(digits)
    if math.isinf(value):
        raise ExprError(f"the number at character {start + 1} is too large", start)
    tokens.append(Token("^", text[start:end], start))
    tokens.append(Token("num", digits, start, value))
    return end
