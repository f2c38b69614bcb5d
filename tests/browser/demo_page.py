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


def accent_on_circle(figure: Locator, centre: tuple[float, float], radius: float, samples: int = 24) -> float:
    """The share (0 … 1) of ``samples`` points on the circle of ``radius`` CSS pixels around the page
    point ``centre`` that show the figure's accent colour in a screenshot of its drawing area (the
    canvas and anything laid over it), to within a little antialiasing: a point counts when the
    colour is there or one pixel in or out along the radius."""
    stage = figure.locator(".nn-demo__stage")
    box = stage.bounding_box()
    assert box is not None
    png = stage.screenshot(scale="css")
    return float(
        figure.evaluate(
            """async (figure, [b64, cx, cy, radius, samples]) => {
                const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
                const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
                const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
                const ctx = canvas.getContext("2d", { willReadFrequently: true });
                ctx.fillStyle = getComputedStyle(figure).getPropertyValue("--nn-accent");
                ctx.fillRect(0, 0, 1, 1);
                const accent = ctx.getImageData(0, 0, 1, 1).data;
                ctx.drawImage(bitmap, 0, 0);
                let hits = 0;
                for (let i = 0; i < samples; i++) {
                    const t = (2 * Math.PI * i) / samples;
                    const near = [-1, 0, 1].some((dr) => {
                        const x = Math.round(cx + (radius + dr) * Math.cos(t));
                        const y = Math.round(cy + (radius + dr) * Math.sin(t));
                        const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
                        return Math.hypot(r - accent[0], g - accent[1], b - accent[2]) < 60;
                    });
                    if (near) hits++;
                }
                return hits / samples;
            }""",
            [base64.b64encode(png).decode(), centre[0] - box["x"], centre[1] - box["y"], radius, samples],
        )
    )
