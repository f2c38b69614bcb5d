"""Vector arithmetic for the lesson's vector demos: dot product, length, angle, projection, rotation.

A vector is any sequence of floats of length n >= 1; results are new lists (or tuples for 2-D
coordinates). Everything is plain floats so it runs the same in CPython and in Pyodide. Standard library
only; must not import ``js``, ``pyodide`` or ``py_runtime.draw`` (drawing code calls this, not the
other way round).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from py_runtime.numfmt import count_of, tidy_factor, tidy_number

Vector = Sequence[float]

_PARALLEL_TOL = 1e-12  # a perpendicular part this small (relative to |b|) is rounding noise


def _check_pair(a: Vector, b: Vector, purpose: str) -> None:
    """Raise ValueError in plain words unless ``a`` and ``b`` are non-empty and the same length."""
    if len(a) == 0 or len(b) == 0:
        raise ValueError("a vector needs at least one number")
    if len(a) != len(b):
        raise ValueError(
            f"a has {count_of(len(a), 'number')} but b has {len(b)}; {purpose} needs equal lengths"
        )


def dot(a: Vector, b: Vector) -> float:
    """The dot product: the sum of a_i * b_i."""
    _check_pair(a, b, "a dot product")
    return math.fsum(x * y for x, y in zip(a, b, strict=True))


def norm(a: Vector) -> float:
    """The length |a|."""
    if len(a) == 0:
        raise ValueError("a vector needs at least one number")
    return math.hypot(*a)  # hypot avoids overflow/underflow when squaring


def add(a: Vector, b: Vector) -> list[float]:
    """The component-wise sum a + b."""
    _check_pair(a, b, "adding vectors")
    return [x + y for x, y in zip(a, b, strict=True)]


def subtract(a: Vector, b: Vector) -> list[float]:
    """The component-wise difference a - b."""
    _check_pair(a, b, "subtracting vectors")
    return [x - y for x, y in zip(a, b, strict=True)]


def scale(a: Vector, k: float) -> list[float]:
    """The vector a stretched by the number k."""
    if len(a) == 0:
        raise ValueError("a vector needs at least one number")
    return [k * x for x in a]


def _unit(a: Vector, name: str) -> list[float]:
    """``a`` divided by its length; ValueError naming the vector when it has length 0."""
    length = norm(a)
    if length == 0:
        raise ValueError(f"{name} is a zero vector, so it has no direction")
    return [x / length for x in a]


def angle(a: Vector, b: Vector) -> float:
    """The angle between a and b in radians, from 0 to pi."""
    _check_pair(a, b, "an angle")
    ua, ub = _unit(a, "a"), _unit(b, "b")
    # Kahan's form 2*atan2(|ua - ub|, |ua + ub|) stays accurate near 0 and pi, where acos does not.
    return 2.0 * math.atan2(norm(subtract(ua, ub)), norm(add(ua, ub)))


def cosine_similarity(a: Vector, b: Vector) -> float:
    """cos of the angle between a and b: a·b / (|a||b|), from -1 to 1."""
    _check_pair(a, b, "cosine similarity")
    unit_a, unit_b = _unit(a, "a"), _unit(b, "b")
    squares = dot(a, a) * dot(b, b)
    # One square root of |a|²|b|² keeps whole-number cases exact ([1,2]·[-2,-4] gives exactly -1).
    # When the squares overflow or underflow, the unit vectors still give the cosine.
    value = dot(a, b) / math.sqrt(squares) if 0 < squares < math.inf else dot(unit_a, unit_b)
    return max(-1.0, min(1.0, value))  # rounding can push it a hair past ±1


def scalar_projection(b: Vector, onto: Vector) -> float:
    """The signed length of b's shadow along ``onto``: a·b / |a|."""
    _check_pair(onto, b, "a projection")
    return dot(b, _unit(onto, "the vector projected onto"))


def projection(b: Vector, onto: Vector) -> list[float]:
    """The vector projection of b onto ``onto``: (a·b / a·a) a."""
    _check_pair(onto, b, "a projection")
    unit = _unit(onto, "the vector projected onto")
    return scale(unit, dot(b, unit))


