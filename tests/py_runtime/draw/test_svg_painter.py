"""Tests for the SVG backend: the static figure shown before a demo runs."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from py_runtime.draw.svg import SvgPainter, num

NS = "{http://www.w3.org/2000/svg}"
GOLDEN = Path(__file__).parent / "golden"


def parse(painter: SvgPainter) -> ET.Element:
    return ET.fromstring(painter.to_svg())  # noqa: S314 - the painter's own output, not untrusted input


def children(root: ET.Element) -> list[ET.Element]:
    return [el for el in root if el.tag not in (NS + "title", NS + "desc")]


def small_scene() -> SvgPainter:
    painter = SvgPainter(120, 80, title="Vector a & b", desc="An arrow along the x-axis.", uid="golden")
    painter.line(10, 70, 110, 70, color="axis", width=1)
    painter.arrow(10, 70, 90, 70, color="a")
    painter.circle(60, 40, 3, fill="accent")
    painter.arc(60, 40, 20, 0, math.pi / 2, color="accent")
    painter.polyline([(10, 10), (20, 5.556), None, (30, 10), (40, 10)], color="proj", dash=(4, 3))
    painter.text(60, 20, "a < b", size=12, align="center", baseline="bottom")
    return painter


def test_small_scene_matches_hand_written_golden() -> None:
    """Assert a small scene renders exactly as the hand-checked file in golden/."""
    expected = (GOLDEN / "small_scene.svg").read_text(encoding="utf-8")
    assert small_scene().to_svg() == expected


def test_output_is_deterministic() -> None:
    """Assert the same drawing calls give the same string, ids included."""
    first = SvgPainter(50, 50, title="t")
    second = SvgPainter(50, 50, title="t")
    for painter in (first, second):
        painter.circle(25, 25, 10, color="a")
    assert first.to_svg() == second.to_svg()


def test_root_is_sized_labelled_svg() -> None:
    """Assert the root has the namespace, viewBox, size, role and a label pointing at the title."""
    root = parse(SvgPainter(300, 200.5, title="Dot product"))
    assert root.tag == NS + "svg"
    assert root.get("viewBox") == "0 0 300 200.5"
    assert (root.get("width"), root.get("height")) == ("300", "200.5")
    assert root.get("role") == "img"
    title = root.find(NS + "title")
    assert title is not None and title.text == "Dot product"
    assert root.get("aria-labelledby") == title.get("id")
    assert root.get("font-family") == "inherit"


def test_untitled_figure_is_hidden_from_screen_readers() -> None:
    """Assert a figure with no title is marked decorative rather than an unnamed image."""
    root = parse(SvgPainter(10, 10))
    assert root.get("aria-hidden") == "true"
    assert root.get("role") is None


def test_arrow_is_a_line_and_a_filled_head_at_the_tip() -> None:
    """Assert an arrow becomes a stroked shaft plus a filled polygon whose first corner is the tip."""
    painter = SvgPainter(100, 100)
    painter.arrow(10, 90, 70, 30, color="b")
    shaft, head = children(parse(painter))
    assert shaft.tag == NS + "line"
    assert (shaft.get("x1"), shaft.get("y1")) == ("10", "90")
    assert head.tag == NS + "polygon"
    corners = [tuple(float(v) for v in p.split(",")) for p in head.get("points", "").split()]
    assert corners[0] == (70, 30)
    assert len(corners) == 3
    assert head.get("fill") == shaft.get("stroke") == "var(--nn-b, #d2510a)"


def test_text_is_escaped() -> None:
    """Assert markup-like text is shown literally, not parsed as XML."""
    painter = SvgPainter(100, 100, title='<b>"x" & y</b>')
    painter.text(5, 5, 'a<b && c>"d"\'')
    root = parse(painter)
    assert root.find(NS + "title").text == '<b>"x" & y</b>'
    (text,) = children(root)
    assert text.text == 'a<b && c>"d"\''
    assert "<b>" not in painter.to_svg()


def test_every_colour_is_a_page_variable_with_light_fallback() -> None:
    """Assert each stroke and fill names a --nn- variable, so dark mode restyles the figure."""
    painter = small_scene()
    root = parse(painter)
    paints = [el.get(attr) for el in children(root) for attr in ("stroke", "fill") if el.get(attr)]
    assert paints
    assert all(p.startswith("var(--nn-") for p in paints)
    assert "var(--nn-proj, #00796b)" in paints


def test_no_script_style_or_external_reference() -> None:
    """Assert the SVG is self-contained: no script, no style attribute, no links out."""
    text = small_scene().to_svg()
    for forbidden in ("<script", "style=", "href", "url(", "<image"):
        assert forbidden not in text


def test_polyline_gaps_split_into_subpaths() -> None:
    """Assert None and NaN points break the line into separate subpaths of one path."""
    painter = SvgPainter(100, 100)
    painter.polyline([(0, 0), (1, 1), None, (2, 2), (3, 3), (math.nan, 4), (5, 5), (6, 6)], color="a")
    (path,) = children(parse(painter))
    assert path.get("d") == "M0 0L1 1M2 2L3 3M5 5L6 6"


def test_closed_filled_polyline() -> None:
    """Assert closed=True closes the path and fill paints it."""
    painter = SvgPainter(100, 100)
    painter.polyline([(0, 0), (10, 0), (10, 10)], color=None, closed=True, fill="highlight_row")
    (path,) = children(parse(painter))
    assert path.get("d") == "M0 0L10 0L10 10Z"
    assert path.get("stroke") is None
    assert path.get("fill").startswith("var(--nn-highlight_row, rgba(")


@pytest.mark.parametrize(
    ("start", "end", "d"),
    [
        # A quarter turn counter-clockwise from +x ends above the centre (y smaller).
        (0.0, math.pi / 2, "M60 50A10 10 0 0 0 50 40"),
        # The same quarter turn the other way ends below.
        (0.0, -math.pi / 2, "M60 50A10 10 0 0 1 50 60"),
        # Three quarters counter-clockwise needs the large-arc flag.
        (0.0, 3 * math.pi / 2, "M60 50A10 10 0 1 0 50 60"),
    ],
)
def test_arc_direction_and_size_flags(start: float, end: float, d: str) -> None:
    """Assert arcs turn counter-clockwise on screen for increasing angles."""
    painter = SvgPainter(100, 100)
    painter.arc(50, 50, 10, start, end, color="accent")
    (path,) = children(parse(painter))
    assert path.get("d") == d


def test_filled_arc_is_a_wedge_from_the_centre() -> None:
    """Assert a filled arc paints the wedge from the centre and strokes only the curve."""
    painter = SvgPainter(100, 100)
    painter.arc(50, 50, 10, 0, math.pi / 2, color="accent", fill="highlight_col")
    wedge, curve = children(parse(painter))
    assert wedge.get("d") == "M50 50L60 50A10 10 0 0 0 50 40Z"
    assert wedge.get("stroke") is None
    assert curve.get("d") == "M60 50A10 10 0 0 0 50 40"
    assert curve.get("fill") is None


def test_full_turn_arc_is_a_circle() -> None:
    """Assert an arc of a whole turn draws the whole circle (one SVG arc cannot)."""
    painter = SvgPainter(100, 100)
    painter.arc(50, 50, 10, 0, 2 * math.pi, color="a")
    (circle,) = children(parse(painter))
    assert circle.tag == NS + "circle"


def test_negative_rect_is_normalised() -> None:
    """Assert a rect with negative size covers the same area as its positive form."""
    painter = SvgPainter(100, 100)
    painter.rect(30, 40, -20, -10, fill="bg")
    (rect,) = children(parse(painter))
    assert [rect.get(k) for k in ("x", "y", "width", "height")] == ["10", "30", "20", "10"]


def test_shape_without_colours_gets_fg_outline() -> None:
    """Assert a circle given neither colour nor fill is still visible."""
    painter = SvgPainter(100, 100)
    painter.circle(5, 5, 2)
    (circle,) = children(parse(painter))
    assert circle.get("stroke") == "var(--nn-fg, #1f2328)"


def test_clear_empties_the_figure() -> None:
    """Assert clear() removes everything drawn before."""
    painter = SvgPainter(100, 100)
    painter.line(0, 0, 5, 5, color="a")
    painter.clear()
    assert children(parse(painter)) == []


def test_unknown_role_is_rejected() -> None:
    """Assert a misspelt role fails loudly and names the known roles."""
    with pytest.raises(ValueError, match="accent"):
        SvgPainter(10, 10).line(0, 0, 1, 1, color="acent")


@pytest.mark.parametrize(
    ("value", "text"),
    [(1.0, "1"), (1.234, "1.23"), (1.236, "1.24"), (-0.001, "0"), (100.5, "100.5"), (-3.0, "-3")],
)
def test_numbers_are_short(value: float, text: str) -> None:
    """Assert coordinates are written with at most 2 decimals, no trailing zeros, never -0."""
    assert num(value) == text
