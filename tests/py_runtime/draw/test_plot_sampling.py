"""Tests for curve sampling and automatic y-ranges (py_runtime.draw.sampling)."""

from __future__ import annotations

import math

import pytest

from py_runtime.draw.sampling import auto_range, sample_curve


def reciprocal(x: float) -> float:
    return 1 / x if x != 0 else math.nan


def safe_log(x: float) -> float:
    return math.log(x) if x > 0 else math.nan


def runs(points: list) -> list[list[tuple[float, float]]]:
    """Split sampled points at None, the way a painter will draw them."""
    out: list[list[tuple[float, float]]] = [[]]
    for p in points:
        if p is None:
            out.append([])
        else:
            out[-1].append(p)
    return [r for r in out if r]


@pytest.mark.parametrize("n", [50, 51, 200, 201])
def test_reciprocal_leaves_a_gap_at_zero(n: int) -> None:
    """Assert 1/x is drawn as two branches, negatives then positives, with no line joining them."""
    pieces = runs(sample_curve(reciprocal, -3, 3, n))
    assert len(pieces) == 2
    left, right = pieces
    assert all(x < 0 and y < 0 for x, y in left)
    assert all(x > 0 and y > 0 for x, y in right)


def test_tan_breaks_at_its_pole_only() -> None:
    """Assert tan on [0, 3] splits once, near pi/2."""
    pieces = runs(sample_curve(math.tan, 0, 3, 200))
    assert len(pieces) == 2
    assert pieces[0][-1][0] < math.pi / 2 < pieces[1][0][0]


def test_log_is_undefined_for_non_positive_x() -> None:
    """Assert log(x) on [-2, 2] has no points at x <= 0 and one unbroken branch after."""
    points = sample_curve(safe_log, -2, 2, 41)
    assert all(p is None for p in points[:21])  # x = -2 ... 0
    assert len(runs(points)) == 1


def test_domain_errors_and_complex_results_become_gaps() -> None:
    """Assert functions that raise or return complex numbers leave gaps instead of failing."""
    points = sample_curve(math.sqrt, -1, 1, 3)
    assert points == [None, (0.0, 0.0), (1.0, 1.0)]
    points = sample_curve(lambda x: x**0.5, -1, 1, 3)
    assert points[0] is None


def test_steep_line_through_the_view_is_not_broken() -> None:
    """Assert a steep but continuous curve crossing the visible band stays one piece."""
    points = sample_curve(lambda x: 100 * x, -3, 3, 7, y_range=(-1, 1))
    assert None not in points
    assert len(points) == 7


def test_endpoints_and_spacing() -> None:
    """Assert samples start at x_min, end at x_max and are evenly spaced."""
    points = sample_curve(lambda x: x * x, -1, 1, 5)
    assert [p[0] for p in points] == [-1, -0.5, 0, 0.5, 1]
    assert [p[1] for p in points] == [1, 0.25, 0, 0.25, 1]


def test_too_few_samples_is_an_error() -> None:
    """Assert n < 2 is refused with a message naming n."""
    with pytest.raises(ValueError, match="n >= 2"):
        sample_curve(math.sin, 0, 1, 1)


def test_auto_range_pads_and_includes_nearby_zero() -> None:
    """Assert x^2 + 1 on [-2, 2] (values 1..5) gets a range from 0 with 10% padding."""
    values = [x * x + 1 for x in [-2 + i / 10 for i in range(41)]]
    lo, hi = auto_range(values)
    # 1 is within a quarter of the height (4) of zero, so the range starts at 0: 0..5, padded by 0.5.
    assert (lo, hi) == pytest.approx((-0.5, 5.5))


def test_auto_range_keeps_far_from_zero_data_tight() -> None:
    """Assert data far from zero does not drag the range down to 0."""
    lo, hi = auto_range([100, 101, 102], pad=0)
    assert (lo, hi) == pytest.approx((100, 102))


def test_auto_range_ignores_nan_inf_none_and_spikes() -> None:
    """Assert non-finite values and a lone huge spike do not flatten the rest."""
    values = [math.sin(i / 10) for i in range(200)] + [math.nan, math.inf, None, 1e9]
    lo, hi = auto_range(values)
    assert -1.5 < lo < -0.9
    assert 0.9 < hi < 1.5


def test_auto_range_keeps_the_top_of_a_steep_curve() -> None:
    """Assert exp on [0, 5] keeps its maximum (about 148.4) in view: steepness is not an outlier."""
    _lo, hi = auto_range([math.exp(5 * i / 199) for i in range(200)])
    assert hi > math.exp(5)


@pytest.mark.parametrize(("values", "centre"), [([3.0] * 5, 3.0), ([0.0, 0.0], 0.0), ([-250.0], -250.0)])
def test_auto_range_never_has_zero_height(values: list[float], centre: float) -> None:
    """Assert a constant gets a real band centred on it."""
    lo, hi = auto_range(values)
    assert lo < centre < hi
    assert (lo + hi) / 2 == pytest.approx(centre)


@pytest.mark.parametrize("values", [[], [math.nan, None, -math.inf]])
def test_auto_range_without_data(values: list) -> None:
    """Assert no usable value gives the default (-1, 1)."""
    assert auto_range(values) == (-1.0, 1.0)
