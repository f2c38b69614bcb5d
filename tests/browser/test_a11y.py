"""Accessibility of the pages with their demos live: axe-core, the keyboard, screen readers, motion.

axe-core (npm, a dev dependency) is injected into the page by the test, so this module's
contexts bypass the page's Content Security Policy; tests/browser/test_csp.py checks the policy.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import readout
from tests.browser.live_page import LESSON, PAGES, open_live
from tests.conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# Findings on Material's own chrome that we cannot fix cleanly: rule id -> the nodes it may flag.
# None today (the code blocks' tool bars are named by assets/site/code-nav-names.js).
MATERIAL_EXCEPTIONS: dict[str, str] = {}

RUN_AXE = """async ([tags, exceptions]) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
  const excused = (rule, node) => exceptions[rule] && node.target.length === 1
    && document.querySelector(node.target[0])?.matches(exceptions[rule]);
  return result.violations
    .map((v) => ({rule: v.id, help: v.help, nodes: v.nodes.filter((n) => !excused(v.id, n))
      .map((n) => `${n.target.join(" ")}: ${n.failureSummary}`)}))
    .filter((v) => v.nodes.length);
}"""

ANNOUNCEMENTS_PER_DRAG = (1, 2)  # the result once dragging pauses; a second if a frame lands late
KEY_STEPS = 20
SETTLE_MS = 2_500  # longer than demo.js's ANNOUNCE_DELAY_MS (800) plus a Python round trip

# Records every change of text inside an aria-live region: [region key, text, time].
LIVE_LOG = """
window.__liveLog = [];
new MutationObserver((records) => {
  for (const record of records) {
    const node = record.target.nodeType === Node.TEXT_NODE ? record.target.parentElement : record.target;
    const region = node instanceof Element ? node.closest("[aria-live]") : null;
    if (!region) continue;
    const figure = region.closest("[id]");
    const kind = "demoAnnounce" in region.dataset ? "announce" : region.className;
    const key = `${figure ? figure.id : ""} ${region.dataset.readout || kind}`;
    const text = region.textContent;
    const last = window.__liveLog.filter((e) => e[0] === key).pop();
    if (!last || last[1] !== text) window.__liveLog.push([key, text, performance.now()]);
  }
}).observe(document, {subtree: true, childList: true, characterData: true});
"""


@pytest.fixture
def browser_context_args(browser_context_args: dict) -> dict:
    """Contexts that let the test inject axe-core (an inline script) despite the page's CSP."""
    return {**browser_context_args, "bypass_csp": True, "viewport": {"width": 1280, "height": 900}}


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation(
    page: Page, page_log: PageLog, site_url: str, scheme: str, width: int
) -> None:
    """Assert axe-core (WCAG 2.1 A/AA and best practice) finds nothing on any page, demos live, on a
    phone's width and a desktop's (on a phone, formulas and tables scroll sideways)."""
    page.set_viewport_size({"width": width, "height": 800})
    page.emulate_media(color_scheme=scheme)
    found = {}
    for path in [*PAGES, "404.html"]:
        open_live(page, site_url + path)
        expect(page.locator("body")).to_have_attribute(
            "data-md-color-scheme", "default" if scheme == "light" else "slate"
        )
        page.add_script_tag(path=AXE)
        found[path] = page.evaluate(RUN_AXE, [AXE_TAGS, MATERIAL_EXCEPTIONS])
    assert found == {path: [] for path in found}


# ---- keyboard ------------------------------------------------------------------------------

# Every box of the article that scrolls sideways now: is it a tab stop, with a name?
SIDEWAYS = """() => [...document.querySelectorAll('article *')]
  .filter((el) => el.scrollWidth > el.clientWidth + 1
    && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
  .map((el) => ({
    what: el.tagName.toLowerCase() + '.' + el.className,
    stop: el.tabIndex >= 0,
    name: el.getAttribute('aria-label') || '',
    code: el.matches('pre > code'),
  }))"""


