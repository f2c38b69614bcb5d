"""The picture of the dot-product demo: two vectors from one origin, their angle and the projection.

:func:`render` lays a :class:`~demos.dot_product.state.State` into the plane of a and b; the
rest takes plain 2-D coordinates and draws through a :class:`~py_runtime.draw.Painter`.
Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math

from demos.dot_product.state import Cue, State, measure
from py_runtime.draw import Painter, Viewport, draw_grid_and_axes
from py_runtime.draw.plot import draw_tick_label
from py_runtime.draw.ticks import LABEL_SIZE as TICK_SIZE
from py_runtime.draw.ticks import TickLabel, tick_layout
from py_runtime.vectors import norm, plane_coords

Point = tuple[float, float]

# The view reaches this far beyond the longer vector, so b keeps its tip (and label) inside
# the figure at every angle, and the scale does not change while b turns.
HEADROOM = 1.2
MARGIN = 24.0
TOP_BAND = 40.0
BOTTOM_BAND = 28.0
LABEL_SIZE = 16.0
LABEL_GAP = 14.0  # from an arrow's tip to the centre of its letter
PROJ_OFFSET = 5.0  # px between a's line and b's shadow drawn beside it
CUE_SIZE = 14.0
NOTE_SIZE = 13.0


def viewport(painter: Painter, reach: float) -> Viewport:
    """The view of a figure drawn on ``painter``: see :func:`viewport_for`."""
    return viewport_for(painter.width, painter.height, reach)


def viewport_for(width: float, height: float, reach: float) -> Viewport:
    """The equal-aspect view centred on the origin that holds any vector up to ``reach`` long.

    It leaves a band above for the direction cue and one below for the note, so neither hides
    a tick label or a vector.
    """
    extent = max(reach, 1e-12) * HEADROOM
    return Viewport(
        -extent,
        extent,
        -extent,
        extent,
        MARGIN,
        TOP_BAND,
        width - 2 * MARGIN,
        height - TOP_BAND - BOTTOM_BAND,
        equal_aspect=True,
    )


def _unit(dx: float, dy: float) -> Point:
    length = math.hypot(dx, dy)
    return (dx / length, dy / length) if length > 0 else (1.0, 0.0)


def _clamp(value: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, value))


def draw_projection(painter: Painter, vp: Viewport, a: Point, b: Point) -> None:
    """b's shadow on the line of a (dashed, role proj), the drop from b's tip and a right-angle mark.

    The shadow is drawn a few pixels off a's line, on b's side, so a's arrow cannot hide it.
    """
    along = (a[0] * b[0] + a[1] * b[1]) / (a[0] ** 2 + a[1] ** 2)
    ox, oy = vp.to_px(0.0, 0.0)
    px, py = vp.to_px(along * a[0], along * a[1])
    bx, by = vp.to_px(*b)
    ux, uy = _unit(*(c - o for c, o in zip(vp.to_px(*a), (ox, oy), strict=True)))
    nx, ny = -uy, ux
    if nx * (bx - px) + ny * (by - py) < 0:
        nx, ny = -nx, -ny
    shift_x, shift_y = nx * PROJ_OFFSET, ny * PROJ_OFFSET
    painter.line(ox + shift_x, oy + shift_y, px + shift_x, py + shift_y, color="proj", width=3.0, dash=(7, 5))
    px, py = px + shift_x, py + shift_y
    painter.line(bx, by, px, py, color="proj", width=1.2, dash=(2, 4))
    if math.hypot(px - ox, py - oy) > 12 and math.hypot(bx - px, by - py) > 12:
        back, up = _unit(ox - px, oy - py), _unit(bx - px, by - py)
        side = 7.0
        corner = [
            (px + back[0] * side, py + back[1] * side),
            (px + (back[0] + up[0]) * side, py + (back[1] + up[1]) * side),
            (px + up[0] * side, py + up[1] * side),
        ]
        painter.polyline(corner, color="proj", width=1.2)


def _letter(painter: Painter, x: float, y: float, s: str, *, role: str, size: float) -> None:
    """One bold letter on a small background-coloured patch, legible over grid lines and tick labels."""
    painter.rect(x - size * 0.45, y - size * 0.6, size * 0.9, size * 1.2, fill="bg")
    painter.text(x, y, s, color=role, size=size, bold=True, align="center")


def draw_angle(painter: Painter, vp: Viewport, a: Point, b: Point, theta: float) -> None:
    """The arc of the angle θ (0 to 180°) from a to b, the short way round, and its label."""
    if theta < 0.5:
        return
    ox, oy = vp.to_px(0.0, 0.0)
    shorter = min(math.hypot(*a), math.hypot(*b)) * vp.scale_x
    radius = _clamp(0.45 * shorter, 16.0, 40.0)
    start = math.atan2(a[1], a[0])
    turn = math.atan2(b[1], b[0]) - start
    turn = (turn + math.pi) % (2 * math.pi) - math.pi  # the short way round, in (-pi, pi]
    if abs(abs(turn) - math.pi) < 1e-9:
        turn = math.pi  # opposite vectors: show the half turn counter-clockwise
    painter.arc(ox, oy, radius, start, start + turn, color="accent", width=2.0)
    reach = radius + 12.0
    if 2 * reach * math.sin(abs(turn) / 2) >= 20:
        spot = start + turn / 2  # room between the arrows: the letter sits inside the angle
    else:
        # Too narrow: the letter goes just outside the arc, past b's arrow.
        spot = start + turn + math.copysign(math.asin(min(1.0, 12.0 / reach)), turn)
    _letter(painter, ox + reach * math.cos(spot), oy - reach * math.sin(spot), "θ", role="accent", size=16.0)


def _label_spots(vp: Viewport, a: Point, b: Point, width: float, height: float) -> list[Point]:
    """Where the letters a and b go: a's beside its head (b's shadow runs along a's line past the
    tip), on the side away from b; b's just past its tip. Both stay inside the figure."""
    ox, oy = vp.to_px(0.0, 0.0)
    (atx, aty), (btx, bty) = vp.to_px(*a), vp.to_px(*b)
    ux, uy = _unit(atx - ox, aty - oy)
    nx, ny = -uy, ux
    if nx * (btx - ox) + ny * (bty - oy) > 0:
        nx, ny = -nx, -ny
    vx, vy = _unit(btx - ox, bty - oy)
    spots = [
        (atx - ux * 4 + nx * LABEL_GAP, aty - uy * 4 + ny * LABEL_GAP),
        (btx + vx * LABEL_GAP, bty + vy * LABEL_GAP),
    ]
    edge = 10.0
    return [(_clamp(x, edge, width - edge), _clamp(y, edge, height - edge)) for x, y in spots]


