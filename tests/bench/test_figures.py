"""The bench's arithmetic (bench/figures.py): what `make bench` prints must mean what its table says."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from bench.contention import MATERIAL_BUNDLE
from bench.figures import (
    arrival,
    blocking,
    cumulative_layout_shift,
    latency,
    load_summary,
    own_script_longest,
    percentile,
    scripts_longest,
    summary,
)
from bench.interactions import merged
from bench.lighthouse import AUDITS, CATEGORIES, medians
from bench.lighthouse import figures as lighthouse_figures
from bench.report import record


def test_blocking_time_counts_only_what_lies_beyond_50_ms_inside_the_window() -> None:
    """Assert a 120 ms task blocks 70 ms, a 40 ms task nothing, tasks outside the window nothing,
    and a task across an edge of the window only its part inside it (as Lighthouse counts)."""
    tasks = [
        {"start": 10, "duration": 300},
        {"start": 200, "duration": 120},
        {"start": 400, "duration": 40},
        {"start": 5000, "duration": 500},
    ]
    assert blocking(tasks, start=350, end=4000) == 0
    assert blocking(tasks, start=100, end=4000) == (310 - 100 - 50) + 70
    assert blocking(tasks, start=0, end=150) == 150 - 10 - 50
    assert blocking(tasks, start=280, end=6000) == 500 - 50  # 30 and 40 ms inside: no blocking


def test_layout_shifts_add_up_within_one_session_window_only() -> None:
    """Assert shifts under 1 s apart add up, and a later burst counts alone when it is the larger one."""
    shifts = [{"at": 0, "value": 0.01}, {"at": 500, "value": 0.01}, {"at": 3000, "value": 0.015}]
    assert cumulative_layout_shift(shifts) == pytest.approx(0.02)
    assert cumulative_layout_shift([*shifts, {"at": 3500, "value": 0.01}]) == pytest.approx(0.025)
    assert cumulative_layout_shift([]) == 0


def test_percentiles_interpolate_between_ranks() -> None:
    """Assert p50 of 1..4 is 2.5, p95 of 0..100 is 95 and an empty list gives NaN."""
    assert percentile([4, 1, 3, 2], 50) == 2.5
    assert percentile(list(range(101)), 95) == 95
    assert math.isnan(percentile([], 50))


def test_interaction_figure_is_input_to_canvas_redrawn() -> None:
    """Assert p50/p95 come from the canvas-drawn times; the readouts' and the worker's are apart."""
    drawn = [float(v) for v in range(1, 101)]
    applied = [v + 10 for v in drawn]
    reached = [v / 2 for v in drawn]
    figures = latency(applied, drawn, reached)
    assert figures["p95_ms"] == pytest.approx(95.05)
    assert figures["readouts_p95_ms"] == pytest.approx(105.05)
    assert figures["worker_p95_ms"] == pytest.approx(47.525)
    assert figures["inputs"] == 100


# Three runs: each floor, and the lesson's figures of the same run.
FLOORS = [
    {"ready_ms": 1000, "started_ms": 100},
    {"ready_ms": 2000, "started_ms": 100},
    {"ready_ms": 4000, "started_ms": 100},
]
LESSON = {
    "fcp_ms": 1,
    "lcp_ms": 1,
    "tbt_ms": 0,
    "longest_task_ms": 0,
    "own_script_longest_ms": 0,
    "cls": 0,
    "bytes_pyodide": 0,
    "bytes_other_gzip": 0,
    "heap_growth_bytes": 0,
    "worker_started_ms": 50,
    "python_ready_ms": 900,
    "figures_painted_ms": 1,
    "figures_in_time": "3/3",
    "downloads": [],
    "interaction": {"demo": latency([1.0], [1.0], [0.5])},
}
PAGES = [LESSON | {"all_demos_live_ms": live} for live in (1100, 2400, 4000)]
# What issue 8 asks `make bench` to write, each a median unless named otherwise.
ISSUE_KEYS = (
    "floor_ms",
    "fcp_ms",
    "lcp_ms",
    "all_demos_live_ms",
    "live_over_floor",
    "tbt_ms",
    "longest_task_ms",
    "cls",
    "interaction",
    "bytes_pyodide",
    "bytes_other_gzip",
    "build_warm_s",
    "heap_growth_bytes",
)
# What issue 16 adds: the authoring page's newer demos, and one Train animation's frames a second;
# issue 15 adds interaction.dot_product.drag_p50_ms / drag_p95_ms.
NEWER_DEMOS = ("neuron", "perceptron")
ANIMATION_KEYS = ("perceptron_train_fps", "shrink_h_fps")
# What issue 13 adds: arriving at a demo, and the phone profile beside the desktop one.
PHONE_KEYS = ("tbt_ms", "lcp_ms", "longest_task_ms", "all_demos_live_ms", "live_over_floor")


def test_live_over_floor_is_the_median_of_run_by_run_ratios() -> None:
    """Assert the ratio pairs each lesson run with the floor of the same run, not median over median."""
    out = summary(FLOORS, PAGES)
    assert out["live_over_floor"] == pytest.approx(1.1)  # ratios 1.1, 1.2, 1.0
    assert out["floor_ms"] == 2000
    assert out["interaction"]["demo"]["p95_ms"] == 1.0


def test_contention_finds_the_material_script_it_holds_back(built_site: Path) -> None:
    """Assert bench.contention's pattern names the Material bundle the lesson really loads.

    Were it stale, its "without Material's script" figure would quietly measure the whole page.
    """
    lesson = (built_site / "lessons" / "01-math-foundations.html").read_text(encoding="utf-8")
    scripts = re.findall(r'<script[^>]+src="([^"]+)"', lesson)
    held = [src for src in scripts if MATERIAL_BUNDLE.search("/" + src.replace("../", ""))]
    assert len(held) == 1, scripts


def test_the_record_has_every_figure_the_issue_asks_for() -> None:
    """Assert what `make bench` writes (and the committed latest.json) holds every key of issue 8,
    with p50 and p95 of input → canvas redrawn for each demo; what it writes now also has issue 16's
    neuron, perceptron and Train animation."""
    newer = [{demo: latency([1.0], [1.0], [0.5]) for demo in NEWER_DEMOS}]
    drags = [{"demo": latency([2.0], [2.0], [1.0])}]  # the lesson demo of PAGES, dragged
    lesson = merged(summary(FLOORS, PAGES), newer, [{"fps": 60.0}], drags, [{"fps": 58.0}])
    written = record(lesson | {"build_warm_s": 1.5}, FLOORS, PAGES, "/nonexistent/chromium")
    assert set(NEWER_DEMOS) <= set(written["interaction"])
    assert [key for key in ANIMATION_KEYS if key not in written["animation"]] == []
    assert {"p50_ms", "drag_p50_ms", "drag_p95_ms"} <= set(written["interaction"]["demo"])
    latest = json.loads(
        (Path(__file__).resolve().parents[2] / "bench" / "results" / "latest.json").read_text()
    )
    for rec in (written, latest):
        assert [key for key in ISSUE_KEYS if key not in rec] == []
        assert rec["interaction"] and all({"p50_ms", "p95_ms"} <= set(v) for v in rec["interaction"].values())
    # The committed latest.json predates issue 16 until the next full bench: the lesson's demos at least.
    assert set(latest["interaction"]) >= {"dot_product", "matrix_product", "derivative"}
    assert all(isinstance(latest[key], (int, float)) for key in ISSUE_KEYS if key != "interaction")
    assert all(
        isinstance(latest[key], (int, float)) for key in ("arrive_over_floor", "own_script_longest_ms")
    )
    assert all(isinstance(latest["phone"][key], (int, float)) for key in PHONE_KEYS)


def test_the_phone_ratio_pairs_each_phone_run_with_its_own_floor() -> None:
    """Assert the phone's live/floor is the median of run-by-run ratios to the floor measured under
    the same profile, and its other figures are medians of the phone runs."""
    phones = [
        LESSON | {"all_demos_live_ms": live, "tbt_ms": tbt}
        for live, tbt in ((3300, 10), (4400, 500), (2000, 30))
    ]
    floors = [
        {"ready_ms": 3000, "started_ms": 1},
        {"ready_ms": 4000, "started_ms": 1},
        {"ready_ms": 2000, "started_ms": 1},
    ]
    out = load_summary(floors, phones)
    assert out["live_over_floor"] == pytest.approx(1.1)  # ratios 1.1, 1.1, 1.0
    assert out["floor_ms"] == 3000
    assert out["tbt_ms"] == 30
    assert set(out) >= {"tbt_ms", "lcp_ms", "longest_task_ms", "all_demos_live_ms", "live_over_floor"}


def test_arrival_counts_only_the_demo_the_reader_arrived_at() -> None:
    """Assert arrive_over_floor takes the arrived-at demo's live time, not the last demo's."""
    pages = [{"demo_live_ms": {"a": live, "b": 9999}} for live in (1200, 2200, 4800)]
    out = arrival(FLOORS, pages, "a")
    assert out["arrive_ms"] == 2200
    assert out["arrive_over_floor"] == pytest.approx(1.2)  # ratios 1.2, 1.1, 1.2


def test_scripts_longest_keeps_each_files_longest_run() -> None:
    """Assert the per-script figure is the longest single run of each file, longest first."""
    frames = [{"scripts": {"host.js": 30, "bundle.js": 120}}, {"scripts": {"host.js": 70}}]
    assert list(scripts_longest(frames).items()) == [("bundle.js", 120.0), ("host.js", 70.0)]


def test_lighthouse_figures_are_read_from_the_report_and_take_medians() -> None:
    """Assert bench.lighthouse reads scores and audit values from Lighthouse's JSON and takes medians."""

    def report(perf: float, tbt: float) -> dict:
        audits = {audit: {"numericValue": 1000.0} for audit in AUDITS}
        audits["total-blocking-time"] = {"numericValue": tbt}
        return {
            "categories": {name: {"score": perf if name == "performance" else 1.0} for name in CATEGORIES},
            "audits": audits,
        }

    runs = [lighthouse_figures(report(p, t)) for p, t in ((0.9, 300), (0.97, 120), (0.95, 180))]
    out = medians(runs)
    assert out["performance"] == 0.95
    assert out["tbt_ms"] == 180
    assert out["seo"] == 1.0 and out["dom_elements"] == 1000


def test_own_scripts_leave_the_themes_bundle_aside() -> None:
    """Assert the site's own longest script run is taken over every file but Material's hashed
    bundle (however long that ran), and is 0 when only the bundle ran long."""
    longest = {"bundle.a5f9d56c.min.js": 130.0, "demo.js": 62.0, "client.js": 12.0}
    assert own_script_longest(longest) == 62.0
    assert own_script_longest({"bundle.a5f9d56c.min.js": 130.0}) == 0.0
    assert own_script_longest({"bundle.js": 70.0}) == 70.0  # not the theme's hashed name: counted
