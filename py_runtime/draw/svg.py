"""A Painter that writes a standalone SVG string: the static figure shown before the demo runs.

At build time each demo renders its initial state through :class:`SvgPainter`; the
page shows that SVG at once (and in print, and without JavaScript) and later swaps in
the live canvas at the same size. Colours are written as
``var(--nn-<role>, <light colour>)``, so the figure takes the page's palette, dark mode
included, and still has sensible colours where the variables are not defined.

The output is deterministic (same calls, same string) so it can be compared with a
golden file, and self-contained: no script, no external reference, no inline style.

Standard library only; must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from html import escape

from py_runtime.draw.base import (
    MaybePoint,
    Painter,
    all_finite,
    arc_point,
    arrow_geometry,
    check_text_layout,
    outline_or_default,
    split_runs,
)
from py_runtime.theme import LIGHT, check_role, css_var

SVG_NS = "http://www.w3.org/2000/svg"

# Canvas textBaseline -> SVG dominant-baseline with the same meaning (alphabetic
# is SVG's default, so it needs no attribute).
_BASELINE = {"middle": "central", "top": "text-before-edge", "bottom": "text-after-edge"}
_ANCHOR = {"center": "middle", "right": "end"}


def num(value: float) -> str:
    """``value`` rounded to 2 decimals without trailing zeros; never ``-0``."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def paint(role: str) -> str:
    """The attribute value for a colour role: the page's variable, light colour as fallback."""
    return f"var({css_var(check_role(role))}, {LIGHT[role]})"


def _attrs(pairs: Iterable[tuple[str, str | None]]) -> str:
    return "".join(f' {name}="{escape(value)}"' for name, value in pairs if value is not None)


def _stroke(
    color: str | None, width: float, dash: Sequence[float] | None = None
) -> list[tuple[str, str | None]]:
    if color is None:
        return []
    pairs: list[tuple[str, str | None]] = [("stroke", paint(color)), ("stroke-width", num(width))]
    if dash:
        pairs.append(("stroke-dasharray", " ".join(num(d) for d in dash)))
    return pairs


def _fill(fill: str | None) -> list[tuple[str, str | None]]:
    # The root element sets fill="none", so only real fills need the attribute.
    return [] if fill is None else [("fill", paint(fill))]


