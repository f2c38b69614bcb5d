// A demo's animation, while Python asks for it (View.extra.animate = {interval_ms}, demos/base.py):
// the figure sends the input ("tick", value) one after another, the next only once the answer to
// the last has arrived, so never more than one is in flight. Normally once per animation frame,
// the value being the milliseconds since the previous tick as decimal text ("0" for the first);
// when the reader prefers reduced motion, every interval_ms with the value "step" (Python then
// jumps one discrete step). An answer without "animate" stops it. Knows no demo; sends through
// the demo's own queue (demo.js) and touches nothing in the page.
(function (parts) {
  "use strict";

  const REDUCED = "(prefers-reduced-motion: reduce)";
  parts.TICK = "tick"; // demos.base.TICK
  parts.STEP = "step"; // demos.base.STEP

  parts.mountAnimation = function mountAnimation(send) {
    let frame = 0;
    let timer = 0;
    let waiting = false; // a tick is queued or in flight and its answer has not come
    let last = null; // the time of the previous tick (animation frames only)

    function tick(value) {
      frame = 0;
      timer = 0;
      waiting = true;
      send(parts.TICK, value);
    }

    function schedule(intervalMs) {
      if (frame || timer || waiting) return;
      if (matchMedia(REDUCED).matches) {
        last = null;
        timer = setTimeout(() => tick(parts.STEP), intervalMs);
        return;
      }
      frame = requestAnimationFrame((now) => {
        const ms = last === null ? 0 : Math.max(0, now - last);
        last = now;
        tick(String(Math.round(ms * 100) / 100));
      });
    }

    function stop() {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      frame = 0;
      timer = 0;
      waiting = false;
      last = null;
    }

    return {
      // After each answer Python drew: `spec` is its extra.animate (undefined: stop), `ofTick`
      // whether it answered a tick.
      answered(spec, ofTick) {
        if (ofTick) waiting = false;
        if (spec) schedule(Number(spec.interval_ms) || 0);
        else stop();
      },
      stop,
    };
  };
})(self.NNParts = self.NNParts || {});
