"""Tables flattened a row per line with tabs (``flat_tab``) or runs of spaces (``flat_spaces``) between cells.

* A *tab row* has a tab after a non-blank character; every tab separates two cells, so
  ``a\\t\\tb`` has an empty middle cell, a leading tab an empty first cell and a trailing
  tab an empty last cell.
* A *spaces row* has two or more cells separated by runs of two or more spaces or by an
  ideographic space (U+3000); leading and trailing space is indentation.  Empty cells are
  invisible in this layout, so short rows are padded on the right.

A run of consecutive rows of one kind becomes a table when it passes the checks in
``docs/flat-tables.md`` ("When is it a table?").
"""

from __future__ import annotations

import re
from typing import Final

from govdisclosure.ingest.document import Table
from govdisclosure.ingest.flat_grid import Line, Row, build_table, is_value_cell, leading_header, trim
from govdisclosure.ingest.flat_tokens import MAX_CELLS_PER_LINE

__all__ = ["find_separated_tables"]

# On the raw text: the fold to the matching view turns U+3000 into one space, which would hide it.
_SPACES_SEP: Final = re.compile("[ \u00a0]*\u3000[ \u3000\u00a0]*|[ \u00a0]{2,}")
_INNER_TAB: Final = re.compile(r"\S[ \u3000]*\t")
# A spaces row whose cell holds a sentence is prose laid out with double spaces, not a table row.
_MAX_SPACES_CELL: Final = 40


def _tab_cells(view: str, line: Line) -> Row | None:
    if view.find("\t", line.start, line.end) < 0:
        return None
    if _INNER_TAB.search(view, line.start, line.end) is None:
        return None
    # Leading tabs are empty cells (a spreadsheet's blank first column); spaces before them are not.
    start = line.start
    while start < line.end and view[start] in " \u3000":
        start += 1
    cells: Row = []
    pos = start
    while True:
        tab = view.find("\t", pos, line.end)
        stop = line.end if tab < 0 else tab
        cells.append(trim(view, pos, stop))
        if tab < 0 or len(cells) > MAX_CELLS_PER_LINE:
            break
        pos = tab + 1
    return cells if len(cells) >= 2 else None


def _spaces_cells(text: str, view: str, line: Line) -> Row | None:
    if text.find("  ", line.start, line.end) < 0 and text.find("\u3000", line.start, line.end) < 0:
        return None
    body = trim(text, line.start, line.end)
    if body is None:
        return None
    cells: Row = []
    pos = body[0]
    for m in _SPACES_SEP.finditer(text, body[0], body[1]):
        cells.append(trim(view, pos, m.start()))
        pos = m.end()
        if len(cells) > MAX_CELLS_PER_LINE:
            return None
    cells.append(trim(view, pos, body[1]))
    if len(cells) < 2:
        return None
    for c in cells:
        if c is None or c[1] - c[0] > _MAX_SPACES_CELL or "。" in view[c[0] : c[1]]:
            return None
    return cells


def find_separated_tables(text: str, view: str, lines: list[Line], kinds: list[str], offset: int) -> list[Table]:
    """Tab- and space-separated tables among lines of kind ``T``; claimed lines get kind ``-``."""
    tables: list[Table] = []
    parsed: list[tuple[str, Row] | None] = []
    for line, kind in zip(lines, kinds, strict=True):
        row = None
        if kind == "T":
            tab = _tab_cells(view, line)
            if tab is not None:
                row = ("flat_tab", tab)
            else:
                spaced = _spaces_cells(text, view, line)
                if spaced is not None:
                    row = ("flat_spaces", spaced)
        parsed.append(row)
    i, n = 0, len(lines)
    while i < n:
        item = parsed[i]
        if item is None:
            i += 1
            continue
        shape = item[0]
        j = i
        while j < n and (p := parsed[j]) is not None and p[0] == shape:
            j += 1
        rows = [p[1] for p in parsed[i:j] if p is not None]
        if _accept(view, rows, shape):
            header = leading_header(view, rows)
            region = (_bound(rows[0], first=True), _bound(rows[-1], first=False))
            tables.append(build_table(text, rows, header, shape=shape, offset=offset, region=region))
            for k in range(i, j):
                kinds[k] = "-"
        i = j
    return tables


def _bound(row: Row, *, first: bool) -> int:
    cells = [c for c in row if c is not None]
    return cells[0][0] if first else cells[-1][1]


def _accept(view: str, rows: list[Row], shape: str) -> bool:
    """Two rows at least; for spaces, values in two rows or three rows of one width."""
    if len(rows) < 2:
        return False
    if shape == "flat_tab":
        return any(sum(1 for c in r if c is not None) >= 2 for r in rows)
    with_values = sum(1 for r in rows if any(is_value_cell(view, c) for c in r[1:]))
    if with_values >= 2:
        return True
    widths = {len(r) for r in rows}
    return len(rows) >= 3 and len(widths) == 1
