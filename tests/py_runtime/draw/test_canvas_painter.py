"""Tests for the canvas backend, against a fake 2D context that records what it is told."""

from __future__ import annotations

import math
from typing import Any

import pytest

from py_runtime.draw.canvas import CanvasPainter, CommandBuffer
from py_runtime.theme import DARK, LIGHT


class FakeContext:
    """Records method calls as (name, args) and property assignments as ("=name", value)."""

    def __init__(self) -> None:
        object.__setattr__(self, "log", [])

    def __setattr__(self, name: str, value: Any) -> None:
        self.log.append(("=" + name, value))
        object.__setattr__(self, name, value)

    def __getattr__(self, name: str) -> Any:
        def method(*args: Any) -> None:
            self.log.append((name, args))

        return method

    def calls(self, name: str) -> list[Any]:
        return [entry[1] for entry in self.log if entry[0] == name]


def make(**options: Any) -> tuple[CanvasPainter, FakeContext]:
    ctx = FakeContext()
    return CanvasPainter(ctx, 200, 100, **options), ctx


def test_clear_scales_to_css_pixels() -> None:
    """Assert a frame starts with the device-pixel-ratio transform and clears the CSS area."""
    painter, ctx = make(dpr=2.0)
    painter.clear()
    assert ctx.log[0] == ("setTransform", (2.0, 0, 0, 2.0, 0, 0))
    assert ctx.calls("clearRect") == [(0, 0, 200.0, 100.0)]


def test_resize_changes_transform_and_forgets_state() -> None:
    """Assert after resize the new dpr is used and styles are set again (the canvas reset them)."""
    painter, ctx = make(dpr=1.0)
    painter.clear()
    painter.line(0, 0, 1, 1, color="a")
    painter.resize(300, 150, dpr=3.0)
    painter.clear()
    painter.line(0, 0, 1, 1, color="a")
    assert ctx.calls("setTransform")[-1] == (3.0, 0, 0, 3.0, 0, 0)
    assert ctx.calls("clearRect")[-1] == (0, 0, 300.0, 150.0)
    assert ctx.calls("=strokeStyle") == [LIGHT["a"], LIGHT["a"]]


def test_same_style_is_assigned_once() -> None:
    """Assert repeating a colour and width does not cross into JS again."""
    painter, ctx = make()
    painter.line(0, 0, 10, 10, color="a")
    painter.line(5, 0, 15, 10, color="a")
    painter.line(5, 0, 15, 10, color="b")
    assert ctx.calls("=strokeStyle") == [LIGHT["a"], LIGHT["b"]]
    assert ctx.calls("=lineWidth") == [1.5]
    assert ctx.calls("setLineDash") == []  # a fresh context already draws solid lines


def test_dash_goes_through_to_js_and_back_to_solid() -> None:
    """Assert dashes pass through the to_js hook, and a later solid line resets them."""
    converted = []

    def to_js(value: list[float]) -> tuple[str, list[float]]:
        converted.append(value)
        return ("js", value)

    painter, ctx = make(to_js=to_js)
    painter.line(0, 0, 1, 1, color="proj", dash=(6, 4))
    painter.line(0, 0, 1, 1, color="proj", dash=[6, 4])
    painter.line(0, 0, 1, 1, color="proj")
    assert ctx.calls("setLineDash") == [(("js", [6.0, 4.0]),), (("js", []),)]
    assert converted == [[6.0, 4.0], []]


def test_arc_from_zero_to_quarter_turn_goes_upward() -> None:
    """Assert arc(0, pi/2) ends above the centre on screen, as canvas would draw it."""
    painter, ctx = make()
    painter.arc(50, 50, 10, 0, math.pi / 2, color="accent")
    ((_cx, cy, r, start, end, anticlockwise),) = ctx.calls("arc")
    # Canvas puts angle t at (cx + r cos t, cy + r sin t).
    end_y = cy + r * math.sin(end)
    assert end_y == pytest.approx(40)
    assert anticlockwise is True
    # Turning anticlockwise from 0 to -pi/2 is a quarter turn, not three quarters.
    assert (start - end) % (2 * math.pi) == pytest.approx(math.pi / 2)