@pytest.mark.parametrize("path", [LESSON, "authoring.html"])
def test_boxes_that_scroll_sideways_take_focus_and_scroll_by_keyboard(
    page: Page, page_log: PageLog, site_url: str, path: str
) -> None:
    """Assert on a 360 px screen every box that scrolls sideways (formulas, tables, code) is a tab stop,
    each formula and table with a name (a code block's role, code, ARIA does not let be named); a
    formula, a table and a code block show a solid focus ring and scroll with the arrow keys."""
    page.set_viewport_size({"width": 360, "height": 800})
    open_live(page, site_url + path)
    # Lay out the whole article (content-visibility skips what is off screen) before measuring.
    page.evaluate(
        "() => document.querySelectorAll('article > *')"
        ".forEach((el) => { el.style.contentVisibility = 'visible'; })"
    )
    boxes = page.evaluate(SIDEWAYS)
    assert boxes, "nothing scrolls sideways at 360 px: this test would prove nothing"
    assert [b for b in boxes if not (b["stop"] and (b["name"] or b["code"]))] == []
    for selector in (
        "article div.arithmatex[tabindex]",
        "article .nn-scroll",
        "article pre > code[tabindex]",
    ):
        candidates = page.locator(selector).filter(has=page.locator("svg, table, span"))
        scrolling = [
            candidates.nth(i)
            for i in range(candidates.count())
            if candidates.nth(i).evaluate("(el) => el.scrollWidth > el.clientWidth + 1")
        ]
        if not scrolling:
            continue
        box = scrolling[0]
        resting = box.evaluate("(el) => getComputedStyle(el).outlineStyle")
        box.focus()
        page.keyboard.press("Tab")
        page.keyboard.press("Shift+Tab")  # focus by keyboard, as a reader gives it (:focus-visible)
        expect(box).to_be_focused()
        assert resting == "none" and box.evaluate("(el) => getComputedStyle(el).outlineStyle") == "solid"
        page.keyboard.press("ArrowRight")
        page.wait_for_function("(el) => el.scrollLeft > 0", arg=box.element_handle())


def test_a_code_block_tabbed_to_before_it_is_seen_keeps_the_focus(
    page: Page, page_log: PageLog, site_url: str
) -> None:
    """Assert a reader who moves the focus to a long-lined code block further down keeps it there
    once Material mounts the block on sight (content.lazy: its copy button appears), though the
    block does not scroll at 1280 px; and that, mounted bottom-up, the blocks' tool bars are named
    by their place on the page, not the order they were seen."""
    page.set_viewport_size({"width": 1280, "height": 800})
    open_live(page, site_url + LESSON)
    blocks = page.locator("article pre")
    code = page.locator("article pre > code[data-nn-reachable]").last
    expect(code.locator("xpath=..").locator(".md-code__nav")).to_have_count(0)  # not yet seen
    code.focus()  # as Tab does: the block is scrolled into view, then seen
    expect(code.locator("xpath=..").locator(".md-code__nav")).to_have_count(1)
    page.wait_for_timeout(200)  # a few frames: the mount has run its course
    expect(code).to_be_focused()
    assert code.evaluate("(el) => el.scrollWidth <= el.clientWidth")  # Material alone would drop it
    for index in reversed(range(blocks.count())):
        blocks.nth(index).scroll_into_view_if_needed()
        expect(blocks.nth(index).locator(".md-code__nav")).to_have_count(1)
    names = page.locator("article .md-code__nav").evaluate_all("(navs) => navs.map((nav) => nav.ariaLabel)")
    assert names == [f"Code block {n} tools" for n in range(1, blocks.count() + 1)]


# The focused element: which block of ours it belongs to, its place in that block's tab order,
# and its focus styles. Blocks are the demo figures and the exercises.
FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const block = el.closest(".nn-demo, .nn-exercise");
  const style = getComputedStyle(el);
  return {
    block: block ? block.id : null,
    place: block ? window.__tabbables(block).indexOf(el) : -1,
    footer: Boolean(el.closest(".md-footer")),
    ring: [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join(" | "),
  };
}"""

TABBABLES = """() => {
  window.__tabbables = (block) => [
    ...block.querySelectorAll("input, button, select, textarea, a[href], [tabindex]"),
  ].filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0);
  const ring = (el) => {
    const style = getComputedStyle(el);
    return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join(" | ");
  };
  return [...document.querySelectorAll(".nn-demo, .nn-exercise")].map(
    (block) => [block.id, window.__tabbables(block).map(ring)]
  );
}"""


def has_ring(ring: str, resting: str) -> bool:
    """True when focus changed the outline or shadow and left a visible outline or a shadow."""
    style, width, _colour, shadow = ring.split(" | ")
    visible = (style not in ("none", "hidden") and float(width.removesuffix("px")) >= 1) or shadow != "none"
    return visible and ring != resting


def test_keyboard_reaches_every_control_in_order_with_a_ring(
    page: Page, page_log: PageLog, site_url: str
) -> None:
    """Assert Tab from the top visits each demo's and exercise's controls in DOM order, each with a
    visible focus ring, leaves every block and reaches the footer (no trap)."""
    open_live(page, site_url + LESSON)
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    blocks = dict(page.evaluate(TABBABLES))  # block id -> resting ring of each control, in DOM order
    assert len(blocks) >= 8 and all(blocks.values()), blocks  # 3 demos and 5 exercises, none empty
    visits: list[dict] = []
    for _ in range(600):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused and focused["footer"]:
            break
        if focused and focused["block"]:
            visits.append(focused)
    else:
        pytest.fail("Tab never reached the footer: a keyboard trap, or the page has too many stops")
    order = [(v["block"], v["place"]) for v in visits]
    expected = [(block, place) for block, rings in blocks.items() for place in range(len(rings))]
    assert order == expected  # every control once, in DOM order, each block left before the next
    no_ring = [
        (v["block"], v["place"], v["ring"])
        for v in visits
        if not has_ring(v["ring"], blocks[v["block"]][v["place"]])
    ]
    assert no_ring == []


def test_no_readout_takes_focus(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert readouts, status lines and pictures are never Tab stops (only controls are)."""
    page.goto(site_url + LESSON)
    stops = page.locator(
        ".nn-demo :is(dl, dt, dd, .nn-demo__status, svg, canvas, [data-demo-announce])[tabindex]"
    )
    expect(stops).to_have_count(0)


