"""Find a Chromium for the browser tests: Playwright's own build when installed, else the system's.

``python -m tests.browser.chromium`` prints the path, or exits 1 when there is none (the Makefile
then installs Debian's package). Must not import pytest, so the Makefile can run it alone.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

# Debian's /usr/bin/chromium is a shell wrapper; Playwright needs the real binary behind it.
SYSTEM_CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/lib/chromium-browser/chromium-browser")
WRAPPER_NAMES = ("chromium", "chromium-browser", "google-chrome")


def playwright_chromium() -> str | None:
    """Return Playwright's managed Chromium when it has been downloaded, else None."""
    try:
        from playwright.sync_api import sync_playwright  # noqa: PLC0415 - optional: None when not installed
    except ImportError:
        return None
    with sync_playwright() as p:
        path = p.chromium.executable_path
    return path if path and Path(path).is_file() else None


def find_chromium() -> str | None:
    """Return the Chromium to drive: ``CHROMIUM_PATH``, Playwright's, then the system's."""
    explicit = os.environ.get("CHROMIUM_PATH")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    managed = playwright_chromium()
    if managed:
        return managed
    for candidate in SYSTEM_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    for name in WRAPPER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


if __name__ == "__main__":
    path = find_chromium()
    if path is None:
        sys.exit(1)
    print(path)
