// The page's Python: one Pyodide, booted in this module worker so the page stays responsive
// while it starts, running every demo of the page and drawing on their OffscreenCanvases.
//
// Messages in:  {type: "boot", bundleURL}           start Pyodide and unpack the demo packages
//               {type: "mount", id, name, options, canvas, dpr, theme, font}
//               {type: "input", id, control, value, seq}
//               {type: "theme", theme}
// Messages out: {type: "progress", loaded}, {type: "ready"}, {type: "failed", message}
//               {type: "result", id, seq, payload}  (payload: JSON text from demos/browser.py)
import { loadPyodide } from "../vendor/pyodide/pyodide.mjs";

const PYODIDE_URL = new URL("../vendor/pyodide/", import.meta.url).href;
// Downloads worth reporting as progress: the runtime, the standard library, our packages.
const COUNTED = ["pyodide.asm.wasm", "python_stdlib.zip", "python.zip"];

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
  const counted = COUNTED.some((name) => url.endsWith(name));
  let response;
  try {
    response = await realFetch(input, init);
  } catch (error) {
    // Pyodide does not always give up when its wasm is missing: say so at once.
    if (counted) fail(`could not download ${url.split("/").pop()}`);
    throw error;
  }
  if (counted && !response.ok) fail(`could not download ${url.split("/").pop()} (HTTP ${response.status})`);
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

let bridge = null;
let failed = false;

function fail(message) {
  if (failed) return;
  failed = true;
  postMessage({ type: "failed", message });
}

async function boot(bundleURL) {
  const [pyodide, bundle] = await Promise.all([
    loadPyodide({ indexURL: PYODIDE_URL }),
    fetch(bundleURL).then((r) => {
      if (!r.ok) throw new Error(`could not load ${bundleURL} (${r.status})`);
      return r.arrayBuffer();
    }),
  ]);
  pyodide.unpackArchive(bundle, "zip", { extractDir: "/home/pyodide/course" });
  pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/course')");
  bridge = pyodide.pyimport("demos.browser");
}

function onMessage(data) {
  switch (data.type) {
    case "mount": {
      const payload = bridge.mount(data.id, data.name, data.options, data.canvas, data.dpr, data.theme, data.font);
      postMessage({ type: "result", id: data.id, seq: 0, payload });
      break;
    }
    case "input": {
      const payload = bridge.handle(data.id, data.control, data.value);
      postMessage({ type: "result", id: data.id, seq: data.seq, payload });
      break;
    }
    case "theme": {
      const all = JSON.parse(bridge.set_theme(data.theme));
      for (const [id, view] of Object.entries(all)) {
        postMessage({ type: "result", id, seq: -1, payload: JSON.stringify(view) });
      }
      break;
    }
    default:
      break;
  }
}

// Messages that arrive while Python boots wait here, then run in order.
const queue = [];
let ready = false;

self.onmessage = ({ data }) => {
  if (data.type === "boot") {
    boot(data.bundleURL).then(
      () => {
        ready = true;
        postMessage({ type: "ready" });
        for (const message of queue.splice(0)) run(message);
      },
      (error) => fail(String(error && error.message ? error.message : error)),
    );
    return;
  }
  if (ready) run(data);
  else queue.push(data);
};

function run(data) {
  try {
    onMessage(data);
  } catch (error) {
    postMessage({ type: "error", id: data.id, message: String(error && error.message ? error.message : error) });
  }
}
