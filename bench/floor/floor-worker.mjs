// The bare minimum the lesson's worker must do before any demo can draw: load Pyodide from the
// site's vendored copy (same URL, same options as site_src/assets/demos/worker.mjs) and run one
// line of Python.
import { loadPyodide } from "../assets/vendor/pyodide/pyodide.mjs";

const pyodide = await loadPyodide({ indexURL: new URL("../assets/vendor/pyodide/", import.meta.url).href });
postMessage({ answer: pyodide.runPython("1 + 1") });
