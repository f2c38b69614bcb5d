"""The same py_runtime calls give the same answers in the reader's browser as at build time.

The build draws each static figure and writes each readout with CPython 3.11; the page redraws them
with Python 3.14 in Pyodide (WebAssembly, its own maths library). A reader would see any difference
as a figure or a number that changes when the demo goes live. Every call of the table below runs in
both. Text (formulas, readouts, the SVG of figures) must match character for character, and floats
bit for bit (compared by ``repr``, the shortest text that gives the float back), except where the
value comes out of the maths library (see ``LIBM`` below). Pyodide boots once, from the site's own
vendored copy, with the site's own ``python.zip``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Route

from tests.browser.conftest import PageLog, _is_local

# Run as-is by CPython here and by Pyodide in the page: ``run()`` returns the table's results as
# JSON text, each float as "float:<repr>", each exception as "error:<type>: <message>".
PROBE = r"""
import json
import math

from demos.options import resolve
from demos.registry import DEMOS
from demos.session import Session
from py_runtime import calculus as C
from py_runtime import matrices as M
from py_runtime import vectors as V
from py_runtime.draw import Viewport, draw_curve, draw_grid_and_axes, nice_ticks, sample_curve
from py_runtime.draw.svg import SvgPainter
from py_runtime.expr import compile_expr, evaluate, parse, to_tex, to_text
from py_runtime.numfmt import tidy_number

LESSON = ["3x^4 - 2x^2 + 7", "(x^2+1)^3", "sin(x^2)", "x^2 + 3xy"]
MORE = ["exp(-x^2/2)", "log(x^2 + 1)/x", "sqrt(x)*cos(3x)", "1/(1 + exp(-x))", "tan(x) - x^3/3"]
XS = [-2.0, -0.5, 0.0, 0.3, 0.7, 1.0, 1.3, 1.7, 2.9]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
P = [[0.1, -0.2, 0.3], [1.5, 2.0, -0.25]]
Q = [[0.7, 1.0], [-1.1, 0.3], [2.0, 0.05]]


def enc(value):
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return "float:" + repr(value)
    if isinstance(value, (list, tuple)):
        return [enc(v) for v in value]
    return "other:" + repr(value)


def values_at(formula, points):
    node = parse(formula)
    out = []
    for x, y in points:
        try:
            out.append(evaluate(node, x=x, y=y))
        except Exception as error:
            out.append(f"error:{type(error).__name__}: {error}")
    return out


def small_scene():
    p = SvgPainter(240, 180, title="Parity scene", desc="A curve, an arrow, an arc and labels.", uid="parity")
    vp = Viewport.for_painter(p, -2.5, 2.5, -1.5, 3.0)
    draw_grid_and_axes(p, vp)
    draw_curve(p, vp, sample_curve(compile_expr(parse("sin(x^2)")), -2.5, 2.5, 80), color="a")
    draw_curve(p, vp, sample_curve(compile_expr(parse("1/x")), -2.5, 2.5, 41), color="secant", dash=(4, 3))
    p.arrow(*vp.to_px(0, 0), *vp.to_px(1.2, 2.7), color="b")
    p.arc(*vp.to_px(0, 0), 30, 0.0, V.angle([1, 0], [1.2, 2.7]), color="accent")
    p.circle(*vp.to_px(1.3, math.sin(1.69)), 4, fill="good")
    p.text(*vp.to_px(1.2, 2.7), "k·v = [−1.5, 3]", size=12, align="center", baseline="bottom")
    return p.to_svg()


def demo_svg(name, options):
    demo = DEMOS[name]
    p = SvgPainter(demo.width, demo.height, title=demo.title, uid="parity-" + name)
    Session(demo, resolve(demo.options, options), p).draw()
    return p.to_svg()


