// Brings the demos of a page to life. Finds every `.nn-demo` figure (static HTML written at
// build time by site_src/demo_html.py), starts one Python for the page, and wires controls to
// it: inputs go to Python, text and pictures come back. This file only changes the page;
// all numbers and drawings come from Python (demos/browser.py).
//
// A classic script (not a module) so it also runs from file://, where a second engine will
// boot Python on the main thread; over http(s) the engine is a module Web Worker.
(() => {
  "use strict";

  const figures = [...document.querySelectorAll(".nn-demo")];
  // Exercises that check answers in Python mark themselves with data-needs-python.
  if (!figures.length && !document.querySelector("[data-needs-python]")) return;

  const ASSETS = new URL("../", document.currentScript.src);
  const MB = 1024 * 1024;
  const ANNOUNCE_DELAY_MS = 800; // screen readers hear the result once dragging pauses
  const BOOT_TIMEOUT_MS = 120000; // a very slow phone still boots in well under this

  const demos = new Map(); // id -> demo record

  // ---- page state -------------------------------------------------------------------

  function setState(demo, state, message) {
    demo.figure.dataset.demoState = state;
    if (message !== undefined) demo.status.textContent = message;
  }

  function showLive(demo) {
    if (demo.live) return;
    demo.live = true;
    demo.canvas.hidden = false;
    demo.svg.setAttribute("aria-hidden", "true");
    demo.figure.classList.add("nn-demo--live");
    setState(demo, "live", "");
  }

  function setError(demo, control, message) {
    const line = demo.figure.querySelector(`[data-error-for="${control}"]`);
    const input = demo.controls.get(control);
    if (line) {
      line.textContent = message;
      line.hidden = !message;
    }
    if (input) input.toggleAttribute("aria-invalid", Boolean(message));
  }

  function setValue(demo, control, value) {
    const input = demo.controls.get(control);
    if (!input) return;
    if (input.value !== value && !(input.type === "text" && input === document.activeElement)) {
      input.value = value;
    }
    if (input.type === "range") {
      const unit = input.dataset.unit || "";
      input.setAttribute("aria-valuetext", value + unit);
      const out = demo.figure.querySelector(`[data-value-for="${control}"]`);
      if (out) out.textContent = value + unit;
    }
  }

  function announce(demo, text) {
    clearTimeout(demo.announceTimer);
    demo.announceTimer = setTimeout(() => {
      demo.announce.textContent = text;
    }, ANNOUNCE_DELAY_MS);
  }

  // ---- matrix grids: rows and columns follow the state Python sends -------------------

  function cellLabel(grid, row, col) {
    return `${grid} row ${row}, column ${col}`; // same words as site_src/demo_html.py
  }

  function newCell(table, row, col) {
    const grid = table.dataset.grid;
    const td = document.createElement("td");
    const el = document.createElement(table.hasAttribute("data-editable") ? "input" : "button");
    el.dataset.cell = `${row}:${col}`;
    if (el.tagName === "INPUT") {
      Object.assign(el, { type: "text", size: 4, spellcheck: false, autocomplete: "off" });
      el.setAttribute("inputmode", "decimal");
      el.setAttribute("aria-label", cellLabel(grid, row, col));
    } else {
      el.type = "button";
      el.tabIndex = -1;
    }
    td.append(el);
    return td;
  }

  function syncGrid(table, spec) {
    const body = table.tBodies[0];
    while (body.rows.length > spec.rows) body.deleteRow(-1);
    while (body.rows.length < spec.rows) body.insertRow();
    [...body.rows].forEach((tr, r) => {
      while (tr.cells.length > spec.cols) tr.deleteCell(-1);
      while (tr.cells.length < spec.cols) tr.append(newCell(table, r + 1, tr.cells.length + 1));
      [...tr.cells].forEach((td, k) => {
        const el = td.firstElementChild;
        const text = spec.cells[r][k];
        if (el.tagName === "INPUT") {
          if (el.value !== text && el !== document.activeElement) el.value = text;
        } else {
          el.textContent = text;
          el.setAttribute("aria-label", `${cellLabel(table.dataset.grid, r + 1, k + 1)}: ${text}`);
        }
      });
    });
  }

  function highlight(demo, focus) {
    for (const table of demo.grids.values()) {
      for (const el of table.querySelectorAll("[data-cell]")) {
        const [row, col] = el.dataset.cell.split(":").map(Number);
        const grid = table.dataset.grid;
        const on = Boolean(focus) && ((grid === "A" && row === focus.row) || (grid === "B" && col === focus.col)
          || (!table.hasAttribute("data-editable") && row === focus.row && col === focus.col));
        el.closest("td").classList.toggle("is-highlighted", on);
      }
    }
  }

  function moveFocus(table, button, key) {
    const [row, col] = button.dataset.cell.split(":").map(Number);
    const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[key];
    const rows = table.tBodies[0].rows;
    let target = null;
    if (step) target = rows[row - 1 + step[0]]?.cells[col - 1 + step[1]]?.firstElementChild;
    if (key === "Home") target = rows[row - 1].cells[0].firstElementChild;
    if (key === "End") target = rows[row - 1].cells[rows[row - 1].cells.length - 1].firstElementChild;
    if (!target) return false;
    target.focus();
    return true;
  }

  function wireGrid(demo, table) {
    const grid = table.dataset.grid;
    const control = (el) => `${grid}:${el.dataset.cell}`;
    if (table.hasAttribute("data-editable")) {
      table.addEventListener("change", (e) => { if (e.target.dataset.cell) send(demo, control(e.target), e.target.value); });
      table.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && e.target.dataset.cell) send(demo, control(e.target), e.target.value);
      });
      return;
    }
    const pick = (e) => {
      const el = e.target.closest("[data-cell]");
      // One pending pick per grid: sweeping the pointer across cells sends only the latest.
      if (el && table.contains(el)) send(demo, grid, el.dataset.cell);
    };
    table.addEventListener("mouseover", pick);
    table.addEventListener("focusin", (e) => {
      // Roving tab stop: the cell last focused is the grid's one place in the tab order.
      for (const el of table.querySelectorAll("[data-cell]")) el.tabIndex = el === e.target ? 0 : -1;
      pick(e);
    });
    table.addEventListener("click", pick);
    table.addEventListener("keydown", (e) => {
      if (e.target.dataset.cell && moveFocus(table, e.target, e.key)) e.preventDefault();
    });
  }

  function apply(demo, result) {
    for (const [control, message] of Object.entries(result.errors || {})) setError(demo, control, message);
    if (!result.ok && !result.readouts) return; // bad input: keep the last good picture and text
    for (const [name, text] of Object.entries(result.readouts || {})) {
      const cell = demo.figure.querySelector(`[data-readout="${name}"]`);
      if (cell && cell.textContent !== text) cell.textContent = text;
    }
    for (const [control, value] of Object.entries(result.values || {})) setValue(demo, control, value);
    const extra = result.extra || {};
    for (const [name, spec] of Object.entries(extra.grids || {})) {
      const table = demo.grids.get(name);
      if (table) syncGrid(table, spec);
    }
    if ("highlight" in extra) highlight(demo, extra.highlight);
    if (result.description) {
      demo.canvas.setAttribute("aria-label", result.description);
      // Demos with their own live readouts speak through those; the others are summarised.
      if (demo.live && !demo.hasLiveReadout) announce(demo, Object.values(result.readouts || {}).join(". "));
    }
    showLive(demo);
    demo.figure.dispatchEvent(new CustomEvent("nn-demo:result", { detail: result }));
  }

  // ---- inputs: at most one in flight per demo, the latest value wins --------------------

  function send(demo, control, value) {
    // Once changed, the readouts no longer describe the build-time picture that prints (demos.css).
    demo.figure.dataset.demoChanged = "";
    demo.pending.set(control, value);
    pump(demo);
  }

  function pump(demo) {
    if (!demo.mounted || demo.busy || !demo.pending.size) return;
    const [control, value] = demo.pending.entries().next().value;
    demo.pending.delete(control);
    demo.busy = true;
    demo.seq += 1;
    engine.post({ type: "input", id: demo.id, control, value, seq: demo.seq });
  }

  function wire(demo) {
    for (const [name, input] of demo.controls) {
      const eventName = input.type === "range" ? "input" : "change";
      input.addEventListener(eventName, () => send(demo, name, input.value));
      if (input.type === "text") {
        input.addEventListener("keydown", (event) => {
          if (event.key === "Enter") send(demo, name, input.value);
        });
      }
    }
  }

  // ---- theme: the canvas takes the same CSS variables as the static SVG ----------------

  function themeOf(element) {
    const style = getComputedStyle(element);
    const theme = {};
    for (let i = 0; i < style.length; i += 1) {
      const prop = style[i];
      if (prop.startsWith("--nn-")) theme[prop.slice(5)] = style.getPropertyValue(prop).trim();
    }
    return JSON.stringify(theme);
  }

  function fontOf(element) {
    return getComputedStyle(element).fontFamily || "sans-serif";
  }

  // ---- the engine: a module worker over http(s) ---------------------------------------

  function workerEngine(onMessage) {
    const onError = (event) => {
      event.preventDefault();
      onMessage({ type: "failed", message: event.message || "the Python worker could not start" });
    };
    // boot.js (in <head>) has usually started the worker and Python already.
    const early = self.NNPythonWorker;
    let worker;
    if (early) {
      worker = early.worker;
      early.adopt(onMessage, onError);
    } else {
      self.NNPythonWorker = null; // boot.js, should it still arrive, leaves Python to this one
      worker = new Worker(new URL("demos/worker.mjs", ASSETS), { type: "module" });
      worker.onmessage = ({ data }) => onMessage(data);
      worker.onerror = onError;
    }
    return {
      offscreen: true,
      booting: Boolean(early),
      post: (message, transfer) => worker.postMessage(message, transfer || []),
    };
  }

  // From disk, Python runs on the main thread from classic scripts (engine-file.js); it is
  // only loaded there, so pages served over http keep the worker and the wasm cache.
  function fileEngine(onMessage) {
    const pending = [];
    let engine = null;
    const script = document.createElement("script");
    script.src = new URL("demos/engine-file.js", ASSETS).href;
    script.onload = () => {
      engine = self.NNFileEngine(ASSETS.href, onMessage);
      for (const [message] of pending.splice(0)) engine.post(message);
    };
    script.onerror = () => onMessage({ type: "failed", message: "engine-file.js is missing" });
    document.head.append(script);
    return {
      offscreen: false,
      post: (message) => (engine ? engine.post(message) : pending.push([message])),
    };
  }

  function chooseEngine(onMessage) {
    if (location.protocol === "file:") return fileEngine(onMessage);
    if (typeof OffscreenCanvas === "undefined" || !HTMLCanvasElement.prototype.transferControlToOffscreen) {
      throw new Error("this browser cannot draw from a worker (no OffscreenCanvas)");
    }
    return workerEngine(onMessage);
  }

  // ---- boot ---------------------------------------------------------------------------

  function mount(demo) {
    const dpr = Math.max(1, Math.min(window.devicePixelRatio || 1, 3));
    const canvas = engine.offscreen ? demo.canvas.transferControlToOffscreen() : demo.canvas;
    engine.post(
      {
        type: "mount", id: demo.id, name: demo.name, options: demo.figure.dataset.options,
        canvas, dpr, theme: themeOf(demo.figure), font: fontOf(demo.figure),
      },
      engine.offscreen ? [canvas] : [],
    );
  }

  function fail(message) {
    clearTimeout(watchdog);
    bootFailed = true;
    pythonState = "failed";
    for (const { reject } of calls.values()) reject(new Error(message));
    calls.clear();
    document.dispatchEvent(new CustomEvent("nn-python:failed", { detail: message }));
    for (const demo of demos.values()) {
      setState(demo, "failed", `The interactive version could not start (${message}). The picture shows the starting state.`);
    }
  }

  function onMessage(data) {
    if (bootFailed) return;
    if (data.type === "progress") {
      const total = Number((document.querySelector("[data-load-bytes]") || document.body).dataset.loadBytes) || 0;
      const text = total
        ? `Loading Python… ${(data.loaded / MB).toFixed(1)} MB of ${(total / MB).toFixed(1)} MB`
        : `Loading Python… ${(data.loaded / MB).toFixed(1)} MB`;
      for (const demo of demos.values()) if (!demo.live) demo.status.textContent = text;
    } else if (data.type === "ready") {
      clearTimeout(watchdog);
      pythonState = "ready";
      document.dispatchEvent(new CustomEvent("nn-python:ready"));
    } else if (data.type === "failed") {
      fail(data.message);
    } else if (data.type === "result") {
      const demo = demos.get(data.id);
      if (!demo) return;
      if (data.seq >= 0) demo.busy = false;
      if (data.seq === 0) demo.mounted = true;
      apply(demo, JSON.parse(data.payload));
      pump(demo);
    } else if (data.type === "reply") {
      const call = calls.get(data.callId);
      calls.delete(data.callId);
      if (call && data.error) call.reject(new Error(data.error));
      else if (call) call.resolve(JSON.parse(data.payload));
    } else if (data.type === "error") {
      const demo = demos.get(data.id);
      if (demo) {
        demo.busy = false;
        setState(demo, demo.live ? "live" : "failed", `Something went wrong in the demo: ${data.message}`);
      }
    }
  }

  for (const figure of figures) {
    const demo = {
      id: figure.id, name: figure.dataset.demo, figure,
      svg: figure.querySelector(".nn-demo__static"),
      canvas: figure.querySelector(".nn-demo__canvas"),
      status: figure.querySelector("[data-demo-status]"),
      announce: figure.querySelector("[data-demo-announce]"),
      controls: new Map([...figure.querySelectorAll("[data-control]")].map((el) => [el.dataset.control, el])),
      grids: new Map([...figure.querySelectorAll("[data-grid]")].map((el) => [el.dataset.grid, el])),
      hasLiveReadout: Boolean(figure.querySelector("[data-readout][aria-live]")),
      pending: new Map(), busy: false, mounted: false, live: false, seq: 0, announceTimer: 0,
    };
    demos.set(demo.id, demo);
    wire(demo);
    for (const table of demo.grids.values()) wireGrid(demo, table);
  }

  let engine;
  let watchdog = 0;
  let bootFailed = false;
  let pythonState = "loading";
  const calls = new Map(); // callId -> {resolve, reject}
  let callSeq = 0;

  // What other page scripts (the exercises) may use: call a Python function of demos/calls.py
  // and put a value into a demo's control as if the reader had typed it.
  self.NNDemos = {
    state: () => pythonState,
    call(fn, ...args) {
      if (pythonState === "failed") return Promise.reject(new Error("Python could not start"));
      return new Promise((resolve, reject) => {
        callSeq += 1;
        calls.set(callSeq, { resolve, reject });
        engine.post({ type: "call", callId: callSeq, fn, args: JSON.stringify(args) });
      });
    },
    // Memory figures of the page's Python (wasm heap size, Python's block and object counts).
    stats() {
      if (pythonState !== "ready") return Promise.reject(new Error("Python is not running"));
      return new Promise((resolve, reject) => {
        callSeq += 1;
        calls.set(callSeq, { resolve, reject });
        engine.post({ type: "stats", callId: callSeq });
      });
    },
    set(figureId, control, value) {
      const demo = demos.get(figureId);
      if (!demo) return false;
      setValue(demo, control, value);
      send(demo, control, value);
      return true;
    },
  };
  try {
    engine = chooseEngine(onMessage);
  } catch (error) {
    fail(error.message);
    return;
  }
  for (const demo of demos.values()) setState(demo, "loading", "Loading Python…");
  watchdog = setTimeout(() => fail("Python took too long to start"), BOOT_TIMEOUT_MS);
  if (!engine.booting) engine.post({ type: "boot", bundleURL: new URL("demos/python.zip", ASSETS).href });
  // Mount at once: the engine queues these until Python is up and then draws every demo
  // without waiting for a round trip through this (often busy) main thread.
  for (const demo of demos.values()) mount(demo);

  // Follow the palette toggle: Material sets data-md-color-scheme on <body>.
  new MutationObserver(() => {
    engine.post({ type: "theme", theme: themeOf(document.body) });
  }).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
})();
