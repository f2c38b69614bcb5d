// The demos' own fields: range sliders, text fields (vectors, formulas) and number fields (sizes).
// A field sends its value when the reader changes it (a slider as it moves, a text or number
// field on change, a text field also on Enter) and shows the values and errors Python sends
// back (field.js: never under the reader's fingers). Touches only its own field, its value
// label and its error line.
(function (parts) {
  "use strict";

  // Wires `input` (a [data-control] element) to `onValue(text)`; returns what a demo may do to it.
  parts.mountControl = function mountControl(input, onValue) {
    const figure = input.closest(".nn-demo");
    const name = input.dataset.control;
    const errorLine = figure.querySelector(`[data-error-for="${name}"]`);
    const valueLabel = figure.querySelector(`[data-value-for="${name}"]`);

    // A slider's value is also spoken (aria-valuetext) and printed beside it, with its unit.
    const describe = (value) => {
      if (input.type !== "range") return;
      const text = value + (input.dataset.unit || "");
      input.setAttribute("aria-valuetext", text);
      if (valueLabel) valueLabel.textContent = text;
    };
    const show = parts.guardField(input, describe);

    let sent = null;
    const send = () => {
      sent = input.value;
      onValue(input.value);
    };
    if (input.type === "range") {
      input.addEventListener("input", send);
    } else {
      // Enter on a changed field fires keydown, then change: send the value once.
      input.addEventListener("change", () => { if (input.value !== sent) send(); });
      // A text field also sends on Enter unchanged, to try the same value again.
      if (input.type === "text") input.addEventListener("keydown", (event) => { if (event.key === "Enter") send(); });
    }

    return {
      show, // a value from Python
      put(value) { // a value another script enters as the reader would (NNDemos.set)
        input.value = value;
        describe(value);
      },
      setError: (message) => parts.showError(errorLine, input, message),
    };
  };
})(self.NNParts = self.NNParts || {});
