"""Taking hold of the dot-product figure with the mouse: b's tip shows a ring and the grab cursor,
and dragging it turns b exactly as the "Angle of b" slider would.

The expected angle is worked out here from where the pointer is: the figure is 420 x 360 units,
its plot area the figure less a 24-unit margin each side, a 40-unit band above and a 28-unit band
below, with the common origin at the plot's centre and (for the lesson's 3-D pair) a drawn along
+x. The numbers follow from a · b = |a||b| cos θ (check_turn).
"""

from __future__ import annotations

import math

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import accent_on_circle, canvas_pixels, open_demo, readout
from tests.browser.test_dot_product import LESSON, check_turn

WIDTH, HEIGHT = 420.0, 360.0
ORIGIN = (WIDTH / 2, 40 + (HEIGHT - 40 - 28) / 2)
# The view reaches 1.2 times the longer vector across the plot's shorter side (its height).
TIP_RADIUS = (HEIGHT - 40 - 28) / 2 / 1.2
START_TURN = 12.933  # the angle between [1, 2, 3] and [4, 5, 6], in degrees
RING = 22 * 0.7  # the ring's outer radius, figure units (inside the 22-unit area a press catches)


def at_turn(turn: float, radius: float = TIP_RADIUS) -> tuple[float, float]:
    """The figure point ``radius`` units from the origin in the direction ``turn`` degrees from a."""
    t = math.radians(turn)
    return ORIGIN[0] + radius * math.cos(t), ORIGIN[1] - radius * math.sin(t)


def turn_of(x: float, y: float) -> int:
    """The slider value a pointer at figure point (x, y) means: its angle from a, to the degree."""
    return round(math.degrees(math.atan2(ORIGIN[1] - y, x - ORIGIN[0])) % 360)


def to_page(figure: Locator, point: tuple[float, float]) -> tuple[float, float]:
    """Page (CSS pixel) coordinates of a figure point on the canvas as it is laid out now."""
    box = figure.locator(".nn-demo__canvas").bounding_box()
    assert box is not None
    return box["x"] + point[0] * box["width"] / WIDTH, box["y"] + point[1] * box["height"] / HEIGHT


def ring_share(figure: Locator, point: tuple[float, float]) -> float:
    """How much of a 2.5-unit accent ring around figure ``point`` the reader sees (0 … 1)."""
    box = figure.locator(".nn-demo__canvas").bounding_box()
    assert box is not None
    return accent_on_circle(figure, to_page(figure, point), (RING - 1.25) * box["width"] / WIDTH)


def assert_ring_on(figure: Locator, point: tuple[float, float]) -> None:
    """Assert the reader sees an accent ring centred on figure ``point``: most of the circle is in
    the accent colour, and a circle 8 units off in any direction is not."""
    assert ring_share(figure, point) >= 0.9
    for dx, dy in ((8, 0), (-8, 0), (0, 8), (0, -8)):
        assert ring_share(figure, (point[0] + dx, point[1] + dy)) < 0.5