CASES = {
    "dot/whole": lambda: V.dot([1, 2, 3], [4, 5, 6]),
    "dot/decimals": lambda: V.dot([0.1, 0.2, 0.3], [0.4, 0.5, 0.6]),
    "dot/length-mismatch": lambda: V.dot([1, 2], [1, 2, 3]),
    "norm/3-4": lambda: V.norm([3, 4]),
    "norm/decimals": lambda: V.norm([0.1, 0.2, 0.3]),
    "norm/huge": lambda: V.norm([1e200, 1e200]),
    "angle/right": lambda: V.angle([1, 0], [0, 1]),
    "angle/3d": lambda: V.angle([1, 2, 3], [-2, 0.5, 4]),
    "angle/nearly-parallel": lambda: V.angle([1, 0], [1, 1e-9]),
    "angle/zero-vector": lambda: V.angle([0, 0], [1, 1]),
    "cosine/whole": lambda: V.cosine_similarity([1, 2], [-2, -4]),
    "rotate/2d": lambda: V.rotate_in_plane([1, 0], [2, 1], math.pi / 3),
    "rotate/3d": lambda: V.rotate_in_plane([1, 2, 3], [4, 5, 6], 1.0),
    "rotate/parallel": lambda: V.rotate_in_plane([1, 0, 0], [2, 0, 0], 0.5),
    "plane_coords/2d": lambda: V.plane_coords([3, 4], [1, 2]),
    "plane_coords/3d": lambda: V.plane_coords([1, 2, 3], [4, 5, 6]),
    "plane_coords/4d": lambda: V.plane_coords([1, 2, 2, -1], [-2, 1, 0.5, 3]),
    "format_dot_sum/lesson": lambda: V.format_dot_sum([1, 2, 3], [4, 5, 6]),
    "format_dot_sum/negatives": lambda: V.format_dot_sum([1.5, -2], [0.25, 3]),
    "format_dot_sum/decimals": lambda: V.format_dot_sum([0.1, 0.2], [0.3, 0.4]),
    "matmul/2x2": lambda: M.matmul(A, B),
    "matmul/decimals": lambda: M.matmul(P, Q),
    "matmul/mismatch": lambda: M.matmul(A, P[:1]),
    "cell_expansion/C12": lambda: M.format_cell_expansion(A, B, 0, 1),
    "cell_expansion/decimals": lambda: [
        M.format_cell_expansion(P, Q, i, j) for i in range(2) for j in range(2)
    ],
    "text/lesson": lambda: [to_text(parse(f)) for f in LESSON],
    "text/more": lambda: [to_text(parse(f)) for f in MORE],
    "tex/all": lambda: [to_tex(parse(f)) for f in LESSON + MORE],
    "derivative/3x^4 - 2x^2 + 7": lambda: to_text(C.derivative("3x^4 - 2x^2 + 7")),
    "derivative/(x^2+1)^3": lambda: to_text(C.derivative("(x^2+1)^3")),
    "derivative/sin(x^2)": lambda: to_text(C.derivative("sin(x^2)")),
    "derivative/partial-x": lambda: to_text(C.partial("x^2 + 3xy", "x")),
    "derivative/partial-y": lambda: to_text(C.partial("x^2 + 3xy", "y")),
    "derivative/more": lambda: [to_text(C.derivative(f)) for f in MORE],
    "numeric_derivative/lesson": lambda: [C.numeric_derivative(f, x) for f in LESSON[:3] for x in XS],
    "numeric_derivative/more": lambda: [C.numeric_derivative(f, x) for f in MORE[:2] + MORE[3:] for x in XS],
    "secant/sin(x^2)": lambda: [C.secant_slope("sin(x^2)", 1.0, h) for h in (1.0, 0.5, 0.1, 0.01, 0.001)],
    "tangent/lesson": lambda: [C.tangent_line(f, x) for f in LESSON[:3] for x in XS],
    "tangent/text": lambda: [C.format_tangent_line(*C.tangent_line(f, x)) for f in LESSON[:3] for x in XS],
    "evaluate/lesson": lambda: [values_at(f, [(x, 0.0) for x in XS]) for f in LESSON[:3]],
    "evaluate/two-variables": lambda: values_at(
        "x^2 + 3xy", [(x, y) for x in XS[:5] for y in (-1.5, 0.0, 2.25)]
    ),
    "evaluate/more": lambda: [values_at(f, [(x, 0.0) for x in XS]) for f in MORE],
    "evaluate/no-value": lambda: values_at("log(x) + sqrt(x) + 1/x", [(-1.0, 0.0), (0.0, 0.0), (2.0, 0.0)]),
    "ticks": lambda: [nice_ticks(lo, hi) for lo, hi in ((-6, 6), (-2.5, 3), (0.001, 0.0137), (-1e4, 3.3e5))],
    "tidy_number": lambda: [tidy_number(v) for v in (0.1 + 0.2, -0.0, 1e-7, 123456.789, -2.5, 1 / 3, 2e21)],
    "tidy_number/libm-values": lambda: [
        tidy_number(f(x / 7)) for f in (math.sin, math.tan, math.exp) for x in range(-30, 31)
    ],
    "svg/small-scene": small_scene,
    "svg/scale_vector": lambda: demo_svg("scale_vector", {"v": [2, -1], "k": -1.7}),
    "svg/matrix_product": lambda: demo_svg("matrix_product", {}),
}


