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
    const pending = new Map(); // control -> latest value not yet sent (a button's presses: one each)
    let busy = true; // the mount is the first message in flight: nothing is sent before its answer
    let live = false;
    let seq = 0;
    let announceTimer = 0;
    let startButton = null;

    const setState = (state, text) => {
      figure.dataset.demoState = state;
      if (text !== undefined) status.textContent = text;
    };

    let inFlight = null; // the control whose answer is awaited
    let presses = 0;

    function pump() {
      if (busy || !pending.size) return;
      const [key, value] = pending.entries().next().value;
      pending.delete(key);
      busy = true;
      seq += 1;
      inFlight = key.split("\n")[0];
      client.send({ type: "input", id, control: inFlight, value, seq });
    }

    function send(control, value) {
      if (control !== parts.TICK) figure.dataset.demoChanged = ""; // readouts no longer match the print (demos.css)
      // A value replaces an older one still waiting; a button press is not a value: each one counts.
      const key = controls.get(control)?.presses ? `${control}\n${(presses += 1)}` : control;
      pending.set(key, value);
      pump();
    }

    const mountOne = (el) => (el.tagName === "BUTTON" ? parts.mountButton : parts.mountControl)(
      el, (value) => send(el.dataset.control, value));
    const controls = new Map([...figure.querySelectorAll("[data-control]")]
      .map((el) => [el.dataset.control, mountOne(el)]));
    const animation = parts.mountAnimation(send);
    const grids = new Map([...figure.querySelectorAll("[data-grid]")]
      .map((el) => [el.dataset.grid, parts.mountGrid(el, send)]));
    // Dragging the picture's handles (drag.js): its events merge with the one still waiting.
    const drag = parts.mountDrag(figure, (control, combine) => send(control, combine(pending.get(control))));

    function goLive() {
      if (live) return;
      live = true;
      canvas.hidden = false;
      drag.live();
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

    // `answered`: the control this result answers (null for the mount or a palette redraw).
    function apply(result, answered) {
      for (const [name, message] of Object.entries(result.errors || {})) {
        (controls.get(name) || grids.get(name) || { setError() {} }).setError(message);
      }
      const ofTick = answered === parts.TICK;
      if (!result.ok && !result.readouts) { // bad input: keep the last good picture and text
        if (ofTick) animation.stop();
        return;
      }
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
      drag.sync(extra.handles || [], extra.targets || []);
      if (extra.highlight) for (const [name, grid] of grids) grid.light(extra.highlight[name] || []);
      animation.answered(extra.animate, ofTick);
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
      const answered = data.seq >= 0 ? inFlight : null; // seq -1: a redraw for the palette, not an answer
      if (data.seq >= 0) busy = false;
      apply(JSON.parse(data.payload), answered);
      pump();
    });
    client.on("error", (data) => {
      if (data.id !== id) return;
      busy = false;
      animation.stop();
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
