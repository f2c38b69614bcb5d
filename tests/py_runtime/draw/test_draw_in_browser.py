"""Tests of the canvas and SVG backends in real Chromium, with Python running in Pyodide."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from py_runtime.theme import LIGHT
from tests.conftest import ROOT

HERE = Path(__file__).parent / "browser"
TRANSPARENT = [0, 0, 0, 0]


def rgba(hex_colour: str) -> list[int]:
    return [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)] + [255]


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - replaces the stdlib handler's table, an instance attribute in typeshed
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
    }

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """browser/ with the npm Pyodide and py_runtime beside it, served on 127.0.0.1."""
    site = tmp_path_factory.mktemp("draw-check")
    for name in ("check_page.html", "check_page.js", "scene.py"):
        shutil.copy(HERE / name, site / name)
    (site / "pyodide").symlink_to(ROOT / "node_modules" / "pyodide")
    (site / "py_runtime").symlink_to(ROOT / "py_runtime")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def drawn(browser: Browser, served: str) -> dict:
    """What browser/scene.py drew, read back from the page (see browser/check_page.js).

    Runs in the test run's own Chromium (one launch for every browser test) in a context of its own.
    """
    context = browser.new_context()
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(served + "check_page.html")
        result = page.evaluate("window.runCheck()")
    finally:
        context.close()
    return {**result, "errors": errors}


@pytest.mark.browser
def test_runs_without_page_errors_under_pyodide(drawn: dict) -> None:
    """Assert the drawing layer imports and draws in Pyodide's Python without errors."""
    assert drawn["errors"] == []
    assert drawn["python"].startswith("3.")


@pytest.mark.browser
def test_canvas_arc_turns_upward(drawn: dict) -> None:
    """Assert arc(0, pi/2) paints the upper-right quarter of the circle, not the lower one."""
    assert drawn["arcUp"] == rgba(LIGHT["a"])
    assert drawn["arcDown"] == TRANSPARENT


@pytest.mark.browser
def test_canvas_polyline_gap_and_dashes(drawn: dict) -> None:
    """Assert a None point leaves the canvas empty between runs, and a dashed line has gaps."""
    assert drawn["line"] == rgba(LIGHT["b"])
    assert drawn["gap"] == TRANSPARENT
    assert drawn["dashOn"] == rgba(LIGHT["proj"])
    assert drawn["dashOff"] == TRANSPARENT


@pytest.mark.browser
def test_svg_colours_follow_the_page_variables(drawn: dict) -> None:
    """Assert an inline SVG takes its colour from the page's --nn- custom property."""
    assert drawn["svgStroke"] == "rgb(255, 0, 0)"
