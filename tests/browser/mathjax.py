"""Helpers for pages whose formulas MathJax typeset at build time (``site_src/math_svg.py``)."""

from __future__ import annotations

from playwright.sync_api import Page


def math_counts(page: Page) -> dict[str, int]:
    """Count arithmatex spans, those with exactly one MathJax output, all outputs, and glyphs not drawn.

    ``undrawn`` counts the formulas' pictures that draw nothing (no path, or paths of no size):
    each would be a hole in the text. Each picture's glyphs are one path (``site_src/math_flat.py``).
    """
    return page.evaluate(
        """() => {
            const spans = [...document.querySelectorAll('.arithmatex')];
            const pictures = [...document.querySelectorAll('.arithmatex mjx-container > svg')];
            const undrawn = pictures.filter((svg) => {
                const paths = [...svg.querySelectorAll('path, rect')];
                return !paths.some((p) => {
                    const box = p.getBBox();
                    return box.width > 0 && box.height > 0;
                });
            });
            return {
                spans: spans.length,
                typeset: spans.filter(s => s.querySelectorAll(':scope > mjx-container').length === 1).length,
                outputs: document.querySelectorAll('mjx-container').length,
                pictures: pictures.length,
                undrawn: undrawn.length,
            };
        }"""
    )
