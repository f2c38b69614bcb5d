"""In every demo's picture, every tick label sits on a grid line, in both back ends.

Property tests over the demos' own inputs (dot product a, b and the angle of b; matrix sizes and
entries; derivative formulas and x ranges; the scale factor k). Each state is drawn twice, as the
build-time SVG and as the canvas commands the page replays, and both are read back the way a reader
looks at them: the grid lines and the 11 px muted numbers as drawn, never the tick layout itself.
An x label is centred on a vertical grid line, a y label's middle is on a horizontal one, the single
"0" sits below-left of the crossing of the two grid lines at 0, and the numbers along an axis grow
in step with their positions (so each names the line it sits on).
"""

from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from demos.base import Demo, InputError
from demos.options import OptionError, resolve
from demos.registry import DEMOS
from py_runtime.draw import CanvasPainter
from py_runtime.draw.canvas import CommandBuffer
from py_runtime.draw.svg import SvgPainter
from py_runtime.theme import LIGHT

MINUS = "\u2212"
LABEL_PX = 11.0  # the size plots write tick numbers at; nothing else in a demo is muted at 11 px
GAP = 4.0  # the "0" of the origin sits this far below and left of where the axes cross
SVG = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class Label:
    """A tick number as drawn: where, anchored how (canvas words), and the number it says."""

    x: float
    y: float
    align: str
    baseline: str
    value: float


@dataclass(frozen=True)
class Picture:
    """What a reader sees of a plot: grid lines (x of the vertical ones, y of the horizontal ones), labels."""

    vertical: list[float]
    horizontal: list[float]
    labels: list[Label]


def _number(text: str) -> float:
    return float(text.replace(MINUS, "-"))


def _grid_line(x1: float, y1: float, x2: float, y2: float, picture: Picture) -> None:
    if x1 == x2:
        picture.vertical.append(x1)
    elif y1 == y2:
        picture.horizontal.append(y1)


def read_svg(svg: str) -> Picture:
    """Grid lines and tick labels of an SVG figure, from its ``<line>`` and ``<text>`` elements."""
    picture = Picture([], [], [])
    align = {"middle": "center", "end": "right", None: "left"}
    baseline = {"central": "middle", "text-before-edge": "top", "text-after-edge": "bottom"}
    for element in ET.fromstring(svg):  # noqa: S314 - SVG our own painter just wrote, not untrusted input
        if element.tag == f"{SVG}line" and element.get("stroke", "").startswith("var(--nn-grid,"):
            _grid_line(*(float(element.get(k, "nan")) for k in ("x1", "y1", "x2", "y2")), picture)
        muted = element.get("fill", "").startswith("var(--nn-muted,")
        if element.tag == f"{SVG}text" and muted and element.get("font-size") == f"{LABEL_PX:g}":
            picture.labels.append(
                Label(
                    float(element.get("x", "nan")),
                    float(element.get("y", "nan")),
                    align[element.get("text-anchor")],
                    baseline.get(element.get("dominant-baseline", ""), "alphabetic"),
                    _number(element.text or ""),
                )
            )
    return picture


def read_canvas(frames: list[str]) -> Picture:
    """Grid lines and tick labels of the last canvas frame, replaying its commands' effect on a context."""
    picture = Picture([], [], [])
    style: dict[str, Any] = {}
    path: list[tuple[float, float]] = []
    for name, *args in json.loads(frames[-1]):
        if name == "=":
            style[args[0]] = args[1]
        elif name == "beginPath":
            path = []
        elif name in ("moveTo", "lineTo"):
            path.append((args[0], args[1]))
        elif name == "stroke" and not args and style.get("strokeStyle") == LIGHT["grid"] and len(path) == 2:
            _grid_line(*path[0], *path[1], picture)
        elif (
            name == "fillText"
            and style.get("fillStyle") == LIGHT["muted"]
            and re.match(rf"{LABEL_PX:g}px ", style.get("font", ""))
        ):
            picture.labels.append(
                Label(args[1], args[2], style["textAlign"], style["textBaseline"], _number(args[0]))
            )
    return picture


def _on(value: float, lines: list[float], tolerance: float) -> bool:
    return any(abs(value - line) <= tolerance for line in lines)


def _in_step(labels: list[Label], position: str, tolerance: float) -> None:
    """Assert the numbers of one axis's labels are a linear function of their positions."""
    if len(labels) < 2:
        return
    first, last = (
        min(labels, key=lambda lb: getattr(lb, position)),
        max(labels, key=lambda lb: getattr(lb, position)),
    )
    span = getattr(last, position) - getattr(first, position)
    assert span > 0
    per_px = (last.value - first.value) / span
    for label in labels:
        expected = getattr(first, position) + (label.value - first.value) / per_px
        assert abs(getattr(label, position) - expected) <= tolerance, (label, first, last)


def check(picture: Picture, tolerance: float) -> None:
    """Assert every tick label of ``picture`` sits on (and names) a grid line."""
    xs = [lb for lb in picture.labels if lb.align == "center"]
    ys = [lb for lb in picture.labels if lb.baseline == "middle"]
    origin = [lb for lb in picture.labels if lb not in xs and lb not in ys]
    assert len(xs) + len(ys) + len(origin) == len(picture.labels)
    for label in xs:
        assert _on(label.x, picture.vertical, tolerance), (label, picture.vertical)
    for label in ys:
        assert _on(label.y, picture.horizontal, tolerance), (label, picture.horizontal)
    for label in origin:
        assert (label.value, label.align, label.baseline) == (0, "right", "top"), label
        assert _on(label.x + GAP, picture.vertical, tolerance) and _on(
            label.y - GAP, picture.horizontal, tolerance
        )
    _in_step(xs, "x", 0.5)
    _in_step(ys, "y", 0.5)


