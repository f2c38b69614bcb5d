"""The matrix demo in the lesson, driven as a reader would: hover, keys, taps and typing."""

from __future__ import annotations

from playwright.sync_api import Browser, Locator, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import canvas_pixels, open_demo, readout

LESSON = "lessons/01-math-foundations.html"


def expansion(a: list[list[float]], b: list[list[float]], i: int, j: int) -> str:
    """The expected text for cell (i, j), 1-based, worked out here from the definition."""
    subscripts = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
    terms = " + ".join(f"{a[i - 1][k]:g}·{b[k][j - 1]:g}" for k in range(len(b)))
    total = sum(a[i - 1][k] * b[k][j - 1] for k in range(len(b)))
    return f"C{i}{j}".translate(subscripts) + f" = {terms} = {total:g}"


def cell(figure: Locator, grid: str, row: int, col: int) -> Locator:
    return figure.get_by_label(f"{grid} row {row}, column {col}")


def set_size(figure: Locator, label: str, value: int) -> None:
    field = figure.get_by_label(label, exact=True)
    field.fill(str(value))
    field.press("Enter")


def test_hover_and_keys_pick_row_times_column(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert hovering and arrow keys on C cells show that cell's row × column, highlighted."""
    a, b = [[1, 2], [3, 4]], [[5, 6], [7, 8]]
    figure = open_demo(page, site_url + LESSON, "matrix_product")
    before = canvas_pixels(figure)
    cell(figure, "C", 1, 2).hover()
    expect(readout(figure, "expansion")).to_have_text(expansion(a, b, 1, 2))
    expect(readout(figure, "expansion")).to_have_attribute("aria-live", "polite")
    assert canvas_pixels(figure) != before
    # Row 1 of A and column 2 of B are highlighted, nothing else.
    highlighted = figure.locator("td.is-highlighted [data-cell]")
    labels = sorted(el.get_attribute("aria-label").split(":")[0] for el in highlighted.all())
    assert labels == [
        "A row 1, column 1",
        "A row 1, column 2",
        "B row 1, column 2",
        "B row 2, column 2",
        "C row 1, column 2",
    ]
    cell(figure, "C", 1, 2).focus()
    page.keyboard.press("ArrowDown")
    expect(readout(figure, "expansion")).to_have_text(expansion(a, b, 2, 2))
    expect(cell(figure, "C", 2, 2)).to_be_focused()
    page.keyboard.press("ArrowLeft")
    expect(readout(figure, "expansion")).to_have_text(expansion(a, b, 2, 1))
    page.keyboard.press("ArrowLeft")  # at the edge: stays
    expect(cell(figure, "C", 2, 1)).to_be_focused()
    # Only one C cell is in the tab order at a time.
    assert figure.locator('[data-grid="C"] [tabindex="0"]').count() == 1


def test_typing_sizes_and_values(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert exercise 2's shapes, the mismatch message, cell edits and bad input."""
    figure = open_demo(page, site_url + LESSON, "matrix_product")
    for label, value in [("Rows of A", 4), ("Columns of A", 3), ("Rows of B", 3), ("Columns of B", 5)]:
        set_size(figure, label, value)
    expect(readout(figure, "shape")).to_have_text("(4×3)(3×5) = (4×5)")
    expect(figure.locator('[data-grid="C"] [data-cell]')).to_have_count(20)
    expect(figure.locator('[data-grid="A"] [data-cell]')).to_have_count(12)
    set_size(figure, "Rows of B", 5)
    set_size(figure, "Columns of B", 3)
    text = readout(figure, "expansion")
    expect(text).to_contain_text("No product")
    expect(text).to_contain_text("columns of A (3)")
    expect(text).to_contain_text("rows of B (5)")
    expect(figure.locator('[data-grid="C"] [data-cell]')).to_have_count(0)
    # Back to 2×2 by 2×2, then edit a cell: C₁₁ = 10·5 + 2·7.
    for label, value in [("Rows of A", 2), ("Columns of A", 2), ("Rows of B", 2), ("Columns of B", 2)]:
        set_size(figure, label, value)
    a11 = cell(figure, "A", 1, 1)
    a11.fill("10")
    a11.press("Enter")
    cell(figure, "C", 1, 1).hover()
    expect(readout(figure, "expansion")).to_have_text(expansion([[10, 2], [3, 4]], [[5, 6], [7, 8]], 1, 1))
    # Bad values: a message beside the grid, the product unchanged, the demo still works.
    error = figure.locator('[data-error-for="A"]')
    for bad in ["x", "1e999", ""]:
        a11.fill(bad)
        a11.press("Enter")
        expect(error).to_be_visible()
        expect(error).to_contain_text("A row 1, column 1")
        expect(cell(figure, "C", 1, 1)).to_have_text("64")
    a11.fill("1")
    a11.press("Enter")
    expect(error).to_be_hidden()
    expect(cell(figure, "C", 1, 1)).to_have_text("19")


def test_tap_picks_a_cell(browser: Browser, site_url: str) -> None:
    """Assert tapping a C cell on a touch phone shows its row × column."""
    context = browser.new_context(has_touch=True, is_mobile=True, viewport={"width": 390, "height": 844})
    page = context.new_page()
    figure = open_demo(page, site_url + LESSON, "matrix_product")
    target = cell(figure, "C", 2, 1)
    target.scroll_into_view_if_needed()
    target.tap()
    expect(readout(figure, "expansion")).to_have_text(expansion([[1, 2], [3, 4]], [[5, 6], [7, 8]], 2, 1))
    overflow = page.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    context.close()


def walk_readouts(figure: Locator, cells: int) -> list[str]:
    """Press Step through C and collect each distinct expansion readout until the button is back."""
    text = readout(figure, "expansion")
    figure.get_by_role("button", name="Step through C", exact=True).click()
    pause = figure.get_by_role("button", name="Pause", exact=True)
    expect(pause).to_be_visible()
    seen: list[str] = []
    done = False
    for _ in range(cells * 40):  # polled every 100 ms: at most 4 s a cell
        # The button is checked before the text: the last cell and the button's return land
        # in one update, so a read of the text after the button is back always sees the last cell.
        done = figure.get_by_role("button", name="Step through C", exact=True).count() > 0
        current = text.text_content() or ""
        if not seen or seen[-1] != current:
            seen.append(current)
        if done:
            break
        figure.page.wait_for_timeout(100)
    assert done, f"the walk did not end; it showed {seen}"
    return seen


LESSON_A, LESSON_B = [[1, 2], [3, 4]], [[5, 6], [7, 8]]
READING_ORDER = [expansion(LESSON_A, LESSON_B, i, j) for i in (1, 2) for j in (1, 2)]


def test_step_through_c_walks_in_reading_order(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert Step through C reads Pause while it shows C₁₁, C₁₂, C₂₁, C₂₂ in turn, then reads
    Step through C again; Pause stops it on the cell it shows."""
    figure = open_demo(page, site_url + LESSON, "matrix_product")
    assert walk_readouts(figure, 4) == READING_ORDER
    figure.get_by_role("button", name="Step through C", exact=True).click()
    expect(readout(figure, "expansion")).to_have_text(READING_ORDER[1], timeout=3000)
    figure.get_by_role("button", name="Pause", exact=True).click()
    expect(figure.get_by_role("button", name="Step through C", exact=True)).to_be_visible()
    shown = readout(figure, "expansion").text_content()
    page.wait_for_timeout(1500)
    expect(readout(figure, "expansion")).to_have_text(shown or "")
    page_log.assert_clean()


def test_step_through_c_reduced_motion(browser: Browser, site_url: str) -> None:
    """Assert with reduced motion the walk still shows every cell once, in reading order."""
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    figure = open_demo(page, site_url + LESSON, "matrix_product")
    assert walk_readouts(figure, 4) == READING_ORDER
    context.close()
