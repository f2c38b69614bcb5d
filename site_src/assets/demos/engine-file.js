// The page's Python when the page is opened from disk (file://). Browsers refuse module
// workers, module imports and fetch() there, so this engine runs Pyodide on the main thread
// from plain <script> tags: pyodide.js, a classic-script copy of pyodide.asm.mjs made at build
// time, and the wasm, the standard library and our packages as base64 scripts (see
// site_src/offline.py). A fetch() wrapper hands those bytes to Pyodide by file name.
(function (scope) {
  "use strict";

  const TYPES = { ".wasm": "application/wasm", ".zip": "application/zip", ".json": "application/json" };

  function loadScript(url) {
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = url;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`could not load ${url.split("/").pop()}`));
      document.head.append(script);
    });
  }

  function decode(base64) {
    const text = atob(base64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
    return bytes;
  }

  // Serve the embedded files to fetch() by name; everything else goes to the real fetch.
  function serveEmbedded(files) {
    const realFetch = scope.fetch.bind(scope);
    scope.fetch = (input, init) => {
      const name = String(input instanceof Request ? input.url : input).split("/").pop();
      if (!(name in files)) return realFetch(input, init);
      const type = TYPES[name.slice(name.lastIndexOf("."))] || "application/octet-stream";
      return Promise.resolve(new Response(decode(files[name]), { headers: { "Content-Type": type } }));
    };
  }

  // `boot` loads the scripts and starts Python; `post` is only called once it has said "ready"
  // (client.js holds every other message until then).
  scope.NNFileEngine = function NNFileEngine(assets, onMessage) {
    const at = (path) => new URL(path, assets).href;
    const post = (message) => queueMicrotask(() => onMessage(message)); // async, as a worker's are
    let core = null;

    async function load() {
      scope.__nnFiles = scope.__nnFiles || {};
      for (const path of ["demos/offline/files-wasm.js", "demos/offline/files-stdlib.js",
        "demos/offline/files-bundle.js", "demos/offline/files-lock.js"]) {
        await loadScript(at(path));
        const loaded = Object.values(scope.__nnFiles).reduce((sum, b64) => sum + Math.floor(b64.length * 0.75), 0);
        post({ type: "progress", loaded });
      }
      for (const path of ["vendor/pyodide/pyodide.js", "demos/offline/pyodide-asm.js", "demos/engine-core.js"]) {
        await loadScript(at(path));
      }
      const lock = JSON.parse(new TextDecoder().decode(decode(scope.__nnFiles["pyodide-lock.json"])));
      serveEmbedded(scope.__nnFiles);
      core = scope.NNEngineCore({
        loadPyodide: () => scope.loadPyodide({
          indexURL: at("vendor/pyodide/"),
          lockFileContents: lock,
          createPyodideModule: scope._createPyodideModule,
        }),
        post,
      });
    }

    return {
      boot(bundleURL) {
        load().then(() => core.receive({ type: "boot", bundleURL }), (error) => post({ type: "failed", message: error.message }));
      },
      post: (message) => core.receive(message),
    };
  };
})(self);
