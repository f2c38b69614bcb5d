"""Rebuild the real site N times in this process, as ``mkdocs serve`` does, and print what stayed alive.

Run by tests/build/test_rebuilds.py in a process of its own (a serve session starts from a clean
interpreter, and in-process builds would leave the test process with a mix of module generations):
``python -m tests.build.serve_rebuilds SITE_DIR REBUILDS {config-per-rebuild,one-config}``. Prints one
JSON object: per build, the live functions and bytes made by the lesson's code blocks, and the most
bytes they held while a build still had its sessions.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tracemalloc
import types
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parents[2]


def lesson_bytes() -> int:
    """Bytes still held by allocations made on a lesson's code-block lines ("<code block: …>" files)."""
    gc.collect()
    # The same sum as filter_traces([Filter(True, "<code block: *")]) over the snapshot's statistics,
    # read from its raw (domain, size, frames, ...) tuples (tracemalloc's private _traces): that filter
    # runs fnmatch in Python on each of the build's ~80,000 live allocations, three times a build (3 s of
    # this script's 19 s of CPU for five builds). With one frame traced, frames[0] is the allocating line.
    traces = tracemalloc.take_snapshot().traces._traces
    return sum(size for _domain, size, frames, *_ in traces if frames[0][0].startswith("<code block: "))


def lesson_functions() -> int:
    """Live functions defined by a lesson's code block (markdown-exec names their module after the block)."""
    gc.collect()
    return sum(
        1
        for obj in gc.get_objects()
        if isinstance(obj, types.FunctionType) and str(obj.__module__).startswith("_code_block")
    )


def rebuild(site: Path, rebuilds: int, fresh_config: bool) -> dict[str, Any]:
    """Build ``rebuilds`` times; mkdocs serve (1.6) loads a new config for every rebuild after the first."""
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=False)
    held: list[int] = []
    hook = next(module for name, module in config["hooks"].items() if name.endswith("exec_blocks.py"))
    free = getattr(hook, "_free_sessions", None)  # absent without the fix: the counts below say why
    if free is not None:

        def measured_free(build_state: object) -> None:
            held.append(lesson_bytes())
            free(build_state)

        hook._free_sessions = measured_free
    functions, kept, shown = [], [], []
    tracemalloc.start()
    try:
        for run in range(rebuilds):
            build(
                load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site)) if fresh_config and run else config
            )
            functions.append(lesson_functions())
            kept.append(lesson_bytes())
            shown.append('class="exec-output"' in (site / "lessons" / "01-math-foundations.html").read_text())
    finally:
        tracemalloc.stop()
        config.plugins.on_shutdown()
    return {"functions": functions, "kept": kept, "held": held, "output_shown": shown}


if __name__ == "__main__":
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    site_dir, count, mode = sys.argv[1:]
    print(json.dumps(rebuild(Path(site_dir), int(count), mode == "config-per-rebuild")))
