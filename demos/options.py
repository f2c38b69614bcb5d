"""Typed options of a demo fence: conversion and checking of what an author writes in YAML.

An :class:`Option` names its type in words (for error messages and the authoring page) and
converts a YAML value, raising :class:`OptionError` with the allowed values when it cannot.
Must not import ``js``, ``pyodide`` or ``site_src``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


class OptionError(ValueError):
    """An author's option value that the demo cannot take; the message says what is allowed."""


@dataclass(frozen=True)
class Option:
    """One fence option: its name, type in words, default, help text and converter."""

    name: str
    kind: str
    default: Any
    help: str
    convert: Callable[[Any], Any]


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise OptionError(f"expected a finite number, got {value!r}")
    return float(value)


def number(lo: float, hi: float) -> Callable[[Any], float]:
    """A converter for a number between ``lo`` and ``hi`` inclusive."""

    def convert(value: Any) -> float:
        result = _number(value)
        if not lo <= result <= hi:
            raise OptionError(f"expected a number from {lo:g} to {hi:g}, got {value!r}")
        return result

    return convert


def vector(min_len: int, max_len: int, limit: float = 1e6) -> Callable[[Any], tuple[float, ...]]:
    """A converter for a list of ``min_len``..``max_len`` numbers of size at most ``limit``."""

    def convert(value: Any) -> tuple[float, ...]:
        if not isinstance(value, list) or not min_len <= len(value) <= max_len:
            count = f"{min_len}" if min_len == max_len else f"{min_len} to {max_len}"
            example = "[" + ", ".join(str(k + 1) for k in range(min_len)) + "]"
            raise OptionError(f"expected a list of {count} numbers like {example}, got {value!r}")
        numbers = tuple(_number(v) for v in value)
        if any(abs(v) > limit for v in numbers):
            raise OptionError(f"numbers must lie between -{limit:g} and {limit:g}")
        return numbers

    return convert


def matrix(max_size: int, limit: float = 1e6) -> Callable[[Any], tuple[tuple[float, ...], ...]]:
    """A converter for a rectangular list of rows, each of 1..``max_size`` numbers."""
    row = vector(1, max_size, limit)

    def convert(value: Any) -> tuple[tuple[float, ...], ...]:
        if not isinstance(value, list) or not 1 <= len(value) <= max_size:
            raise OptionError(f"expected 1 to {max_size} rows like [[1, 2], [3, 4]], got {value!r}")
        rows = tuple(row(r) for r in value)
        if len({len(r) for r in rows}) != 1:
            raise OptionError("every row must have the same number of entries")
        return rows

    return convert


def text(max_len: int = 200) -> Callable[[Any], str]:
    """A converter for a short string (numbers are accepted and turned into text)."""

    def convert(value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise OptionError(f"expected text, got {value!r}")
        result = str(value).strip()
        if not result or len(result) > max_len:
            raise OptionError(f"expected 1 to {max_len} characters of text")
        return result

    return convert


class UnknownOptionError(OptionError):
    """An option name the demo does not have."""


def resolve(options: tuple[Option, ...] | list[Option], raw: dict[str, Any]) -> dict[str, Any]:
    """Convert the author's ``raw`` options, filling in defaults; errors name the option.

    Raises :class:`OptionError` whose ``option`` attribute names the culprit.
    """
    known = {option.name: option for option in options}
    for name in raw:
        if name not in known:
            error = UnknownOptionError(f"unknown option {name!r}")
            error.option = name  # type: ignore[attr-defined]
            raise error
    resolved = {}
    for option in options:
        try:
            resolved[option.name] = option.convert(raw.get(option.name, option.default))
        except OptionError as error:
            error.option = option.name  # type: ignore[attr-defined]
            raise
    return resolved
