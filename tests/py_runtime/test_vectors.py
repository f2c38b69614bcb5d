"""Tests for py_runtime.vectors, using the lesson's own numbers where it has them."""

from __future__ import annotations

import math

import pytest

from py_runtime.vectors import (
    add,
    angle,
    component_terms,
    cosine_similarity,
    dot,
    format_dot_sum,
    norm,
    plane_coords,
    projection,
    rotate_in_plane,
    scalar_projection,
    scale,
    signed_angle_from,
    subtract,
)

MINUS = "\u2212"


def close(u: list[float] | tuple[float, ...], v: list[float] | tuple[float, ...]) -> bool:
    return len(u) == len(v) and all(math.isclose(p, q, abs_tol=1e-12) for p, q in zip(u, v, strict=True))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ([1, 2, 3], [4, 5, 6], 32),  # the lesson's worked example: 4 + 10 + 18
        ([2, -1, 3], [4, 5, -2], -3),  # the lesson's exercise: 8 - 5 - 6
        ([1, 0], [0, 1], 0),  # perpendicular
        ([3], [4], 12),
        ([0.5, 0.25], [2, 4], 2),
    ],
)
def test_dot(a: list[float], b: list[float], expected: float) -> None:
    """Assert the dot product is the sum of the component products."""
    assert dot(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ([1, 2, 3], [4, 5, 6], "1×4 + 2×5 + 3×6 = 32"),
        ([2, -1, 3], [4, 5, -2], f"2×4 + ({MINUS}1)×5 + 3×({MINUS}2) = {MINUS}3"),
        ([0.5, 1.25], [2, 0.1], "0.5×2 + 1.25×0.1 = 1.125"),
        ([1 / 3], [1], "0.333×1 = 0.333"),
    ],
)
def test_format_dot_sum(a: list[float], b: list[float], expected: str) -> None:
    """Assert the written-out sum matches the lesson's readout, negatives in parentheses."""
    assert format_dot_sum(a, b) == expected


def test_component_terms() -> None:
    """Assert each component gives (a_i, b_i, a_i·b_i)."""
    assert component_terms([1, 2, 3], [4, 5, 6]) == [(1, 4, 4), (2, 5, 10), (3, 6, 18)]


@pytest.mark.parametrize("func", [dot, add, subtract, component_terms, format_dot_sum, angle])
def test_unequal_lengths_are_explained(func: object) -> None:
    """Assert a length mismatch says which vector has how many numbers."""
    with pytest.raises(ValueError, match=r"a has 3 numbers but b has 2; .* needs equal lengths"):
        func([1, 2, 3], [4, 5])  # type: ignore[operator]


def test_dot_length_message_exact() -> None:
    """Assert the dot-product mismatch message reads exactly as the readout shows it."""
    with pytest.raises(ValueError) as caught:
        dot([1, 2, 3], [4, 5])
    assert str(caught.value) == "a has 3 numbers but b has 2; a dot product needs equal lengths"


def test_empty_vector_is_refused() -> None:
    """Assert an empty vector is a ValueError, not a silent 0."""
    with pytest.raises(ValueError, match="at least one number"):
        dot([], [])


@pytest.mark.parametrize(("a", "expected"), [([3, 4], 5), ([1, 2, 2], 3), ([-7], 7), ([0, 0], 0)])
def test_norm(a: list[float], expected: float) -> None:
    """Assert the length is the square root of the sum of squares."""
    assert norm(a) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ([1, 0], [0, 1], math.pi / 2),
        ([1, 0], [-1, 0], math.pi),
        ([1, 0], [1, 0], 0.0),
        ([1, 1], [1, 0], math.pi / 4),
        ([1, 0, 0], [1, 1, 0], math.pi / 4),
        ([2, 0], [1, 1e-9], 1e-9),  # tiny angles stay accurate (acos would give 0)
    ],
)
def test_angle(a: list[float], b: list[float], expected: float) -> None:
    """Assert the angle is in radians between 0 and pi."""
    assert math.isclose(angle(a, b), expected, rel_tol=1e-9, abs_tol=1e-15)


@pytest.mark.parametrize("func", [angle, cosine_similarity])
def test_angle_with_zero_vector(func: object) -> None:
    """Assert a zero vector gives a clear error: it has no direction."""
    with pytest.raises(ValueError, match="zero vector"):
        func([0, 0], [1, 2])  # type: ignore[operator]


def test_cosine_similarity() -> None:
    """Assert cosine similarity is cos of the angle: 1/√2 at 45°."""
    assert math.isclose(cosine_similarity([1, 0], [1, 1]), 1 / math.sqrt(2))
    assert cosine_similarity([1, 2], [-2, -4]) == -1.0


