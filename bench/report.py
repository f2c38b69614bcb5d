"""The bench's figures as a record (JSON in ``bench/results/``) and as a table with the targets.

``record`` adds the machine (CPUs, CPU model, Chromium version) and the per-run figures to the
medians; ``table`` prints them beside their targets; ``save`` writes ``latest.json`` and a copy
named by the time of the run, keeping the earlier ones.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import platform
import subprocess
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"

# (key, label, unit, target or None, test): what the table shows, in order.
Row = tuple[str, str, str, "float | None", "Callable[[float, float], bool] | None"]
AT_MOST: Callable[[float, float], bool] = lambda value, target: value <= target  # noqa: E731
AT_LEAST: Callable[[float, float], bool] = lambda value, target: value >= target  # noqa: E731
ROWS: tuple[Row, ...] = (
    ("floor_ms", "bare Pyodide page: Python answered (the floor)", "ms", None, None),
    ("fcp_ms", "lesson: first contentful paint", "ms", None, None),
    ("lcp_ms", "lesson: largest contentful paint", "ms", 1000, AT_MOST),
    ("all_demos_live_ms", "lesson: every demo live", "ms", None, None),
    ("live_over_floor", "lesson live / floor (median of per-run ratios)", "×", 1.10, AT_MOST),
    ("arrive_over_floor", "lesson opened at the dot product: that demo live / floor", "×", 1.10, AT_MOST),
    ("tbt_ms", "total blocking time, first paint → all live", "ms", 100, AT_MOST),
    ("longest_task_ms", "longest main-thread task during Pyodide start-up (issue 3)", "ms", None, None),
    (
        "own_script_longest_ms",
        "longest run of the site's own scripts until all live (theme's bundle aside)",
        "ms",
        50,
        AT_MOST,
    ),
    ("cls", "cumulative layout shift", "", 0.02, AT_MOST),
    ("bytes_pyodide", "Pyodide runtime transferred (pyodide.*, python_stdlib.zip)", "B", None, None),
    ("bytes_other_gzip", "everything else the lesson loads, gzip", "B", 1_000_000, AT_MOST),
    ("build_warm_s", "warm mkdocs build", "s", 5, AT_MOST),
    ("heap_growth_bytes", "wasm heap growth after 5,000 slider inputs", "B", 1_000_000, AT_MOST),
)
P95_TARGET_MS = 8.0
# Animations (bench/interactions.py): key in rec["animation"], label, frames-a-second target.
ANIMATION_ROWS: tuple[tuple[str, str, float], ...] = (
    (
        "perceptron_train_fps",
        "perceptron: one Train, 100 epochs over 200 points (canvas frames drawn a second)",
        55.0,
    ),
    ("shrink_h_fps", "derivative: one Shrink h to 0 on the lesson (canvas frames drawn a second)", 55.0),
)
# The phone profile (4× slower CPU, phone viewport): its own floor and figures.
PHONE_ROWS: tuple[Row, ...] = (
    ("floor_ms", "phone: bare Pyodide page, Python answered (its floor)", "ms", None, None),
    ("lcp_ms", "phone: largest contentful paint (no network throttling)", "ms", None, None),
    ("all_demos_live_ms", "phone: every demo live", "ms", None, None),
    ("live_over_floor", "phone: lesson live / phone floor", "×", 1.10, AT_MOST),
    ("tbt_ms", "phone: total blocking time, first paint → all live", "ms", 200, AT_MOST),
    ("longest_task_ms", "phone: longest main-thread task until all live", "ms", None, None),
    (
        "own_script_longest_ms",
        "phone: longest run of the site's own scripts until all live",
        "ms",
        None,
        None,
    ),
)


def _chromium_version(chromium: str) -> str:
    try:
        out = subprocess.run(
            [chromium, "--version"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.strip() or "unknown"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def record(
    summary: Mapping[str, Any],
    floors: Sequence[Mapping[str, float]],
    pages: Sequence[Mapping[str, Any]],
    chromium: str,
    extra_args: Sequence[str] = (),
) -> dict[str, Any]:
    """Medians, the machine they came from and every run's own figures, ready for JSON."""
    return {
        **summary,
        "runs": len(floors),
        "measured_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "chromium_args": list(extra_args),
        "machine": {
            "nproc": os.cpu_count(),
            "cpu": _cpu_model(),
            "chromium": _chromium_version(chromium),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        },
        "per_run": [
            {
                "floor_ms": f["ready_ms"],
                "floor_worker_started_ms": f["started_ms"],
                **{k: v for k, v in p.items() if k != "downloads"},
            }
            for f, p in zip(floors, pages, strict=True)
        ],
        "downloads": pages[0]["downloads"] if pages else [],
    }


def slim(page: Mapping[str, Any]) -> dict[str, Any]:
    """One load's figures for the record, without its download list (the desktop run's is kept)."""
    return {k: v for k, v in page.items() if k != "downloads"}


