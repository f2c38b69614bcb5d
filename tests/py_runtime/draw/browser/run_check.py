"""Serve this folder with Pyodide and py_runtime beside it, run check_page.html in Chromium, print JSON.

Run as a separate process by test_draw_in_browser.py so its Playwright instance cannot clash with
pytest-playwright's. Exits 2 when Chromium, Playwright or the npm Pyodide package is missing.
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import sys
import tempfile
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT))


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - replaces the stdlib handler's table, an instance attribute in typeshed
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
    }

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


def main() -> int:
    try:
        from playwright.sync_api import sync_playwright  # noqa: PLC0415 - optional: exit 2 says it is missing

        from tests.browser.chromium import find_chromium  # noqa: PLC0415 - needs Playwright too
    except ImportError:
        return 2
    chromium, pyodide = find_chromium(), ROOT / "node_modules" / "pyodide"
    if chromium is None or not (pyodide / "pyodide.mjs").is_file():
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp)
        for name in ("check_page.html", "check_page.js", "scene.py"):
            shutil.copy(HERE / name, site / name)
        (site / "pyodide").symlink_to(pyodide)
        (site / "py_runtime").symlink_to(ROOT / "py_runtime")
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=tmp))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        errors: list[str] = []
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
                page = browser.new_page()
                page.on("pageerror", lambda exc: errors.append(str(exc)))
                page.goto(f"http://127.0.0.1:{server.server_address[1]}/check_page.html")
                result = page.evaluate("window.runCheck()")
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
    print(json.dumps({**result, "errors": errors}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
