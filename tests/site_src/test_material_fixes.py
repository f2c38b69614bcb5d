"""Fixes to Material's markup: the search dialog gets a name; changed markup fails loudly."""

from __future__ import annotations

import pytest

from site_src.material_fixes import SEARCH_DIALOG, MaterialMarkupError, name_search_dialog


def test_search_dialog_is_named() -> None:
    """Assert the dialog gains aria-label="Search" and nothing else changes."""
    html = f"<header>{SEARCH_DIALOG}<label></label></div></header>"
    assert name_search_dialog(html) == html.replace('role="dialog">', 'role="dialog" aria-label="Search">')


def test_changed_markup_fails() -> None:
    """Assert a Material upgrade that changes the dialog markup stops the build instead of losing the fix."""
    with pytest.raises(MaterialMarkupError, match=r"material_fixes\.py"):
        name_search_dialog('<div class="md-search" role="dialog">')
