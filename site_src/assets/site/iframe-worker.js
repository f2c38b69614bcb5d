// Web Workers for pages opened from disk (file://), where browsers refuse `new Worker(...)`.
// Material's search runs its index in a worker; on file: this file replaces `window.Worker` with
// a stand-in that runs the worker's script in a hidden iframe of the same origin instead.
//
// Unlike the usual iframe shims it writes no inline <script>: the page's Content Security Policy
// (site_src/csp.py) allows scripts from the site only, and an about:blank iframe inherits that
// policy. So the parent defines the worker globals (`postMessage`, `importScripts`) on the
// iframe's window itself and then adds the worker script as an external <script src>.
// Over http(s) this file does nothing. Listed in mkdocs.yml under extra.polyfills; the name keeps
// "iframe-worker" so that Material's offline plugin does not add a CDN copy of its own shim.
(() => {
  "use strict";

  if (location.protocol !== "file:") return;

  function loadInto(doc, url) {
    return new Promise((resolve, reject) => {
      const script = doc.createElement("script");
      script.src = new URL(url, document.baseURI).href;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`could not load ${url}`));
      doc.body.append(script);
    });
  }

  class FrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.onmessage = null;
      this.onerror = null;
      this.frame = document.createElement("iframe");
      this.frame.hidden = true;
      this.frame.setAttribute("aria-hidden", "true");
      this.frame.tabIndex = -1;
      document.body.append(this.frame);
      const scope = this.frame.contentWindow;
      // The worker's side: what it posts arrives here as a "message" event, a copy as in a worker.
      scope.postMessage = (data) => {
        const copy = structuredClone(data);
        setTimeout(() => this.emit(new MessageEvent("message", { data: copy })));
      };
      // Real importScripts is synchronous; Material's search worker awaits the result.
      scope.importScripts = (...urls) =>
        urls.reduce((done, next) => done.then(() => loadInto(scope.document, next)), Promise.resolve());
      scope.addEventListener("error", (event) => {
        this.emit(new ErrorEvent("error", { message: event.message, error: event.error }));
      });
      this.ready = loadInto(scope.document, url).catch((error) => {
        this.emit(new ErrorEvent("error", { message: error.message, error }));
        throw error;
      });
    }

    emit(event) {
      this.dispatchEvent(event);
      const handler = event.type === "message" ? this.onmessage : this.onerror;
      if (handler) handler.call(this, event);
    }

    // Messages sent before the script has loaded wait for it, as they would for a real worker.
    postMessage(data) {
      const copy = structuredClone(data);
      this.ready.then(() => {
        const scope = this.frame.contentWindow;
        if (scope) scope.dispatchEvent(new scope.MessageEvent("message", { data: copy }));
      }, () => {});
    }

    terminate() {
      this.frame.remove();
    }
  }

  window.Worker = FrameWorker;
})();
