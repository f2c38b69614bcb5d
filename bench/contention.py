"""Where the lesson's extra start-up time and blocking time come from (a diagnostic beside ``make bench``).

Two comparisons on one build, each over N cold runs in fresh headless Chromiums:

1. **Python alone.** The floor page, and a bare page that boots the lesson's own worker
   (``assets/demos/worker.mjs`` with ``python.zip``, up to ``demos.browser`` imported), taken in
   turn. If the second takes as long as the first, the lesson's extra time is not its Python but
   the rest of the page competing for the CPU.
2. **The page alone.** Total blocking time (after first contentful paint, over 4 s) of the lesson
   with its worker script answered 404, so Python never starts; of the same with Material's
   script answered empty too, which leaves what parsing, styling and laying out the page costs;
   and of the home page.

    .venv/bin/python -m bench.contention [--runs 5] [--site DIR]
"""

from __future__ import annotations

import argparse
import math
import re
import statistics
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from bench.figures import THEME_SCRIPT, blocking

if TYPE_CHECKING:  # Playwright is a test dependency, imported for real only in main()
    from playwright.sync_api import Playwright
from bench.lesson import PAGE, PROBE, VIEWPORT, launch
from bench.site import FLOOR_URL, Server, add_floor, build

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.chromium import find_chromium  # noqa: E402 - needs ROOT on the path

LESSON_WORKER_URL = "__bench__/lesson-worker.html"
WATCH_MS = 4000
MATERIAL_BUNDLE = re.compile(r"/assets/javascripts/" + THEME_SCRIPT.pattern + "$")


def boot_ms(playwright: Playwright, chromium: str, url: str) -> float:
    """ms from the worker's creation until Python answered, on a bare page."""
    browser = launch(playwright, chromium)
    try:
        page = browser.new_page()
        page.goto(url)
        result = page.evaluate("() => window.__floorDone")
    finally:
        browser.close()
    if "error" in result:
        sys.exit(f"{url} failed: {result['error']}")
    return float(result["ready_ms"] - result["started_ms"])


def blocking_ms(
    playwright: Playwright, chromium: str, url: str, *, python: bool, material: bool = True
) -> float:
    """Total blocking time after first contentful paint over the first WATCH_MS of a load."""
    browser = launch(playwright, chromium)
    try:
        page = browser.new_page(viewport=VIEWPORT)
        if not python:
            page.route("**/demos/worker.mjs", lambda route: route.fulfill(status=404, body=""))
        if not material:
            page.route(MATERIAL_BUNDLE, lambda route: route.fulfill(body="", content_type="text/javascript"))
        page.add_init_script(PROBE)  # the lesson bench's own recorder of long tasks and paints
        page.goto(url)
        page.wait_for_timeout(WATCH_MS)
        tasks, fcp = page.evaluate("() => [window.__bench.longtasks, window.__bench.fcp || 0]")
        if not material and page.locator(".md-clipboard").count():  # Material's script adds these
            sys.exit(
                f"{url}: Material's script ran although it was answered empty; "
                f"is {MATERIAL_BUNDLE.pattern} stale?"
            )
    finally:
        browser.close()
    return blocking(tasks, fcp, math.inf)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--site", type=Path, help="serve this built site instead of building one")
    args = parser.parse_args()
    chromium = find_chromium()
    if chromium is None:
        sys.exit("No Chromium found: run `make browser`.")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - a test dependency, needed only here

    figures: dict[str, list[float]] = {
        "floor": [],
        "lesson worker alone": [],
        "lesson, with Python": [],
        "lesson, Python never started": [],
        "lesson, neither Python nor Material's script": [],
        "home page": [],
    }
    with tempfile.TemporaryDirectory(prefix="nn-contention-") as tmp:
        site = args.site or Path(tmp) / "site"
        if args.site is None:
            build(site)
        add_floor(site)
        with Server(site) as server, sync_playwright() as playwright:
            for run in range(1, args.runs + 1):
                figures["floor"].append(boot_ms(playwright, chromium, server.url + FLOOR_URL))
                figures["lesson worker alone"].append(
                    boot_ms(playwright, chromium, server.url + LESSON_WORKER_URL)
                )
                figures["lesson, with Python"].append(
                    blocking_ms(playwright, chromium, server.url + PAGE, python=True)
                )
                figures["lesson, Python never started"].append(
                    blocking_ms(playwright, chromium, server.url + PAGE, python=False)
                )
                figures["lesson, neither Python nor Material's script"].append(
                    blocking_ms(playwright, chromium, server.url + PAGE, python=False, material=False)
                )
                figures["home page"].append(
                    blocking_ms(playwright, chromium, server.url + "index.html", python=False)
                )
                server.take()
                print(
                    f"run {run}/{args.runs}: " + ", ".join(f"{k} {v[-1]:.0f}" for k, v in figures.items()),
                    file=sys.stderr,
                    flush=True,
                )
    print(f"median of {args.runs} runs")
    print(
        f"worker created → Python ready: floor {statistics.median(figures['floor']):.0f} ms, "
        f"the lesson's worker alone {statistics.median(figures['lesson worker alone']):.0f} ms"
    )
    for key in (
        "lesson, with Python",
        "lesson, Python never started",
        "lesson, neither Python nor Material's script",
        "home page",
    ):
        print(
            f"total blocking time after first paint, first {WATCH_MS / 1000:.0f} s, {key}: "
            f"{statistics.median(figures[key]):.0f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
