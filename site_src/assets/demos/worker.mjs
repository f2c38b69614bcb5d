// The page's Python over http(s): one Pyodide, booted in this module worker so the page stays
// responsive while it starts, drawing on the demos' OffscreenCanvases. The message protocol
// lives in engine-core.js; this file adds the worker's download progress and wiring.
import "./engine-core.js";
import { loadPyodide } from "../vendor/pyodide/pyodide.mjs";

const PYODIDE_URL = new URL("../vendor/pyodide/", import.meta.url).href;
// Downloads worth reporting as progress: the runtime, the standard library, our packages.
const COUNTED = ["pyodide.asm.wasm", "python_stdlib.zip", "python.zip"];

const core = self.NNEngineCore({
  loadPyodide: () => loadPyodide({ indexURL: PYODIDE_URL }),
  post: (message) => postMessage(message),
});

let loaded = 0;
let lastReport = 0;

function report(force = false) {
  const now = performance.now();
  if (force || now - lastReport > 100) {
    lastReport = now;
    postMessage({ type: "progress", loaded });
  }
}

// Count bytes as they arrive by reading a clone of each counted response: the original
// response goes to Pyodide untouched, so the browser can still cache the compiled wasm.
const realFetch = self.fetch.bind(self);
self.fetch = async (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  const name = url.split("/").pop();
  const counted = COUNTED.includes(name);
  let response;
  try {
    response = await realFetch(input, init);
  } catch (error) {
    // Pyodide does not always give up when its wasm is missing: say so at once.
    if (counted) core.fail(`could not download ${name}`);
    throw error;
  }
  if (counted && !response.ok) core.fail(`could not download ${name} (HTTP ${response.status})`);
  if (counted && response.body) {
    const reader = response.clone().body.getReader();
    (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        loaded += value.byteLength;
        report();
      }
      report(true);
    })().catch(() => {});
  }
  return response;
};

self.onmessage = ({ data }) => core.receive(data);
