"""Boxes that scroll sideways on a narrow screen, made reachable from the keyboard at build time.

A display formula wider than a phone's column scrolls inside its own box (``site.css``), and so
does a table; a keyboard reaches what is hidden only when the box itself can take focus (axe-core's
``scrollable-region-focusable``). So, in the built HTML, with no script on the page:

- each display formula wide enough to overflow a 320 px screen's column (its picture is
  ``WIDE_EX`` or more wide, in MathJax's ex) becomes a tab stop named "Formula" (a group: screen
  readers then read its MathML);
- each table is wrapped in a scrolling box that is a tab stop named after the table's column
  headings. Material wraps tables in its own scrolling box at load; ``site.css`` lets ours scroll
  instead, so there is one box, named;
- each code block with a line too long for that column (over ``WIDE_CHARS`` characters) becomes a
  tab stop, marked ``data-nn-reachable``. Material mounts a code block (its copy button, and a tab
  stop when it scrolls on a screen with hover) only once the block is first seen
  (``content.lazy`` in mkdocs.yml, which keeps that work out of the page's load); so a block not
  yet seen must already be reachable, and ``material_fixes.keep_code_tab_stops`` stops Material
  removing the mark's tab stop (else a block focused before it is seen would lose focus as it is
  mounted). Like a wide formula, a marked block is a tab stop at every width. Code's role does not
  let it be named (ARIA), so it is not. Must not import MkDocs.
"""

from __future__ import annotations

import html
import re

# A phone 320 px wide leaves the lesson column about 264 px, 37.5 ex of the formulas' font; an
# exercise or admonition box takes a little more. Wider than this, a formula may scroll.
WIDE_EX = 28.0
# The same column holds 31 characters of code (13.6 px monospace, 8.2 px a character, 16 px of
# padding each side); a block in an admonition or exercise box has a little less.
WIDE_CHARS = 30
# The attribute of a code block made a tab stop here (which Material must then leave alone).
REACHABLE_MARK = "data-nn-reachable"

_DISPLAY = re.compile(
    r'<div class="arithmatex">(?=<mjx-container[^>]*display="true"[^>]*><svg[^>]*\bwidth="(?P<ex>[\d.]+)ex")'
)
_TABLE = re.compile(r"<table>(?P<body>.*?)</table>", re.DOTALL)
_HEADING = re.compile(r"<th\b[^>]*>(?P<text>.*?)</th>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
# A highlighted block as pymdownx.highlight writes it: its <code> opens the <pre>'s content.
_CODE_BLOCK = re.compile(r"<pre>(?P<before><span></span>)?<code>(?P<body>.*?)</code></pre>", re.DOTALL)


def _formula(match: re.Match[str]) -> str:
    if float(match.group("ex")) < WIDE_EX:
        return match.group(0)
    return '<div class="arithmatex" tabindex="0" role="group" aria-label="Formula">'


def table_name(body: str) -> str:
    """ "Table: " and the column headings, or "Table" for a table without headings."""
    headings = [html.unescape(_TAG.sub("", m.group("text"))).strip() for m in _HEADING.finditer(body)]
    shown = ", ".join(h for h in headings if h)
    return f"Table: {shown}" if shown else "Table"


def _table(match: re.Match[str]) -> str:
    name = html.escape(table_name(match.group("body")), quote=True)
    return f'<div class="nn-scroll" tabindex="0" role="group" aria-label="{name}">{match.group(0)}</div>'


def longest_line(code_html: str) -> int:
    """The characters in the longest line of a code block's HTML, as the reader sees them."""
    return max(len(line) for line in html.unescape(_TAG.sub("", code_html)).split("\n"))


def _code(match: re.Match[str]) -> str:
    if longest_line(match.group("body")) <= WIDE_CHARS:
        return match.group(0)
    before, body = match.group("before") or "", match.group("body")
    return f'<pre>{before}<code tabindex="0" {REACHABLE_MARK}>{body}</code></pre>'


def reachable_scrolling(page_html: str) -> str:
    """``page_html`` with its wide display formulas, its tables and its long-lined code blocks made
    keyboard-reachable boxes (formulas and tables named)."""
    return _CODE_BLOCK.sub(_code, _TABLE.sub(_table, _DISPLAY.sub(_formula, page_html)))
