// MathJax 4 settings. Loaded before tex-svg.js. Everything MathJax loads later (fonts, menu,
// speech) resolves against this site's own copy, found relative to this script so that the
// same build works at any URL depth, under any host and from file://.
(() => {
  const vendor = new URL("../vendor/", document.currentScript.src).href;
  window.MathJax = {
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
