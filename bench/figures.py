"""From what one page load recorded to the bench's figures, and from many loads to medians.

Pure functions over plain data (what ``bench/probe.js`` collected, the server's download list);
no browser, no files. Times are in ms since navigation start.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

LONG_TASK_MS = 50.0  # the Long Tasks API's threshold; blocking time is what lies beyond it
CLS_GAP_MS = 1000.0  # layout shifts less than 1 s apart belong to one session window…
CLS_WINDOW_MS = 5000.0  # …of at most 5 s (the Core Web Vitals definition of CLS)
# Material's own bundle, the one script on the page that this project does not write.
THEME_SCRIPT = re.compile(r"bundle\.[0-9a-f]+\.min\.js")


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0 to 100) by linear interpolation between the nearest ranks."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    pos = (len(ordered) - 1) * q / 100
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def median(values: Iterable[float]) -> float:
    found = [v for v in values if not math.isnan(v)]
    return statistics.median(found) if found else math.nan


def blocking(tasks: Iterable[Mapping[str, float]], start: float, end: float) -> float:
    """Total blocking time from ``start`` to ``end``, as Lighthouse counts it.

    Each long task is clipped to the window; what remains of it beyond 50 ms blocks. A task that
    began before first paint counts only for its part after it.
    """
    total = 0.0
    for task in tasks:
        inside = min(end, task["start"] + task["duration"]) - max(start, task["start"])
        total += max(0.0, inside - LONG_TASK_MS)
    return total


def longest(tasks: Iterable[Mapping[str, float]], end: float) -> float:
    """The longest main-thread task that started before ``end``."""
    return max((t["duration"] for t in tasks if t["start"] < end), default=0.0)


def cumulative_layout_shift(shifts: Iterable[Mapping[str, float]]) -> float:
    """CLS: the largest sum of layout shifts within one session window."""
    best = current = 0.0
    first = last = -math.inf
    for shift in sorted(shifts, key=lambda s: s["at"]):
        at = shift["at"]
        if at - last > CLS_GAP_MS or at - first > CLS_WINDOW_MS:
            first, current = at, 0.0
        current += shift["value"]
        last = at
        best = max(best, current)
    return best


def figures_painted(data: Mapping[str, Any], fcp: float) -> dict[str, Any]:
    """When each figure's static picture was first in a painted frame, and whether it was there in time.

    "In time" means: laid out with a size at DOMContentLoaded, painted in a frame before Python made
    it live (the static picture shows while Python loads), and, when it sits in the first viewport,
    already in the frame of the first contentful paint.
    """
    first_frame: dict[str, float] = {}
    for snap in data["frameSnapshots"]:
        for fid in snap["ids"]:
            first_frame.setdefault(fid, snap["at"])
    boxes = data.get("figureBoxes") or []
    ok = 0
    for box in boxes:
        seen = first_frame.get(box["id"], math.inf)
        live = data["live"].get(box["id"], math.inf)
        sized = box["width"] > 0 and box["height"] > 0
        early = seen <= fcp if box["inFirstViewport"] else seen < live
        ok += sized and early
    return {
        "figures_in_time": f"{ok}/{len(boxes)}",
        "figures_painted_ms": max(first_frame.values(), default=math.nan),
    }


def page_figures(data: Mapping[str, Any], figure_ids: Sequence[str]) -> dict[str, Any]:
    """The load figures of one lesson page run from what ``probe.js`` recorded."""
    live = [data["live"].get(i, math.nan) for i in figure_ids]
    all_live = max(live) if all(not math.isnan(t) for t in live) else math.nan
    fcp = data["fcp"] if data["fcp"] is not None else math.nan
    lcp = data["lcp"][-1]["at"] if data["lcp"] else math.nan
    end = all_live if not math.isnan(all_live) else math.inf
    scripts = scripts_longest(
        {"scripts": {s["src"]: s["ms"] for s in f["scripts"]}} for f in data["frames"] if f["start"] < end
    )
    return {
        "fcp_ms": fcp,
        "lcp_ms": lcp,
        "lcp_element": data["lcp"][-1]["element"] if data["lcp"] else "",
        "all_demos_live_ms": all_live,
        "demo_live_ms": dict(zip(figure_ids, live, strict=True)),
        "tbt_ms": blocking(data["longtasks"], fcp if not math.isnan(fcp) else 0.0, end),
        "longest_task_ms": longest(data["longtasks"], end),
        "long_tasks": [t for t in data["longtasks"] if t["start"] < end],
        "layout_shifts": data["shifts"],
        # What ran in each long animation frame until all live
        # (scripts by file; none = parsing, style, layout).
        "long_frames": [
            {
                "start": f["start"],
                "duration": f["duration"],
                "scripts": {s["src"]: round(s["ms"]) for s in f["scripts"]},
            }
            for f in data["frames"]
            if f["start"] < end
        ],
        "cls": cumulative_layout_shift(data["shifts"]),
        "scripts_longest_ms": scripts,
        "own_script_longest_ms": own_script_longest(scripts),
        **figures_painted(data, fcp),
        "worker_started_ms": data.get("workerStarted", math.nan),
        "python_ready_ms": data.get("pythonReady", math.nan),
    }


def own_script_longest(longest: Mapping[str, float]) -> float:
    """The longest single run of a script the site itself serves (the theme's bundle left out), or
    0 when none ran long enough to be listed; ``longest`` is :func:`scripts_longest`'s answer."""
    return max((ms for src, ms in longest.items() if not THEME_SCRIPT.fullmatch(src)), default=0.0)


def scripts_longest(frames: Iterable[Mapping[str, Any]]) -> dict[str, float]:
    """The longest single run of each script (by file) inside the long animation frames."""
    out: dict[str, float] = {}
    for frame in frames:
        for src, ms in frame["scripts"].items():
            out[src] = max(out.get(src, 0.0), float(ms))
    return dict(sorted(out.items(), key=lambda item: -item[1]))


def latency(applied: Sequence[float], drawn: Sequence[float], reached: Sequence[float]) -> dict[str, float]:
    """p50 and p95 of one demo's input → canvas redrawn, of input → readouts applied, and of
    input → the worker got it.

    ``p50_ms``/``p95_ms`` (issue 8's figure): from the input event to the moment the demo's worker
    had drawn the new frame on the canvas (an OffscreenCanvas: the page shows it at the next frame
    without the main thread's help). ``readouts_*``: until the page (demo.js) had put the new numbers into the
    page's text, on the main thread, where Chromium runs a worker's message after an input only
    once the next frame has been produced. ``worker_*``: until the worker received the input, the
    page's share of the canvas figure (its main thread handling the event, then the message);
    the rest is Python computing and drawing.
    """
    return {
        "p50_ms": percentile(drawn, 50),
        "p95_ms": percentile(drawn, 95),
        "readouts_p50_ms": percentile(applied, 50),
        "readouts_p95_ms": percentile(applied, 95),
        "worker_p50_ms": percentile(reached, 50),
        "worker_p95_ms": percentile(reached, 95),
        "inputs": len(applied),
    }


def summary(floors: Sequence[Mapping[str, float]], pages: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Medians over the runs; ``live_over_floor`` is the median of run-by-run ratios.

    ``start_up`` splits the time to live for a diagnosis: when each page created its worker,
    how long from there until Python answered (the floor: one line; the lesson: our packages
    imported, ``nn-python:ready``), and from there until every demo was live.
    """
    ratios = [p["all_demos_live_ms"] / f["ready_ms"] for f, p in zip(floors, pages, strict=True)]
    keys = (
        "fcp_ms",
        "lcp_ms",
        "all_demos_live_ms",
        "tbt_ms",
        "longest_task_ms",
        "own_script_longest_ms",
        "cls",
        "bytes_pyodide",
        "bytes_other_gzip",
        "heap_growth_bytes",
    )
    out: dict[str, Any] = {"floor_ms": median(f["ready_ms"] for f in floors)}
    out.update({k: median(p[k] for p in pages) for k in keys})
    out["live_over_floor"] = median(ratios)
    demos = list(pages[0]["interaction"])
    out["interaction"] = {
        demo: {
            q: median(p["interaction"][demo][q] for p in pages)
            for q in (
                "p50_ms",
                "p95_ms",
                "readouts_p50_ms",
                "readouts_p95_ms",
                "worker_p50_ms",
                "worker_p95_ms",
            )
        }
        for demo in demos
    }
    out["start_up"] = {
        "floor_worker_started_ms": median(f["started_ms"] for f in floors),
        "floor_worker_to_python_ms": median(f["ready_ms"] - f["started_ms"] for f in floors),
        "lesson_worker_started_ms": median(p["worker_started_ms"] for p in pages),
        "lesson_worker_to_python_ready_ms": median(
            p["python_ready_ms"] - p["worker_started_ms"] for p in pages
        ),
        "lesson_python_ready_to_all_live_ms": median(
            p["all_demos_live_ms"] - p["python_ready_ms"] for p in pages
        ),
    }
    out["figures_painted_ms"] = median(p["figures_painted_ms"] for p in pages)
    out["figures_in_time"] = sorted({p["figures_in_time"] for p in pages})
    return out


def load_summary(floors: Sequence[Mapping[str, float]], pages: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The load figures of one profile (the phone's): medians, and the median of run-by-run ratios
    of every demo live to the floor measured under the same profile in the same run."""
    ratios = [p["all_demos_live_ms"] / f["ready_ms"] for f, p in zip(floors, pages, strict=True)]
    keys = (
        "fcp_ms",
        "lcp_ms",
        "tbt_ms",
        "longest_task_ms",
        "own_script_longest_ms",
        "all_demos_live_ms",
        "cls",
    )
    return {
        "floor_ms": median(f["ready_ms"] for f in floors),
        **{k: median(p[k] for p in pages) for k in keys},
        "live_over_floor": median(ratios),
    }


def arrival(
    floors: Sequence[Mapping[str, float]], pages: Sequence[Mapping[str, Any]], demo_id: str
) -> dict[str, float]:
    """A reader who opens the page at a demo's section: when that demo was live, and over the floor
    of the same run (median of run-by-run ratios)."""
    live = [p["demo_live_ms"][demo_id] for p in pages]
    return {
        "arrive_ms": median(live),
        "arrive_over_floor": median(t / f["ready_ms"] for t, f in zip(live, floors, strict=True)),
    }
