"""Colour roles shared by every figure: one palette for SVG, canvas and the site's CSS.

Demos never name a colour; they name a *role* ("a" for vector a, "muted" for tick
labels, ...). Each drawing backend turns the role into a colour itself: the SVG
backend writes ``var(--nn-<role>, <light colour>)`` so a static figure follows the
page's light/dark palette, and the canvas backend looks the role up in a theme dict
the page hands it. The site generates its stylesheet from :func:`css_variables`, so
this module is the single source of truth for the palette.

Contrast targets (WCAG 2.1 AA): text roles ``fg`` and ``muted`` reach 4.5:1 against
the theme's background; roles drawn as lines or marks reach 3:1. ``grid`` is
decoration that must stay faint, and the ``highlight_*`` roles are translucent fills
behind text, so neither is held to a ratio.

Standard library only; must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

from collections.abc import Mapping

Theme = Mapping[str, str]

# The order here is the order of the generated CSS, so keep it stable.
ROLES: tuple[str, ...] = (
    "fg",
    "muted",
    "grid",
    "axis",
    "a",
    "b",
    "proj",
    "accent",
    "secant",
    "good",
    "bad",
    "neutral",
    "highlight_row",
    "highlight_col",
    "bg",
)

# Roles used to draw text: held to 4.5:1 against the background.
TEXT_ROLES: tuple[str, ...] = ("fg", "muted")

# Roles exempt from any contrast target (see the module docstring for why).
DECORATIVE_ROLES: tuple[str, ...] = ("grid", "highlight_row", "highlight_col", "bg")

# On white (#ffffff).
LIGHT: dict[str, str] = {
    "fg": "#1f2328",
    "muted": "#57606a",
    "grid": "#e3e6ea",
    "axis": "#6e7781",
    "a": "#1565c0",
    "b": "#d2510a",
    "proj": "#00796b",
    "accent": "#c2185b",
    "secant": "#7b3fc4",
    "good": "#1a7f37",
    "bad": "#cf222e",
    "neutral": "#6e7781",
    "highlight_row": "rgba(21, 101, 192, 0.14)",
    "highlight_col": "rgba(210, 81, 10, 0.14)",
    "bg": "#ffffff",
}

# On Material's dark "slate" scheme background (#1e2129).
DARK: dict[str, str] = {
    "fg": "#e6e8eb",
    "muted": "#a3abb5",
    "grid": "#323845",
    "axis": "#8b949e",
    "a": "#58a6ff",
    "b": "#ff9f5a",
    "proj": "#3ccfc0",
    "accent": "#f778ba",
    "secant": "#b392f0",
    "good": "#56d364",
    "bad": "#ff7b72",
    "neutral": "#9ba3ad",
    "highlight_row": "rgba(88, 166, 255, 0.2)",
    "highlight_col": "rgba(255, 159, 90, 0.2)",
    "bg": "#1e2129",
}


def check_role(role: str) -> str:
    """Return ``role`` unchanged, or raise ``ValueError`` naming the known roles."""
    if role not in LIGHT:
        known = ", ".join(ROLES)
        raise ValueError(f"unknown colour role {role!r}; use one of: {known}")
    return role


def css_var(role: str) -> str:
    """Name of the CSS custom property holding ``role``'s colour, e.g. ``--nn-a``."""
    return f"--nn-{check_role(role)}"


def css_variables(theme: Theme) -> str:
    """CSS declarations for every role of ``theme``, one per line, in ``ROLES`` order.

    The result goes inside a rule, e.g. ``:root { ... }`` for the light palette and
    ``[data-md-color-scheme="slate"] { ... }`` for the dark one.
    """
    missing = [role for role in ROLES if role not in theme]
    if missing:
        raise ValueError(f"theme lacks colour roles: {', '.join(missing)}")
    return "\n".join(f"{css_var(role)}: {theme[role]};" for role in ROLES)


def merged(theme: Theme) -> dict[str, str]:
    """A complete theme: ``theme``'s colours over the light defaults.

    The page may fail to read some CSS variables (an old cached stylesheet, say);
    falling back to the light colour keeps every role drawable.
    """
    result = dict(LIGHT)
    for role, colour in theme.items():
        if role in LIGHT and colour and colour.strip():
            result[role] = colour.strip()
    return result
