"""Typed options of a demo fence: conversion and checking of what an author writes in YAML.

An :class:`Option` names its type in words (for error messages and the authoring page) and
converts a YAML value; a converter that cannot raises :class:`ConversionError` saying what it
expected, and :func:`resolve` turns that into an :class:`OptionError` naming the option and its allowed
values. A demo's ``initial`` raises :class:`OptionError` itself for options that clash.
Must not import ``js``, ``pyodide`` or ``site_src``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


class ConversionError(ValueError):
    """A value a converter cannot take, in words (``expected a number from -3 to 3, got 99``).

    It does not know which option it was given for: :func:`resolve` says that.
    """


class OptionError(ValueError):
    """An author's fence option the demo cannot take: which ``option``, what is wrong, and how to fix it.

    ``allowed`` is the option's type in words (``number from -3 to 3``); ``fix`` says what to
    change when that alone would not (two options that clash). ``str(error)`` is ``message``.
    """

    def __init__(
        self, option: str, message: str, *, allowed: str | None = None, fix: str | None = None
    ) -> None:
        super().__init__(message)
        self.option = option
        self.message = message
        self.allowed = allowed
        self.fix = fix


@dataclass(frozen=True)
class Option:
    """One fence option: its name, type in words, default, help text and converter."""

    name: str
    kind: str
    default: Any
    help: str
    convert: Callable[[object], Any]  # the converted value, whatever type the demo reads


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ConversionError(f"expected a finite number, got {value!r}")
    return float(value)


def number(lo: float, hi: float) -> Callable[[object], float]:
    """A converter for a number between ``lo`` and ``hi`` inclusive."""

    def convert(value: object) -> float:
        result = _number(value)
        if not lo <= result <= hi:
            raise ConversionError(f"expected a number from {lo:g} to {hi:g}, got {value!r}")
        return result

    return convert


def vector(min_len: int, max_len: int, limit: float = 1e6) -> Callable[[object], tuple[float, ...]]:
    """A converter for a list of ``min_len``..``max_len`` numbers of size at most ``limit``."""

    def convert(value: object) -> tuple[float, ...]:
        if not isinstance(value, list) or not min_len <= len(value) <= max_len:
            count = f"{min_len}" if min_len == max_len else f"{min_len} to {max_len}"
            example = "[" + ", ".join(str(k + 1) for k in range(min_len)) + "]"
            raise ConversionError(f"expected a list of {count} numbers like {example}, got {value!r}")
        numbers = tuple(_number(v) for v in value)
        if any(abs(v) > limit for v in numbers):
            raise ConversionError(f"numbers must lie between -{limit:g} and {limit:g}")
        return numbers

    return convert


def matrix(max_size: int, limit: float = 1e6) -> Callable[[object], tuple[tuple[float, ...], ...]]:
    """A converter for a rectangular list of rows, each of 1..``max_size`` numbers."""
    row = vector(1, max_size, limit)

    def convert(value: object) -> tuple[tuple[float, ...], ...]:
        if not isinstance(value, list) or not 1 <= len(value) <= max_size:
            raise ConversionError(f"expected 1 to {max_size} rows like [[1, 2], [3, 4]], got {value!r}")
        rows = tuple(row(r) for r in value)
        if len({len(r) for r in rows}) != 1:
            raise ConversionError("every row must have the same number of entries")
        return rows

    return convert


def text(max_len: int = 200) -> Callable[[object], str]:
    """A converter for a short string (numbers are accepted and turned into text)."""

    def convert(value: object) -> str:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise ConversionError(f"expected text, got {value!r}")
        result = str(value).strip()
        if not result or len(result) > max_len:
            raise ConversionError(f"expected 1 to {max_len} characters of text")
        return result

    return convert


def choice(values: Sequence[str]) -> Callable[[object], str]:
    """A converter for one of the words ``values`` (an activation's name, a preset)."""

    def convert(value: object) -> str:
        if not isinstance(value, str) or value not in values:
            raise ConversionError(f"expected one of {', '.join(values)}, got {value!r}")
        return value

    return convert


class UnknownOptionError(OptionError):
    """An option name the demo does not have; ``known`` lists the ones it has."""

    def __init__(self, option: str, known: Sequence[str]) -> None:
        super().__init__(option, f"unknown option {option!r}")
        self.known = tuple(known)


def resolve(options: Sequence[Option], raw: dict[str, Any]) -> dict[str, Any]:
    """Convert the author's ``raw`` options, filling in defaults.

    Raises :class:`UnknownOptionError` for a name the demo lacks, :class:`OptionError` (with the
    option's name and allowed values) for a value its converter refuses.
    """
    known = {option.name: option for option in options}
    for name in raw:
        if name not in known:
            raise UnknownOptionError(str(name), list(known))
    resolved: dict[str, Any] = {}
    for option in options:
        try:
            resolved[option.name] = option.convert(raw.get(option.name, option.default))
        except ConversionError as error:
            raise OptionError(option.name, str(error), allowed=option.kind) from None
    return resolved
