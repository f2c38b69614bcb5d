// A matrix grid (a <table data-grid> written by site_src/demo_html.py): its rows and columns
// follow the sizes Python sends, its cells show Python's numbers, and it lights the cells Python
// names. An editable grid's cells are text fields (each sends "<grid>:<row>:<col>"); a read-only
// grid's cells are buttons that pick a cell (sending the grid's name and "<row>:<col>") by
// pointer, focus or tap, with the arrow keys moving between them and one of them in the tab order.
// Knows no demo: which cells light up is Python's to say. Touches only its own table and error line.
(function (parts) {
  "use strict";

  const STEPS = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

  const cellLabel = (grid, row, col) => `${grid} row ${row}, column ${col}`; // as demo_html.py writes it

  parts.mountGrid = function mountGrid(table, send) {
    const grid = table.dataset.grid;
    const editable = table.hasAttribute("data-editable");
    const errorLine = table.closest(".nn-demo").querySelector(`[data-error-for="${grid}"]`);
    const shows = new WeakMap(); // cell input -> its guarded show(value) (field.js)
    let lastEdited = null; // the cell whose value Python is judging

    const guard = (input) => shows.set(input, parts.guardField(input));
    table.querySelectorAll("input[data-cell]").forEach(guard);

    function newCell(row, col) {
      const td = document.createElement("td");
      const el = document.createElement(editable ? "input" : "button");
      el.dataset.cell = `${row}:${col}`;
      if (editable) {
        Object.assign(el, { type: "text", size: 4, spellcheck: false, autocomplete: "off" });
        el.setAttribute("inputmode", "decimal");
        el.setAttribute("aria-label", cellLabel(grid, row, col));
        guard(el);
      } else {
        el.type = "button";
        el.tabIndex = -1;
      }
      td.append(el);
      return td;
    }

    // Rows and columns as Python's `spec` ({rows, cols, cells}) says; values never under the reader.
    function sync(spec) {
      const body = table.tBodies[0];
      while (body.rows.length > spec.rows) body.deleteRow(-1);
      while (body.rows.length < spec.rows) body.insertRow();
      [...body.rows].forEach((tr, r) => {
        while (tr.cells.length > spec.cols) tr.deleteCell(-1);
        while (tr.cells.length < spec.cols) tr.append(newCell(r + 1, tr.cells.length + 1));
        [...tr.cells].forEach((td, k) => {
          const el = td.firstElementChild;
          const text = spec.cells[r][k];
          if (editable) {
            shows.get(el)(text);
          } else {
            el.textContent = text;
            el.setAttribute("aria-label", `${cellLabel(grid, r + 1, k + 1)}: ${text}`);
          }
        });
      });
    }

    // Lights exactly the cells named in `cells` ("row:col", 1-based). In a read-only grid the lit
    // cell is also its place in the tab order, unless the reader is moving about the grid now:
    // a cell picked on the picture or by the walk is where Tab comes back to.
    function light(cells) {
      const on = new Set(cells);
      const roving = !editable && on.size === 1 && !table.contains(document.activeElement);
      for (const el of table.querySelectorAll("[data-cell]")) {
        el.closest("td").classList.toggle("is-highlighted", on.has(el.dataset.cell));
        if (roving) el.tabIndex = on.has(el.dataset.cell) ? 0 : -1;
      }
    }

    // The grid's one error line; the cell it is about is marked invalid and points to it.
    function setError(message) {
      for (const el of table.querySelectorAll("input[data-cell]")) {
        const invalid = Boolean(message) && el === lastEdited;
        parts.showError(null, el, invalid ? message : "");
        if (invalid && errorLine) el.setAttribute("aria-describedby", errorLine.id);
        else el.removeAttribute("aria-describedby");
      }
      parts.showError(errorLine, null, message);
    }

    function moveFocus(button, key) {
      const [row, col] = button.dataset.cell.split(":").map(Number);
      const rows = table.tBodies[0].rows;
      let target = null;
      if (STEPS[key]) target = rows[row - 1 + STEPS[key][0]]?.cells[col - 1 + STEPS[key][1]]?.firstElementChild;
      if (key === "Home") target = rows[row - 1].cells[0].firstElementChild;
      if (key === "End") target = rows[row - 1].cells[rows[row - 1].cells.length - 1].firstElementChild;
      if (!target) return false;
      target.focus();
      return true;
    }

    if (editable) {
      const sent = new WeakMap(); // cell input -> the value it last sent
      const edit = (el) => {
        lastEdited = el;
        sent.set(el, el.value);
        send(`${grid}:${el.dataset.cell}`, el.value);
      };
      // Enter on a changed cell fires keydown, then change: the value goes once.
      table.addEventListener("change", (e) => {
        if (e.target.dataset.cell && sent.get(e.target) !== e.target.value) edit(e.target);
      });
      table.addEventListener("keydown", (e) => { if (e.key === "Enter" && e.target.dataset.cell) edit(e.target); });
    } else {
      // Sweeping the pointer across cells sends only the latest (a demo keeps one pending value).
      const pick = (e) => {
        const el = e.target.closest("[data-cell]");
        if (el && table.contains(el)) send(grid, el.dataset.cell);
      };
      table.addEventListener("mouseover", pick);
      table.addEventListener("click", pick);
      table.addEventListener("focusin", (e) => {
        // Roving tab stop: the cell last focused is the grid's one place in the tab order.
        for (const el of table.querySelectorAll("[data-cell]")) el.tabIndex = el === e.target ? 0 : -1;
        pick(e);
      });
      table.addEventListener("keydown", (e) => {
        if (e.target.dataset.cell && moveFocus(e.target, e.key)) e.preventDefault();
      });
    }

    return { sync, light, setError };
  };
})(self.NNParts = self.NNParts || {});
