// One demo figure (static HTML from site_src/demo_html.py) brought to life: its controls and grids
// send inputs to Python through the client, at most one in flight and the latest value of each
// control winning; Python's answers come back as text, values and a picture, which this applies.
// The figure's data-demo-state says where it is: static → loading → live, or failed (the static
// picture stays). All numbers and drawings come from Python (demos/browser.py); this file only
// changes its own figure.
(function (parts) {
  "use strict";

  const ANNOUNCE_DELAY_MS = 800; // screen readers hear the result once dragging pauses
  const MB = 1024 * 1024;
  const START_LABEL = "Start the live demo";

  // The canvas takes the same CSS variables as the static SVG (--nn-<role>).
  parts.themeOf = function themeOf(element) {
    const style = getComputedStyle(element);
    const theme = {};
    for (let i = 0; i < style.length; i += 1) {
      if (style[i].startsWith("--nn-")) theme[style[i].slice(5)] = style.getPropertyValue(style[i]).trim();
    }
    return JSON.stringify(theme);
  };

  // `automatic`: whether Python starts by itself (policy.js); if not, the figure offers a button.
  parts.mountDemo = function mountDemo(figure, client, automatic) {
    const id = figure.id;
    const canvas = figure.querySelector(".nn-demo__canvas");
    const status = figure.querySelector("[data-demo-status]");
    const announcer = figure.querySelector("[data-demo-announce]");
    const hasLiveReadout = Boolean(figure.querySelector("[data-readout][aria-live]"));
    const pending = new Map(); // control -> latest value not yet sent
    let busy = true; // the mount is the first message in flight: nothing is sent before its answer
    let live = false;
    let seq = 0;
    let announceTimer = 0;
    let startButton = null;

    const setState = (state, text) => {
      figure.dataset.demoState = state;
      if (text !== undefined) status.textContent = text;
    };

    function pump() {
      if (busy || !pending.size) return;
      const [control, value] = pending.entries().next().value;
      pending.delete(control);
      busy = true;
      seq += 1;
      client.send({ type: "input", id, control, value, seq });
    }

    function send(control, value) {
      figure.dataset.demoChanged = ""; // the readouts no longer describe the printed picture (demos.css)
      pending.set(control, value);
      pump();
    }

    const controls = new Map([...figure.querySelectorAll("[data-control]")]
      .map((el) => [el.dataset.control, parts.mountControl(el, (value) => send(el.dataset.control, value))]));
    const grids = new Map([...figure.querySelectorAll("[data-grid]")]
      .map((el) => [el.dataset.grid, parts.mountGrid(el, send)]));

    function goLive() {
      if (live) return;
      live = true;
      canvas.hidden = false;
      figure.querySelector(".nn-demo__static").setAttribute("aria-hidden", "true");
      figure.classList.add("nn-demo--live");
      setState("live", "");
      if (!startButton) return;
      const hadFocus = startButton === document.activeElement;
      startButton.remove();
      const first = figure.querySelector("[data-control], [data-cell]");
      if (hadFocus && first) first.focus();
    }

    function announce(text) {
      clearTimeout(announceTimer);
      announceTimer = setTimeout(() => { announcer.textContent = text; }, ANNOUNCE_DELAY_MS);
    }

    function apply(result) {
      for (const [name, message] of Object.entries(result.errors || {})) {
        (controls.get(name) || grids.get(name) || { setError() {} }).setError(message);
      }
      if (!result.ok && !result.readouts) return; // bad input: keep the last good picture and text
      for (const [name, text] of Object.entries(result.readouts || {})) {
        const cell = figure.querySelector(`[data-readout="${name}"]`);
        if (cell && cell.textContent !== text) cell.textContent = text;
      }
      for (const [name, value] of Object.entries(result.values || {})) {
        // A value the reader has changed since is newer than this answer: it is on its way.
        if (controls.has(name) && !pending.has(name)) controls.get(name).show(value);
      }
      const extra = result.extra || {};
      for (const [name, spec] of Object.entries(extra.grids || {})) grids.get(name)?.sync(spec);
      if (extra.highlight) for (const [name, grid] of grids) grid.light(extra.highlight[name] || []);
      if (result.description) {
        canvas.setAttribute("aria-label", result.description);
        // Demos with their own live readouts speak through those; the others are summarised.
        if (live && !hasLiveReadout) announce(Object.values(result.readouts || {}).join(". "));
      }
      goLive();
      figure.dispatchEvent(new CustomEvent("nn-demo:result", { detail: result }));
    }

    // Data saving: no Python until the reader asks. Pressing the button is acting on the demo,
    // which starts Python (policy.js); so does changing any control.
    if (!automatic) {
      startButton = document.createElement("button");
      startButton.type = "button";
      startButton.className = "md-button nn-demo__start";
      startButton.textContent = START_LABEL;
      figure.querySelector(".nn-demo__stage").after(startButton);
      const size = Number(figure.dataset.loadBytes) / MB;
      status.textContent = `Static picture. Data saving is on: the interactive version loads Python`
        + `${size ? ` (${size.toFixed(1)} MB)` : ""} when you start it or change a control.`;
    }

    client.on("start", (text) => {
      setState("loading", text);
      const offscreen = client.offscreen ? canvas.transferControlToOffscreen() : canvas;
      client.send({
        type: "mount", id, name: figure.dataset.demo, options: figure.dataset.options, canvas: offscreen,
        dpr: Math.max(1, Math.min(window.devicePixelRatio || 1, 3)),
        theme: parts.themeOf(figure), font: getComputedStyle(figure).fontFamily || "sans-serif",
      }, client.offscreen ? [offscreen] : []);
    });
    client.on("progress", (text) => { if (!live) status.textContent = text; });
    client.on("failed", (text) => {
      setState("failed", text);
      startButton?.remove();
    });
    client.on("result", (data) => {
      if (data.id !== id) return;
      if (data.seq >= 0) busy = false; // seq -1: a redraw for the palette, not an answer
      apply(JSON.parse(data.payload));
      pump();
    });
    client.on("error", (data) => {
      if (data.id !== id) return;
      busy = false;
      setState(live ? "live" : "failed", `Something went wrong in the demo: ${data.message}`);
      pump();
    });

    // What NNDemos.set does: a value entered as if the reader had typed it.
    return {
      set(control, value) {
        controls.get(control)?.put(value);
        send(control, value);
      },
    };
  };
})(self.NNParts = self.NNParts || {});
