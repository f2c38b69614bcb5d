"""The lesson on paper: each demo as its static figure, no controls or loading lines, dark text on
white whatever the screen's palette. The printed pages go to screenshots/print-NN.png to look at."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import readout
from tests.browser.live_page import LESSON, open_live
from tests.conftest import ROOT

SHOTS = ROOT / "screenshots"
HIDDEN_IN_PRINT = (
    ".nn-demo__stage > canvas",
    ".nn-demo__controls",
    ".nn-demo__status",
    ".nn-exercise__form .md-button",
)
SCREEN_ONLY_TEXT = ("Loading Python", "Static picture", "could not start", "Try it in the demo")

COLOURS = """(figure) => {
  const rgb = (text) => text.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return {
    text: lum(rgb(getComputedStyle(figure.querySelector("dt")).color)),
    background: lum(rgb(getComputedStyle(figure).backgroundColor)),
  };
}"""


def displays(page: Page, selector: str) -> set[str]:
    return set(page.locator(selector).evaluate_all("(els) => els.map((el) => getComputedStyle(el).display)"))


def test_lesson_prints_static_figures(page: Page, page_log: PageLog, site_url: str, tmp_path: Path) -> None:
    """Assert in print: canvases, controls, status lines and exercise buttons are gone, every static
    SVG shows (also for live demos), figures do not split, a changed demo drops its readouts, the
    dark palette prints light; then print the PDF and render its pages for a person to look at."""
    page.emulate_media(color_scheme="light")
    open_live(page, site_url + LESSON)
    dot = page.locator('.nn-demo[data-demo="dot_product"]')
    theta = readout(dot, "theta").inner_text()
    dot.get_by_label("Angle of b", exact=True).focus()
    page.keyboard.press("End")
    expect(readout(dot, "theta")).not_to_have_text(theta)

    page.emulate_media(media="print")
    for selector in HIDDEN_IN_PRINT:
        assert displays(page, selector) == {"none"}, selector
    figures = page.locator(".nn-demo")
    assert figures.count() == 3
    for figure in figures.all():
        expect(figure).to_have_class(re.compile(r"\bnn-demo--live\b"))  # the picture shows anyway
        expect(figure.locator("svg.nn-demo__static")).to_be_visible()
        assert figure.evaluate("(el) => getComputedStyle(el).breakInside") == "avoid"
        changed = figure.get_attribute("data-demo") == "dot_product"
        expect(figure.locator(".nn-demo__readouts")).to_be_visible(visible=not changed)

    pdf = tmp_path / "lesson.pdf"
    page.pdf(path=pdf, format="A4")
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))
    assert pages >= 6, pages
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        for title in figures.locator(".nn-demo__title").all_inner_texts():
            assert title.split(" — ")[0] in text, title
        assert [t for t in SCREEN_ONLY_TEXT if t in text] == []
    if shutil.which("pdftoppm"):
        SHOTS.mkdir(exist_ok=True)
        for old in SHOTS.glob("print-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(SHOTS / "print")], check=True)
        assert len(list(SHOTS.glob("print-*.png"))) == pages

    # A reader on the dark palette prints too: the figures come out dark on white, like the text.
    page.emulate_media(media="screen")
    page.get_by_title("Switch to dark mode").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    assert figures.nth(1).evaluate(COLOURS)["background"] < 0.3  # dark on screen
    page.emulate_media(media="print")
    colours = figures.nth(1).evaluate(COLOURS)
    assert colours["text"] < 0.3 and colours["background"] > 0.9, colours
