// When the page starts its Python (issue 13). Starting Pyodide costs a phone about 13 MB of
// download and 600 ms of blocking time, so a page starts it only when a reader is likely to use
// it: a demo or a Python-checked exercise is on screen or near it (which covers arriving through
// a link to its section), or the page has loaded and gone idle (so the demos further down are
// live when the reader gets there), or the reader acts on a demo or an exercise, or a page script
// calls NNDemos.call. When the reader saves data (Save-Data, or a 2G connection) only the last
// two start it. `decide` is the whole policy, a pure function; `arrive` (run from <head>, after
// client.js) and `watch` (run by mount.js) only wire the triggers to client.js's `start`, which
// is idempotent: one Python per page, however many triggers fire. Never changes the page.
(function (parts) {
  "use strict";

  // The thresholds, to tune by measurement (bench/).
  const NEAR_MARGIN = "100% 0px"; // "near the screen": within one screen height above or below it
  const IDLE_TIMEOUT_MS = 3000; // after the load event, wait for an idle moment at most this long
  const SLOW_TYPES = ["slow-2g", "2g"]; // navigator.connection.effectiveType values that save data

  const BLOCKS = ".nn-demo, [data-needs-python]";
  // What counts as acting: changing a field, pressing a button, sending an exercise's form.
  // Pointing at a cell or tabbing through a figure does not download 13 MB.
  const ACTIONS = { input: "input, textarea, select", change: "input, textarea, select", click: "button", submit: "form" };

  // Does `trigger` ("near", "idle", "action" or "call") start Python, on this `connection`
  // (navigator.connection, or undefined where the browser has none)?
  function decide(connection, trigger) {
    if (trigger === "action" || trigger === "call") return true;
    const savesData = Boolean(connection)
      && (connection.saveData === true || SLOW_TYPES.includes(connection.effectiveType));
    return !savesData;
  }

  // Whether Python starts without the reader asking (else each demo offers a start button).
  function automatic() {
    return decide(navigator.connection, "near");
  }

  const start = (trigger) => {
    if (decide(navigator.connection, trigger)) parts.client.start(trigger);
  };

  // Whether one of `blocks` lies within a screen of `target`, once the reader is there (the
  // target at the top of the screen).
  function nearTarget(target, blocks) {
    const top = target.getBoundingClientRect().top;
    return blocks.some((block) => {
      const box = block.getBoundingClientRect();
      return box.bottom > top - innerHeight && box.top < top + 2 * innerHeight;
    });
  }

  // A reader who follows a link to a section lands there, but the browser scrolls to it only once
  // the page has loaded. So, from <head>, look in every frame while the page is parsed: once the
  // link's target and a demo or exercise near it are in the page, start. (Measuring in a frame
  // callback costs no extra layout: the frame lays the page out next anyway.)
  function arrive() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || !decide(navigator.connection, "near")) return;
    const figures = document.getElementsByClassName("nn-demo"); // live: they grow as the page is parsed
    const exercises = document.getElementsByClassName("nn-exercise");
    const look = () => {
      const target = document.getElementById(id);
      const blocks = [...figures, ...[...exercises].filter((el) => el.hasAttribute("data-needs-python"))];
      if (target && blocks.length && nearTarget(target, blocks)) start("near");
      else if (document.readyState === "loading") requestAnimationFrame(look);
    };
    look();
  }

  // Once the page is parsed: starts Python when one of `blocks` comes near the screen, once the
  // page is idle, or when the reader acts on one of them. Returns the function page code uses to
  // report the "action" and "call" triggers itself.
  function watch(blocks) {
    if ("IntersectionObserver" in self) {
      const observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        start("near");
      }, { rootMargin: NEAR_MARGIN });
      for (const block of blocks) observer.observe(block);
    }
    const whenIdle = () => {
      if ("requestIdleCallback" in self) requestIdleCallback(() => start("idle"), { timeout: IDLE_TIMEOUT_MS });
      else setTimeout(() => start("idle"), 1);
    };
    if (document.readyState === "complete") whenIdle();
    else addEventListener("load", whenIdle, { once: true });
    for (const [type, selector] of Object.entries(ACTIONS)) {
      // Capture: this runs before the control's own handler, so Python is on its way before the
      // demo records the change (which it then sends once Python is live).
      document.addEventListener(type, (event) => {
        const target = event.target;
        if (target instanceof Element && target.closest(BLOCKS) && target.closest(selector)) start("action");
      }, true);
    }
    return start;
  }

  parts.policy = { decide, automatic, watch };
  arrive();
})(self.NNParts = self.NNParts || {});
