// MathJax 4 settings. Loaded before tex-svg.js. Everything MathJax loads later (fonts, menu,
// speech) resolves against this site's own copy, found relative to this script so that the
// same build works at any URL depth, under any host and from file://.
(() => {
  const vendor = new URL("../vendor/", document.currentScript.src).href;

  // Typesetting the whole lesson (~100 formulas) at once was one main-thread task of 0.5–2 s,
  // which held up the reader's first input and the demos' start (bench/, `make bench`). So the
  // formulas are typeset a few at a time, each batch sized to take about SLICE_MS, giving the
  // browser back between batches. Formulas on or near the screen come first; the rest wait until
  // the page's Python has drawn its demos (on a 2-core phone or laptop its start-up needs the
  // CPU), or until the reader scrolls near them, or at most PYTHON_WAIT_MS. startup.promise
  // resolves only once every formula is typeset.
  const SLICE_MS = 25;
  const PYTHON_WAIT_MS = 8000;
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => waiting.shift()();
  // A plain task: unlike setTimeout it is not clamped to 4 ms when nested, and unlike
  // scheduler.yield() it does not jump ahead of the demos' messages from their worker.
  const nextTask = () => new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

  // How far a formula lies outside the viewport, in pixels (0 when on screen).
  function offScreen(span) {
    const box = span.getBoundingClientRect();
    return box.bottom < 0 ? -box.bottom : Math.max(0, box.top - window.innerHeight);
  }

  function nearScreen(span) {
    const box = span.getBoundingClientRect();
    return box.bottom > -window.innerHeight && box.top < 2 * window.innerHeight;
  }

  // Resolves once the page's Python has drawn every demo (or failed to start), so formulas
  // off the screen never compete with it; at once on pages without Python.
  function pythonSettled() {
    const figures = [...document.querySelectorAll(".nn-demo")];
    if (!figures.length && !document.querySelector("[data-needs-python]")) return Promise.resolve();
    const settled = () => (figures.length
      ? figures.every((figure) => ["live", "failed"].includes(figure.dataset.demoState))
      : Boolean(window.NNDemos) && window.NNDemos.state() !== "loading");
    return new Promise((resolve) => {
      const check = () => { if (settled()) resolve(); };
      document.addEventListener("nn-demo:result", check, true); // sent on each figure, not bubbling
      document.addEventListener("nn-python:ready", check);
      document.addEventListener("nn-python:failed", resolve);
      setTimeout(resolve, PYTHON_WAIT_MS);
      check();
    });
  }

  async function typesetInSlices() {
    const all = [...document.querySelectorAll(".arithmatex")];
    const done = new Set();
    const urgent = all.filter(nearScreen);
    const later = all.filter((span) => !urgent.includes(span));
    let open = false;
    let wake = () => {};
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) if (entry.isIntersecting) urgent.push(entry.target);
      wake();
    }, { rootMargin: "100% 0px" });
    later.forEach((span) => observer.observe(span));
    pythonSettled().then(() => { open = true; wake(); });
    let size = 4; // formulas per batch, adjusted to what the last batch cost
    while (done.size < all.length) {
      const batch = [];
      // The reader may have jumped down the page: what is on screen now goes first.
      if (urgent.length > size) urgent.sort((a, b) => offScreen(a) - offScreen(b));
      while (batch.length < size) {
        const span = urgent.shift() || (open ? later.shift() : undefined);
        if (!span) break;
        if (!done.has(span)) batch.push(span);
        done.add(span);
      }
      if (batch.length) {
        batch.forEach((span) => observer.unobserve(span));
        const start = performance.now();
        await window.MathJax.typesetPromise(batch);
        const each = (performance.now() - start) / batch.length;
        size = Math.max(1, Math.min(20, Math.floor(SLICE_MS / Math.max(each, 0.5))));
        await nextTask();
      } else if (done.size < all.length) {
        await new Promise((resolve) => { wake = resolve; });
        await nextTask(); // not inside the task of whatever woke us (a demo's result, a scroll)
        size = 2; // after a pause MathJax's code runs cold: start small again
      }
    }
    observer.disconnect();
  }

  window.MathJax = {
    startup: {
      typeset: false, // typesetInSlices does it
      // defaultPageReady() resolves startup.promise, so it runs last: the promise still means
      // "every formula is typeset".
      pageReady: () => {
        const { startup } = window.MathJax;
        const menu = startup.document.menu;
        return Promise.resolve(menu && menu.loadingPromise).then(typesetInSlices).then(() => startup.defaultPageReady());
      },
    },
    loader: {
      paths: {
        mathjax: vendor + "mathjax",
        "mathjax-newcm": vendor + "mathjax-newcm-font",
      },
    },
    tex: {
      // pymdownx.arithmatex (generic mode) wraps every formula in these delimiters.
      inlineMath: [["\\(", "\\)"]],
      displayMath: [["\\[", "\\]"]],
      processEscapes: false,
      processEnvironments: false,
    },
    options: {
      // Only the formulas arithmatex marked; never stray dollar signs in code or prose.
      ignoreHtmlClass: ".*|",
      processHtmlClass: "arithmatex",
      // Screen readers get MathML beside each formula. The speech explorer is off: its
      // enrichment cost seconds of main-thread time on this page and its worker cannot start
      // from file://. Readers can still turn it on from MathJax's context menu.
      // inTabOrder off: otherwise each of the lesson's ~80 formulas is a Tab stop between the
      // reader and the demos; screen readers still read the MathML, and the menu can turn it on.
      menuOptions: {
        settings: { enrich: false, speech: false, braille: false, assistiveMml: true, inTabOrder: false },
      },
    },
    output: {
      fontPath: vendor + "mathjax-newcm-font",
    },
  };
})();