def test_arc_with_decreasing_angle_goes_downward_clockwise() -> None:
    """Assert arc(0, -pi/2) ends below the centre and turns clockwise."""
    painter, ctx = make()
    painter.arc(50, 50, 10, 0, -math.pi / 2, color="accent")
    ((_cx, cy, r, _start, end, anticlockwise),) = ctx.calls("arc")
    assert cy + r * math.sin(end) == pytest.approx(60)
    assert anticlockwise is False


def test_filled_arc_paints_a_wedge_then_strokes_the_curve() -> None:
    """Assert the wedge path starts at the centre and is filled before the curve is stroked."""
    painter, ctx = make()
    painter.arc(50, 50, 10, 0, 1.0, color="accent", fill="highlight_row")
    names = [entry[0] for entry in ctx.log if not entry[0].startswith("=")]
    assert names == ["beginPath", "moveTo", "arc", "closePath", "fill", "beginPath", "arc", "stroke"]
    assert ctx.calls("moveTo") == [(50, 50)]


def test_polyline_gaps_start_new_subpaths() -> None:
    """Assert a gap moves the pen instead of drawing a line across it."""
    painter, ctx = make()
    painter.polyline([(0, 0), (1, 1), None, (2, 2), (3, math.inf), (4, 4), (5, 5)], color="a")
    drawing = [entry for entry in ctx.log if entry[0] in ("moveTo", "lineTo", "stroke", "beginPath")]
    assert drawing == [
        ("beginPath", ()),
        ("moveTo", (0.0, 0.0)),
        ("lineTo", (1.0, 1.0)),
        ("moveTo", (4.0, 4.0)),
        ("lineTo", (5.0, 5.0)),
        ("stroke", ()),
    ]


def test_polyline_uses_one_path2d_when_offered() -> None:
    """Assert with a Path2D factory the whole curve costs one path object and one stroke."""
    made = []

    def path2d(data: str) -> str:
        made.append(data)
        return "PATH"

    painter, ctx = make(path2d=path2d)
    painter.polyline([(0, 0), (1, 2.5), None, (3, 3), (4, 4)], color="a")
    assert made == ["M0.00 0.00L1.00 2.50M3.00 3.00L4.00 4.00"]
    assert ctx.calls("stroke") == [("PATH",)]
    assert ctx.calls("lineTo") == []


def test_arrow_head_is_filled_triangle_at_tip() -> None:
    """Assert the arrow head is a filled path starting at the tip, after a stroked shaft."""
    painter, ctx = make()
    painter.arrow(0, 0, 100, 0, color="b", head=10)
    assert ctx.calls("lineTo")[0] == (90.0, 0.0)  # the shaft stops at the head
    assert ctx.calls("moveTo")[-1] == (100, 0)
    assert ctx.calls("=fillStyle") == [LIGHT["b"]]
    assert len(ctx.calls("fill")) == 1


def test_text_sets_font_alignment_and_colour() -> None:
    """Assert text picks font, colour, alignment and baseline, then writes the string."""
    painter, ctx = make(font_family="Roboto")
    painter.text(10, 20, "θ = 45°", color="muted", size=11, align="right", baseline="top", bold=True)
    painter.text(10, 40, "again", color="muted", size=11, align="right", baseline="top", bold=True)
    assert ctx.calls("=font") == ["bold 11px Roboto"]
    assert ctx.calls("=fillStyle") == [LIGHT["muted"]]
    assert ctx.calls("=textAlign") == ["right"]
    assert ctx.calls("=textBaseline") == ["top"]
    assert ctx.calls("fillText") == [("θ = 45°", 10, 20), ("again", 10, 40)]


def test_set_theme_switches_colours_and_fills_missing_roles() -> None:
    """Assert a new theme recolours later drawing, with light colours for roles it lacks."""
    painter, ctx = make()
    painter.set_theme({"a": DARK["a"]})
    painter.line(0, 0, 1, 1, color="a")
    painter.line(0, 0, 1, 1, color="b")
    assert ctx.calls("=strokeStyle") == [DARK["a"], LIGHT["b"]]


