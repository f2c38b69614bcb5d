// Exercises that check the reader's answers. Finds every `[data-exercise]` block (static HTML
// written at build time by site_src/exercise_html.py) and wires its Check button to Python:
// `NNDemos.call("check_exercise", spec, answers)` runs demos/exercises.py in the page's one
// Pyodide (the page engine, client.js), which says whether the answer is right and which hint fits. This file
// only changes the page and keeps which exercises were solved in localStorage.
//
// A classic script loaded after the page engine (mount.js), so it also runs from file://.
(() => {
  "use strict";

  const blocks = [...document.querySelectorAll("[data-exercise]")];
  if (!blocks.length) return;

  const LOADING = "Checking… (Python is still loading)";
  const FAILED = "Python could not start in this browser, so answers cannot be checked here. "
    + "Compare yours with the solution below.";
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

  // ---- progress: the ids of solved exercises, kept per page -------------------------------
  // localStorage can be missing or throw (disabled storage, some browsers on file://): then
  // progress lasts until the page is left, and the summary says so.

  const progressKey = blocks[0].dataset.progressKey;
  let canSave = true;

  function loadSolved() {
    try {
      const list = JSON.parse(window.localStorage.getItem(progressKey) || "[]");
      return new Set(Array.isArray(list) ? list.filter((id) => typeof id === "string") : []);
    } catch {
      canSave = false;
      return new Set();
    }
  }

  function saveSolved() {
    try {
      if (solved.size) window.localStorage.setItem(progressKey, JSON.stringify([...solved]));
      else window.localStorage.removeItem(progressKey);
    } catch {
      canSave = false;
    }
  }

  const solved = loadSolved();

  function progressPanel() {
    const panel = document.createElement("div");
    panel.className = "nn-exercises-progress";
    const summary = document.createElement("p");
    summary.className = "nn-exercises-progress__summary";
    summary.setAttribute("role", "status");
    summary.dataset.progressSummary = "";
    const reset = document.createElement("button");
    reset.type = "button";
    reset.className = "md-button nn-exercises-progress__reset";
    reset.textContent = "Reset progress";
    reset.addEventListener("click", () => {
      solved.clear();
      saveSolved();
      render();
    });
    panel.append(summary, reset);
    // Above the list that holds the exercises, so the count sits with its heading.
    const anchor = blocks[0].closest("ol, ul") || blocks[0];
    anchor.before(panel);
    return { summary, reset };
  }

  const panel = progressPanel();

  function render() {
    const ids = new Set(exercises.map((ex) => ex.id));
    const count = [...solved].filter((id) => ids.has(id)).length;
    let text = `${count} of ${exercises.length} solved`;
    if (!canSave) text += " (this browser does not let the page keep it)";
    panel.summary.textContent = text;
    panel.reset.hidden = count === 0;
    for (const ex of exercises) {
      ex.badge.hidden = !solved.has(ex.id);
      ex.block.classList.toggle("is-solved", solved.has(ex.id));
    }
  }

  // ---- checking ---------------------------------------------------------------------------

  let ready = null; // one promise for the whole page: Python is up, or it failed

  function pythonReady() {
    if (!ready) {
      ready = new Promise((resolve, reject) => {
        document.addEventListener("nn-python:ready", () => resolve(), { once: true });
        document.addEventListener("nn-python:failed", () => reject(new Error("failed")), { once: true });
      });
    }
    return ready;
  }

  function say(ex, text, verdict) {
    ex.feedback.textContent = text;
    ex.feedback.dataset.verdict = verdict || "";
  }

  function answersOf(ex) {
    const answers = {};
    for (const input of ex.inputs) answers[input.dataset.answerField] = input.value;
    return answers;
  }

  // demos/exercises.py's Reply: decide by its status ("right" | "wrong" | "unread" | "failed")
  // and each field's ("right" | "wrong" | "unread"), never by the words shown to the reader.
  const VERDICT = { right: "correct", wrong: "wrong", unread: "unread", failed: "failed" };

  function show(ex, result) {
    say(ex, result.message, VERDICT[result.status] || "failed");
    // The feedback line names each field and says what is wrong with it; the fields only
    // show it by their border (and unreadable ones by aria-invalid).
    for (const input of ex.inputs) {
      const status = ((result.fields || {})[input.dataset.answerField] || {}).status;
      input.toggleAttribute("aria-invalid", status === "unread");
      input.classList.toggle("is-right", status === "right");
      input.classList.toggle("is-wrong", status === "wrong");
    }
    if (result.status === "right") {
      solved.add(ex.id);
      saveSolved();
      render();
    }
  }

  async function check(ex) {
    const token = (ex.seq += 1);
    const api = self.NNDemos;
    if (!api || api.state() === "failed") {
      say(ex, FAILED, "failed");
      return;
    }
    say(ex, api.state() === "loading" ? LOADING : "", "");
    try {
      if (api.state() === "loading") await pythonReady();
      const result = await api.call("check_exercise", ex.spec, answersOf(ex));
      if (token === ex.seq) show(ex, result);
    } catch (error) {
      if (token !== ex.seq) return;
      if (api.state() === "failed") say(ex, FAILED, "failed");
      else say(ex, `Sorry, the answer could not be checked (${error.message}).`, "failed");
    }
  }

  // ---- "Try it in the demo": the exercise's values go into the demo above -----------------

  function demoFigure(ex) {
    return ex.demo && document.querySelector(`.nn-demo[data-demo="${ex.demo.name}"]`);
  }

  function tryInDemo(ex) {
    const figure = demoFigure(ex);
    if (!figure || !self.NNDemos) return;
    for (const [control, value] of ex.demo.values) self.NNDemos.set(figure.id, control, value);
    figure.scrollIntoView({ behavior: reducedMotion.matches ? "auto" : "smooth", block: "start" });
    const first = figure.querySelector(`[data-control="${ex.demo.values[0][0]}"]`);
    if (!first) figure.tabIndex = -1;
    (first || figure).focus({ preventScroll: true });
  }

  // ---- mount ------------------------------------------------------------------------------

  const exercises = blocks.map((block) => {
    const ex = {
      id: block.dataset.exercise,
      block,
      spec: JSON.parse(block.dataset.exerciseSpec),
      demo: block.dataset.exerciseDemoValues ? JSON.parse(block.dataset.exerciseDemoValues) : null,
      inputs: [...block.querySelectorAll("[data-answer-field]")],
      feedback: block.querySelector("[data-exercise-feedback]"),
      badge: block.querySelector("[data-exercise-badge]"),
      seq: 0,
    };
    block.querySelector("[data-exercise-form]").addEventListener("submit", (event) => {
      event.preventDefault();
      check(ex);
    });
    const button = block.querySelector("[data-exercise-demo]");
    if (button && demoFigure(ex) && self.NNDemos && self.NNDemos.state() !== "failed") {
      button.hidden = false;
      button.addEventListener("click", () => tryInDemo(ex));
      // Without Python the demo keeps its static picture and cannot take the values.
      document.addEventListener("nn-python:failed", () => { button.hidden = true; }, { once: true });
    }
    block.dataset.exerciseState = "ready";
    return ex;
  });

  render();
})();
