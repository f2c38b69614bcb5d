"""Tests for the colour roles in py_runtime.theme: complete, readable, and exported as CSS."""

from __future__ import annotations

import re

import pytest

from py_runtime.theme import DARK, DECORATIVE_ROLES, LIGHT, ROLES, TEXT_ROLES, css_var, css_variables, merged

WHITE = "#ffffff"
SLATE = "#1e2129"  # Material's dark scheme background


def channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of a #rrggbb colour."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(one: str, other: str) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_on_known_pairs() -> None:
    """Assert the test's own contrast formula gives the textbook values (21:1, 1:1)."""
    assert contrast("#000000", WHITE) == pytest.approx(21.0)
    assert contrast("#777777", "#777777") == pytest.approx(1.0)
    assert contrast("#767676", WHITE) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_role_has_a_colour(theme: dict[str, str]) -> None:
    """Assert both palettes define exactly the listed roles."""
    assert set(theme) == set(ROLES)


@pytest.mark.parametrize(("theme", "background"), [(LIGHT, WHITE), (DARK, SLATE)], ids=["light", "dark"])
@pytest.mark.parametrize("role", [r for r in ROLES if r not in DECORATIVE_ROLES])
def test_roles_meet_wcag_aa(theme: dict[str, str], background: str, role: str) -> None:
    """Assert text roles reach 4.5:1 and graphic roles 3:1 against the page background."""
    needed = 4.5 if role in TEXT_ROLES else 3.0
    assert contrast(theme[role], background) >= needed


@pytest.mark.parametrize(("theme", "background"), [(LIGHT, WHITE), (DARK, SLATE)], ids=["light", "dark"])
def test_background_role_is_the_page_background(theme: dict[str, str], background: str) -> None:
    """Assert bg matches the background the contrast checks assume."""
    assert theme["bg"] == background


@pytest.mark.parametrize(
    ("role", "name"), [("a", "--nn-a"), ("fg", "--nn-fg"), ("highlight_row", "--nn-highlight_row")]
)
def test_css_var_names(role: str, name: str) -> None:
    """Assert each role's CSS custom property is --nn-<role>."""
    assert css_var(role) == name


def test_css_var_rejects_unknown_role() -> None:
    """Assert a misspelt role is an error, not a silently undefined variable."""
    with pytest.raises(ValueError, match="unknown colour role 'fgg'"):
        css_var("fgg")


def test_css_variables_declares_every_role() -> None:
    """Assert the CSS block has one well-formed declaration per role, with the theme's colour."""
    block = css_variables(DARK)
    declarations = re.findall(r"(--nn-[a-z_]+): ([^;]+);", block)
    assert dict(declarations) == {f"--nn-{role}": DARK[role] for role in ROLES}
    assert len(declarations) == len(ROLES)


def test_css_variables_refuses_incomplete_theme() -> None:
    """Assert a theme missing roles cannot produce a stylesheet that silently lacks them."""
    with pytest.raises(ValueError, match="accent"):
        css_variables({role: "#000000" for role in ROLES if role != "accent"})


def test_merged_fills_gaps_with_light_colours() -> None:
    """Assert a partial theme (as read from a page) keeps its colours and borrows the rest."""
    result = merged({"a": " #123456 ", "b": "", "nonsense": "#000000"})
    assert result["a"] == "#123456"
    assert result["b"] == LIGHT["b"]
    assert "nonsense" not in result
