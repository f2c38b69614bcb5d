// A demo's push buttons (<button data-control>, written by site_src/demo_html.py for demos.base.Button):
// each press (a click, a tap, Enter or Space) sends the value "press"; the text Python sends for the
// button (View.values) becomes its visible text, which is also its accessible name ("Train" and
// "Pause"). Touches only its own button and error line.
(function (parts) {
  "use strict";

  parts.PRESS = "press"; // demos.base.PRESS

  // Wires `button` to `onValue("press")`; returns what a demo may do to it (as mountControl does).
  parts.mountButton = function mountButton(button, onValue) {
    const figure = button.closest(".nn-demo");
    const errorLine = figure.querySelector(`[data-error-for="${button.dataset.control}"]`);
    button.addEventListener("click", () => onValue(parts.PRESS));

    return {
      show(text) { // a label from Python; focus stays on the button while its text changes
        if (text && button.textContent !== text) button.textContent = text;
      },
      put() {}, // NNDemos.set on a button is a press, which the demo sends
      setError: (message) => parts.showError(errorLine, null, message),
      presses: true, // every press counts: a second one is not the "newer value" of the first
    };
  };
})(self.NNParts = self.NNParts || {});
