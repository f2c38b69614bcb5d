// Boots the lesson's worker on an empty page; window.__floorDone resolves as the floor's does.
(() => {
  "use strict";
  const assets = new URL("../assets/", document.currentScript.src);
  const started = performance.now();
  let done;
  window.__floorDone = new Promise((resolve) => { done = resolve; });
  const worker = new Worker(new URL("demos/worker.mjs", assets), { type: "module" });
  worker.onmessage = ({ data }) => {
    if (data.type === "ready") done({ ready_ms: performance.now(), started_ms: started });
    if (data.type === "failed") done({ error: data.message });
  };
  worker.onerror = (event) => done({ error: event.message || "worker failed" });
  worker.postMessage({ type: "boot", bundleURL: new URL("demos/python.zip", assets).href });
})();
