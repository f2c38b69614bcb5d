"""The demos' colour palette as CSS, generated from ``py_runtime.theme`` (one source of truth).

The static SVGs use ``var(--nn-<role>)`` and the live canvas reads the same variables, so both
follow Material's light (``default``) and dark (``slate``) schemes. Must not import MkDocs.
"""

from __future__ import annotations

from py_runtime.theme import DARK, LIGHT, css_variables

PALETTE_URL = "assets/demos/palette.css"


def _block(selector: str, declarations: str) -> str:
    body = "\n".join("  " + line.strip() for line in declarations.strip().splitlines())
    return f"{selector} {{\n{body}\n}}\n"


def palette_css() -> str:
    """CSS custom properties for both palettes, keyed to Material's colour-scheme attribute.

    Like Material's own slate scheme, the dark colours apply on screens only: on paper every page
    prints in the light palette (dark figure text on white).
    """
    return (
        "/* Generated from py_runtime/theme.py at build time: do not edit. */\n"
        + _block(':root, [data-md-color-scheme="default"]', css_variables(LIGHT))
        + "@media screen {\n"
        + _block('[data-md-color-scheme="slate"]', css_variables(DARK))
        + "}\n"
    )
