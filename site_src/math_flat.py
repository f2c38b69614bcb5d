"""A formula's SVG picture as a few elements: every glyph it draws merged into one path.

MathJax writes each formula as nested groups (one ``<g>`` per MathML node) around one ``<use>``
per glyph, each placed by a ``translate``/``scale`` transform: the lesson's 107 formulas made
1,574 groups and 991 uses, a third of the page's elements, which the browser parses, styles and
lays out at load. :func:`flatten_svg` applies the transforms to the glyph outlines at build time
and writes them as one ``<path>`` (a fraction bar stays a ``<rect>``; a stretched delimiter,
which MathJax clips with a nested ``<svg>``, stays one, holding its own path). The picture is
the same (coordinates are kept to 0.1 of MathJax's 1/1000 em unit) and still draws in
``currentColor``, so it follows the palette and prints as before.

Only the transforms MathJax writes are understood (``translate``, ``scale``, ``matrix`` without
rotation); anything else raises :class:`ValueError`, so a MathJax upgrade fails the build rather
than drawing a glyph in the wrong place. Must not import MkDocs.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_TRANSFORM = re.compile(r"(translate|scale|matrix)\(([^)]*)\)")
_GLYPH = re.compile(r'<path id="([^"]+)" d="([^"]*)"')
_PATH_TOKEN = re.compile(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")
# The root <svg>'s attributes that stay: its size, alignment and what hides it from screen readers.
_KEPT = ("style", "xmlns", "width", "height", "role", "focusable", "viewBox", "aria-hidden")

ET.register_namespace("", SVG_NS)


@dataclass(frozen=True)
class Place:
    """x' = sx·x + tx, y' = sy·y + ty: the only transforms MathJax writes (no rotation)."""

    sx: float = 1.0
    sy: float = 1.0
    tx: float = 0.0
    ty: float = 0.0

    def then(self, inner: Place) -> Place:
        """This placement applied after ``inner`` (``inner`` is the child's own transform)."""
        return Place(
            self.sx * inner.sx, self.sy * inner.sy, self.sx * inner.tx + self.tx, self.sy * inner.ty + self.ty
        )

    def point(self, x: float, y: float) -> tuple[float, float]:
        return self.sx * x + self.tx, self.sy * y + self.ty


def parse_transform(text: str | None) -> Place:
    """The placement a ``transform`` attribute describes; ValueError for a rotation or skew."""
    place = Place()
    for kind, args in _TRANSFORM.findall(text or ""):
        n = [float(v) for v in re.split(r"[\s,]+", args.strip())]
        if kind == "translate":
            step = Place(tx=n[0], ty=n[1] if len(n) > 1 else 0.0)
        elif kind == "scale":
            step = Place(sx=n[0], sy=n[1] if len(n) > 1 else n[0])
        elif n[1] == 0 and n[2] == 0:
            step = Place(sx=n[0], sy=n[3], tx=n[4], ty=n[5])
        else:
            raise ValueError(f"a rotated or skewed glyph (transform {text!r})")
        place = place.then(step)
    if _TRANSFORM.sub("", text or "").strip():
        raise ValueError(f"a transform MathJax does not usually write: {text!r}")
    return place


def _num(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _pair(x: float, y: float) -> str:
    return _joined([_num(x), _num(y)])


def _joined(numbers: list[str]) -> str:
    """Numbers as SVG path data writes them shortest: a minus sign needs no space before it."""
    return "".join(n if k == 0 or n.startswith("-") else " " + n for k, n in enumerate(numbers))


def _tokens(d: str) -> list[tuple[str, list[float]]]:
    """(command, numbers) of an outline; ValueError for a command MathJax's fonts do not write."""
    out: list[tuple[str, list[float]]] = []
    for piece in _PATH_TOKEN.findall(d):
        if piece.isalpha():
            if piece not in "MLCZ":
                raise ValueError(f"a glyph outline with a {piece!r} command")
            out.append((piece, []))
        else:
            out[-1][1].append(float(piece))
    return out


def _relative(d: str, sx: float, sy: float) -> tuple[tuple[float, float], str]:
    """The outline's first point (scaled) and the rest of it in relative commands, scaled by (sx, sy).

    Each point is scaled and rounded to MathJax's unit (1/1000 em) on its own, and each step
    written as the difference of two rounded points: no error adds up along the outline, every
    point stays within one unit of its place, and the steps read the same wherever the glyph
    stands, so the hundreds of copies of one glyph in a page compress (gzip) well.
    """
    out: list[str] = []
    first: tuple[float, float] | None = None
    here = start = (0, 0)
    for letter, nums in _tokens(d):
        command = letter
        if command == "Z":
            out.append("z")
            here = start
            continue
        points = [(round(sx * x), round(sy * y)) for x, y in zip(nums[0::2], nums[1::2], strict=True)]
        if command == "M" and first is None:
            first = (sx * nums[0], sy * nums[1])
            here = start = points[0]
            points, command = points[1:], "L"
        elif command == "M":
            start = points[0]
        step = 3 if command == "C" else 1
        for k in range(0, len(points), step):
            group = points[k : k + step]
            out.append(
                command.lower() + _joined([_num(v) for x, y in group for v in (x - here[0], y - here[1])])
            )
            here = group[-1]
    return (first or (0.0, 0.0)), "".join(out)


def place_path(d: str, place: Place) -> str:
    """Outline ``d`` (absolute M, L, C, Z commands, as MathJax's fonts write) moved by ``place``:
    its first point absolute, the rest relative."""
    (x, y), rest = _relative(d, place.sx, place.sy)
    return f"M{_pair(x + place.tx, y + place.ty)}{rest}"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class _Flattener:
    """Walks one formula's SVG and gathers its glyphs' outlines into paths."""

    def __init__(self, glyphs: dict[str, str]) -> None:
        self.glyphs = glyphs
        self.outlines: dict[bool, list[str]] = {}  # by orientation: a mirrored glyph winds the other way
        self.others: list[ET.Element] = []

    def walk(self, node: ET.Element, place: Place) -> None:
        for child in node:
            tag, here = _local(child.tag), place.then(parse_transform(child.get("transform")))
            if tag == "g":
                self.walk(child, here)
            elif tag == "use":
                d = self.glyphs[child.get(XLINK_HREF, child.get("href", "")).lstrip("#")]
                if d:
                    self.outlines.setdefault(here.sx * here.sy > 0, []).append(place_path(d, here))
            elif tag == "rect":
                self.others.append(_placed_rect(child, here))
            elif tag == "svg":
                self.others.append(self._nested(child, here))
            elif tag != "defs":
                raise ValueError(f"a <{tag}> in a formula's picture")

    def _nested(self, svg: ET.Element, place: Place) -> ET.Element:
        """A clipping ``<svg>`` (a stretched delimiter) kept, its glyphs flattened inside it."""
        inner = _Flattener(self.glyphs)
        inner.walk(svg, Place())
        box = ET.Element(f"{{{SVG_NS}}}svg", {k: v for k, v in svg.attrib.items() if k != "transform"})
        box.extend(inner.elements())
        group = ET.Element(f"{{{SVG_NS}}}g", {"transform": _matrix(place)})
        group.append(box)
        return group

    def elements(self) -> list[ET.Element]:
        paths = [
            ET.Element(f"{{{SVG_NS}}}path", {"d": "".join(ds)}) for _, ds in sorted(self.outlines.items())
        ]
        return paths + self.others


def _matrix(place: Place) -> str:
    return f"matrix({_num(place.sx)} 0 0 {_num(place.sy)} {_num(place.tx)} {_num(place.ty)})"


def _placed_rect(rect: ET.Element, place: Place) -> ET.Element:
    x, y = float(rect.get("x", 0)), float(rect.get("y", 0))
    w, h = float(rect.get("width", 0)), float(rect.get("height", 0))
    (x1, y1), (x2, y2) = place.point(x, y), place.point(x + w, y + h)
    attrs = {"x": min(x1, x2), "y": min(y1, y2), "width": abs(x2 - x1), "height": abs(y2 - y1)}
    return ET.Element(f"{{{SVG_NS}}}rect", {k: _num(v) for k, v in attrs.items()})


def flatten_svg(svg: str, glyphs: dict[str, str]) -> str:
    """One of MathJax's formula ``<svg>`` elements as the same picture in one path, plus a rect per
    bar and a nested svg per stretched delimiter; ``glyphs`` holds the outlines by id (a formula
    MathJax breaks over lines keeps them all in its first picture's ``<defs>``)."""
    root = ET.fromstring(svg)  # noqa: S314 - MathJax's own output at build time, not a reader's
    flat = _Flattener(glyphs)
    flat.walk(root, Place())
    out = ET.Element(f"{{{SVG_NS}}}svg", {k: root.get(k, "") for k in _KEPT if root.get(k) is not None})
    drawing = ET.SubElement(out, f"{{{SVG_NS}}}g", {"fill": "currentColor", "stroke": "none"})
    drawing.extend(flat.elements())
    return ET.tostring(out, encoding="unicode", short_empty_elements=False)


def flatten_container(container: str) -> str:
    """Every top-level ``<svg>…</svg>`` of one ``<mjx-container>`` flattened; the rest (the MathML,
    MathJax's line-break marks) as it was."""
    glyphs = dict(_GLYPH.findall(container))
    out, pos = [], 0
    for start, end in _top_level_svgs(container):
        out.append(container[pos:start])
        out.append(flatten_svg(container[start:end], glyphs))
        pos = end
    out.append(container[pos:])
    return "".join(out)


def _top_level_svgs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost ``<svg …>…</svg>`` in ``text`` (nested ones stay inside)."""
    spans, depth, start = [], 0, 0
    for match in re.finditer(r"<svg\b|</svg>", text):
        if match.group() == "</svg>":
            depth -= 1
            if depth == 0:
                spans.append((start, match.end()))
        else:
            if depth == 0:
                start = match.start()
            depth += 1
    return spans