def _least_aligned_perpendicular(unit: list[float]) -> list[float]:
    """A unit vector perpendicular to ``unit``, chosen the same way every time.

    2-D: ``unit`` turned +90° (counter-clockwise). n-D: the first standard basis vector least aligned
    with ``unit``, with its ``unit`` part removed and rescaled.
    """
    if len(unit) == 2:
        return [-unit[1], unit[0]]
    k = min(range(len(unit)), key=lambda i: abs(unit[i]))
    basis = [1.0 if i == k else 0.0 for i in range(len(unit))]
    return _unit(subtract(basis, scale(unit, unit[k])), "the perpendicular")


def _turn_direction(unit_a: list[float], b: Vector) -> list[float]:
    """The unit direction that rotate_in_plane turns toward, perpendicular to a."""
    if len(unit_a) == 2:
        return [-unit_a[1], unit_a[0]]  # 2-D: always counter-clockwise, matching signed_angle_from
    perp = subtract(b, scale(unit_a, dot(b, unit_a)))
    # Remove the a-part a second time: when b is nearly parallel to a, the first pass leaves a
    # rounding-sized a-part that would be huge relative to the small perpendicular part.
    perp = subtract(perp, scale(unit_a, dot(perp, unit_a)))
    if norm(perp) <= _PARALLEL_TOL * norm(b):
        return _least_aligned_perpendicular(unit_a)
    return _unit(perp, "the perpendicular part of b")


def rotate_in_plane(a: Vector, b: Vector, theta: float) -> list[float]:
    """b turned to make the angle ``theta`` (radians) with a, keeping |b|, in the plane of a and b.

    The turn goes from a toward b's part perpendicular to a (in 2-D: counter-clockwise, so the
    signed angle from a to the result is ``theta``). When b is parallel to a, the plane is fixed by
    a deterministic perpendicular (see ``_least_aligned_perpendicular``). Needs n >= 2.
    """
    _check_pair(a, b, "a rotation")
    if len(a) < 2:
        raise ValueError("a rotation needs vectors with at least 2 numbers")
    unit_a = _unit(a, "a")
    turn = _turn_direction(unit_a, b)
    length = norm(b)
    c, s = length * math.cos(theta), length * math.sin(theta)
    return [c * u + s * w for u, w in zip(unit_a, turn, strict=True)]


def signed_angle_from(a: Vector, b: Vector) -> float:
    """The angle from a to b in 0..2pi, the ``theta`` for which rotate_in_plane(a, b, theta) is b.

    2-D: measured counter-clockwise. n-D: there is no preferred turning sense, so it is angle(a, b).
    """
    if len(a) == 2 and len(b) == 2:
        _unit(a, "a")  # same zero-vector errors as angle()
        _unit(b, "b")
        turn = math.atan2(a[0] * b[1] - a[1] * b[0], a[0] * b[0] + a[1] * b[1])
        if turn < 0:
            turn += 2.0 * math.pi
        return 0.0 if turn >= 2.0 * math.pi else turn  # a tiny negative turn rounds up to 2pi
    return angle(a, b)


def plane_coords(a: Vector, b: Vector) -> tuple[tuple[float, float], tuple[float, float]]:
    """2-D coordinates of a and b in their own plane, keeping their lengths and the angle between.

    2-D input comes back unchanged (the reader's own picture). Otherwise a lies along +x and b in
    the upper half-plane.
    """
    _check_pair(a, b, "drawing two vectors")
    if len(a) == 2:
        return (float(a[0]), float(a[1])), (float(b[0]), float(b[1]))
    length_a = norm(a)
    if length_a == 0:
        return (0.0, 0.0), (norm(b), 0.0)
    along = dot(b, a) / length_a
    across = norm(subtract(b, scale(a, along / length_a)))
    return (length_a, 0.0), (along, across)


def component_terms(a: Vector, b: Vector) -> list[tuple[float, float, float]]:
    """The dot product's pieces: one (a_i, b_i, a_i * b_i) triple per component."""
    _check_pair(a, b, "a dot product")
    return [(x, y, x * y) for x, y in zip(a, b, strict=True)]


def format_dot_sum(a: Vector, b: Vector) -> str:
    """The dot product written out, e.g. ``1×4 + 2×5 + 3×6 = 32`` (negatives in parentheses)."""
    terms = component_terms(a, b)
    written = " + ".join(f"{tidy_factor(x)}\u00d7{tidy_factor(y)}" for x, y, _ in terms)
    return f"{written} = {tidy_number(dot(a, b))}"
