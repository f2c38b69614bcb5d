"""Tests of the canvas and SVG backends in real Chromium, with Python running in Pyodide."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from py_runtime.theme import LIGHT

RUN_CHECK = Path(__file__).parent / "browser" / "run_check.py"
TRANSPARENT = [0, 0, 0, 0]


def rgba(hex_colour: str) -> list[int]:
    return [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)] + [255]


@pytest.fixture(scope="module")
def drawn() -> dict:
    """What browser/scene.py drew, read back from the page (see browser/check_page.js)."""
    proc = subprocess.run(
        [sys.executable, str(RUN_CHECK)], capture_output=True, text=True, timeout=300, check=False
    )
    if proc.returncode == 2:
        pytest.skip("needs Playwright, a Chromium and node_modules/pyodide (make setup browser)")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


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
