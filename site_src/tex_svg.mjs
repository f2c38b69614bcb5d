// Typesets TeX to SVG with MathJax at build time, for site_src/math_svg.py.
//
// Reads one JSON request per line on stdin and writes one JSON reply per line on stdout:
//   {"tex": "...", "display": true|false}  ->  {"html": "<mjx-container …>"} or {"error": "…"}
//   {"css": true}                          ->  {"css": "…"}  (the stylesheet the SVG output needs)
// The reply's HTML is MathJax's own output: the formula as SVG (hidden from screen readers) and
// beside it the same formula as MathML (read by screen readers), each glyph's path kept inside
// the formula's own <defs> so a formula needs nothing else on the page.
import MathJax from "mathjax";
import { createInterface } from "node:readline";

await MathJax.init({
  loader: { load: ["input/tex", "output/svg", "a11y/assistive-mml", "adaptors/liteDOM"] },
  // An unknown macro is an error (not red text in the page): the build names it.
  tex: { packages: { "[-]": ["noundefined"] }, formatError: (jax, error) => { throw error; } },
  svg: { fontCache: "local" },
  startup: { typeset: false },
});

const adaptor = MathJax.startup.adaptor;

// data-latex repeats the TeX on every node of the SVG and the MathML; only MathJax's explorer,
// which is not on the page, reads it.
const withoutLatex = (html) => html.replace(/ data-latex="[^"]*"/g, "");

async function answer(request) {
  if (request.css) return { css: adaptor.textContent(MathJax.svgStylesheet()) };
  try {
    const node = await MathJax.tex2svgPromise(request.tex, { display: Boolean(request.display) });
    return { html: withoutLatex(adaptor.outerHTML(node)) };
  } catch (error) {
    return { error: String(error && error.message ? error.message : error) };
  }
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  process.stdout.write(JSON.stringify(await answer(JSON.parse(line))) + "\n");
}
