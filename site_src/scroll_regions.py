"""Boxes that scroll sideways on a narrow screen, made reachable from the keyboard at build time.

A display formula wider than a phone's column scrolls inside its own box (``site.css``), and so
does a table; a keyboard reaches what is hidden only when the box itself can take focus (axe-core's
``scrollable-region-focusable``). So, in the built HTML, with no script on the page:

- each display formula wide enough to overflow a 320 px screen's column (its picture is
  ``WIDE_EX`` or more wide, in MathJax's ex) becomes a tab stop named "Formula" (a group: screen
  readers then read its MathML);
- each table is wrapped in a scrolling box that is a tab stop named after the table's column
  headings. Material wraps tables in its own scrolling box at load; ``site.css`` lets ours scroll
  instead, so there is one box, named.

Code blocks are left to Material, which makes a block a tab stop when it scrolls. Must not import
MkDocs.
"""

from __future__ import annotations

import html
import re

# A phone 320 px wide leaves the lesson column about 264 px, 37.5 ex of the formulas' font; an
# exercise or admonition box takes a little more. Wider than this, a formula may scroll.
WIDE_EX = 28.0

_DISPLAY = re.compile(
    r'<div class="arithmatex">(?=<mjx-container[^>]*display="true"[^>]*><svg[^>]*\bwidth="(?P<ex>[\d.]+)ex")'
)
_TABLE = re.compile(r"<table>(?P<body>.*?)</table>", re.DOTALL)
_HEADING = re.compile(r"<th\b[^>]*>(?P<text>.*?)</th>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


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


def reachable_scrolling(page_html: str) -> str:
    """``page_html`` with its wide display formulas and its tables made keyboard-reachable, named boxes."""
    return _TABLE.sub(_table, _DISPLAY.sub(_formula, page_html))
