// When the page starts its Python (issue 13). Starting Pyodide costs a phone about 13 MB of
// download and 600 ms of blocking time, so a page starts it only when a reader is likely to use
// it: a demo or a Python-checked exercise is on screen or near it (which covers arriving through
// a link to its section), or the page has loaded and gone idle (so the demos further down are
// live when the reader gets there), or the reader acts on a demo or an exercise, or a page script
// calls NNDemos.call. When the reader saves data (Save-Data, or a 2G connection) only the last
// two start it. `decide` is the whole policy, a pure function; `watch` only wires the triggers.
// Starting is idempotent (client.js): one Python per page, however many triggers fire.
// Must not touch the demos themselves: it never changes the page.
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

  // A reader who follows a link to a section lands with its target at the top of the screen, but
  // the browser scrolls there only once the page has loaded: near is then known from the layout
  // alone, a few hundred ms before the observer below could tell.
  function nearLinkTarget(blocks) {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id && document.getElementById(id);
    if (!target) return false;
    const top = target.getBoundingClientRect().top;
    return blocks.some((block) => {
      const box = block.getBoundingClientRect();
      return box.bottom > top - innerHeight && box.top < top + 2 * innerHeight;
    });
  }

  // Calls `start(trigger)` whenever a trigger fires that `decide` lets through; returns the
  // function page code uses to report the "action" and "call" triggers itself.
  function watch(blocks, start) {
    const fire = (trigger) => {
      if (decide(navigator.connection, trigger)) start(trigger);
    };
    if (nearLinkTarget(blocks)) fire("near");
    if ("IntersectionObserver" in self) {
      const observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        fire("near");
      }, { rootMargin: NEAR_MARGIN });
      for (const block of blocks) observer.observe(block);
    }
    const whenIdle = () => {
      if ("requestIdleCallback" in self) requestIdleCallback(() => fire("idle"), { timeout: IDLE_TIMEOUT_MS });
      else setTimeout(() => fire("idle"), 1);
    };
    if (document.readyState === "complete") whenIdle();
    else addEventListener("load", whenIdle, { once: true });
    for (const [type, selector] of Object.entries(ACTIONS)) {
      // Capture: this runs before the control's own handler, so Python is on its way before the
      // demo records the change (which it then sends once Python is live).
      document.addEventListener(type, (event) => {
        const target = event.target;
        if (target instanceof Element && target.closest(BLOCKS) && target.closest(selector)) fire("action");
      }, true);
    }
    return fire;
  }

  parts.policy = { decide, automatic, watch };
})(self.NNParts = self.NNParts || {});