class SvgPainter(Painter):
    """Accumulates shapes; :meth:`to_svg` returns the figure as an ``<svg>`` element string.

    ``title`` (and ``desc``) become the accessible name (and description); without a
    title the figure is marked decorative (``aria-hidden``). ``uid`` prefixes the ids
    of those elements, which must be unique on the page; by default it is derived
    from the figure's content.
    """

    def __init__(
        self,
        width: float,
        height: float,
        *,
        title: str | None = None,
        desc: str | None = None,
        uid: str | None = None,
    ) -> None:
        self.width = float(width)
        self.height = float(height)
        self.title = title
        self.desc = desc
        self.uid = uid
        self._elements: list[str] = []

    def _add(self, tag: str, pairs: Iterable[tuple[str, str | None]], content: str | None = None) -> None:
        if content is None:
            self._elements.append(f"<{tag}{_attrs(pairs)}/>")
        else:
            self._elements.append(f"<{tag}{_attrs(pairs)}>{content}</{tag}>")

    def clear(self) -> None:
        self._elements.clear()

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        *,
        color: str,
        width: float = 1.5,
        dash: Sequence[float] | None = None,
    ) -> None:
        if not all_finite(x1, y1, x2, y2):
            return
        coords = [("x1", num(x1)), ("y1", num(y1)), ("x2", num(x2)), ("y2", num(y2))]
        self._add("line", coords + _stroke(color, width, dash))

    def polyline(
        self,
        points: Iterable[MaybePoint],
        *,
        color: str | None,
        width: float = 1.5,
        dash: Sequence[float] | None = None,
        closed: bool = False,
        fill: str | None = None,
    ) -> None:
        # One <path> holds every run, so a curve with gaps stays one element.
        parts = []
        for run in split_runs(points):
            if len(run) < 2:
                continue  # a lone point has no length; the canvas draws nothing either
            steps = "L".join(f"{num(x)} {num(y)}" for x, y in run)
            parts.append(f"M{steps}{'Z' if closed else ''}")
        if parts and (color is not None or fill is not None):
            self._add("path", [("d", "".join(parts)), *_fill(fill), *_stroke(color, width, dash)])

    def arrow(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        *,
        color: str,
        width: float = 2.0,
        head: float = 10.0,
    ) -> None:
        geometry = arrow_geometry(x1, y1, x2, y2, head) if all_finite(x1, y1, x2, y2) else None
        if geometry is None:
            return
        (bx, by), corners = geometry
        self.line(x1, y1, bx, by, color=color, width=width)
        points = " ".join(f"{num(x)},{num(y)}" for x, y in corners)
        self._add("polygon", [("points", points), *_fill(color)])

    def circle(
        self,
        cx: float,
        cy: float,
        r: float,
        *,
        color: str | None = None,
        fill: str | None = None,
        width: float = 1.5,
    ) -> None:
        if not all_finite(cx, cy, r):
            return
        stroke = _stroke(outline_or_default(color, fill), width)
        self._add("circle", [("cx", num(cx)), ("cy", num(cy)), ("r", num(abs(r))), *_fill(fill), *stroke])

    def arc(
        self,
        cx: float,
        cy: float,
        r: float,
        start: float,
        end: float,
        *,
        color: str | None,
        width: float = 1.5,
        fill: str | None = None,
    ) -> None:
        sweep = end - start
        if not all_finite(cx, cy, r, start, end) or sweep == 0.0 or (color is None and fill is None):
            return
        if abs(sweep) >= 2 * math.pi:
            self.circle(cx, cy, r, color=color, fill=fill, width=width)
            return
        curve = _arc_path(cx, cy, abs(r), start, end)
        if fill is not None:
            self._add("path", [("d", f"M{num(cx)} {num(cy)}L{curve[1:]}Z"), *_fill(fill)])
        if color is not None:
            self._add("path", [("d", curve), *_stroke(color, width)])

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        color: str | None = None,
        fill: str | None = None,
        width: float = 1.0,
    ) -> None:
        if not all_finite(x, y, w, h):
            return
        # SVG rejects negative sizes; normalise so a rect dragged "backwards" still shows.
        left, top = min(x, x + w), min(y, y + h)
        box = [("x", num(left)), ("y", num(top)), ("width", num(abs(w))), ("height", num(abs(h)))]
        self._add("rect", box + _fill(fill) + _stroke(outline_or_default(color, fill), width))

    def text(
        self,
        x: float,
        y: float,
        s: str,
        *,
        color: str = "fg",
        size: float = 13.0,
        align: str = "left",
        baseline: str = "middle",
        bold: bool = False,
        italic: bool = False,
    ) -> None:
        check_text_layout(align, baseline)
        if not all_finite(x, y):
            return
        pairs = [
            ("x", num(x)),
            ("y", num(y)),
            ("fill", paint(color)),
            ("font-size", num(size)),
            ("text-anchor", _ANCHOR.get(align)),
            ("dominant-baseline", _BASELINE.get(baseline)),
            ("font-weight", "bold" if bold else None),
            ("font-style", "italic" if italic else None),
        ]
        self._add("text", pairs, escape(str(s), quote=True))

    def to_svg(self) -> str:
        """The figure as a standalone ``<svg>`` element, one child element per line."""
        body = "\n".join(self._elements)
        uid = self.uid
        if uid is None:
            # Ids must be unique on a page holding many figures; a content hash is
            # deterministic and only repeats for identical figures.
            digest = hashlib.sha1(f"{self.title}\0{self.desc}\0{body}".encode(), usedforsecurity=False)
            uid = "nn-" + digest.hexdigest()[:8]
        head, labels = self._accessible(uid)
        size: list[tuple[str, str | None]] = [
            ("viewBox", f"0 0 {num(self.width)} {num(self.height)}"),
            ("width", num(self.width)),
            ("height", num(self.height)),
        ]
        style: list[tuple[str, str | None]] = [
            ("fill", "none"),
            ("stroke-linecap", "round"),
            ("stroke-linejoin", "round"),
            ("font-family", "inherit"),
        ]
        root = f'<svg xmlns="{SVG_NS}"{_attrs(size + labels + style)}>'
        return "\n".join(part for part in (root, head, body, "</svg>") if part) + "\n"

    def _accessible(self, uid: str) -> tuple[str, list[tuple[str, str | None]]]:
        if self.title is None:
            return "", [("aria-hidden", "true")]
        ids = [f"{uid}-title"]
        head = f'<title id="{escape(uid)}-title">{escape(self.title)}</title>'
        if self.desc is not None:
            ids.append(f"{uid}-desc")
            head += f'<desc id="{escape(uid)}-desc">{escape(self.desc)}</desc>'
        return head, [("role", "img"), ("aria-labelledby", " ".join(ids))]


def _arc_path(cx: float, cy: float, r: float, start: float, end: float) -> str:
    """Path data for an arc less than a full turn, in this module's angle convention."""
    sx, sy = arc_point(cx, cy, r, start)
    ex, ey = arc_point(cx, cy, r, end)
    large = 1 if abs(end - start) > math.pi else 0
    # With y down, SVG's sweep-flag 1 turns clockwise on screen; our increasing
    # angles turn counter-clockwise, so they need sweep-flag 0.
    sweep = 0 if end > start else 1
    return f"M{num(sx)} {num(sy)}A{num(r)} {num(r)} 0 {large} {sweep} {num(ex)} {num(ey)}"
