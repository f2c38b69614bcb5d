// The engine that runs the page's Python, whichever thread it lives on. Shared by the module
// worker (worker.mjs, pages served over http) and the main-thread engine (engine-file.js,
// pages opened from disk). Written as a plain script that only sets `self.NNEngineCore`, so
// both a module import and a classic <script> tag can load it.
//
// The page (client.js) sends "boot" first and nothing else until this engine has said "ready".
//
// Messages in:  {type: "boot", bundleURL}
//               {type: "mount", id, name, options, canvas, dpr, theme, font}
//               {type: "input", id, control, value, seq}
//               {type: "theme", theme}
//               {type: "call", callId, fn, args}    (a function of demos/calls.py; args: JSON list)
//               {type: "stats", callId}             (memory figures for bench/: wasm heap, Python's counts)
// Messages out: {type: "ready"}, {type: "failed", message}, {type: "error", id, message}
//               {type: "result", id, seq, payload, drawnAt, receivedAt}  (payload: JSON text from
//                 demos/browser.py; for bench/, epoch ms: drawnAt when Python had drawn the canvas,
//                 receivedAt, after an input, when this worker got it)
//               {type: "reply", callId, payload | error}
(function (scope) {
  "use strict";

  const BUNDLE_PATH = "/home/pyodide/course.zip"; // = BUNDLE_PATH of site_src/bytecode.py

  // Epoch time in ms with sub-ms precision: comparable across the page and its worker.
  const now = () => performance.timeOrigin + performance.now();

  function messageOf(error) {
    return String(error && error.message ? error.message : error);
  }

  // A frame of canvas calls queued in Python (CommandBuffer in py_runtime/draw/canvas.py) as
  // JSON, replayed here on the real context: one crossing of the FFI per frame instead of one
  // per call. Only the names the painter uses are accepted.
  const CANVAS_METHODS = new Set(["setTransform", "clearRect", "fillRect", "beginPath", "moveTo", "lineTo",
    "arc", "closePath", "stroke", "fill", "setLineDash", "fillText"]);
  const CANVAS_PROPERTIES = new Set(["strokeStyle", "fillStyle", "lineWidth", "lineCap", "lineJoin", "font",
    "textAlign", "textBaseline"]);

  // fill/stroke given path data (a polyline) draw it as a Path2D; the last few are kept, as a
  // demo's curve often stays the same while a slider moves a point along it.
  const paths = new Map();
  function pathOf(data) {
    let path = paths.get(data);
    if (!path) {
      if (paths.size >= 32) paths.delete(paths.keys().next().value);
      path = new Path2D(data);
      paths.set(data, path);
    }
    return path;
  }

  function replayCanvas(ctx, text) {
    for (const [name, ...args] of JSON.parse(text)) {
      if (name === "=" && CANVAS_PROPERTIES.has(args[0])) ctx[args[0]] = args[1];
      else if ((name === "fill" || name === "stroke") && typeof args[0] === "string") ctx[name](pathOf(args[0]));
      else if (CANVAS_METHODS.has(name)) ctx[name](...args);
      else throw new Error(`canvas call not allowed: ${name === "=" ? args[0] : name}`);
    }
  }

  scope.NNEngineCore = function NNEngineCore({ loadPyodide, post }) {
    let bridge = null;
    let pyodide = null;
    let failed = false;

    function fail(message) {
      if (failed) return;
      failed = true;
      post({ type: "failed", message });
    }

    async function boot(bundleURL) {
      let bundle;
      [pyodide, bundle] = await Promise.all([
        loadPyodide(),
        fetch(bundleURL).then((r) => {
          if (!r.ok) throw new Error(`could not load ${bundleURL} (${r.status})`);
          return r.arrayBuffer();
        }),
      ]);
      // Imported from the zip itself (zipimport), which holds each module's bytecode beside its
      // source; site_src/bytecode.py names this path in the bytecode.
      pyodide.FS.writeFile(BUNDLE_PATH, new Uint8Array(bundle));
      pyodide.runPython(`import sys; sys.path.insert(0, "${BUNDLE_PATH}")`);
      pyodide.registerJsModule("nn_engine", { replay_canvas: replayCanvas });
      bridge = pyodide.pyimport("demos.browser"); // = START_MODULE of site_src/bundle.py
    }

    // Read-only memory figures for bench/lesson.py: leaked proxies or objects show as growth.
    function stats() {
      return JSON.stringify({ heap_bytes: pyodide._module.HEAPU8.byteLength, ...JSON.parse(bridge.stats()) });
    }

    function handle(data) {
      if (data.type === "mount") {
        const payload = bridge.mount(data.id, data.name, data.options, data.canvas, data.dpr, data.theme, data.font);
        post({ type: "result", id: data.id, seq: 0, payload, drawnAt: now() });
      } else if (data.type === "input") {
        const receivedAt = now();
        const payload = bridge.handle(data.id, data.control, data.value);
        post({ type: "result", id: data.id, seq: data.seq, payload, drawnAt: now(), receivedAt });
      } else if (data.type === "call" || data.type === "stats") {
        let reply;
        try {
          const payload = data.type === "call" ? bridge.call(data.fn, data.args) : stats();
          reply = { type: "reply", callId: data.callId, payload };
        } catch (error) {
          reply = { type: "reply", callId: data.callId, error: messageOf(error) };
        }
        post(reply);
      } else if (data.type === "theme") {
        const all = JSON.parse(bridge.set_theme(data.theme));
        for (const [id, view] of Object.entries(all)) {
          post({ type: "result", id, seq: -1, payload: JSON.stringify(view) });
        }
      }
    }

    function run(data) {
      try {
        handle(data);
      } catch (error) {
        post({ type: "error", id: data.id, message: messageOf(error) });
      }
    }

    function receive(data) {
      if (data.type === "boot") boot(data.bundleURL).then(() => post({ type: "ready" }), (error) => fail(messageOf(error)));
      else run(data);
    }

    return { receive, fail };
  };
})(self);
