"""What a reader types into a demo's vector and number fields, read the way the dot product reads it.

A vector field takes numbers separated by commas (or spaces), optionally in brackets, with a
hyphen or a real minus sign; every refusal is an :class:`~demos.base.InputError` whose message
says what to type instead, in the same words as the dot product's fields. The neuron reads its
inputs and weights with :func:`parse_vector`, and its bias slider with :func:`parse_number`.
(The dot product keeps its own copy in ``demos/dot_product/state.py`` for now, which also
refuses the zero vector; moving it here is one import.)
Pure; must not import ``js``, ``pyodide``, ``site_src`` or any demo package.
"""

from __future__ import annotations

import math
import re

from demos.base import InputError
from py_runtime.numfmt import MINUS, count_of

LIMIT = 1e6  # largest size of one number: keeps every product and sum exact enough to read
MAX_TEXT = 120  # characters in a vector field; six long numbers fit easily
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def _shown(piece: str) -> str:
    """A piece of the reader's text, short enough to quote in a message."""
    return piece if len(piece) <= 12 else piece[:12] + "…"


def _count(min_len: int, max_len: int) -> str:
    return f"{min_len}" if min_len == max_len else f"{min_len} to {max_len}"


def _pieces(control: str, text: str, min_len: int, max_len: int, example: str) -> list[str]:
    """The entries of a vector's text: brackets, spaces and commas stripped away."""
    body = text.strip()
    wanted = f"type {_count(min_len, max_len)} numbers separated by commas, {example}"
    if len(body) > MAX_TEXT:
        raise InputError(control, f"That is too long for a vector: {wanted}.")
    if body[:1] + body[-1:] in ("[]", "()"):
        body = body[1:-1].strip()
    if not body:
        raise InputError(control, f"Vector {control} is empty: {wanted}.")
    pieces = [p.strip() for p in body.split(",")] if "," in body else body.split()
    if "" in pieces:
        raise InputError(
            control, f"Vector {control} has an empty entry between commas: remove the extra comma."
        )
    return pieces


def parse_vector(control: str, text: str, min_len: int, max_len: int, example: str) -> tuple[float, ...]:
    """The numbers typed into vector field ``control``; ``example`` ends the hints (``like 1, 2, 3``)."""
    values = []
    for piece in _pieces(control, text, min_len, max_len, example):
        plain = piece.replace(MINUS, "-")
        if not _NUMBER.fullmatch(plain):
            raise InputError(
                control, f"“{_shown(piece)}” is not a number: type numbers separated by commas, {example}."
            )
        value = float(plain)
        if not (math.isfinite(value) and abs(value) <= LIMIT):
            raise InputError(
                control,
                f"{_shown(piece)} is too large: each number must lie between {MINUS}1000000 and 1000000.",
            )
        values.append(value + 0.0)  # + 0.0 turns -0 into 0
    if not min_len <= len(values) <= max_len:
        raise InputError(
            control,
            f"Vector {control} needs {_count(min_len, max_len)} numbers; "
            f"it has {count_of(len(values), 'number')}.",
        )
    return tuple(values)


def parse_number(control: str, label: str, value: str, lo: float, hi: float) -> float:
    """A slider's number from ``lo`` to ``hi``; ``label`` names it in the message (``The bias b``)."""
    try:
        number = float(value.strip().replace(MINUS, "-"))
    except ValueError:
        raise InputError(control, f"{label} must be a number from {lo:g} to {hi:g}.") from None
    if not (math.isfinite(number) and lo <= number <= hi):
        raise InputError(control, f"{label} must lie between {lo:g} and {hi:g}.")
    return number + 0.0
