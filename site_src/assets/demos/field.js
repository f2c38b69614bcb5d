// What page code writes into a reader's field: its value, and whether it holds an error.
//
// Text the reader is typing is never rewritten under them. An answer from Python often carries a
// value for every field of a demo, and answers arrive while the reader types: writing them into
// the field would throw away what was just typed. So from the reader's first keystroke in a field
// until they send it ("change": Enter, or leaving it) a new value is held back, and dropped once
// it is sent: their text is the truth, and the answer to it brings Python's own spelling (a field
// left unsent, its text put back as it was, shows the held value). A field
// the reader is in but has not typed in (just reached by Tab, or after Enter) takes each new
// value at once, so dragging the picture moves it too. A slider is never held: each of its moves
// is sent at once, and demo.js already keeps an answer from overwriting a newer move.
// Touches only the field (and error line) it is given.
(function (parts) {
  "use strict";

  // Returns `show(value)`, which puts `value` in `field` unless the reader is typing in it.
  // `shown(value)` runs whenever the field does show `value` (to update what describes it).
  parts.guardField = function guardField(field, shown = () => {}) {
    let typing = false; // the reader has typed since entering the field or last sending it
    let held = null; // the newest value held back while they typed

    const write = (value) => {
      held = null;
      if (field.value !== value) field.value = value;
      shown(value);
    };
    if (field.type !== "range") {
      field.addEventListener("input", () => { typing = true; });
      field.addEventListener("change", () => { typing = false; held = null; });
      // Left without sending (the text was put back as it was): the held value is the newest.
      field.addEventListener("blur", () => {
        typing = false;
        if (held !== null) write(held);
      });
    }

    return function show(value) {
      if (typing && field === document.activeElement) held = value;
      else write(value);
    };
  };

  // Shows `message` in the error `line` beside `field` (an empty message hides it). aria-invalid
  // is "true" exactly while the message shows; an absent attribute reads as valid.
  parts.showError = function showError(line, field, message) {
    if (line) {
      line.textContent = message;
      line.hidden = !message;
    }
    if (!field) return;
    if (message) field.setAttribute("aria-invalid", "true");
    else field.removeAttribute("aria-invalid");
  };
})(self.NNParts = self.NNParts || {});