def pictures(demo: Demo[Any], state: object) -> tuple[Picture, Picture]:
    """``state`` drawn as the build draws it (SVG) and as the page does (canvas commands)."""
    svg = SvgPainter(demo.width, demo.height, title=demo.title)
    svg.clear()
    demo.render(state, svg)
    frames: list[str] = []
    canvas = CanvasPainter(CommandBuffer(frames.append), demo.width, demo.height, dpr=2.0, path2d=str)
    canvas.clear()
    demo.render(state, canvas)
    canvas.ctx.flush()
    return read_svg(svg.to_svg()), read_canvas(frames)


def check_both(demo: Demo[Any], state: object, *, plotted: bool) -> None:
    """Assert the property in the SVG (2-decimal coordinates) and on the canvas (exact floats)."""
    from_svg, from_canvas = pictures(demo, state)
    check(from_svg, tolerance=0.006)
    check(from_canvas, tolerance=1e-9)
    if plotted:  # a plot always writes some numbers; a test of none would prove nothing
        assert from_svg.labels and from_canvas.labels
        assert len(from_svg.labels) == len(from_canvas.labels)


def state_after(demo: Demo[Any], options: dict[str, Any], inputs: list[tuple[str, str]]) -> object:
    """The state after these fence options and reader inputs; the example is dropped if either is refused."""
    try:
        state = demo.initial(resolve(demo.options, options))
        for control, value in inputs:
            state = demo.update(state, control, value)
    except (OptionError, InputError):
        assume(False)
    return state


number = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False, allow_subnormal=False)
modest = st.one_of(st.integers(-12, 12).map(float), st.floats(-50, 50, allow_subnormal=False), number)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])


@SETTINGS
@given(
    pair=st.integers(2, 6).flatmap(
        lambda n: st.tuples(
            st.lists(modest, min_size=n, max_size=n), st.lists(modest, min_size=n, max_size=n)
        )
    ),
    turn=st.one_of(st.none(), st.integers(0, 360)),
)
def test_dot_product(pair: tuple[list[float], list[float]], turn: int | None) -> None:
    """Assert the dot product's tick labels sit on its grid lines, for any pair and any angle of b."""
    a, b = pair
    assume(math.hypot(*a) > 1e-6 and math.hypot(*b) > 1e-6)
    demo = DEMOS["dot_product"]
    state = state_after(demo, {"a": a, "b": b}, [] if turn is None else [("angle", str(turn))])
    check_both(demo, state, plotted=True)


def test_dot_product_example_of_the_issue() -> None:
    """Assert a = [3, 4], b = [1, 0] labels its grid at −5, 0, 5 (it wrote −6, −4, −2, 4, 6 off the grid)."""
    demo = DEMOS["dot_product"]
    state = state_after(demo, {"a": [3, 4], "b": [1, 0]}, [])
    from_svg, _ = pictures(demo, state)
    check(from_svg, tolerance=0.006)
    assert sorted(lb.value for lb in from_svg.labels if lb.align == "center") == [-5, 5]


@SETTINGS
@given(v=st.tuples(st.floats(-10, 10), st.floats(-10, 10)), k=st.floats(-3, 3))
def test_scale_vector(v: tuple[float, float], k: float) -> None:
    """Assert the scale-vector plot's labels sit on its grid lines for any v and k."""
    demo = DEMOS["scale_vector"]
    check_both(demo, state_after(demo, {"v": list(v), "k": k}, []), plotted=True)


TERMS = st.sampled_from(
    [
        "x",
        "x^2",
        "x^3",
        "3x^4 - 2x^2 + 7",
        "sin(x)",
        "cos(x^3)",
        "exp(x)",
        "ln(x)",
        "sqrt(x)",
        "1/x",
        "(x^2 + 1)^3",
        "7",
    ]
)
formula = st.lists(st.tuples(st.integers(-20, 20), TERMS), min_size=1, max_size=3).map(
    lambda terms: " + ".join(f"{c}*({t})" for c, t in terms)
)


@SETTINGS
@given(
    f=st.one_of(TERMS, formula),
    ends=st.tuples(st.floats(-1000, 1000), st.floats(-1000, 1000)),
    where=st.floats(0, 1),
    h=st.floats(0.01, 2),
)
def test_derivative(f: str, ends: tuple[float, float], where: float, h: float) -> None:
    """Assert the derivative plot's labels sit on its grid lines for any formula, x range, x and h."""
    lo, hi = sorted(ends)
    assume(hi - lo > 1e-3)
    demo = DEMOS["derivative"]
    x = lo + where * (hi - lo)
    state = state_after(demo, {"f": f, "x_min": lo, "x_max": hi, "x": min(hi, max(lo, x)), "h": h}, [])
    check_both(demo, state, plotted=True)


@SETTINGS
@given(
    shape=st.tuples(st.integers(1, 5), st.integers(1, 5), st.integers(1, 5)),
    cells=st.lists(number, min_size=50, max_size=50),
    focus=st.tuples(st.integers(1, 5), st.integers(1, 5)),
)
def test_matrix_product(shape: tuple[int, int, int], cells: list[float], focus: tuple[int, int]) -> None:
    """Assert the matrix picture, which is no plot, writes no tick number off a grid line (it writes none)."""
    m, n, p = shape
    a = [cells[r * n : (r + 1) * n] for r in range(m)]
    b = [cells[25 + r * p : 25 + (r + 1) * p] for r in range(n)]
    demo = DEMOS["matrix_product"]
    state = state_after(demo, {"a": a, "b": b}, [("C", f"{min(focus[0], m)}:{min(focus[1], p)}")])
    check_both(demo, state, plotted=False)
