"""Lighthouse (npm ``lighthouse``, pinned in package.json) on the lesson page, served with gzip.

Runs Lighthouse's mobile preset (simulated slow 4G, the CPU slowed 4 times) and its desktop preset N
times each, taken in turn, against the site served by ``bench.site.Server`` (gzip on, as static
hosts serve it), and prints the medians of performance, total blocking time, largest and first
contentful paint, DOM size and the other three categories. Several ``--site`` folders are taken
in turn run by run, so an A/B comparison shares the machine's load evenly.

    .venv/bin/python -m bench.lighthouse [--runs 3] [--site DIR ...] [--page PATH] [--preset mobile]

Without ``--site`` it builds the project into a temporary folder first. Needs Node (npx) and
Chromium; ``CHROME_PATH`` defaults to the Chromium the browser tests use.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from bench.site import Server, build

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.chromium import find_chromium  # noqa: E402 - needs ROOT on the path

PAGE = "lessons/01-math-foundations.html"
PRESETS = ("mobile", "desktop")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# Audit id -> the figure's name in the summary (Lighthouse's numericValue: ms, or elements).
AUDITS = {
    "total-blocking-time": "tbt_ms",
    "largest-contentful-paint": "lcp_ms",
    "first-contentful-paint": "fcp_ms",
    "speed-index": "speed_index_ms",
    "dom-size": "dom_elements",
}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"


def figures(report: Mapping[str, Any]) -> dict[str, float]:
    """The figures of one Lighthouse report (its JSON output): category scores and audit values."""
    out = {name: float(report["categories"][name]["score"]) for name in CATEGORIES}
    for audit, name in AUDITS.items():
        out[name] = float(report["audits"][audit]["numericValue"])
    return out


def medians(runs: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """The median of each figure over the runs (Lighthouse's own advice: median of several)."""
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def row(label: str, preset: str, summary: Mapping[str, float], runs: int) -> str:
    """One line of the printed table."""
    return (
        f"{label:<24} {preset:<8} {runs:>4}  perf {summary['performance']:.2f}  "
        f"TBT {summary['tbt_ms']:>5.0f} ms  LCP {summary['lcp_ms'] / 1000:.2f} s  "
        f"FCP {summary['fcp_ms'] / 1000:.2f} s  SI {summary['speed_index_ms'] / 1000:.2f} s  "
        f"DOM {summary['dom_elements']:>5.0f}  a11y {summary['accessibility']:.2f}  "
        f"BP {summary['best-practices']:.2f}  SEO {summary['seo']:.2f}"
    )


def run_lighthouse(url: str, preset: str, chrome: str) -> dict[str, Any]:
    """One Lighthouse run of ``url`` with a preset; its JSON report."""
    command = [
        "npx",
        "--no-install",
        "lighthouse",
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    proc = subprocess.run(
        command,
        check=False,
        cwd=ROOT,
        env={**os.environ, "CHROME_PATH": chrome},
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        sys.exit(f"lighthouse failed on {url}:\n{proc.stderr[-2000:]}")
    report: dict[str, Any] = json.loads(proc.stdout)
    if report.get("runtimeError"):
        sys.exit(f"lighthouse could not load {url}: {report['runtimeError']}")
    return report


def measure(sites: Sequence[Path], page: str, presets: Sequence[str], runs: int, chrome: str) -> None:
    """Serve each site, run every preset ``runs`` times, taking the sites in turn; print medians."""
    results: dict[tuple[int, str], list[dict[str, float]]] = {}
    servers = [Server(site).__enter__() for site in sites]
    try:
        for run in range(runs):
            for preset in presets:
                for k, server in enumerate(servers):
                    found = figures(run_lighthouse(server.url + page, preset, chrome))
                    results.setdefault((k, preset), []).append(found)
                    print(
                        f"run {run + 1}/{runs} {sites[k].name} {preset}: {json.dumps(found)}", file=sys.stderr
                    )
    finally:
        for server in servers:
            server.__exit__()
    print(f"{page}, served with gzip; load average {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for (k, preset), reports in results.items():
        print(row(sites[k].name, preset, medians(reports), len(reports)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each preset (default 3)")
    parser.add_argument("--site", type=Path, action="append", help="a built site (repeat to compare)")
    parser.add_argument("--page", default=PAGE, help=f"the page, relative to the site (default {PAGE})")
    parser.add_argument("--preset", choices=PRESETS, action="append", help="default: both")
    args = parser.parse_args()
    chrome = os.environ.get("CHROME_PATH") or find_chromium()
    if chrome is None:
        sys.exit("No Chromium found: run `make browser` or set CHROME_PATH.")
    with tempfile.TemporaryDirectory(prefix="nn-lighthouse-") as tmp:
        sites = args.site
        if not sites:
            sites = [Path(tmp) / "site"]
            build(sites[0])
        measure(sites, args.page, args.preset or PRESETS, args.runs, chrome)
    return 0


if __name__ == "__main__":
    sys.exit(main())
