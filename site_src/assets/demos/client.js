// The page's one client for its Python engine. It starts the engine (once, when policy.js says),
// holds every message until Python is ready (the only such queue in the front end), sends
// requests and routes their answers, reports download progress, and owns failure: one watchdog,
// one message, one place. Over http(s) the engine is a module worker (worker.mjs); from file://,
// where browsers refuse module workers, it runs on the main thread (engine-file.js). Both speak
// the protocol of engine-core.js. Must not touch the demos' elements: demo.js listens with `on`.
// Loaded from <head> (site_src/hooks.py), so Python can start while the page is still parsed.
(function (parts) {
  "use strict";

  const ASSETS = new URL("../", document.currentScript.src);
  const FROM_DISK = location.protocol === "file:";
  const BOOT_TIMEOUT_MS = 120000; // a very slow phone still boots in well under this
  const MB = 1024 * 1024;

  let state = "idle"; // idle → loading → ready | failed
  let engine = null;
  let watchdog = 0;
  const queue = []; // [message, transfer] waiting for Python
  const listeners = { start: [], progress: [], ready: [], failed: [], result: [], error: [] };
  // The latest start, progress, ready and failed news, told at once to a listener that comes later
  // (Python may start while the page is still parsed, before the demos are mounted).
  const news = {};
  const requests = new Map(); // callId -> {resolve, reject}
  let lastCallId = 0;

  const emit = (type, detail) => {
    if (type !== "result" && type !== "error") news[type] = detail;
    listeners[type].forEach((listener) => listener(detail));
  };

  const TEXT = {
    loading: "Loading Python…",
    progress(loaded) {
      // Python may report progress before the figures (or even <body>) are parsed.
      const holder = document.querySelector("[data-load-bytes]");
      const total = holder ? Number(holder.dataset.loadBytes) || 0 : 0;
      const done = `${(loaded / MB).toFixed(1)} MB`;
      return total ? `Loading Python… ${done} of ${(total / MB).toFixed(1)} MB` : `Loading Python… ${done}`;
    },
    failed: (reason) => `The interactive version could not start (${reason}). The picture shows the starting state.`,
  };

  function fail(reason) {
    if (state === "failed") return;
    clearTimeout(watchdog);
    state = "failed";
    queue.length = 0;
    for (const { reject } of requests.values()) reject(new Error(reason));
    requests.clear();
    emit("failed", TEXT.failed(reason));
    document.dispatchEvent(new CustomEvent("nn-python:failed", { detail: reason }));
  }

  function receive(data) {
    if (state === "failed") return;
    if (data.type === "ready") {
      clearTimeout(watchdog);
      state = "ready";
      for (const [message, transfer] of queue.splice(0)) engine.post(message, transfer);
      emit("ready");
      document.dispatchEvent(new CustomEvent("nn-python:ready"));
    } else if (data.type === "failed") {
      fail(data.message);
    } else if (data.type === "progress") {
      emit("progress", TEXT.progress(data.loaded));
    } else if (data.type === "reply") {
      const call = requests.get(data.callId);
      requests.delete(data.callId);
      if (call && data.error) call.reject(new Error(data.error));
      else if (call) call.resolve(JSON.parse(data.payload));
    } else if (data.type in listeners) {
      emit(data.type, data); // a demo's result or error
    }
  }

  function workerEngine() {
    if (typeof OffscreenCanvas === "undefined" || !HTMLCanvasElement.prototype.transferControlToOffscreen) {
      throw new Error("this browser cannot draw from a worker (no OffscreenCanvas)");
    }
    const worker = new Worker(new URL("demos/worker.mjs", ASSETS), { type: "module" });
    worker.onmessage = ({ data }) => receive(data);
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || "the Python worker could not start");
    };
    return {
      boot: (bundleURL) => worker.postMessage({ type: "boot", bundleURL }),
      post: (message, transfer) => worker.postMessage(message, transfer),
    };
  }

  // engine-file.js is loaded only from disk, so pages served over http keep the worker and the
  // browser's cache of compiled wasm.
  function fileEngine() {
    let inner = null;
    return {
      boot(bundleURL) {
        const script = document.createElement("script");
        script.src = new URL("demos/engine-file.js", ASSETS).href;
        script.onload = () => {
          inner = self.NNFileEngine(ASSETS.href, receive);
          inner.boot(bundleURL);
        };
        script.onerror = () => fail("engine-file.js is missing");
        document.head.append(script);
      },
      post: (message) => inner.post(message), // only once Python is ready, so `inner` exists
    };
  }

  // Starts Python, once; the demos mount (on "start") before the engine boots.
  function start() {
    if (state !== "idle") return;
    state = "loading";
    watchdog = setTimeout(() => fail("Python took too long to start"), BOOT_TIMEOUT_MS);
    try {
      engine = FROM_DISK ? fileEngine() : workerEngine();
    } catch (error) {
      fail(error.message);
      return;
    }
    emit("start", TEXT.loading);
    engine.boot(new URL("demos/python.zip", ASSETS).href);
  }

  function send(message, transfer = []) {
    if (state === "ready") engine.post(message, transfer);
    else if (state !== "failed") queue.push([message, transfer]);
  }

  // Sends `message` with a fresh callId; resolves with the engine's reply.
  function request(message) {
    if (state === "failed") return Promise.reject(new Error("Python could not start"));
    return new Promise((resolve, reject) => {
      lastCallId += 1;
      requests.set(lastCallId, { resolve, reject });
      send({ ...message, callId: lastCallId });
    });
  }

  parts.client = {
    start,
    send,
    request,
    on(type, listener) {
      listeners[type].push(listener);
      if (type in news) listener(news[type]);
    },
    state: () => state,
    offscreen: !FROM_DISK, // whether a demo hands its canvas to the engine's thread
  };
})(self.NNParts = self.NNParts || {});
