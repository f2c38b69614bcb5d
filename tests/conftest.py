"""Fixtures shared by the test layers: the site built once per run, and a local server for it."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.browser.chromium import find_chromium
from tests.browser.conftest import CHROMIUM_FLAGS

ROOT = Path(__file__).resolve().parent.parent
# The course author's text of Lesson 01 as delivered, kept in the repository so a clone tests alone.
SOURCE_LESSON = ROOT / "tests" / "reference" / "lesson-01-math-foundations.txt"


@dataclass(frozen=True)
class Build:
    """One ``mkdocs build --strict`` of the project: where it went and what it printed."""

    site: Path
    returncode: int
    output: str


def build_site(dest: Path, config: Path = ROOT / "mkdocs.yml") -> Build:
    """Run ``mkdocs build --strict`` into ``dest`` and capture its output."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(dest)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,  # the caller reads the return code: a failing build is what some tests expect
    )
    return Build(dest, proc.returncode, proc.stdout + proc.stderr)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Launch the Chromium that ``tests.browser.chromium`` finds; fail loudly when none exists.

    Here, not in tests/browser/: one definition for every test that asks for pytest-playwright's
    browser (tests/py_runtime/draw too), so the run launches one Chromium, the same one.
    """
    path = find_chromium()
    if path is None:
        pytest.fail("No Chromium found: run `make browser` (installs Debian's chromium as root).")
    return {**browser_type_launch_args, "executable_path": path, "args": CHROMIUM_FLAGS}


@pytest.fixture(scope="session")
def site_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """Build the real site once per test run."""
    return build_site(tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def built_site(site_build: Build) -> Path:
    """The folder of the built site; fails every dependent test when the build failed."""
    assert site_build.returncode == 0, site_build.output
    return site_build.site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A plain static file server, like any a reader might use, minus the request log."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Serve the built site on 127.0.0.1 (a free port) for the whole run."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
