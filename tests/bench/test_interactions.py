"""The newer demos' bench figures (bench/interactions.py): the Train page really makes the perceptron
train its 100 epochs, the frames a second mean what the table says, and the keys land in the record."""

from __future__ import annotations

import json
import math

import pytest
import yaml

from bench.figures import latency
from bench.interactions import (
    drag_summary,
    frames_per_second,
    inseparable_points,
    merged,
    neuron_key,
    sweep,
    train_page,
)
from bench.report import RESULTS, table
from demos.neuron.state import B_MAX, B_MIN, OPTIONS
from demos.perceptron.state import COORD_LIMIT, MAX_POINTS
from py_runtime.separable import separable


def test_the_train_page_holds_200_points_no_line_separates() -> None:
    """Assert the bench page's fence gives 200 points of both labels inside the demo's limits and no
    line separates them, so Train runs all 100 epochs instead of converging early."""
    body = train_page().split("```demo\n", 1)[1].split("```", 1)[0]
    fence = yaml.safe_load(body)
    assert fence["demo"] == "perceptron"
    points = [tuple(p) for p in fence["points"]]
    assert points == [tuple(p) for p in inseparable_points()]
    assert len(points) == MAX_POINTS == 200
    assert {label for _x1, _x2, label in points} == {0, 1}
    assert all(abs(x1) <= COORD_LIMIT and abs(x2) <= COORD_LIMIT for x1, x2, _label in points)
    assert not separable(points)


def test_the_bias_keys_never_rest_at_an_end_of_the_slider() -> None:
    """Assert the 200 Bias keys, from the authoring neuron's b (the default) in steps of 0.1, always
    move b: a key at an end would change nothing, get no answer and stall the bench for its timeout."""
    b = next(option.default for option in OPTIONS if option.name == "b")
    for i in range(200):
        b += 0.1 if neuron_key(i) == "ArrowRight" else -0.1
        assert B_MIN < b < B_MAX


def test_frames_per_second_counts_frames_over_the_time_they_span() -> None:
    """Assert 61 frames 1/60 s apart are 60 frames a second, a late frame lowers it, and fewer than
    two frames give no figure."""
    steady = [k * 1000 / 60 for k in range(61)]
    assert frames_per_second(steady) == pytest.approx(60)
    assert frames_per_second([*steady, steady[-1] + 1000]) == pytest.approx(61 / 2)
    assert math.isnan(frames_per_second([5.0]))
    assert math.isnan(frames_per_second([]))


def test_the_record_gets_the_newer_demos_beside_the_lessons() -> None:
    """Assert the merged summary keeps the lesson's demos, adds interaction.neuron and
    interaction.perceptron (medians over the runs) and animation.perceptron_train_fps."""
    lesson = {"floor_ms": 1.0, "interaction": {"dot_product": {"p50_ms": 3.0}}}
    runs = [
        {"neuron": latency([v], [v], [v]), "perceptron": latency([2 * v], [2 * v], [v])}
        for v in (1.0, 5.0, 3.0)
    ]
    trains = [{"fps": fps} for fps in (58.0, 40.0, 61.0)]
    out = merged(lesson, runs, trains)
    assert out["floor_ms"] == 1.0
    assert set(out["interaction"]) == {"dot_product", "neuron", "perceptron"}
    assert out["interaction"]["neuron"]["p95_ms"] == 3.0
    assert out["interaction"]["perceptron"]["p50_ms"] == 6.0
    assert out["animation"]["perceptron_train_fps"] == 58.0
    assert math.isnan(out["animation"]["shrink_h_fps"])  # no shrink runs: no figure, not a made-up one


def test_the_shrink_animation_gets_its_median() -> None:
    """Assert animation.shrink_h_fps is the median of the shrink runs' frames a second."""
    shrinks = [{"fps": fps} for fps in (59.0, 30.0, 60.0)]
    out = merged({"interaction": {}}, [], [{"fps": 50.0}], [], shrinks)
    assert out["animation"] == {"perceptron_train_fps": 50.0, "shrink_h_fps": 59.0}


def test_a_drag_sweeps_sideways_and_ends_where_it_began() -> None:
    """Assert the drag path moves every time (a move to the same spot would be no input), keeps the
    height, reaches a quarter's worth each side and returns to the start."""
    path = sweep(100.0, 50.0, 200, step=1.0)
    assert len(path) == 200
    xs = [x for x, _y in path]
    assert all(y == 50.0 for _x, y in path)
    assert all(abs(b - a) == pytest.approx(1.0) for a, b in zip([100.0, *xs], xs, strict=False))
    assert max(xs) == pytest.approx(150.0) and min(xs) == pytest.approx(50.0)
    assert xs[-1] == pytest.approx(100.0)


def test_drag_figures_join_their_demos_figures() -> None:
    """Assert the drags' medians land as drag_p50_ms / drag_p95_ms beside the keyed figures of the
    same demo, and a page without handles (NaN) gives NaN rather than a number."""
    lesson = {"interaction": {"dot_product": {"p50_ms": 3.0, "p95_ms": 7.0}}}
    drags = [{"dot_product": latency([v], [v], [v])} for v in (9.0, 4.0, 20.0)]
    out = merged(lesson, [], [], drags)
    assert out["interaction"]["dot_product"] == {
        "p50_ms": 3.0,
        "p95_ms": 7.0,
        "drag_p50_ms": 9.0,
        "drag_p95_ms": 9.0,
        "drag_worker_p95_ms": 9.0,
    }
    assert math.isnan(drag_summary([{"dot_product": latency([], [], [])}])["dot_product"]["drag_p95_ms"])


@pytest.mark.parametrize(("p95", "verdict"), [(6.0, "met"), (8.0, "met"), (9.5, "MISSED")])
def test_the_table_judges_a_drag_by_its_p95(p95: float, verdict: str) -> None:
    """Assert the report's drag row holds issue 15's target, p95 ≤ 8 ms, and its verdict."""
    rec = json.loads((RESULTS / "latest.json").read_text(encoding="utf-8"))
    rec["interaction"]["dot_product"].update(drag_p50_ms=3.0, drag_p95_ms=p95)
    row = next(line for line in table(rec).splitlines() if line.startswith("dot_product: drag"))
    assert row.split()[-4:] == ["≤", "8", "ms", verdict]