@pytest.mark.parametrize(
    ("b", "onto", "expected"),
    [([2, 3], [1, 0], [2, 0]), ([1, 1], [2, 0], [1, 0]), ([1, 2, 3], [0, 0, 5], [0, 0, 3])],
)
def test_projection(b: list[float], onto: list[float], expected: list[float]) -> None:
    """Assert the vector projection is b's shadow along the other vector."""
    assert close(projection(b, onto=onto), expected)


def test_scalar_projection() -> None:
    """Assert the scalar projection is a·b/|a|: [3,4] along [0,2] has length 4."""
    assert scalar_projection([3, 4], onto=[0, 2]) == 4
    assert scalar_projection([3, -4], onto=[0, 2]) == -4


def test_projection_onto_zero_vector() -> None:
    """Assert projecting onto a zero vector is a clear error."""
    with pytest.raises(ValueError, match="zero vector"):
        projection([1, 2], onto=[0, 0])


def test_add_subtract_scale() -> None:
    """Assert the component-wise operations, including the lesson's 3·[1,2] = [3,6]."""
    assert add([1, 2], [3, 4]) == [4, 6]
    assert subtract([1, 2], [3, 4]) == [-2, -2]
    assert scale([1, 2], 3) == [3, 6]


@pytest.mark.parametrize(
    ("a", "b", "theta", "expected"),
    [
        ([1, 0], [0, 1], math.pi, [-1, 0]),
        ([1, 0], [2, 0], math.pi / 2, [0, 2]),  # parallel: 2-D turns counter-clockwise
        ([1, 0], [0, -1], math.pi / 2, [0, 1]),  # 2-D always counter-clockwise from a
        ([1, 0], [0, 1], 3 * math.pi / 2, [0, -1]),
        ([1, 0, 0], [1, 1, 0], math.pi / 2, [0, math.sqrt(2), 0]),
        ([1, 0, 0], [3, 0, 0], math.pi / 2, [0, 3, 0]),  # parallel: least aligned axis is y
        ([0, 0, 2], [0, 0, 1], math.pi / 2, [1, 0, 0]),  # parallel: least aligned axis is x
        ([1, 0, 0], [0, 0, 4], math.pi, [-4, 0, 0]),
    ],
)
def test_rotate_in_plane(a: list[float], b: list[float], theta: float, expected: list[float]) -> None:
    """Assert b is turned to angle theta from a, keeping its length, in the plane of a and b."""
    assert close(rotate_in_plane(a, b, theta), expected)


@pytest.mark.parametrize(
    ("a", "b"), [([1, 0], [0, -1]), ([2, 1], [-1, 3]), ([1, 2, 3], [-2, 0.5, 1]), ([1, 1], [3, 3])]
)
def test_rotate_to_signed_angle_gives_b_back(a: list[float], b: list[float]) -> None:
    """Assert rotate_in_plane and signed_angle_from agree: turning by b's angle lands on b."""
    assert close(rotate_in_plane(a, b, signed_angle_from(a, b)), b)


def test_rotate_needs_two_dimensions() -> None:
    """Assert a 1-D rotation is refused in words."""
    with pytest.raises(ValueError, match="at least 2"):
        rotate_in_plane([1], [2], 1.0)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ([1, 0], [0, 1], math.pi / 2),
        ([1, 0], [0, -1], 3 * math.pi / 2),
        ([1, 0], [1, 0], 0.0),
        ([0, 1], [-1, 0], math.pi / 2),
        ([1, 0, 0], [0, 0, 1], math.pi / 2),
        ([1, 0, 0], [0, 0, -1], math.pi / 2),  # n-D has no clockwise: same as angle()
    ],
)
def test_signed_angle_from(a: list[float], b: list[float], expected: float) -> None:
    """Assert 2-D angles are counter-clockwise in 0..2pi and n-D ones equal angle()."""
    assert math.isclose(signed_angle_from(a, b), expected, abs_tol=1e-12)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ([3, -1], [2, 5], ((3, -1), (2, 5))),  # 2-D: the reader's own picture
        ([0, 0, 2], [0, 3, 3], ((2, 0), (3, 3))),
        ([1, 2, 2], [-2, -4, -4], ((3, 0), (-6, 0))),
        ([4], [-2], ((4, 0), (-2, 0))),
    ],
)
def test_plane_coords(a: list[float], b: list[float], expected: tuple) -> None:
    """Assert n-D pairs are laid flat with a along +x and b above it, true lengths kept."""
    got = plane_coords(a, b)
    assert close(got[0], expected[0]) and close(got[1], expected[1])
