"""Helpers for pages whose formulas MathJax typeset at build time (``site_src/math_svg.py``)."""

from __future__ import annotations

from playwright.sync_api import Page


def math_counts(page: Page) -> dict[str, int]:
    """Count arithmatex spans, those with exactly one MathJax output, all outputs, and glyphs not drawn.

    ``undrawn`` counts the glyphs (``<use>`` of a shared outline) whose outline is missing from the
    page or, having an outline, draws nothing: each would be a hole in a formula. (Invisible
    characters such as the function application U+2061 after "cos" have an empty outline.)
    """
    return page.evaluate(
        """() => {
            const spans = [...document.querySelectorAll('.arithmatex')];
            const uses = [...document.querySelectorAll('.arithmatex svg use')];
            const undrawn = uses.filter((use) => {
                const ref = (use.getAttribute('xlink:href') || use.getAttribute('href') || '').slice(1);
                const outline = document.getElementById(ref);
                if (!outline) return true;
                if (!outline.getAttribute('d')) return false; // an invisible character, e.g. U+2061
                const box = use.getBBox();
                return box.width === 0 && box.height === 0;
            });
            return {
                spans: spans.length,
                typeset: spans.filter(s => s.querySelectorAll(':scope > mjx-container').length === 1).length,
                outputs: document.querySelectorAll('mjx-container').length,
                glyphs: uses.length,
                undrawn: undrawn.length,
            };
        }"""
    )
