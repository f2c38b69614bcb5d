"""Helpers for pages that typeset math with MathJax."""

from __future__ import annotations

from playwright.sync_api import Page

# Resolves once MathJax has typeset the page (startup.promise covers the first typeset).
WAIT_FOR_MATHJAX = "() => window.MathJax && window.MathJax.startup && window.MathJax.startup.promise.then(() => true)"


def wait_for_math(page: Page) -> None:
    """Block until MathJax's first typeset of the page has finished."""
    page.wait_for_function("() => window.MathJax && window.MathJax.startup && window.MathJax.startup.promise")
    page.evaluate(WAIT_FOR_MATHJAX)


def math_counts(page: Page) -> dict[str, int]:
    """Count arithmatex spans, those with exactly one MathJax output, and all MathJax outputs."""
    return page.evaluate(
        """() => {
            const spans = [...document.querySelectorAll('.arithmatex')];
            return {
                spans: spans.length,
                typeset: spans.filter(s => s.querySelectorAll(':scope > mjx-container').length === 1).length,
                outputs: document.querySelectorAll('mjx-container').length,
            };
        }"""
    )
