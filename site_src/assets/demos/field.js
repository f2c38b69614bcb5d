// What page code writes into a reader's field: its value, and whether it holds an error.
//
// A field the reader is in is never rewritten under them, whatever its kind (text, number, a
// matrix cell, a slider). An answer from Python often carries a value for every field of a demo,
// and answers arrive while the reader types or drags: writing them into the focused field would
// throw away what the reader just typed. So while a field has focus a new value is held back; when
// the reader leaves, it is written only if they did not change the field since they entered it.
// If they did, their text is the truth: leaving the field sends it ("change"), and the answer to
// it brings Python's own spelling of it.
// Touches only the field (and error line) it is given.
(function (parts) {
  "use strict";

  // Returns `show(value)`, which puts `value` in `field` now or, if the reader is in it, later.
  // `shown(value)` runs whenever the field does show `value` (to update what describes it).
  parts.guardField = function guardField(field, shown = () => {}) {
    let held = null;
    let edited = false;

    const write = (value) => {
      if (field.value !== value) field.value = value;
      shown(value);
    };
    field.addEventListener("focus", () => {
      edited = false;
    });
    field.addEventListener("input", () => {
      edited = true;
      held = null;
    });
    field.addEventListener("blur", () => {
      if (held !== null && !edited) write(held);
      held = null;
    });

    return function show(value) {
      if (field === document.activeElement && field.value !== value) {
        held = value;
      } else {
        held = null; // the field already says this: nothing older may be written on leaving
        write(value);
      }
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
