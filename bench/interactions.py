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
# Issue 15: the lesson's handles (extra["handles"] names), dragged sideways DRAG_STEP figure units a move.
DRAGS = {"dot_product": ("demo-dot-product-1", "b"), "derivative": ("demo-derivative-3", "x")}
DRAG_STEP = 1.2
# Issue 15: the lesson's derivative, "Shrink h to 0" pressed with h at its fence value.
SHRINK_FIGURE = DRAGS["derivative"][0]
SHRINK_TIMEOUT_MS = 30_000  # the animation takes 2 s of frames; a loaded machine more


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


def sweep(x: float, y: float, moves: int, step: float = DRAG_STEP) -> list[tuple[float, float]]:
    """``moves`` pointer positions from (x, y) sideways and back, ``step`` figure units apart: out to
    the right for a quarter, left past the start for a half, back for the last quarter."""
    out: list[tuple[float, float]] = []
    offset = 0.0
    for i in range(moves):
        offset += step if i < moves // 4 or i >= 3 * moves // 4 else -step
        out.append((x + offset, y))
    return out


def drag(page: Any, figure_id: str, handle: str, moves: int) -> dict[str, float]:  # noqa: ANN401 - a Playwright Page
    """Press on ``handle`` (where the last result drew it), drag it ``moves`` times, one move at a time
    after the previous move's result was applied, then release; latency figures of the moves.

    The mouse, not keys: Chromium delivers mouse moves with the next frame, as a reader's are, so
    these figures include up to a frame's wait the keyed ones do not. A page without handles
    (no dragging yet) gives NaN figures at once.
    """
    handles = page.evaluate("(id) => window.__bench.handles[id] || []", figure_id)
    found = [h for h in handles if h["name"] == handle]
    if not found:
        return latency([], [], [])
    figure = page.locator(f"#{figure_id}")
    figure.scroll_into_view_if_needed()
    canvas = figure.locator(".nn-demo__canvas").bounding_box()
    size = page.evaluate(
        "(id) => { const b = document.querySelector(`#${id} .nn-demo__static`).viewBox.baseVal;"
        " return [b.width, b.height]; }",
        figure_id,
    )

    def to_page(x: float, y: float) -> tuple[float, float]:
        return canvas["x"] + x * canvas["width"] / size[0], canvas["y"] + y * canvas["height"] / size[1]

    series = (
        "(id) => [window.__bench.inputs[id] || [], window.__bench.drawn[id] || [],"
        " window.__bench.reached[id] || []]"
    )
    result_count = "(id) => (window.__bench.results[id] || []).length"
    after = "([id, n]) => window.__bench.resultsAfter(id, n)"
    page.mouse.move(*to_page(found[0]["x"], found[0]["y"]))
    page.wait_for_timeout(100)
    page.evaluate("(id) => window.__bench.forgetInput(id)", figure_id)  # hovering sends nothing
    count = page.evaluate(result_count, figure_id)
    page.mouse.down()
    page.evaluate(after, [figure_id, count])
    before = [len(s) for s in page.evaluate(series, figure_id)]
    for x, y in sweep(found[0]["x"], found[0]["y"], moves):
        count = page.evaluate(result_count, figure_id)
        page.mouse.move(*to_page(x, y))
        page.evaluate(after, [figure_id, count])
    applied, drawn, reached = (s[n:] for s, n in zip(page.evaluate(series, figure_id), before, strict=True))
    count = page.evaluate(result_count, figure_id)
    page.mouse.up()
    page.evaluate(after, [figure_id, count])
    return latency(applied, drawn, reached)


def drags(page: Any, moves: int) -> dict[str, dict[str, float]]:  # noqa: ANN401 - a Playwright Page
    """On the lesson page: the dot product's b tip and the derivative's point of tangency dragged."""
    return {demo: drag(page, figure_id, handle, moves) for demo, (figure_id, handle) in DRAGS.items()}


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


def shrink_h(page: Any) -> dict[str, Any]:  # noqa: ANN401 - a Playwright Page
    """Press "Shrink h to 0" on the lesson's derivative and wait until it reads its name again; the
    animation's frames per second."""
    selector = f'#{SHRINK_FIGURE} [data-control="shrink"]'
    button = page.locator(selector)
    button.scroll_into_view_if_needed()
    before = page.evaluate("(id) => (window.__bench.drawnAt[id] || []).length", SHRINK_FIGURE)
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("(sel) => document.querySelector(sel).textContent === 'Pause'", arg=selector)
    page.wait_for_function(
        "(sel) => document.querySelector(sel).textContent === 'Shrink h to 0'",
        arg=selector,
        timeout=SHRINK_TIMEOUT_MS,
    )
    drawn = page.evaluate("(id) => window.__bench.drawnAt[id]", SHRINK_FIGURE)[before:]
    return {"frames": len(drawn) - 1, "fps": frames_per_second(drawn[1:])}


def summary(
    authoring_runs: Sequence[Mapping[str, Any]],
    trains: Sequence[Mapping[str, Any]],
    shrinks: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """Medians over the runs: the two demos' latencies, and the animations' frames a second."""
    quantities = ("p50_ms", "p95_ms", "readouts_p50_ms", "readouts_p95_ms", "worker_p50_ms", "worker_p95_ms")
    demos = list(authoring_runs[0]) if authoring_runs else []
    return {
        "interaction": {d: {q: median(r[d][q] for r in authoring_runs) for q in quantities} for d in demos},
        "animation": {
            "perceptron_train_fps": median(t["fps"] for t in trains),
            "shrink_h_fps": median(s["fps"] for s in shrinks) if shrinks else math.nan,
        },
    }


def drag_summary(runs: Sequence[Mapping[str, Mapping[str, float]]]) -> dict[str, dict[str, float]]:
    """Medians over the runs of each dragged demo's pointer move → canvas redrawn, as ``drag_*`` keys."""
    demos = list(runs[0]) if runs else []
    return {
        d: {f"drag_{q}": median(r[d][q] for r in runs) for q in ("p50_ms", "p95_ms", "worker_p95_ms")}
        for d in demos
    }


def merged(
    lesson: Mapping[str, Any],
    authoring_runs: Sequence[Mapping[str, Any]],
    trains: Sequence[Mapping[str, Any]],
    drag_runs: Sequence[Mapping[str, Mapping[str, float]]] = (),
    shrinks: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """The lesson's summary with the newer demos beside the lesson's in ``interaction``, the drags'
    figures added to their demos' (``interaction.dot_product.drag_p95_ms``), and ``animation``."""
    newer = summary(authoring_runs, trains, shrinks)
    interaction = {**lesson["interaction"], **newer["interaction"]}
    for demo, figures in drag_summary(drag_runs).items():
        interaction[demo] = {**interaction.get(demo, {}), **figures}
    return {**lesson, "interaction": interaction, "animation": newer["animation"]}