def run():
    out = {}
    for name, call in CASES.items():
        try:
            out[name] = enc(call())
        except Exception as error:
            out[name] = f"error:{type(error).__name__}: {error}"
    return json.dumps(out, ensure_ascii=False, sort_keys=True)
"""

# Loads the site's Pyodide into the page itself, unpacks the site's bundle, runs the probe.
BOOT_AND_RUN = """async ({ vendor, bundle, code }) => {
  const { loadPyodide } = await import(vendor + "pyodide.mjs");
  const pyodide = await loadPyodide({ indexURL: vendor });
  const response = await fetch(bundle);
  if (!response.ok) throw new Error(`python.zip: HTTP ${response.status}`);
  pyodide.unpackArchive(await response.arrayBuffer(), "zip", { extractDir: "/home/pyodide/parity" });
  pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/parity')");
  const results = pyodide.runPython(code + "\\nrun()");
  const where = pyodide.runPython("import sys, py_runtime; sys.version + '|' + py_runtime.__file__");
  return { results, where };
}"""

# Cases whose floats come out of the maths library (sin, cos, tan, exp, atan2): Debian's glibc under
# CPython and Pyodide's libm round some results differently in the last bit. Measured on 20,000
# random inputs in [-4, 4]: sin 3 %, cos 3 %, tan 4 %, atan 8 %, atan2 18 %, exp 0.1 % of results
# differ, never by more than 1 ulp; sqrt and log never did. Their floats may differ by a few ulps
# (rel. 1e-14); their text, and every other case, must be identical.
LIBM = {
    "angle/right",
    "angle/3d",
    "angle/nearly-parallel",
    "rotate/2d",
    "rotate/3d",
    "rotate/parallel",
    "tangent/lesson",
    "evaluate/lesson",
    "evaluate/more",
}
# Finite differences divide such a 1-ulp difference by 2h = 2e-5 (or h): about 1e-11 relative.
AMPLIFIED = {"numeric_derivative/lesson", "numeric_derivative/more", "secant/sin(x^2)"}


def same(browser: Any, build: Any, rel: float) -> bool:
    """True when two probe results match: text exactly, floats within ``rel`` (0: bit for bit)."""
    if isinstance(build, list):
        return (
            isinstance(browser, list)
            and len(browser) == len(build)
            and all(same(a, b, rel) for a, b in zip(browser, build, strict=True))
        )
    if (
        rel
        and isinstance(build, str)
        and isinstance(browser, str)
        and build.startswith("float:")
        and browser.startswith("float:")
    ):
        return math.isclose(float(browser[6:]), float(build[6:]), rel_tol=rel)
    return browser == build


_namespace: dict[str, Any] = {}
exec(PROBE, _namespace)  # noqa: S102 - our own constant, run exactly as Pyodide runs it
CASE_NAMES: list[str] = list(_namespace["CASES"])


@pytest.fixture(scope="module")
def in_browser(browser: Browser, site_url: str) -> Iterator[dict[str, Any]]:
    """The probe's results from Pyodide in a page of the built site (one boot for the module)."""
    context = browser.new_context()
    page = context.new_page()
    log = PageLog()

    def on_route(route: Route) -> None:
        if _is_local(route.request.url, site_url):
            route.continue_()
        else:
            log.foreign.append(route.request.url)
            route.abort()

    context.route("**/*", on_route)
    page.on("console", lambda m: log.errors.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda exc: log.errors.append(f"page error: {exc}"))
    page.goto(site_url + "index.html")
    answer = page.evaluate(
        BOOT_AND_RUN,
        {
            "vendor": site_url + "assets/vendor/pyodide/",
            "bundle": site_url + "assets/demos/python.zip",
            "code": PROBE,
        },
    )
    version, runtime_file = answer["where"].split("|")
    yield {"results": json.loads(answer["results"]), "version": version, "file": runtime_file, "log": log}
    context.close()


