"""Helpers for driving demos in the browser the way a reader does."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

LIVE_TIMEOUT_MS = 60_000  # a cold Pyodide boot on a busy 2-core CI machine


def open_demo(page: Page, url: str, name: str, index: int = 0) -> Locator:
    """Open ``url`` and return the ``index``-th figure of demo ``name`` once Python drives it."""
    page.goto(url)
    figure = page.locator(f'.nn-demo[data-demo="{name}"]').nth(index)
    expect(figure).to_have_attribute("data-demo-state", "live", timeout=LIVE_TIMEOUT_MS)
    return figure


def readout(figure: Locator, name: str) -> Locator:
    """The text cell of readout ``name``."""
    return figure.locator(f'[data-readout="{name}"]')


def canvas_pixels(figure: Locator) -> bytes:
    """A PNG screenshot of the demo's drawing area, to compare two states."""
    return figure.locator(".nn-demo__stage").screenshot()
