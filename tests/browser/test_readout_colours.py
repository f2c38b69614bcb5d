"""Readouts speak the figure's colours: the swatch beside a readout that names a, b, θ, the tangent
or the secant has the colour the live picture draws that thing in, in both palettes."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import open_demo

LESSON = "lessons/01-math-foundations.html"
# What each readout's label names, and which colour the canvas draws it in (--nn-<role>).
NAMED = {
    "dot_product": {
        "dot": ["a", "b"],
        "norm_a": ["a"],
        "norm_b": ["b"],
        "cos": ["accent"],
        "theta": ["accent"],
    },
    "derivative": {"fx": ["a"], "slope": ["accent"], "tangent": ["accent"], "secant": ["secant"]},
}
# The swatches' colours as the browser resolves them, and the canvas's for the same role.
COLOURS = """(figure, readout) => {
  const resolve = (value) => { const probe = document.createElement("i"); probe.style.color = value;
    document.body.append(probe); const got = getComputedStyle(probe).color; probe.remove(); return got; };
  const row = figure.querySelector(`[data-readout="${readout}"]`).parentElement;
  return [...row.querySelectorAll(".nn-demo__swatch")].map((el) => {
    const style = getComputedStyle(el);
    // The dashed secant's swatch shows its colour in its outline.
    const shown = style.backgroundImage === "none"
      ? style.backgroundColor : style.boxShadow.match(/rgba?\\([^)]*\\)/)[0];
    const role = el.dataset.role;
    return [role, shown, resolve(getComputedStyle(figure).getPropertyValue(`--nn-${role}`))];
  });
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_swatches_have_the_pictures_colours(
    page: Page, page_log: PageLog, site_url: str, scheme: str
) -> None:
    """Assert each named readout has one swatch per thing it names, each in that thing's canvas colour."""
    page.emulate_media(color_scheme=scheme)
    for demo, readouts in NAMED.items():
        figure = open_demo(page, site_url + LESSON, demo)
        expect(page.locator("body")).to_have_attribute(
            "data-md-color-scheme", "default" if scheme == "light" else "slate"
        )
        seen = set()
        for name, roles in readouts.items():
            swatches = figure.evaluate(COLOURS, name)
            assert [role for role, _, _ in swatches] == roles, name
            for role, shown, canvas in swatches:
                assert shown == canvas, (name, role)
                seen.add(shown)
        assert len(seen) == len({r for roles in readouts.values() for r in roles})  # distinct colours
    page_log.assert_clean()
