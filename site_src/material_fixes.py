"""Small fixes to what Material writes: its HTML, for what accessibility checkers (axe-core) flag,
its palette script, for what a long page costs at load, and its code blocks' tab stops.

Material's search panel is ``<div class="md-search" role="dialog">`` with no accessible name, so a
screen reader announces an unnamed dialog. Its template has no block to change that one
attribute, so the built page is patched instead. Its palette restyles every element of the page
several times at every load (:func:`quiet_palette`). Its code blocks drop a tab stop our build
gave them (:func:`keep_code_tab_stops`). A Material upgrade that changes any of these fails the
build here rather than silently dropping the fix. Must not import MkDocs.
"""

from __future__ import annotations

from site_src.scroll_regions import REACHABLE_MARK

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


# What Material's palette does at every page load, not only when the reader switches palettes,
# restyles the whole page three or four times, each forced at once by the computed style it
# reads next (on a phone with a lesson's thousands of elements, a few hundred ms of blocking):
# - it sets data-md-color-switching on <body>, which a rule of its CSS matches on every element
#   (to stop transitions while the colours change), then removes it;
# - it adds <meta name="color-scheme"> and then sets its content: Chromium restyles the whole
#   document for each (a "platform colour change"), even when the value stays the same.
# So the page gets the meta from the build, with the light palette's value; the script reuses it
# and writes it only when the value changes; and it sets the switching attribute only when the
# palette does change (a reader's toggle, or a first visit in a dark palette), as before.
COLOR_SCHEME_META = '<meta name="color-scheme" content="light">'
_VIEWPORT_META = '<meta name="viewport"'
_PALETTE_PATCHES = (
    (
        'let o=x("meta",{name:"color-scheme"});document.head.appendChild(o);',
        (
            'let o=document.querySelector(\'meta[name="color-scheme"]\')||x("meta",{name:"color-scheme"});'
            "o.isConnected||document.head.appendChild(o);"
        ),
    ),
    ("return o.content=a.colorScheme,", "return o.content!==a.colorScheme&&(o.content=a.colorScheme),"),
    (
        'if(document.body.setAttribute("data-md-color-switching",""),s.color.media===',
        (
            'if((s.color.media==="(prefers-color-scheme)"||Object.entries(s.color).some(([a,c])=>a!=="media"'
            '&&document.body.getAttribute("data-md-color-"+a)!==c))'
            '&&document.body.setAttribute("data-md-color-switching",""),s.color.media==='
        ),
    ),
)


def add_color_scheme_meta(html: str) -> str:
    """The page with the colour-scheme meta Material's palette will reuse, before its viewport meta."""
    if _VIEWPORT_META not in html:
        raise MaterialMarkupError(
            f"Material's <head> changed: no {_VIEWPORT_META!r} to put the colour-scheme meta before"
        )
    return html.replace(_VIEWPORT_META, f"{COLOR_SCHEME_META}\n      {_VIEWPORT_META}", 1)


# Material's code block, once mounted: a tab stop if it scrolls on a screen with hover, else none;
# patched to leave the tab stop of a block our build marked.
_CODE_PATCHES = (
    (
        'd&&r?e.setAttribute("tabindex","0"):e.removeAttribute("tabindex")',
        f'd&&r?e.setAttribute("tabindex","0"):e.hasAttribute("{REACHABLE_MARK}")||e.removeAttribute("tabindex")',
    ),
)


def _patch(bundle: str, patches: tuple[tuple[str, str], ...], what: str) -> str:
    for old, new in patches:
        if bundle.count(old) != 1:
            raise MaterialMarkupError(
                f"Material's {what} changed: update site_src/material_fixes.py (looked for {old!r})"
            )
        bundle = bundle.replace(old, new)
    return bundle


def quiet_palette(bundle: str) -> str:
    """Material's bundle with its palette reusing the page's colour-scheme meta, writing it only when
    the value changes, and marking <body> as switching only when the palette changes."""
    return _patch(bundle, _PALETTE_PATCHES, "palette script")


def keep_code_tab_stops(bundle: str) -> str:
    """Material's bundle leaving the tab stop of a code block marked ``data-nn-reachable`` at build
    time (``scroll_regions.py``): Material mounts a block when first seen and drops the tab stop of
    one that does not scroll, which would take the focus from a reader who tabbed to it."""
    return _patch(bundle, _CODE_PATCHES, "code block script")
