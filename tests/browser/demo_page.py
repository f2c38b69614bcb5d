"""Helpers for driving demos in the browser the way a reader does."""

from __future__ import annotations

import base64

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


def mean_luminance(page: Page, png: bytes) -> float:
    """The mean relative luminance (0 black … 1 white) of a PNG screenshot, decoded by the browser."""
    return page.evaluate(
        """async (b64) => {
            const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
            const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const ctx = canvas.getContext("2d");
            ctx.drawImage(bitmap, 0, 0);
            const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
            const lin = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
            let sum = 0;
            for (let i = 0; i < data.length; i += 4) {
                sum += 0.2126 * lin(data[i]) + 0.7152 * lin(data[i + 1]) + 0.0722 * lin(data[i + 2]);
            }
            return sum / (data.length / 4);
        }""",
        base64.b64encode(png).decode(),
    )
