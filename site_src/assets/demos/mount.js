// The page's demos, mounted: finds every `.nn-demo` figure and mounts it (demo.js), hands the
// start of Python to the policy (policy.js) and the engine to the client (client.js), and offers
// other page scripts (exercises.js, bench/probe.js) what they may use:
//   NNDemos.state()                    "loading" until Python is ready, then "ready", or "failed"
//   NNDemos.call(fn, ...args)          a Python function of demos/calls.py; starts Python if need be
//   NNDemos.stats()                    memory figures of the page's Python (bench/)
//   NNDemos.set(figureId, control, v)  a value put into a demo's control as if the reader typed it
// and the events nn-python:ready / nn-python:failed (document) and nn-demo:result (each figure).
// The only file that looks for the demos in the page. Loaded after the others it uses (client.js
// and policy.js from <head>, site_src/hooks.py; the rest in the order mkdocs.yml lists); a classic
// script, like them, so it also runs from file://.
(function (parts) {
  "use strict";

  const figures = [...document.querySelectorAll(".nn-demo")];
  // Exercises that check answers in Python mark themselves with data-needs-python.
  const blocks = [...figures, ...document.querySelectorAll("[data-needs-python]")];
  if (!blocks.length) return;

  const { client, policy } = parts;
  const demos = new Map(figures.map((figure) => [figure.id, parts.mountDemo(figure, client, policy.automatic())]));
  const trigger = policy.watch(blocks);

  self.NNDemos = {
    // Not started yet reads as "loading": Python is on its way as soon as anything needs it.
    state: () => ({ idle: "loading", loading: "loading", ready: "ready", failed: "failed" })[client.state()],
    call(fn, ...args) {
      trigger("call");
      return client.request({ type: "call", fn, args: JSON.stringify(args) });
    },
    stats() {
      if (client.state() !== "ready") return Promise.reject(new Error("Python is not running"));
      return client.request({ type: "stats" });
    },
    set(figureId, control, value) {
      const demo = demos.get(figureId);
      if (!demo) return false;
      trigger("action");
      demo.set(control, value);
      return true;
    },
  };

  // Follow the palette toggle: Material sets data-md-color-scheme on <body>. Before Python starts
  // there is nothing to redraw: the demos read the palette when they mount.
  new MutationObserver(() => {
    if (client.state() !== "idle") client.send({ type: "theme", theme: parts.themeOf(document.body) });
  }).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
})(self.NNParts = self.NNParts || {});
