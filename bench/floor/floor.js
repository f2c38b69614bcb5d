// Starts the floor worker at once and notes, in ms since navigation start, when Python answered.
(() => {
  "use strict";
  const started = performance.now();
  let done;
  // bench/lesson.py awaits this (no polling in the page it measures).
  window.__floorDone = new Promise((resolve) => { done = resolve; });
  const worker = new Worker(new URL("floor-worker.mjs", document.currentScript.src), { type: "module" });
  worker.onmessage = ({ data }) => {
    window.__floor = { ready_ms: performance.now(), started_ms: started, answer: data.answer };
    done(window.__floor);
    document.getElementById("state").textContent = `ready: ${data.answer}`;
  };
  worker.onerror = (event) => {
    window.__floor = { error: event.message || "worker failed" };
    done(window.__floor);
  };
})();