def draw_vectors(painter: Painter, vp: Viewport, a: Point, b: Point) -> None:
    """Arrows for a and b from the origin (the longer one underneath) and their letters."""
    ox, oy = vp.to_px(0.0, 0.0)
    arrows = [("a", a), ("b", b)]
    arrows.sort(key=lambda item: -math.hypot(*item[1]))
    for role, v in arrows:
        painter.arrow(ox, oy, *vp.to_px(*v), color=role, width=3.0, head=12.0)
    for role, (x, y) in zip(("a", "b"), _label_spots(vp, a, b, painter.width, painter.height), strict=True):
        _letter(painter, x, y, role, role=role, size=LABEL_SIZE)


def _keep_out(label: TickLabel) -> tuple[float, float, float]:
    """The centre of a tick number and its half-width: the patch a vector's letter must keep clear of."""
    if label.axis == "origin":
        return label.x - 3, label.y + TICK_SIZE / 2, 3
    half = len(label.text) * TICK_SIZE * 0.3
    if label.axis == "x":
        return label.x, label.y + TICK_SIZE / 2, half
    return label.x - half, label.y, half


def draw_tick_labels(painter: Painter, vp: Viewport, avoid: list[Point]) -> None:
    """The plot's tick numbers (the same layout as its grid lines), leaving out any that would sit
    under the letter of a vector in ``avoid``: a letter matters more than one number."""
    shown = tuple(label for label in tick_layout(vp, painter.height).labels if _clear_of(label, avoid))
    # Turning b changes which numbers are left out only now and then: the same set is one layer.
    painter.layer(("dot tick labels", shown), lambda: _draw_labels(painter, shown))


def _clear_of(label: TickLabel, avoid: list[Point]) -> bool:
    """Whether tick number ``label`` stays clear of every letter placed at a point of ``avoid``."""
    x, y, half = _keep_out(label)
    return all(
        abs(x - lx) > half + LABEL_SIZE * 0.5 or abs(y - ly) > TICK_SIZE / 2 + LABEL_SIZE * 0.65
        for lx, ly in avoid
    )


def _draw_labels(painter: Painter, labels: tuple[TickLabel, ...]) -> None:
    for label in labels:
        draw_tick_label(painter, label)


def draw_dot_picture(
    painter: Painter, a: Point, b: Point, *, reach: float, theta: float, cue: Cue, note: str | None
) -> None:
    """The whole figure; ``reach`` (the longer true length) fixes the scale, ``theta`` is in degrees."""
    vp = viewport(painter, reach)
    draw_grid_and_axes(painter, vp, labels=False)
    draw_tick_labels(painter, vp, _label_spots(vp, a, b, painter.width, painter.height))
    draw_projection(painter, vp, a, b)
    draw_angle(painter, vp, a, b, theta)
    draw_vectors(painter, vp, a, b)
    # The cue: a dot in its colour and its words, in the band above the plot.
    painter.circle(MARGIN + 5, TOP_BAND / 2, 5.0, fill=cue.role)
    painter.text(MARGIN + 16, TOP_BAND / 2, cue.text, color=cue.role, size=CUE_SIZE, bold=True)
    if note:
        painter.text(MARGIN, painter.height - BOTTOM_BAND / 2, note, color="muted", size=NOTE_SIZE)


def flat(state: State) -> tuple[Point, Point]:
    """a and b as drawn: in their plane, b on the far side of a's line once it has turned past 180°."""
    a2, b2 = plane_coords(state.a, state.b)
    if len(state.a) > 2 and math.sin(math.radians(state.turn)) < 0:
        b2 = (b2[0], -b2[1])
    return a2, b2


def tip_of_b(state: State, width: float, height: float) -> Point:
    """Where b's arrowhead is in a figure of this size: the handle a reader grabs."""
    vp = viewport_for(width, height, max(norm(state.a), norm(state.b)))
    return vp.to_px(*flat(state)[1])


def turn_towards(state: State, x: float, y: float, width: float, height: float) -> float:
    """The angle of b (degrees from a, counter-clockwise as drawn, 0 to 360) that points b at the
    figure point (x, y)."""
    vp = viewport_for(width, height, max(norm(state.a), norm(state.b)))
    wx, wy = vp.to_world(x, y)
    a2 = flat(state)[0]
    return math.degrees(math.atan2(wy, wx) - math.atan2(a2[1], a2[0])) % 360


def render(state: State, painter: Painter) -> None:
    """Draw ``state``: the pair in the plane they span, at the scale of the longer one."""
    a2, b2 = flat(state)
    m = measure(state.a, state.b)
    draw_dot_picture(
        painter,
        a2,
        b2,
        reach=max(norm(state.a), norm(state.b)),
        theta=m.theta,
        cue=m.cue,
        note="drawn in the plane of a and b" if len(state.a) > 2 else None,
    )
