"""``make bench``: the lesson page's speed, measured against the bare Pyodide floor in one run.

Builds the site twice into a temporary folder (the second, warm build is timed), adds the floor
page (``bench/floor/``: loads the same vendored Pyodide in a module worker and runs one line of
Python), serves the folder on 127.0.0.1 with gzip on, as static hosts serve it, and, for each of N
runs, launches a new headless Chromium (a new profile: no HTTP cache and no wasm code cache
carried over) for each page load:

- desktop (1280 × 800): the floor page, then the lesson page. On the lesson page
  ``bench/probe.js`` records paints, long tasks, layout shifts and when each demo goes live; then
  each demo gets 200 real inputs, one at a time (the next only after the previous result was
  applied), and the dot product and derivative sliders 5,000 more to see whether the wasm heap
  grows;
- arriving at a demo: the lesson opened at the dot product's section (a link to it), until that
  demo is live, over the same run's desktop floor;
- phone: the floor and the lesson again with a phone's viewport (412 × 823, touch) and the CPU
  slowed 4× through the DevTools protocol (``Emulation.setCPUThrottlingRate``, Lighthouse's mobile
  slowdown), load figures only.
- the newer demos (``bench/interactions.py``, desktop): the authoring page's neuron (Bias keys)
  and perceptron (Step presses), 200 inputs each; the lesson again, its handles dragged with the
  mouse (200 moves each, where the page has handles); and a bench-only page of 200 points no
  line separates, built into the temporary site, where one Train runs its 100 epochs; and the
  lesson once more, where the derivative's "Shrink h to 0" runs its two-second animation.

Prints a table and writes the medians to ``bench/results/latest.json`` and a copy named by date.

    .venv/bin/python -m bench.lesson [--runs 5] [--site DIR] [--no-save]
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench import figures, interactions, report

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright, ViewportSize
from bench.site import FLOOR_URL, Server, add_floor, build

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.chromium import find_chromium  # noqa: E402 - needs ROOT on the path
from tests.browser.conftest import CHROMIUM_FLAGS  # noqa: E402

PAGE = "lessons/01-math-foundations.html"
PROBE = (Path(__file__).resolve().parent / "probe.js").read_text(encoding="utf-8")
DEMOS = {
    "dot_product": "demo-dot-product-1",
    "matrix_product": "demo-matrix-product-2",
    "derivative": "demo-derivative-3",
}
# A reader who follows a link to the dot product's section (issue 13's arrive_over_floor).
ARRIVE_AT = "#the-dot-product-this-is-the-big-one"
ARRIVE_DEMO = DEMOS["dot_product"]
INPUTS = 200
HEAP_INPUTS = 5000
VIEWPORT: ViewportSize = {"width": 1280, "height": 800}
EXTRA_ARGS: list[str] = []  # --chromium-arg: e.g. to see what a browser feature costs


@dataclass(frozen=True)
class Profile:
    """A device the page is measured on: its viewport and how much slower its CPU is than this one."""

    name: str
    context: dict[str, Any] = field(default_factory=lambda: {"viewport": VIEWPORT})
    cpu_slowdown: float = 1.0


DESKTOP = Profile("desktop")
# Lighthouse's mobile preset: a Moto G Power's screen, and 4× slower CPU.
PHONE = Profile(
    "phone",
    {
        "viewport": {"width": 412, "height": 823},
        "device_scale_factor": 1.75,
        "is_mobile": True,
        "has_touch": True,
    },
    cpu_slowdown=4.0,
)


def launch(playwright: Playwright, chromium: str) -> Browser:
    """A new Chromium with a new, empty profile: no HTTP cache, no compiled-wasm cache."""
    return playwright.chromium.launch(executable_path=chromium, args=[*CHROMIUM_FLAGS, *EXTRA_ARGS])


def open_page(browser: Browser, profile: Profile) -> Page:
    """A page of ``browser`` set up as ``profile``: its viewport and, before anything loads, its CPU
    slowdown."""
    page = browser.new_context(**profile.context).new_page()
    if profile.cpu_slowdown != 1.0:
        cdp = page.context.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": profile.cpu_slowdown})
    return page


def load_floor(
    playwright: Playwright, chromium: str, url: str, profile: Profile = DESKTOP
) -> dict[str, float]:
    """One cold load of the floor page: ms from navigation start until the worker was created and until
    Python answered."""
    browser = launch(playwright, chromium)
    try:
        page = open_page(browser, profile)
        page.goto(url + FLOOR_URL)
        floor = page.evaluate("() => window.__floorDone")
    finally:
        browser.close()
    if "error" in floor:
        sys.exit(f"the floor page failed: {floor['error']}")
    return {"ready_ms": floor["ready_ms"], "started_ms": floor["started_ms"]}


def drive(page: Page, demo: str, i: int) -> None:
    """Input number ``i`` to ``demo`` from the keyboard, as a reader gives it.

    Keys, not the mouse: Chromium delivers mouse moves at the next frame, which would add up to
    16 ms of its own to every hover; a key press is delivered at once. On the sliders the arrow
    keys sweep right then left (never resting at an end, where a key changes nothing); in the
    matrix demo they walk focus round the cells of C (right, down, left, up).
    """
    if demo == "matrix_product":
        page.keyboard.press(("ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp")[i % 4])
    else:
        page.keyboard.press("ArrowRight" if (i // 50) % 2 == 0 else "ArrowLeft")


def interact(page: Page, demo: str) -> dict[str, float]:
    """``INPUTS`` inputs to one demo, each sent after the previous result was applied; latency figures."""
    figure_id = DEMOS[demo]
    start = {
        "dot_product": '[data-control="angle"]',
        "derivative": '[data-control="x"]',
        "matrix_product": '[data-grid="C"] [data-cell="1:1"]',
    }[demo]
    page.locator(f"#{figure_id} {start}").focus()
    page.wait_for_timeout(300)  # the result of focusing a cell of C, if any, has come back
    page.evaluate("(id) => window.__bench.forgetInput(id)", figure_id)
    series = (
        "(id) => [window.__bench.inputs[id] || [], window.__bench.drawn[id] || [],"
        " window.__bench.reached[id] || []]"
    )
    before = [len(s) for s in page.evaluate(series, figure_id)]
    for i in range(INPUTS):
        count = page.evaluate("(id) => (window.__bench.results[id] || []).length", figure_id)
        drive(page, demo, i)
        page.evaluate("([id, n]) => window.__bench.resultsAfter(id, n)", [figure_id, count])
    applied, drawn, reached = (s[n:] for s, n in zip(page.evaluate(series, figure_id), before, strict=True))
    return figures.latency(applied, drawn, reached)


def heap_growth(page: Page) -> dict[str, int]:
    """Memory before and after ``HEAP_INPUTS`` slider inputs, half on each slider; the growth."""
    before = page.evaluate("() => NNDemos.stats()")
    half = HEAP_INPUTS // 2
    angles = [str(k * 7 % 361) for k in range(half)]
    xs = [f"{(k * 37 % 601) / 100 - 3:.2f}" for k in range(half)]
    page.evaluate("([id, v]) => window.__bench.hammer(id, 'angle', v)", [DEMOS["dot_product"], angles])
    page.evaluate("([id, v]) => window.__bench.hammer(id, 'x', v)", [DEMOS["derivative"], xs])
    after = page.evaluate("() => NNDemos.stats()")
    return {f"{key}_growth": after[key] - before[key] for key in before} | {
        "heap_bytes_after": after["heap_bytes"]
    }


def open_lesson(
    browser: Browser, profile: Profile, url: str, errors: list[str]
) -> tuple[Page, dict[str, Any]]:
    """The lesson page loaded cold in ``profile`` until every demo is live; its load figures."""
    page = open_page(browser, profile)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.add_init_script(PROBE)
    page.goto(url)
    settled = page.evaluate("() => window.__bench.settled")
    if settled != "live":
        sys.exit(f"the lesson page did not come to life ({profile.name}): {settled}")
    page.wait_for_timeout(500)  # let the observers deliver their last entries
    return page, figures.page_figures(page.evaluate("() => window.__bench"), list(DEMOS.values()))


def load_page_only(playwright: Playwright, chromium: str, url: str, profile: Profile) -> dict[str, Any]:
    """One cold load of the lesson page at ``url`` in ``profile``: load figures only, no interaction."""
    browser = launch(playwright, chromium)
    errors: list[str] = []
    try:
        _page, result = open_lesson(browser, profile, url, errors)
    finally:
        browser.close()
    return result | {"page_errors": errors}


def load_measured(playwright: Playwright, chromium: str, url: str, measure: Callable[[Page], Any]) -> Any:  # noqa: ANN401 - whatever figures `measure` returns
    """One cold desktop load of the page at ``url`` until its demos are live, then ``measure(page)``."""
    browser = launch(playwright, chromium)
    try:
        page, _ = open_lesson(browser, DESKTOP, url, [])
        return measure(page)
    finally:
        browser.close()


def load_page(playwright: Playwright, chromium: str, server: Server, heap: bool) -> dict[str, Any]:
    """One cold load of the lesson page, its interactions and (optionally) the heap figure."""
    browser = launch(playwright, chromium)
    try:
        errors: list[str] = []
        page, result = open_lesson(browser, DESKTOP, server.url + PAGE, errors)
        result["interaction"] = {demo: interact(page, demo) for demo in DEMOS}
        memory = heap_growth(page) if heap else {}
        result["heap_growth_bytes"] = memory.get("heap_bytes_growth", math.nan)
        result["memory"] = memory
        result["page_errors"] = errors
    finally:
        browser.close()
    downloads = server.take()
    result["bytes_pyodide"] = sum(d.size for d in downloads if d.is_pyodide)
    result["bytes_other_gzip"] = sum(d.gzip_size for d in downloads if not d.is_pyodide)
    result["downloads"] = [d.__dict__ for d in downloads]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="cold page loads of each kind (default 5)")
    parser.add_argument(
        "--site", type=Path, help="serve this built site instead of building one (no build time)"
    )
    parser.add_argument("--no-heap", action="store_true", help="skip the 5,000-input heap figure")
    parser.add_argument("--no-save", action="store_true", help="print only; write nothing to bench/results/")
    parser.add_argument(
        "--chromium-arg",
        action="append",
        default=[],
        metavar="ARG",
        help="an extra Chromium switch, e.g. --disable-features=DeferRendererTasksAfterInput",
    )
    args = parser.parse_args()
    EXTRA_ARGS.extend(args.chromium_arg)

    chromium = find_chromium()  # before sync_playwright: it may start Playwright itself
    if chromium is None:
        sys.exit("No Chromium found: run `make browser`.")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only when the bench runs, not on import

    with tempfile.TemporaryDirectory(prefix="nn-bench-") as tmp:
        site, build_warm_s = args.site, math.nan
        if site is None:
            site = Path(tmp) / "site"
            build(site)
            build_warm_s = build(site)
        add_floor(site)
        interactions.build_train_page(site, Path(tmp) / "train")
        floors, pages, arrivals, phone_floors, phones = [], [], [], [], []
        authoring, trains, drags, shrinks = [], [], [], []  # bench/interactions.py's
        with Server(site) as server, sync_playwright() as playwright:
            for run in range(1, args.runs + 1):
                floors.append(load_floor(playwright, chromium, server.url))
                server.take()
                pages.append(load_page(playwright, chromium, server, heap=not args.no_heap))
                arrivals.append(load_page_only(playwright, chromium, server.url + PAGE + ARRIVE_AT, DESKTOP))
                phone_floors.append(load_floor(playwright, chromium, server.url, PHONE))
                phones.append(load_page_only(playwright, chromium, server.url + PAGE, PHONE))
                server.take()
                authoring.append(
                    load_measured(
                        playwright,
                        chromium,
                        server.url + interactions.AUTHORING,
                        lambda page: interactions.authoring(page, INPUTS),
                    )
                )
                drags.append(
                    load_measured(
                        playwright, chromium, server.url + PAGE, lambda page: interactions.drags(page, INPUTS)
                    )
                )
                shrinks.append(load_measured(playwright, chromium, server.url + PAGE, interactions.shrink_h))
                trains.append(
                    load_measured(
                        playwright, chromium, server.url + interactions.TRAIN_URL, interactions.train
                    )
                )
                server.take()
                print(
                    f"run {run}/{args.runs}: floor {floors[-1]['ready_ms']:.0f} ms, "
                    f"all demos live {pages[-1]['all_demos_live_ms']:.0f} ms, "
                    f"arrived demo live {arrivals[-1]['demo_live_ms'][ARRIVE_DEMO]:.0f} ms; "
                    f"phone: floor {phone_floors[-1]['ready_ms']:.0f} ms, "
                    f"all demos live {phones[-1]['all_demos_live_ms']:.0f} ms, "
                    f"TBT {phones[-1]['tbt_ms']:.0f} ms; "
                    f"Train {trains[-1]['frames']} frames, {trains[-1]['fps']:.1f} /s; "
                    f"Shrink h {shrinks[-1]['fps']:.1f} /s",
                    file=sys.stderr,
                    flush=True,
                )

    summary = (
        figures.summary(floors, pages)
        | figures.arrival(floors, arrivals, ARRIVE_DEMO)
        | {"phone": figures.load_summary(phone_floors, phones), "build_warm_s": build_warm_s}
    )
    summary = interactions.merged(summary, authoring, trains, drags, shrinks)
    record = report.record(summary, floors, pages, chromium, args.chromium_arg)
    record["per_run_authoring"] = authoring
    record["per_run_train"] = trains
    record["per_run_drag"] = drags
    record["per_run_shrink"] = shrinks
    record["per_run_arrive"] = [report.slim(a) for a in arrivals]
    record["per_run_phone"] = [
        {"floor_ms": f["ready_ms"], **report.slim(p)} for f, p in zip(phone_floors, phones, strict=True)
    ]
    print(report.table(record))
    if not args.no_save:
        for path in report.save(record):
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