def test_mouse_drag_turns_b(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert hovering b's tip shows the ring and grab cursor, and each drag position sets the slider,
    θ, cos θ, a · b, Vector b and the picture to the pointer's angle; a press elsewhere changes nothing."""
    figure = open_demo(page, site_url + LESSON, "dot_product")
    canvas = figure.locator(".nn-demo__canvas")
    ring = figure.locator(".nn-demo__handle-ring")
    canvas.scroll_into_view_if_needed()
    expect(ring).to_be_hidden()
    page.mouse.move(*to_page(figure, at_turn(START_TURN)))
    expect(ring).to_be_visible()
    assert canvas.evaluate("(el) => getComputedStyle(el).cursor") == "grab"
    assert_ring_on(figure, at_turn(START_TURN))

    picture = canvas_pixels(figure)
    page.mouse.down()
    turn = 13.0
    for target in (47.3, 95.2, 151.6, 208.4, 276.8, 331.1):
        # Somewhere along the way, at a radius other than b's: only the direction counts.
        point = at_turn(target, radius=TIP_RADIUS * 0.6)
        page.mouse.move(*to_page(figure, point), steps=6)
        turn = turn_of(*point)
        picture = check_turn(figure, turn, picture)
        # The ring has followed b's tip, which stays at b's length whatever the pointer's radius:
        # the frame draws it while b is held, the page's own ring is gone.
        assert_ring_on(figure, at_turn(turn))
        expect(ring).to_be_hidden()
    assert canvas.evaluate("(el) => getComputedStyle(el).cursor") == "grabbing"
    page.mouse.up()
    # Let go off the tip (the pointer was nearer the origin): no grab cursor until it is back over it.
    expect(canvas).to_have_css("cursor", "auto")
    page.mouse.move(*to_page(figure, at_turn(turn)))
    expect(ring).to_be_visible()
    expect(canvas).to_have_css("cursor", "grab")
    assert_ring_on(figure, at_turn(turn))
    # And away from it: no ring anywhere around it.
    page.mouse.move(*to_page(figure, at_turn(turn + 40, radius=TIP_RADIUS * 0.5)))
    expect(ring).to_be_hidden()
    assert ring_share(figure, at_turn(turn)) < 0.25

    # The pointer is released: moving it on, or pressing far from b's tip, leaves b where it is.
    page.mouse.move(*to_page(figure, at_turn(120, radius=30)))
    page.mouse.down()
    page.mouse.move(*to_page(figure, at_turn(60, radius=30)), steps=4)
    page.mouse.up()
    page.wait_for_timeout(300)
    expect(figure.get_by_label("Angle of b", exact=True)).to_have_value(str(turn))
    # Screen readers hear the result once the drag has paused.
    theta = 360 - turn if turn > 180 else turn
    expect(figure.locator("[data-demo-announce]")).to_contain_text(f". {theta}°.")
    page_log.assert_clean()


def drag_tip(figure: Locator, page: Page, start: float, end: float) -> float:
    """Drag b's tip with the mouse from the angle ``start`` to ``end``; the angle it means."""
    page.mouse.move(*to_page(figure, at_turn(start)))
    page.mouse.down()
    point = at_turn(end, radius=TIP_RADIUS * 0.8)
    page.mouse.move(*to_page(figure, point), steps=6)
    page.mouse.up()
    return turn_of(*point)


def test_a_drag_follows_the_figure_when_the_page_moves(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert b still turns to the pointer's angle after the page scrolled under a held drag (a wheel
    turned mid-drag), and on the next drag after the figure moved down the page without a scroll
    (content above it grew): the page measures where the canvas is, not where it was."""
    figure = open_demo(page, site_url + LESSON, "dot_product")
    figure.locator(".nn-demo__canvas").scroll_into_view_if_needed()
    picture = canvas_pixels(figure)
    page.mouse.move(*to_page(figure, at_turn(START_TURN)))
    page.mouse.down()
    point = at_turn(60, radius=TIP_RADIUS * 0.8)
    page.mouse.move(*to_page(figure, point), steps=4)
    picture = check_turn(figure, turn_of(*point), picture)
    scrolled = page.evaluate("scrollY")
    page.mouse.wheel(0, 60)
    page.wait_for_function("(y) => scrollY > y", arg=scrolled)
    point = at_turn(150, radius=TIP_RADIUS * 0.8)
    page.mouse.move(*to_page(figure, point), steps=4)
    page.mouse.up()
    turn = turn_of(*point)
    picture = check_turn(figure, turn, picture)

    # Something above the figure grows by 90 px, and (no scroll anchoring) the page does not scroll.
    page.evaluate(
        """(id) => {
            document.documentElement.style.overflowAnchor = "none";
            const spacer = document.createElement("div");
            spacer.style.height = "90px";
            document.getElementById(id).before(spacer);
        }""",
        figure.get_attribute("id"),
    )
    turn = drag_tip(figure, page, turn, 250.4)
    check_turn(figure, turn, picture)
    page_log.assert_clean()


def test_the_field_the_reader_is_in_follows_a_drag(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert a drag of b's tip moves the "Angle of b" slider and the "Vector b" field while the reader
    is in one of them (the press leaves the focus where it was), but never rewrites text the reader is
    typing; leaving the field then sends that text."""
    figure = open_demo(page, site_url + LESSON, "dot_product")
    figure.locator(".nn-demo__canvas").scroll_into_view_if_needed()
    slider = figure.get_by_label("Angle of b", exact=True)
    field_b = figure.get_by_label("Vector b", exact=True)
    slider.focus()
    page.keyboard.press("ArrowRight")  # the reader has moved the slider by keyboard: 14°
    expect(readout(figure, "theta")).to_have_text("14°")
    picture = canvas_pixels(figure)
    turn = drag_tip(figure, page, 14, 100.4)
    picture = check_turn(figure, turn, picture)
    expect(slider).to_be_focused()

    field_b.focus()
    turn = drag_tip(figure, page, turn, 200.3)
    picture = check_turn(figure, turn, picture)
    expect(field_b).to_be_focused()

    field_b.fill("0, 0, 9")  # typing, not yet sent
    drag_tip(figure, page, turn, 300.2)
    expect(slider).to_have_value("300")
    expect(field_b).to_have_value("0, 0, 9")
    page.keyboard.press("Tab")
    expect(readout(figure, "dot")).to_have_text("27")  # a · b = 3·9
    page_log.assert_clean()


# The derivative figure: 420 x 340, its plot from 36 units in from the left to 16 in from the right.
D_WIDTH, D_HEIGHT, D_LEFT, D_RIGHT = 420.0, 340.0, 36.0, 420.0 - 16.0


# Where the points are drawn depends on the curve's y range: the test asks the page, by having the
# x slider send its value again and reading the handles from the answer.
HANDLES = """(fig) => new Promise((done) => {
  fig.addEventListener("nn-demo:result", (e) => done(e.detail.extra.handles), { once: true });
  fig.querySelector("[data-control=x]").dispatchEvent(new Event("input"));
})"""


def current_handles(figure: Locator) -> list[dict[str, float]]:
    handles: list[dict[str, float]] = figure.evaluate(HANDLES)
    return handles


def test_mouse_drag_derivative_tangent_point_and_secant_point(
    page: Page, page_log: PageLog, site_url: str
) -> None:
    """Assert dragging the point of tangency of f = x² sets x (to the slider's 0.01 step) and the
    slope readout to 2x; dragging the secant's point sets h and the secant slope to 2x + h."""
    figure = open_demo(page, site_url + LESSON, "derivative")
    canvas = figure.locator(".nn-demo__canvas")
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    assert box is not None
    scale = box["width"] / D_WIDTH

    def page_x(x: float) -> float:
        return box["x"] + (D_LEFT + (x + 3) / 6 * (D_RIGHT - D_LEFT)) * scale

    handles = current_handles(figure)
    spots = {h["name"]: (box["x"] + h["x"] * scale, box["y"] + h["y"] * scale) for h in handles}
    assert abs(spots["x"][0] - page_x(1.0)) < 1 and abs(spots["h"][0] - page_x(2.0)) < 1

    page.mouse.move(*spots["x"])
    expect(figure.locator(".nn-demo__handle-ring")).to_be_visible()
    page.mouse.down()
    page.mouse.move(page_x(-0.5), spots["x"][1] - 40, steps=8)
    page.mouse.move(page_x(-1.4321), spots["x"][1] + 30, steps=8)
    page.mouse.up()
    expect(figure.get_by_label("x", exact=True)).to_have_value("-1.43")
    expect(readout(figure, "slope")).to_have_text(f"{2 * -1.43:.2f}".replace("-", "\u2212"))
    assert float(readout(figure, "fx").inner_text()) == pytest.approx(1.43**2, abs=5e-4)

    # The secant's point is now at x + h = -0.43; drag it to x + h = 0.07, so h = 0.5.
    handles = current_handles(figure)
    end = next(h for h in handles if h["name"] == "h")
    page.mouse.move(box["x"] + end["x"] * scale, box["y"] + end["y"] * scale)
    page.mouse.down()
    page.mouse.move(page_x(-1.43 + 0.5), box["y"] + 50, steps=8)
    page.mouse.up()
    expect(figure.get_by_label("h", exact=True)).to_have_value("0.5")
    secant = readout(figure, "secant").inner_text().replace("\u2212", "-")
    assert float(secant.rpartition("=")[2]) == pytest.approx(2 * -1.43 + 0.5, abs=1e-9)

    # Past the plot's right edge the point stops at the slider's end, x = 3: f′(3) = 6.
    handles = current_handles(figure)
    tangent = next(h for h in handles if h["name"] == "x")
    page.mouse.move(box["x"] + tangent["x"] * scale, box["y"] + tangent["y"] * scale)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] + 80, box["y"] + 20, steps=8)
    page.mouse.up()
    expect(figure.get_by_label("x", exact=True)).to_have_value("3")
    expect(readout(figure, "slope")).to_have_text("6")
    page_log.assert_clean()