def test_rect_fill_uses_fill_rect_and_normalises() -> None:
    """Assert a filled rect with negative size is one fillRect over the same area."""
    painter, ctx = make()
    painter.rect(30, 40, -20, -10, fill="highlight_col")
    assert ctx.calls("fillRect") == [(10, 30, 20, 10)]
    assert ctx.calls("stroke") == []


def test_unknown_role_is_rejected() -> None:
    """Assert a misspelt role raises ValueError naming the roles."""
    painter, _ = make()
    with pytest.raises(ValueError, match="unknown colour role"):
        painter.circle(0, 0, 1, fill="purple")


def test_non_finite_shapes_are_skipped() -> None:
    """Assert a line through NaN draws nothing rather than passing NaN to the canvas."""
    painter, ctx = make()
    painter.line(0, math.nan, 1, 1, color="a")
    assert ctx.log == []


def _frames(painter_keys: list[str], before: list[str | None]) -> tuple[list[str], int]:
    """Frames of a painter on a CommandBuffer: per frame, maybe a line in role ``before[i]``, then a
    grid-line layer under key ``painter_keys[i]``, then a line in role ``grid``; and how often the
    layer was really drawn."""
    frames: list[str] = []
    painter = CanvasPainter(CommandBuffer(frames.append), 200, 100, path2d=str)
    drawn = []

    def grid() -> None:
        drawn.append(1)
        painter.line(0, 50, 200, 50, color="grid", width=1.0)
        painter.text(5, 5, "1", color="muted", size=11)

    for key, role in zip(painter_keys, before, strict=True):
        painter.clear()
        if role is not None:
            painter.line(0, 0, 5, 5, color=role, width=2.0)
        painter.layer(key, grid)
        painter.line(0, 0, 10, 10, color="grid", width=1.0)
        painter.ctx.flush()
    return frames, len(drawn)


def test_a_layer_is_drawn_once_then_replayed_as_if_drawn_again() -> None:
    """Assert a layer with the same key is drawn once, and every frame is what drawing it anew gives,
    including after a frame whose earlier strokes left another style set."""
    before = [None, None, "axis", None, "axis"]
    cached, drawn = _frames(["grid"] * 5, before)
    fresh, fresh_drawn = _frames([f"grid {i}" for i in range(5)], before)  # never the same key
    # Once per style state the layer starts from: the first frame's, the one every plain frame
    # leaves behind, and the one a line in "axis" leaves; frames 3 and 4 replay.
    assert (drawn, fresh_drawn) == (3, 5)
    assert cached == fresh
    assert cached[3] == cached[1] and cached[4] == cached[2]
    assert cached[3].count('"strokeStyle"') == 0  # the style the last frame left is still set


def test_a_new_palette_or_size_draws_the_layer_again() -> None:
    """Assert switching to the dark palette, or resizing, forgets remembered layers."""
    frames: list[str] = []
    painter = CanvasPainter(CommandBuffer(frames.append), 200, 100, path2d=str)

    def frame() -> None:
        painter.clear()
        painter.layer("grid", lambda: painter.line(0, 50, 200, 50, color="grid", width=1.0))
        painter.ctx.flush()

    frame()
    painter.set_theme(DARK)
    frame()
    painter.resize(100, 50)
    frame()
    assert LIGHT["grid"] in frames[0] and DARK["grid"] in frames[1] and DARK["grid"] in frames[2]
    assert '"clearRect",0,0,100.0,50.0' in frames[2]


def test_a_layer_on_a_plain_context_is_simply_drawn() -> None:
    """Assert without a command buffer the layer's drawing goes straight to the context each time."""
    painter, ctx = make()
    for _ in range(2):
        painter.layer("grid", lambda: painter.line(0, 50, 200, 50, color="grid", width=1.0))
    assert len(ctx.calls("stroke")) == 2
