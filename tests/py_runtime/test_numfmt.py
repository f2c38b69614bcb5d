"""Tests for py_runtime.numfmt: the number text readers see in readouts."""

from __future__ import annotations

import pytest

from py_runtime.numfmt import count_of, tidy_factor, tidy_number


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (32, "32"),
        (32.0, "32"),
        (-3.0, "\u22123"),
        (0.125, "0.125"),
        (1 / 3, "0.333"),
        (2 / 3, "0.667"),
        (-0.5, "\u22120.5"),
        (1.10, "1.1"),
        (2.9999999, "3"),
        (0.0004, "0.0004"),
        (-0.0, "0"),
        (1e20, "1e+20"),
        (float("nan"), "nan"),
    ],
)
def test_tidy_number(value: float, expected: str) -> None:
    """Assert integers lose '.0', others keep at most 3 decimals, and negatives use U+2212."""
    assert tidy_number(value) == expected


def test_tidy_number_ascii_minus() -> None:
    """Assert the plain hyphen is used when the Unicode minus is turned off."""
    assert tidy_number(-3, unicode_minus=False) == "-3"


@pytest.mark.parametrize(("value", "expected"), [(-1, "(\u22121)"), (5, "5"), (0, "0")])
def test_tidy_factor(value: float, expected: str) -> None:
    """Assert negative factors are wrapped in parentheses, as in 2×(−1)."""
    assert tidy_factor(value) == expected


@pytest.mark.parametrize(("n", "expected"), [(1, "1 number"), (0, "0 numbers"), (3, "3 numbers")])
def test_count_of(n: int, expected: str) -> None:
    """Assert the noun agrees with the count."""
    assert count_of(n, "number") == expected