# ---- screen readers ------------------------------------------------------------------------


def live_log(page: Page, figure: Locator) -> list[tuple[str, str]]:
    """The live-region text changes recorded so far inside ``figure``: (region, text)."""
    ident = figure.get_attribute("id")
    return [
        (key.split(" ", 1)[1], text)
        for key, text, _t in page.evaluate("window.__liveLog")
        if key.split(" ", 1)[0] == ident
    ]


def drag_by_keys(page: Page, figure: Locator, slider: str) -> str:
    """Press ArrowRight KEY_STEPS times on ``slider`` as fast as a held key; return its new value."""
    control = figure.get_by_label(slider, exact=True)
    control.focus()
    start = control.input_value()
    for _ in range(KEY_STEPS):
        page.keyboard.press("ArrowRight")
    expect(control).not_to_have_value(start)
    page.wait_for_timeout(SETTLE_MS)
    return control.input_value()


def test_live_regions_speak_once_per_drag(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert 20 quick slider steps give one or two polite announcements, not twenty, and the
    canvas's text alternative follows the new state."""
    page.add_init_script(LIVE_LOG)
    open_live(page, site_url + LESSON)
    cases = [
        ("dot_product", "Angle of b", "theta", "the angle between them is {}"),
        ("derivative", "x", None, "tangent at x = {}"),
    ]
    for name, slider, shown_by, phrase in cases:
        figure = page.locator(f'.nn-demo[data-demo="{name}"]')
        announce = figure.locator("[data-demo-announce]")
        expect(announce).to_have_attribute("aria-live", "polite")
        canvas = figure.locator("canvas")
        before = canvas.get_attribute("aria-label")
        page.evaluate("window.__liveLog.length = 0")
        value = drag_by_keys(page, figure, slider)
        spoken = live_log(page, figure)
        assert ANNOUNCEMENTS_PER_DRAG[0] <= len(spoken) <= ANNOUNCEMENTS_PER_DRAG[1], spoken
        assert {region for region, _ in spoken} == {"announce"}, spoken
        label = canvas.get_attribute("aria-label")
        assert label != before
        shown = readout(figure, shown_by).inner_text() if shown_by else value
        assert phrase.format(shown) in label, (label, shown)
        assert spoken[-1][1].strip(), spoken  # the last announcement says something
    # The matrix demo speaks through its own live readout: one cell picked, one new expansion.
    product = page.locator('.nn-demo[data-demo="matrix_product"]')
    expect(readout(product, "expansion")).to_have_attribute("aria-live", "polite")
    page.evaluate("window.__liveLog.length = 0")
    product.get_by_label(re.compile(r"^C row 2, column 2")).click()
    expect(readout(product, "expansion")).to_contain_text("C₂₂")
    page.wait_for_timeout(SETTLE_MS)
    assert [region for region, _ in live_log(page, product)] == ["expansion"]
    assert "column 2 of B" in product.locator("canvas").get_attribute("aria-label")


# ---- motion --------------------------------------------------------------------------------

MOTION = """(selector) => {
  const moving = [];
  for (const el of document.querySelectorAll(selector)) {
    const style = getComputedStyle(el);
    const durations = (style.transitionDuration + "," + style.animationDuration).split(",").map(parseFloat);
    const transitions = style.transitionProperty !== "none" && durations.some((d) => d > 0);
    if (transitions || style.animationName !== "none") {
      const what = `${el.tagName.toLowerCase()}.${el.className}`;
      moving.push(`${what} ${style.transitionProperty} ${style.transitionDuration}`);
    }
  }
  return moving;
}"""
OUR_BLOCKS = ":is(.nn-demo, .nn-exercise, .nn-exercises-progress)"
OURS = f"{OUR_BLOCKS}, {OUR_BLOCKS} *"


def test_reduced_motion_stops_our_transitions(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert under prefers-reduced-motion none of our elements transitions or animates and
    scrolling is instant; without it, some do (so the check is not vacuous)."""
    page.goto(site_url + LESSON)
    expect(page.locator(".nn-exercise").first).to_be_visible()
    assert page.evaluate(MOTION, OURS) != []  # e.g. the exercises' Material buttons fade colour
    page.emulate_media(reduced_motion="reduce")
    assert page.evaluate(MOTION, OURS) == []
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
    assert page.evaluate("getComputedStyle(document.body).scrollBehavior") == "auto"
