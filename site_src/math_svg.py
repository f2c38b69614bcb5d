"""Formulas typeset at build time: each page ships its math as SVG, and no MathJax runs in the browser.

``pymdownx.arithmatex`` (generic mode) writes every formula of a lesson as
``<span class="arithmatex">\\(…\\)</span>`` or ``<div class="arithmatex">\\[…\\]</div>``.
:func:`typeset_page` replaces the TeX inside each with MathJax's output for it: an SVG picture
(hidden from screen readers, its glyphs merged into one path by ``site_src/math_flat.py``) and
the same formula as MathML (read by screen readers), made by MathJax itself in Node
(``site_src/tex_svg.mjs``, one process per build, started on first use).
So the reader sees every formula at first paint, and the page runs no typesetting code.

A formula MathJax cannot read (a missing brace, an unknown macro) fails the build with the
file, the formula and MathJax's message.

Must not import MkDocs: ``hooks.py`` calls these functions.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

from site_src.math_flat import flatten_container

SERVER = Path(__file__).resolve().parent / "tex_svg.mjs"
ROOT = SERVER.parent.parent
CSS_URL = "assets/site/math.css"

_FORMULA = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">(?P<open>\\\(|\\\[)(?P<tex>.*?)(?:\\\)|\\\])</(?P=tag)>',
    re.DOTALL,
)


class MathError(RuntimeError):
    """A formula could not be typeset; the message names the page, the formula and the cause."""


class TexToSvg:
    """A MathJax process in Node that turns TeX into SVG, started when first needed.

    Keeps what it has typeset, so a formula that appears again in the build is sent once.
    """

    def __init__(self, node: str | None = None) -> None:
        self._node = node
        self._process: subprocess.Popen[str] | None = None
        self._done: dict[tuple[str, bool], str] = {}
        self._css: str | None = None

    def _ask(self, request: dict[str, object]) -> dict[str, str]:
        if self._process is None or self._process.poll() is not None:
            node = self._node or shutil.which("node")
            if node is None:
                raise MathError(
                    "Node.js is needed to typeset the lessons' math: install it, then run `make setup`."
                )
            if not (ROOT / "node_modules" / "mathjax").is_dir():
                raise MathError(
                    "MathJax is not installed: run `make setup` (or `npm ci`) in the project folder."
                )
            self._process = subprocess.Popen(  # noqa: S603 - our own script, no shell
                [node, str(SERVER)],
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            )
        # Popen(stdin=PIPE, stdout=PIPE) always sets both; this only tells the type checker so.
        assert self._process.stdin is not None and self._process.stdout is not None  # noqa: S101
        self._process.stdin.write(json.dumps(request) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            self.close()
            raise MathError(
                f"MathJax (node {SERVER.name}) stopped without an answer; see the messages above."
            )
        reply: dict[str, str] = json.loads(line)  # tex_svg.mjs answers one flat JSON object a line
        return reply

    def css(self) -> str:
        """The stylesheet MathJax's SVG output needs (sizes, alignment, the hidden MathML)."""
        if self._css is None:
            self._css = self._ask({"css": True})["css"]
        return self._css

    def svg(self, tex: str, display: bool) -> str:
        """``<mjx-container>`` for one formula; raises :class:`ValueError` with MathJax's message."""
        key = (tex, display)
        if key not in self._done:
            reply = self._ask({"tex": tex, "display": display})
            if "error" in reply:
                raise ValueError(reply["error"])
            try:
                self._done[key] = flatten_container(reply["html"])
            except ValueError as error:  # not the author's doing: MathJax wrote something new
                raise MathError(
                    f"MathJax's picture of {tex!r} could not be flattened ({error}): "
                    "update site_src/math_flat.py for this MathJax version."
                ) from None
        return self._done[key]

    def close(self) -> None:
        if self._process is not None:
            if self._process.stdin:
                self._process.stdin.close()
            self._process.wait(timeout=10)
            self._process = None


def typeset_page(page_html: str, where: str, tex_to_svg: TexToSvg) -> str:
    """``page_html`` with the TeX of every arithmatex formula replaced by its SVG and MathML.

    ``where`` names the page's Markdown file in error messages. Each formula's picture is
    flattened (``site_src/math_flat.py``): its glyphs drawn as one path instead of a group and a
    ``<use>`` per glyph and per MathML node.
    """

    def replace(match: re.Match[str]) -> str:
        tex = html.unescape(match.group("tex"))
        display = match.group("open") == "\\["
        try:
            svg = tex_to_svg.svg(tex, display)
        except ValueError as error:
            shown = tex.strip() if len(tex.strip()) <= 80 else tex.strip()[:77] + "…"
            delimiters = ("\\[", "\\]") if display else ("\\(", "\\)")
            raise MathError(
                f"{where}: the formula {delimiters[0]}{shown}{delimiters[1]} cannot be typeset: {error}. "
                "Fix the TeX (a missing brace or an unknown macro); MathJax's TeX is documented at "
                "https://docs.mathjax.org/en/latest/input/tex/macros/index.html"
            ) from None
        return f'<{match.group("tag")} class="arithmatex">{svg}</{match.group("tag")}>'

    return _FORMULA.sub(replace, page_html)