def test_pen_drag_turns_b(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert a pen (pointer type "pen", sent as a tablet sends it) drags b's tip like a mouse."""
    figure = open_demo(page, site_url + LESSON, "dot_product")
    figure.locator(".nn-demo__canvas").scroll_into_view_if_needed()
    cdp = page.context.new_cdp_session(page)
    start = to_page(figure, at_turn(START_TURN))
    end = at_turn(140.6, radius=TIP_RADIUS * 0.9)
    path = [start] + [
        to_page(figure, at_turn(START_TURN + (140.6 - START_TURN) * k / 8, radius=TIP_RADIUS * 0.9))
        for k in range(1, 9)
    ]
    canvas = figure.locator(".nn-demo__canvas")
    canvas.evaluate("(el) => el.addEventListener('pointerdown', (e) => { el.dataset.seen = e.pointerType; })")
    picture = canvas_pixels(figure)
    pen = {"pointerType": "pen", "button": "left", "clickCount": 1}
    cdp.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": start[0], "y": start[1], **pen})
    cdp.send("Input.dispatchMouseEvent", {"type": "mousePressed", "x": start[0], "y": start[1], **pen})
    for x, y in path[1:]:
        cdp.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y, "buttons": 1, **pen})
        page.wait_for_timeout(30)
    cdp.send("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": path[-1][0], "y": path[-1][1], **pen})
    expect(canvas).to_have_attribute("data-seen", "pen")
    check_turn(figure, turn_of(*end), picture)
    page_log.assert_clean()
