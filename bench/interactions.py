"""The newer demos' figures for ``make bench`` (issue 16): the neuron's and the perceptron's input →
canvas redrawn on the authoring page, and the frames per second of one perceptron Train animation.

The latencies are taken as bench/lesson.py takes the lesson's (the same probe.js timestamps: the
page's input or click event, then when the worker had drawn the canvas), one input at a time. The
animation runs on a bench-only page, built here into the bench's own temporary site with the real
mkdocs configuration (never into the published site): one ``demo: perceptron`` fence of
:data:`TRAIN_POINTS` points no line separates, so Train runs the rule's full 100 epochs. Its
frames per second count the answers the worker drew (each a new canvas frame) over the time
between the first and the last, as probe.js's ``drawnAt`` recorded them.

Must not import bench.lesson (which imports this module); the page comes from it ready.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.yaml import yaml_load

from bench.figures import latency, median
from bench.site import build

ROOT = Path(__file__).resolve().parent.parent
AUTHORING = "authoring.html"
# figure id, the control focused before the keys, and the key of input ``i``.
NEURON = ("demo-neuron-2", '[data-control="b"]')
PERCEPTRON = ("demo-perceptron-3", '[data-control="step"]')
TRAIN_URL = "__bench__/train/index.html"
TRAIN_FIGURE = "demo-perceptron-1"
TRAIN_POINTS = 200
TRAIN_TIMEOUT_MS = 120_000  # 100 epochs take 25 s at EPOCH_MS = 250; a loaded machine more
FPS_TARGET = 55.0


def neuron_key(i: int) -> str:
    """The Bias slider swept 40 steps of 0.1 right, then left, from b = 0.1: never at an end (±5),
    where a key would change nothing and get no answer."""
    return "ArrowRight" if (i // 40) % 2 == 0 else "ArrowLeft"


def inseparable_points(n: int = TRAIN_POINTS) -> list[list[float]]:
    """``n`` points ``[x1, x2, label]`` spread over [-5, 5]², labelled by the side of x1 + x2 = 0
    except every seventh, which is flipped: no line separates them (the tests check it)."""
    points: list[list[float]] = []
    for k in range(n):
        x1 = (k * 37 % 200) / 20 - 5
        x2 = (k * 71 % 199) / 19.9 - 5
        label = int(x1 + x2 > 0) ^ int(k % 7 == 0)
        points.append([x1, x2, label])
    return points


def train_page() -> str:
    """The bench-only page: one perceptron on :func:`inseparable_points`."""
    fence = yaml.safe_dump({"demo": "perceptron", "points": inseparable_points()}, default_flow_style=None)
    return f"# Train\n\n```demo\n{fence}```\n"


def build_train_page(site: Path, work: Path) -> None:
    """Build :func:`train_page` with the real configuration into ``site`` at :data:`TRAIN_URL`."""
    docs = work / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text(train_page(), encoding="utf-8")
    real = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))  # its !!python tags too
    config = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "docs_dir": "docs",
        "nav": ["index.md"],
        # Paths in an inheriting config are relative to it: point the hooks at the real files.
        "hooks": [str(ROOT / hook) for hook in real["hooks"]],
        "watch": [],  # the real one's, relative to it, do not exist here
    }
    (work / "mkdocs.yml").write_text(json.dumps(config), encoding="utf-8")  # JSON is YAML
    build(site / Path(TRAIN_URL).parent, work / "mkdocs.yml")


def measure(page: Any, figure_id: str, start: str, keys: Sequence[str]) -> dict[str, float]:  # noqa: ANN401 - a Playwright Page
    """``keys`` pressed one at a time on figure ``figure_id`` with ``start`` focused, each after the
    previous result was applied; the latency figures (bench.figures.latency)."""
    page.locator(f"#{figure_id} {start}").focus()
    page.wait_for_timeout(300)  # the result of focusing, if any, has come back
    page.evaluate("(id) => window.__bench.forgetInput(id)", figure_id)
    series = (
        "(id) => [window.__bench.inputs[id] || [], window.__bench.drawn[id] || [],"
        " window.__bench.reached[id] || []]"
    )
    before = [len(s) for s in page.evaluate(series, figure_id)]
    for key in keys:
        count = page.evaluate("(id) => (window.__bench.results[id] || []).length", figure_id)
        page.keyboard.press(key)
        page.evaluate("([id, n]) => window.__bench.resultsAfter(id, n)", [figure_id, count])
    applied, drawn, reached = (s[n:] for s, n in zip(page.evaluate(series, figure_id), before, strict=True))
    return latency(applied, drawn, reached)


def authoring(page: Any, inputs: int) -> dict[str, dict[str, float]]:  # noqa: ANN401 - a Playwright Page
    """On the authoring page: ``inputs`` Bias keys to the neuron and ``inputs`` Step presses (Enter)."""
    return {
        "neuron": measure(page, *NEURON, [neuron_key(i) for i in range(inputs)]),
        "perceptron": measure(page, *PERCEPTRON, ["Enter"] * inputs),
    }


def frames_per_second(drawn: Sequence[float]) -> float:
    """Frames a second of an animation whose frames were drawn at ``drawn`` (ms): the frames after
    the first over the time from the first to the last."""
    if len(drawn) < 2 or drawn[-1] <= drawn[0]:
        return math.nan
    return (len(drawn) - 1) * 1000 / (drawn[-1] - drawn[0])


def train(page: Any) -> dict[str, Any]:  # noqa: ANN401 - a Playwright Page
    """Press Train on the bench page and wait until it stops by itself; its frames per second."""
    figure = f"#{TRAIN_FIGURE}"
    before = page.evaluate("(id) => (window.__bench.drawnAt[id] || []).length", TRAIN_FIGURE)
    page.locator(f'{figure} [data-control="train"]').focus()
    page.keyboard.press("Enter")
    page.wait_for_function(
        "(sel) => document.querySelector(sel).textContent.startsWith('Stopped')",
        arg=f'{figure} [data-readout="status"]',
        timeout=TRAIN_TIMEOUT_MS,
    )
    drawn = page.evaluate("(id) => window.__bench.drawnAt[id]", TRAIN_FIGURE)[before:]
    status = page.locator(f'{figure} [data-readout="status"]').text_content() or ""
    # drawn[0] answered the press; the animation's frames are the ticks after it.
    return {"frames": len(drawn) - 1, "fps": frames_per_second(drawn[1:]), "status": status}


def summary(
    authoring_runs: Sequence[Mapping[str, Any]], trains: Sequence[Mapping[str, Any]]
) -> dict[str, Any]:
    """Medians over the runs: the two demos' latencies, and the Train animation's frames a second."""
    quantities = ("p50_ms", "p95_ms", "readouts_p50_ms", "readouts_p95_ms", "worker_p50_ms", "worker_p95_ms")
    demos = list(authoring_runs[0]) if authoring_runs else []
    return {
        "interaction": {d: {q: median(r[d][q] for r in authoring_runs) for q in quantities} for d in demos},
        "animation": {"perceptron_train_fps": median(t["fps"] for t in trains)},
    }


def merged(
    lesson: Mapping[str, Any],
    authoring_runs: Sequence[Mapping[str, Any]],
    trains: Sequence[Mapping[str, Any]],
) -> dict[str, Any]:
    """The lesson's summary with the newer demos beside the lesson's in ``interaction``, and ``animation``."""
    newer = summary(authoring_runs, trains)
    return {
        **lesson,
        "interaction": {**lesson["interaction"], **newer["interaction"]},
        "animation": newer["animation"],
    }
