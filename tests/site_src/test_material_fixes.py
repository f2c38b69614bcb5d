"""Fixes to what Material writes: the search dialog gets a name, the palette stops restyling the
page at load; changed markup fails loudly."""

from __future__ import annotations

from pathlib import Path

import material
import pytest

from site_src.material_fixes import (
    COLOR_SCHEME_META,
    SEARCH_DIALOG,
    MaterialMarkupError,
    add_color_scheme_meta,
    keep_code_tab_stops,
    name_search_dialog,
    quiet_palette,
)


def installed_bundle() -> str:
    """The text of the Material bundle installed, as the build copies it."""
    (bundle,) = (Path(material.__file__).parent / "templates" / "assets" / "javascripts").glob(
        "bundle.*.min.js"
    )
    return bundle.read_text(encoding="utf-8")


def test_search_dialog_is_named() -> None:
    """Assert the dialog gains aria-label="Search" and nothing else changes."""
    html = f"<header>{SEARCH_DIALOG}<label></label></div></header>"
    assert name_search_dialog(html) == html.replace('role="dialog">', 'role="dialog" aria-label="Search">')


def test_changed_markup_fails() -> None:
    """Assert a Material upgrade that changes the dialog markup stops the build instead of losing the fix."""
    with pytest.raises(MaterialMarkupError, match=r"material_fixes\.py"):
        name_search_dialog('<div class="md-search" role="dialog">')


def test_the_palette_fix_fits_the_material_bundle_installed() -> None:
    """Assert the palette fix finds each piece of Material's own bundle it changes, once, and fails
    loudly on a bundle that lacks them (a Material upgrade)."""
    patched = quiet_palette(installed_bundle())
    assert "document.querySelector('meta[name=\"color-scheme\"]')" in patched
    with pytest.raises(MaterialMarkupError, match=r"material_fixes\.py"):
        quiet_palette("function li(e){}")


def test_the_colour_scheme_meta_goes_into_the_head() -> None:
    """Assert each page gets one colour-scheme meta with the light palette's value, in its head."""
    html = '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>'
    assert add_color_scheme_meta(html).count(COLOR_SCHEME_META) == 1
    with pytest.raises(MaterialMarkupError):
        add_color_scheme_meta("<head></head>")


def test_the_code_block_fix_fits_the_material_bundle_installed() -> None:
    """Assert the code block fix finds Material's tab stop handling once, keeps a build-time tab stop
    (marked data-nn-reachable) where Material would drop it, and fails loudly on a changed bundle."""
    patched = keep_code_tab_stops(installed_bundle())
    assert 'e.hasAttribute("data-nn-reachable")||e.removeAttribute("tabindex")' in patched
    with pytest.raises(MaterialMarkupError, match=r"material_fixes\.py"):
        keep_code_tab_stops("function Yn(e,t){}")
