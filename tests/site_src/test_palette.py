"""The demos' stylesheet of colours: both of Material's schemes, every colour role in each."""

from __future__ import annotations

import re

import pytest

from py_runtime.theme import DARK, LIGHT, ROLES
from site_src.palette import palette_css

RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
DECLARATION = re.compile(r"\s*(--[\w-]+)\s*:\s*([^;]+);")


def rules(css: str) -> dict[str, dict[str, str]]:
    """Selector -> {custom property: value} for each rule of ``css`` (comments removed)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    return {
        selector.strip(): {name: value.strip() for name, value in DECLARATION.findall(body)}
        for selector, body in RULE.findall(css)
    }


@pytest.mark.parametrize(
    ("selector", "theme"),
    [(':root, [data-md-color-scheme="default"]', LIGHT), ('[data-md-color-scheme="slate"]', DARK)],
    ids=["light", "dark"],
)
def test_each_scheme_sets_every_role(selector: str, theme: dict[str, str]) -> None:
    """Assert the scheme's rule sets --nn-<role> to the theme's colour for every role, and no other."""
    declared = rules(palette_css())[selector]
    assert declared == {f"--nn-{role}": theme[role] for role in ROLES}


def test_there_are_exactly_the_two_schemes() -> None:
    """Assert the CSS has one light and one dark rule and nothing else."""
    assert sorted(rules(palette_css())) == sorted(
        [':root, [data-md-color-scheme="default"]', '[data-md-color-scheme="slate"]']
    )


def test_dark_differs_from_light_where_it_must() -> None:
    """Assert the dark scheme really changes the text and background colours."""
    css = rules(palette_css())
    light, dark = css[':root, [data-md-color-scheme="default"]'], css['[data-md-color-scheme="slate"]']
    for role in ("fg", "muted", "bg", "a", "b"):
        assert light[f"--nn-{role}"] != dark[f"--nn-{role}"], role


def test_dark_is_for_screens_only() -> None:
    """Assert the dark colours sit in ``@media screen`` (as Material's slate does): paper prints light."""
    css = palette_css()
    screen = css.index("@media screen {")
    assert css.index('[data-md-color-scheme="slate"]') > screen
    assert css.index(':root, [data-md-color-scheme="default"]') < screen
