// Draws through CanvasPainter and SvgPainter inside Pyodide and reports what landed on screen.
import { loadPyodide } from "./pyodide/pyodide.mjs";

const FILES = ["__init__.py", "theme.py", "numfmt.py", "draw/__init__.py", "draw/base.py", "draw/svg.py",
  "draw/canvas.py", "draw/recording.py", "draw/plot.py", "draw/ticks.py", "draw/sampling.py"];

// The Python side of the check lives in scene.py beside this file.
async function copyRuntime(py) {
  py.FS.mkdirTree("/home/pyodide/py_runtime/draw");
  for (const name of FILES) {
    const text = await (await fetch("./py_runtime/" + name)).text();
    py.FS.writeFile("/home/pyodide/py_runtime/" + name, text);
  }
}

function pixel(ctx, dpr, x, y) {
  return Array.from(ctx.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data);
}

window.runCheck = async () => {
  const py = await loadPyodide({ indexURL: "./pyodide/" });
  await copyRuntime(py);
  const dpr = 2;
  const canvas = new OffscreenCanvas(100 * dpr, 100 * dpr);
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  globalThis.checkCtx = ctx;
  py.runPython(await (await fetch("./scene.py")).text());
  document.getElementById("svgbox").innerHTML = py.globals.get("svg_text");
  const arcPath = document.querySelector("#svgbox path");
  return {
    python: py.globals.get("python_version"),
    arcUp: pixel(ctx, dpr, 50 + 30 * Math.SQRT1_2, 50 - 30 * Math.SQRT1_2),
    arcDown: pixel(ctx, dpr, 50 + 30 * Math.SQRT1_2, 50 + 30 * Math.SQRT1_2),
    gap: pixel(ctx, dpr, 50, 90),
    line: pixel(ctx, dpr, 12, 90),
    dashOff: pixel(ctx, dpr, 18, 80),
    dashOn: pixel(ctx, dpr, 13, 80),
    svgStroke: getComputedStyle(arcPath).stroke,
  };
};
