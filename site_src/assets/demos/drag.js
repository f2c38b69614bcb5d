// Taking hold of a live figure: presses, drags, releases and taps on the canvas go to the demo's
// Python as the input "pointer" (JSON {phase, x, y} in figure units, or a list of them when
// several waited: only the latest move is kept). Python lists with each view the points that can
// be grabbed (extra.handles: [{name, x, y, r, ring}]) and the areas that can be pressed
// (extra.targets: [{name, x, y, w, h}]). This file only tests a press against those, so it knows
// at once whether the press must keep the page from scrolling (a handle) and whether a click is
// worth sending (a target), and shows a ring around a handle or a hand over a target under the
// mouse. Once a handle is held, Python draws its ring in each frame and the page's ring goes:
// moving an element over the canvas on every frame would make the browser rebuild the page's
// layers each time. A tap is a click: a touch that pans the page never becomes one, so targets
// never stop a swipe from scrolling. Python decides what was grabbed or pressed and what follows.
// Before the figure is live nothing here reacts: the static picture scrolls and clicks as any.
(function (parts) {
  "use strict";

  // `queue(control, combine)`: demo.js's one-in-flight queue; combine(pending) gives the value.
  parts.mountDrag = function mountDrag(figure, queue) {
    const stage = figure.querySelector(".nn-demo__stage");
    const canvas = figure.querySelector(".nn-demo__canvas");
    const box = figure.querySelector(".nn-demo__static").viewBox.baseVal;
    const ring = document.createElement("span");
    ring.className = "nn-demo__handle-ring";
    ring.hidden = true;
    ring.setAttribute("aria-hidden", "true");
    stage.append(ring);
    let handles = [];
    let targets = [];
    let live = false;
    let dragging = null; // the pointerId of the drag under way
    let raw = false; // whether this drag's moves come as pointerrawupdate events
    let hover = null; // where a mouse or pen not dragging is over the canvas, in figure units

    // Where the canvas is on screen and in its stage. Outside a drag it is measured each time
    // (the layout is clean then, so that costs nothing); during one it is measured at the press
    // and kept until a scroll, a resize or a change of the canvas's size moves it, as each result
    // rewrites the readouts and measuring then would lay the whole lesson out again before the
    // move could be sent.
    let geometry = null;
    const forget = () => { geometry = null; };
    addEventListener("scroll", forget, { capture: true, passive: true });
    addEventListener("resize", forget, { passive: true });
    if ("ResizeObserver" in self) new ResizeObserver(forget).observe(canvas);
    const measure = () => {
      if (!geometry || dragging === null) {
        const rect = canvas.getBoundingClientRect();
        const origin = stage.getBoundingClientRect();
        geometry = { rect, left: rect.left - origin.left, top: rect.top - origin.top, scale: rect.width / box.width };
      }
      return geometry;
    };
    const toFigure = (clientX, clientY) => {
      const { rect } = measure();
      return {
        x: ((clientX - rect.left) * box.width) / rect.width,
        y: ((clientY - rect.top) * box.height) / rect.height,
      };
    };
    const handleAt = ({ x, y }) => handles.find((h) => Math.hypot(x - h.x, y - h.y) <= h.r) || null;
    const targetAt = ({ x, y }) => targets.find((t) => x >= t.x && x <= t.x + t.w && y >= t.y && y <= t.y + t.h);

    function showRing(handle) {
      canvas.classList.toggle("nn-demo__canvas--grab", Boolean(handle));
      ring.hidden = !handle;
      if (!handle) return;
      const { left, top, scale } = measure();
      const radius = handle.ring * scale;
      ring.style.left = `${left + handle.x * scale - radius}px`;
      ring.style.top = `${top + handle.y * scale - radius}px`;
      ring.style.width = ring.style.height = `${2 * radius}px`;
    }

    function post(phase, event) {
      const point = toFigure(event.clientX, event.clientY);
      const item = { phase, x: Math.round(point.x * 100) / 100, y: Math.round(point.y * 100) / 100 };
      queue("pointer", (waiting) => {
        const list = waiting ? JSON.parse(waiting) : [];
        if (phase === "move" && list.length && list[list.length - 1].phase === "move") list.pop();
        list.push(item);
        return JSON.stringify(list);
      });
    }

    // A touch that lands on a handle must not scroll the page: decided here, before any panning.
    canvas.addEventListener("touchstart", (event) => {
      const touch = event.touches[0];
      if (live && touch && handleAt(toFigure(touch.clientX, touch.clientY))) event.preventDefault();
    }, { passive: false });

    canvas.addEventListener("pointerdown", (event) => {
      if (!live || dragging !== null || !event.isPrimary) return;
      const handle = handleAt(toFigure(event.clientX, event.clientY));
      if (!handle) return;
      event.preventDefault(); // no text selection, no emulated mouse events
      dragging = event.pointerId;
      raw = false;
      canvas.setPointerCapture(event.pointerId);
      canvas.classList.add("nn-demo__canvas--grabbing");
      showRing(handle);
      post("down", event);
    });
    // During a drag, moves are taken from pointerrawupdate where the browser has it (Chromium, in
    // secure contexts): it is dispatched as soon as the move arrives, while pointermove waits for
    // the next animation frame, up to 16 ms later. Where a pointer gets no raw updates (other
    // browsers, or a pointer type without them), its pointermove events carry the drag.
    canvas.addEventListener("pointerrawupdate", (event) => {
      if (dragging !== event.pointerId) return;
      raw = true;
      post("move", event);
    });
    canvas.addEventListener("pointermove", (event) => {
      if (dragging === event.pointerId) {
        if (!raw) post("move", event);
      } else if (live && dragging === null && event.pointerType !== "touch") {
        hover = toFigure(event.clientX, event.clientY);
        showRing(handleAt(hover));
        canvas.classList.toggle("nn-demo__canvas--press", Boolean(targetAt(hover)));
      }
    });
    canvas.addEventListener("click", (event) => {
      if (live && targetAt(toFigure(event.clientX, event.clientY))) post("tap", event);
    });
    const release = (event) => {
      if (dragging !== event.pointerId) return;
      dragging = null;
      canvas.classList.remove("nn-demo__canvas--grabbing");
      post("up", event);
      hover = event.pointerType === "touch" ? null : toFigure(event.clientX, event.clientY);
    };
    canvas.addEventListener("pointerup", release);
    canvas.addEventListener("pointercancel", release);
    canvas.addEventListener("pointerleave", () => {
      hover = null;
      if (dragging === null) showRing(null);
      canvas.classList.remove("nn-demo__canvas--press");
    });

    return {
      live() { live = true; },
      // The handles and targets of the state just drawn. During a drag the frame holds the ring;
      // after one the page rings the handle (if any) the mouse is over now.
      sync(handleList, targetList) {
        handles = handleList;
        targets = targetList;
        if (dragging !== null) {
          if (!ring.hidden) showRing(null);
        } else if (hover !== null) {
          showRing(handleAt(hover));
        }
      },
    };
  };
})(self.NNParts = self.NNParts || {});
