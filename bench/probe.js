// Added to the lesson page before any of its own scripts (Playwright's add_init_script) by
// bench/lesson.py. Records, in ms since navigation start: paints, long tasks, layout shifts,
// when each demo goes live, whether each figure was laid out in the frame of the first paint,
// and the input → result-applied latency of each demo. Reads nothing it does not need and
// changes nothing on the page.
(() => {
  "use strict";
  const bench = (window.__bench = {
    fcp: null, lcp: [], longtasks: [], shifts: [], live: {}, frames: [], results: {}, inputs: {},
  });

  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch (error) {
      bench[`no_${type}`] = String(error);
    }
  };
  observe("paint", (e) => { if (e.name === "first-contentful-paint") bench.fcp = e.startTime; });
  observe("largest-contentful-paint", (e) => {
    const el = e.element;
    bench.lcp.push({ at: e.startTime, size: e.size, element: el ? `${el.tagName.toLowerCase()}.${el.className}` : "" });
  });
  observe("longtask", (e) => bench.longtasks.push({ start: e.startTime, duration: e.duration }));
  observe("layout-shift", (e) => {
    if (e.hadRecentInput) return;
    const sources = (e.sources || []).map((s) => (s.node && s.node.nodeName ? s.node.nodeName.toLowerCase() : "?"));
    bench.shifts.push({ at: e.startTime, value: e.value, sources });
  });
  // Which scripts ran in each long animation frame: what a long task was made of.
  observe("long-animation-frame", (e) => {
    bench.frames.push({
      start: e.startTime, duration: e.duration,
      scripts: e.scripts.map((s) => ({ src: (s.sourceURL || "").split("/").pop() || s.invoker, ms: s.duration })),
    });
  });

  // ---- figures: laid out at first paint, then live ---------------------------------------

  // Before each frame (rAF runs just before a frame paints), which figures are in the page:
  // only a cheap query, so the probe forces no layout of its own. Stops once the demos are all
  // live or one failed (bench.settled, below): a page whose Python never starts is not polled.
  bench.frameSnapshots = [];
  let settledYet = false;
  const snapshot = () => {
    const ids = [...document.querySelectorAll(".nn-demo")].map((fig) => fig.id);
    bench.frameSnapshots.push({ at: performance.now(), ids });
    if (!settledYet) requestAnimationFrame(snapshot);
  };
  requestAnimationFrame(snapshot);
  // At DOMContentLoaded (this listener comes first, before any page script's): is each figure's
  // static picture laid out with a size, and does its top lie inside the first viewport?
  document.addEventListener("DOMContentLoaded", () => {
    bench.dcl = performance.now();
    bench.figureBoxes = [...document.querySelectorAll(".nn-demo")].map((fig) => {
      const box = (fig.querySelector(".nn-demo__static") || fig).getBoundingClientRect();
      return { id: fig.id, width: box.width, height: box.height, inFirstViewport: box.top < window.innerHeight };
    });
    if (!bench.figureBoxes.length) settle("no demos"); // a page without demos (bench.contention's home page)
  });

  // Phases of the Python start: the worker created (by client.js, loaded in <head>), Python ready.
  // The page's Worker, wrapped once: the demos' worker notes when it was created and hands its
  // results to recordResult (the interaction figures, below).
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(...args) {
      super(...args);
      if (!String(args[0]).includes("demos/worker.mjs")) return;
      if (bench.workerStarted === undefined) bench.workerStarted = performance.now();
      this.addEventListener("message", ({ data }) => recordResult(data));
    }
  };
  document.addEventListener("nn-python:ready", () => { bench.pythonReady = performance.now(); });
  // Settles once every demo is live (or one failed): bench/lesson.py awaits this instead of
  // polling the page, which would run a script in every frame of the load it measures.
  let settle;
  bench.settled = new Promise((resolve) => { settle = resolve; });
  bench.settled.then(() => { settledYet = true; });
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const fig = r.target;
      if (fig.classList && fig.classList.contains("nn-demo") && fig.dataset.demoState === "live" && !(fig.id in bench.live)) {
        bench.live[fig.id] = now;
      }
      if (fig.classList && fig.classList.contains("nn-demo") && fig.dataset.demoState === "failed") {
        settle(`${fig.id} failed: ${fig.querySelector("[data-demo-status]").textContent}`);
      }
    }
    const figures = document.querySelectorAll(".nn-demo");
    if (figures.length && [...figures].every((fig) => fig.id in bench.live)) settle("live");
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-demo-state"] });

  // ---- interaction: the page's own input event, then the result demo.js applied ----------

  // When the input event a demo reacts to (a slider's input, a cell's focusin or mouseover, a
  // button's click, which Enter on a focused button dispatches at once, a drag's pointerdown and
  // its moves, as pointerrawupdate or pointermove, whichever comes first) was created, by figure
  // id, until its result is applied. Key presses reach the page a few ms before their input
  // event; that part belongs to the browser, not to the page.
  const lastInput = {};
  const answeredInput = {}; // the timeStamp of the last input whose result was applied, by figure id
  for (const type of ["input", "mouseover", "focusin", "click", "pointerdown", "pointerrawupdate", "pointermove"]) {
    window.addEventListener(type, (e) => {
      const fig = e.isTrusted && e.target.closest && e.target.closest(".nn-demo");
      // One move comes as pointerrawupdate and then, a frame later, as pointermove with the same
      // timeStamp: the second is not a new input.
      if (fig && !(fig.id in lastInput) && !(e.timeStamp <= answeredInput[fig.id])) lastInput[fig.id] = e.timeStamp;
    }, true);
  }
  // The worker's results carry when Python had drawn the canvas (drawnAt, epoch ms). Its
  // OffscreenCanvas is shown by the compositor without waiting for this page's main thread,
  // so that is when the picture changed; "applied" below is when the readouts did. receivedAt,
  // when the worker got the input, splits that time: the page's part before it, Python's after.
  // drawnAt: when every answer (an input's or an animation tick's) had been drawn, by figure id, in
  // ms since navigation start: bench/interactions.py's frames per second of an animation.
  bench.drawn = {};
  bench.reached = {};
  bench.drawnAt = {};
  bench.handles = {};
  function recordResult(data) {
    if (!data || data.type !== "result" || !(data.seq > 0)) return;
    (bench.drawnAt[data.id] = bench.drawnAt[data.id] || []).push(data.drawnAt - performance.timeOrigin);
    if (!(data.id in lastInput)) return;
    const drawn = data.drawnAt - performance.timeOrigin;
    (bench.drawn[data.id] = bench.drawn[data.id] || []).push(drawn - lastInput[data.id]);
    const reached = data.receivedAt - performance.timeOrigin;
    (bench.reached[data.id] = bench.reached[data.id] || []).push(reached - lastInput[data.id]);
  }

  document.addEventListener("nn-demo:result", (e) => {
    const id = e.target.id;
    const now = performance.now();
    (bench.results[id] = bench.results[id] || []).push(now);
    // The points of the picture that can be grabbed, where the last result drew them (figure units).
    const handles = e.detail && e.detail.extra && e.detail.extra.handles;
    if (handles) bench.handles[id] = handles;
    if (id in lastInput) {
      (bench.inputs[id] = bench.inputs[id] || []).push(now - lastInput[id]);
      answeredInput[id] = lastInput[id];
      delete lastInput[id];
    }
  }, true);

  // Forget a pending input that will get no result (focusing a slider sends nothing).
  bench.forgetInput = (id) => { delete lastInput[id]; };

  // Resolves when figure `id` has applied more than `count` results (or after `ms`).
  bench.resultsAfter = (id, count, ms = 5000) => new Promise((resolve) => {
    const fig = document.getElementById(id);
    const seen = () => (bench.results[id] || []).length;
    const finish = () => {
      clearTimeout(timer);
      fig.removeEventListener("nn-demo:result", check);
      resolve(seen());
    };
    const check = () => { if (seen() > count) finish(); };
    const timer = setTimeout(finish, ms);
    fig.addEventListener("nn-demo:result", check);
    check();
  });

  // Many slider inputs as fast as results come back (for the heap figure, not for latency).
  bench.hammer = async (id, control, values) => {
    const fig = document.getElementById(id);
    const input = fig.querySelector(`[data-control="${control}"]`);
    for (const value of values) {
      const done = new Promise((resolve) => fig.addEventListener("nn-demo:result", resolve, { once: true }));
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
  };
})();
