// Material wraps each code block's copy button in an unnamed <nav>; a page with several code
// blocks then has several landmarks that screen readers cannot tell apart. Name each one after
// its block as Material adds it: the block's place on the page (Material adds a block's tools
// when the block is first seen, in whatever order the reader scrolls).
(() => {
  "use strict";
  function name(nav) {
    if (nav.hasAttribute("aria-label")) return;
    const place = [...document.querySelectorAll("pre")].indexOf(nav.closest("pre")) + 1;
    nav.setAttribute("aria-label", `Code block ${place} tools`);
  }
  document.querySelectorAll(".md-code__nav").forEach(name);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.matches(".md-code__nav")) name(node);
        node.querySelectorAll(".md-code__nav").forEach(name);
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
})();
