"""Small fixes to the HTML Material writes, for what accessibility checkers (axe-core) flag.

Material's search panel is ``<div class="md-search" role="dialog">`` with no accessible name, so a
screen reader announces an unnamed dialog. Its template has no block to change that one
attribute, so the built page is patched instead; a Material upgrade that changes the markup fails
the build here rather than silently dropping the fix. Must not import MkDocs.
"""

from __future__ import annotations

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
