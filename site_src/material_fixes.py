"""Small fixes to what Material writes: its HTML, for what accessibility checkers (axe-core) flag,
and its palette stylesheet, for what a long page costs at load.

Material's search panel is ``<div class="md-search" role="dialog">`` with no accessible name, so a
screen reader announces an unnamed dialog. Its template has no block to change that one
attribute, so the built page is patched instead. Its palette's switching rule restyles every
element of the page at every load (:func:`calm_palette_switch`). A Material upgrade that changes
either fails the build here rather than silently dropping the fix. Must not import MkDocs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_DIALOG_NAMED = '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">'


class MaterialMarkupError(RuntimeError):
    """Material's markup no longer looks the way a fix expects (after an upgrade)."""


def name_search_dialog(html: str) -> str:
    """Give Material's search dialog the accessible name "Search"."""
    if SEARCH_DIALOG not in html:
        raise MaterialMarkupError(
            "Material's search dialog markup changed: update site_src/material_fixes.py "
            f"(looked for {SEARCH_DIALOG!r})"
        )
    return html.replace(SEARCH_DIALOG, SEARCH_DIALOG_NAMED, 1)


# Material's palette sets this attribute on <body> while it applies a colour scheme (at every page
# load, not only when the reader switches), so that nothing fades between the two palettes. Its
# rule matches every element: setting and removing the attribute restyles the whole document,
# twice per load, and the palette reads a computed style in between, which forces it at once.
SWITCHING_RULE = (
    "[data-md-color-switching] *,[data-md-color-switching] :after,[data-md-color-switching] :before"
    "{transition-duration:0s!important}"
)
_RULE = re.compile(r"([^{}@;]+)\{([^{}]*)\}")
_TRANSITION = re.compile(r"(?:^|;)\s*transition(?:-property)?\s*:(?!\s*none)")
_PSEUDO_ELEMENT = re.compile(r"::?(?:before|after|marker|placeholder|selection|-webkit-[\w-]+|-moz-[\w-]+)")


def _top_level_split(text: str, separators: str) -> list[tuple[str, str]]:
    """``text`` cut at the separators that lie outside brackets: (piece, separator that ended it)."""
    pieces: list[tuple[str, str]] = []
    depth, start = 0, 0
    for i, char in enumerate(text):
        depth += char in "([" and 1 or char in ")]" and -1 or 0
        if depth == 0 and char in separators:
            pieces.append((text[start:i], char))
            start = i + 1
    pieces.append((text[start:], ""))
    return pieces


def transition_subjects(sheets: Iterable[str]) -> list[str]:
    """The elements a transition is declared on, as selectors: each rule's subject (the last compound
    of each selector, its pseudo-elements dropped), sorted."""
    subjects: set[str] = set()
    for sheet in sheets:
        for selectors, body in _RULE.findall(sheet):
            if not _TRANSITION.search(body):
                continue
            for selector, _ in _top_level_split(selectors.strip(), ","):
                compound = _top_level_split(selector.strip(), " >+~")[-1][0]
                subject = _PSEUDO_ELEMENT.sub("", compound).strip()
                if subject:
                    subjects.add(subject)
    return sorted(subjects)


def calm_palette_switch(palette_css: str, sheets: Iterable[str]) -> str:
    """Material's palette stylesheet with its switching rule aimed at the elements that have transitions.

    The rule still keeps every transition of the page from running while the palette changes; but
    setting the attribute on <body> now restyles only those elements (Chromium invalidates by the
    classes and tags a rule names), not the thousands of formula and figure elements of a lesson.
    """
    if SWITCHING_RULE not in palette_css:
        raise MaterialMarkupError(
            "Material's palette-switching rule changed: update site_src/material_fixes.py "
            f"(looked for {SWITCHING_RULE!r})"
        )
    subjects = transition_subjects(sheets)
    if "*" in subjects:  # a transition on everything: the narrow rule would be the same as the wide one
        return palette_css
    targets = f":is({','.join(subjects)})"
    narrow = ",".join(f"[data-md-color-switching] {targets}{pseudo}" for pseudo in ("", ":after", ":before"))
    return palette_css.replace(SWITCHING_RULE, narrow + "{transition-duration:0s!important}", 1)
