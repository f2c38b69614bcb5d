// Starts the page's Python at the very start of the page load. Loaded `async` from <head> (the
// build adds it to pages with demos or Python-checked exercises, site_src/hooks.py), so Pyodide's
// download and start-up in its worker overlap with everything else the page does; host.js, which
// runs once the page is parsed, then takes the worker over with the messages it has sent so far.
// Over http(s) only: from file:// host.js starts Python itself (engine-file.js).
(() => {
  "use strict";

  if (location.protocol === "file:" || typeof OffscreenCanvas === "undefined") return;
  // Null when host.js ran first (this async script came late) and started Python itself.
  if (self.NNPythonWorker !== undefined) return;
  const assets = new URL("../", document.currentScript.src);
  const worker = new Worker(new URL("demos/worker.mjs", assets), { type: "module" });
  const early = []; // what the worker says before host.js listens
  worker.onmessage = ({ data }) => early.push(data);
  worker.onerror = (event) => {
    event.preventDefault();
    early.push({ type: "failed", message: event.message || "the Python worker could not start" });
  };
  worker.postMessage({ type: "boot", bundleURL: new URL("demos/python.zip", assets).href });

  self.NNPythonWorker = {
    worker,
    // Hands every message, those already sent first, to `onMessage` from now on. The early ones
    // follow once the caller's script has finished setting up, as a worker's messages always do.
    adopt(onMessage, onError) {
      worker.onmessage = ({ data }) => onMessage(data);
      worker.onerror = onError;
      const sent = early.splice(0);
      queueMicrotask(() => sent.forEach(onMessage));
    },
  };
})();
