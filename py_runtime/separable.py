"""Whether a straight line can separate two classes of points in the plane.

Two finite sets of points can be split by a line, with each set strictly on its own side, exactly
when their convex hulls do not meet. :func:`separable` tests that by projection: the hulls are
disjoint when, along some direction, their shadows do not overlap, and it is enough to try the
directions of the hull edges and their normals (plus the line between the two sets when both are
single points). This is how the perceptron demo can say, after its 100 epochs, that no line exists
(XOR) rather than that it has not found one yet. Standard library only; must not import ``js``,
``pyodide`` or anything from ``py_runtime.draw``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

XY = tuple[float, float]


def _cross(o: XY, a: XY, b: XY) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def hull(points: Iterable[XY]) -> list[XY]:
    """The convex hull's corners, counter-clockwise (Andrew's monotone chain); 1 or 2 for flat sets."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts
    lower: list[XY] = []
    upper: list[XY] = []
    for p in pts:
        while len(lower) >= 2 and _cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and _cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _directions(corners: Sequence[XY]) -> list[XY]:
    """Each hull edge's direction and its normal."""
    found: list[XY] = []
    for k, a in enumerate(corners):
        b = corners[(k + 1) % len(corners)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        if dx or dy:
            found += [(dx, dy), (-dy, dx)]
    return found


def _apart(a: Sequence[XY], b: Sequence[XY], d: XY) -> bool:
    pa = [p[0] * d[0] + p[1] * d[1] for p in a]
    pb = [p[0] * d[0] + p[1] * d[1] for p in b]
    return max(pa) < min(pb) or max(pb) < min(pa)


def separable(points: Iterable[tuple[float, float, int]]) -> bool:
    """Whether some line has every label-1 point strictly on one side and every label-0 point on the other."""
    listed = list(points)
    ones = hull((x1, x2) for x1, x2, label in listed if label == 1)
    zeros = hull((x1, x2) for x1, x2, label in listed if label != 1)
    if not ones or not zeros:
        return True  # one class only: any line with every point on one side will do
    candidates = _directions(ones) + _directions(zeros)
    if len(ones) == 1 and len(zeros) == 1:
        candidates.append((zeros[0][0] - ones[0][0], zeros[0][1] - ones[0][1]))
    return any(_apart(ones, zeros, d) for d in candidates if d != (0.0, 0.0))