def _fmt(value: float | None, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if unit == "B":
        return f"{value / 1e6:.2f} MB" if abs(value) >= 100_000 else f"{value:,.0f} B"
    if unit == "ms":
        return f"{value:.0f} ms"
    if unit == "/s":
        return f"{value:.1f} /s"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "×":
        return f"{value:.2f}×"
    return f"{value:.3f}"


def _verdict(value: float | None, target: float | None, test: Callable[[float, float], bool] | None) -> str:
    if target is None or test is None:
        return ""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "not measured"
    return "met" if test(value, target) else "MISSED"


def table(rec: Mapping[str, Any]) -> str:
    """The figures, their targets and whether each is met, as plain text."""
    lines: list[tuple[str, str, str, str]] = [("figure", "median", "target", "")]
    for key, label, unit, target, test in ROWS:
        goal = "" if target is None else f"≤ {_fmt(target, unit)}"
        lines.append((label, _fmt(rec.get(key), unit), goal, _verdict(rec.get(key), target, test)))
    for key, label, unit, target, test in PHONE_ROWS if "phone" in rec else ():
        goal = "" if target is None else f"≤ {_fmt(target, unit)}"
        value = rec["phone"].get(key)
        lines.append((label, _fmt(value, unit), goal, _verdict(value, target, test)))
    in_time = rec["figures_in_time"]
    lines.append(
        (
            "figures: static picture shown from first paint (runs)",
            ", ".join(in_time),
            "all",
            "met" if all(f.split("/")[0] == f.split("/")[1] != "0" for f in in_time) else "MISSED",
        )
    )
    lines.append(("figures: last one first painted", _fmt(rec["figures_painted_ms"], "ms"), "", ""))
    for demo, lat in rec["interaction"].items():
        lines.append(
            (
                f"{demo}: input → canvas redrawn p50 / p95",
                f"{_fmt(lat['p50_ms'], 'ms')} / {_fmt(lat['p95_ms'], 'ms')}",
                f"≤ {P95_TARGET_MS:.0f} ms",
                _verdict(lat["p95_ms"], P95_TARGET_MS, AT_MOST),
            )
        )
        if "drag_p50_ms" in lat:  # bench/interactions.py's drags (issue 15)
            lines.append(
                (
                    f"{demo}: drag, pointer move → canvas redrawn p50 / p95",
                    f"{_fmt(lat['drag_p50_ms'], 'ms')} / {_fmt(lat['drag_p95_ms'], 'ms')}",
                    f"≤ {P95_TARGET_MS:.0f} ms",
                    _verdict(lat["drag_p95_ms"], P95_TARGET_MS, AT_MOST),
                )
            )
        lines.append(
            (
                f"{demo}: input → received by the worker p50 / p95",
                f"{_fmt(lat['worker_p50_ms'], 'ms')} / {_fmt(lat['worker_p95_ms'], 'ms')}",
                "",
                "",
            )
        )
        lines.append(
            (
                f"{demo}: input → readouts in the page p50 / p95",
                f"{_fmt(lat['readouts_p50_ms'], 'ms')} / {_fmt(lat['readouts_p95_ms'], 'ms')}",
                "",
                "",
            )
        )
    for key, label, fps in ANIMATION_ROWS if "animation" in rec else ():
        value = rec["animation"].get(key)
        lines.append((label, _fmt(value, "/s"), f"≥ {fps:.0f} /s", _verdict(value, fps, AT_LEAST)))
    s = rec["start_up"]
    lines.append(
        (
            "start-up: worker created, floor / lesson",
            f"{_fmt(s['floor_worker_started_ms'], 'ms')} / {_fmt(s['lesson_worker_started_ms'], 'ms')}",
            "",
            "",
        )
    )
    lines.append(
        (
            "start-up: worker created → Python ready, floor / lesson",
            f"{_fmt(s['floor_worker_to_python_ms'], 'ms')} / "
            f"{_fmt(s['lesson_worker_to_python_ready_ms'], 'ms')}",
            "",
            "",
        )
    )
    lines.append(
        (
            "start-up: lesson Python ready → every demo live",
            _fmt(s["lesson_python_ready_to_all_live_ms"], "ms"),
            "",
            "",
        )
    )
    widths = [max(len(row[k]) for row in lines) for k in range(4)]
    out = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in lines]
    out.insert(1, "  ".join("-" * w for w in widths))
    m = rec["machine"]
    head = (
        f"{rec['runs']} cold runs each, headless {m['chromium']}, {m['nproc']} CPUs ({m['cpu']}), "
        f"load average {', '.join(map(str, m['load_average']))}"
        + (f", extra Chromium switches {' '.join(rec['chromium_args'])}" if rec["chromium_args"] else "")
    )
    return "\n".join([head, *out])


def save(rec: Mapping[str, Any]) -> list[Path]:
    """Write ``<date>T<hh-mm>.json`` and ``latest.json`` into ``bench/results/``.

    A run with extra Chromium switches measures another browser set-up: it gets a dated file
    marked ``-switches`` and leaves ``latest.json`` alone.
    """
    RESULTS.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y-%m-%dT%H-%M")
    text = json.dumps(_clean(rec), indent=2, ensure_ascii=False) + "\n"
    if rec["chromium_args"]:
        paths = [RESULTS / f"{stamp}-switches.json"]
    else:
        paths = [RESULTS / f"{stamp}.json", RESULTS / "latest.json"]
    for path in paths:
        path.write_text(text, encoding="utf-8")
    return paths


def _clean(value: Any) -> Any:  # noqa: ANN401 - any JSON value, returned with the same shape
    """NaN (a figure that could not be measured) becomes null, which JSON allows."""
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 4)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value