@pytest.fixture(scope="module")
def in_cpython() -> dict[str, Any]:
    """The probe's results in this process (CPython, the build's Python)."""
    return json.loads(_namespace["run"]())


def test_browser_runs_the_sites_own_python(in_browser: dict[str, Any]) -> None:
    """Assert the page ran Pyodide's Python 3.14 on the unpacked bundle, cleanly and offline."""
    assert in_browser["version"].startswith("3.14"), in_browser["version"]
    assert in_browser["file"] == "/home/pyodide/parity/py_runtime/__init__.py"
    assert sorted(in_browser["results"]) == sorted(CASE_NAMES)
    in_browser["log"].assert_clean()


def test_table_is_not_all_errors(in_cpython: dict[str, Any]) -> None:
    """Assert the table checks answers, not just matching failures: only the intended cases raise."""
    raised = sorted(
        name for name, value in in_cpython.items() if isinstance(value, str) and value.startswith("error:")
    )
    assert raised == ["angle/zero-vector", "dot/length-mismatch", "matmul/mismatch"]
    assert in_cpython["format_dot_sum/lesson"] == "1×4 + 2×5 + 3×6 = 32"
    assert in_cpython["derivative/3x^4 - 2x^2 + 7"] == "12x^3 - 4x"


def test_tolerances_name_real_cases() -> None:
    """Assert every case given a float tolerance exists, and most of the table stays bit-exact."""
    assert set(CASE_NAMES) >= LIBM | AMPLIFIED
    assert len(CASE_NAMES) - len(LIBM | AMPLIFIED) >= 30


def test_comparison_is_strict() -> None:
    """Assert the comparison itself: text never gets a tolerance, floats only the one given."""
    assert not same("float:1.0000000000000002", "float:1.0", 0.0)
    assert same("float:1.0000000000000002", "float:1.0", 1e-14)
    assert not same("float:1.00000001", "float:1.0", 1e-14)
    assert not same("y = 4x - 4", "y = 4x − 4", 1e-9)
    assert not same(["float:1.0"], ["float:1.0", "float:2.0"], 1e-9)


@pytest.mark.parametrize("case", CASE_NAMES)
def test_same_result_in_browser_and_build(
    case: str, in_browser: dict[str, Any], in_cpython: dict[str, Any]
) -> None:
    """Assert the call gives the same value: text char for char, floats bit for bit (see LIBM)."""
    rel = 1e-14 if case in LIBM else 1e-9 if case in AMPLIFIED else 0.0
    browser, build = in_browser["results"][case], in_cpython[case]
    assert same(browser, build, rel), f"browser: {browser!r}\nbuild:   {build!r}"
