"""Tests for py_runtime.expr.equivalent: does a reader's answer mean the same function?"""

from __future__ import annotations

import pytest

from py_runtime.expr import ExprError, equivalent, parse


@pytest.mark.parametrize(
    ("a", "b", "variables", "same"),
    [
        ("2x", "x + x", ("x",), True),
        ("x^2", "x*x", ("x",), True),
        ("(x+1)^2", "x^2 + 2x + 1", ("x",), True),
        ("12x^3 - 4x", "4x(3x^2 - 1)", ("x",), True),
        ("sin(2x)", "2sin(x)cos(x)", ("x",), True),
        ("log(x)", "ln(x)", ("x",), True),  # both have no value for x <= 0
        ("2x", "x^2", ("x",), False),
        ("sqrt(x)^2", "x", ("x",), False),  # differs where x < 0
        ("x + 1e-3", "x", ("x",), False),
        ("xy", "yx", ("x", "y"), True),
        ("x + y", "x", ("x", "y"), False),
        ("2xy", "2x*y", ("x", "y"), True),
    ],
)
def test_equivalent(a: str, b: str, variables: tuple[str, ...], same: bool) -> None:
    """Assert formulas that are the same function match and different ones do not."""
    assert equivalent(parse(a), parse(b), variables=variables) is same


def test_equivalent_is_deterministic() -> None:
    """Assert the same pair always gets the same verdict (seeded sample points)."""
    a, b = parse("x^3"), parse("x^3 + 1e-7 * x")
    verdicts = {equivalent(a, b) for _ in range(5)}
    assert len(verdicts) == 1


def test_equivalent_accepts_text() -> None:
    """Assert answers can be compared straight from what the reader typed."""
    assert equivalent("15x^2 - 2", "15x*x - 2")
    assert not equivalent("15x^2 - 2", "15x^2 + 2")


def test_equivalent_text_refuses_other_variables() -> None:
    """Assert a one-variable answer containing y is an ExprError, not a silent mismatch."""
    with pytest.raises(ExprError, match="unknown name 'y'"):
        equivalent("2x", "2y")
