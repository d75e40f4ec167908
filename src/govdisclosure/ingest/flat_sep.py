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
from bisect import bisect_right
from typing import Final

from govdisclosure.ingest.document import Table
from govdisclosure.ingest.flat_grid import Line, LineIndex, Row, build_table, is_value_cell, leading_header, trim
from govdisclosure.ingest.flat_tokens import MAX_CELLS_PER_LINE

__all__ = ["find_separated_tables", "has_separator"]

# On the raw text: the fold to the matching view turns U+3000 into one space, which would hide it.
_SPACES_SEP: Final = re.compile("[ \u00a0]*\u3000[ \u3000\u00a0]*|[ \u00a0]{2,}")
# A line holding a tab, two spaces or an ideographic space (the first one, then the rest of the
# line: at most one match per line).  The regex engine skips to these characters quickly.
_SEPARATOR_LINE: Final = re.compile("(?:\t|  |\u3000)[^\n]*")
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


def find_separated_tables(text: str, view: str, lines: LineIndex, kinds: list[str], offset: int) -> list[Table]:
    """Tab- and space-separated tables among lines of kind ``T``; claimed lines get kind ``-``."""
    parsed: dict[int, tuple[str, Row]] = {}
    # Only a text line holding a tab, two spaces or an ideographic space can be a row: one scan
    # of the text (a tab is a tab in the view too) finds them.
    starts = lines.starts
    for cue in _SEPARATOR_LINE.finditer(text):
        number = bisect_right(starts, cue.start()) - 1
        # Most such lines are prose indented with U+3000 U+3000: no separator after the indent.
        if kinds[number] == "T" and has_separator(text[starts[number] : lines.ends[number]].lstrip()):
            row = _separated_row(text, view, lines[number])
            if row is not None:
                parsed[number] = row
    tables: list[Table] = []
    # A run of consecutive rows of one shape starts where the line above is not such a row.
    for i in sorted(parsed):
        shape = parsed[i][0]
        above = parsed.get(i - 1)
        if above is not None and above[0] == shape:
            continue
        j = i + 1
        while (below := parsed.get(j)) is not None and below[0] == shape:
            j += 1
        rows = [parsed[k][1] for k in range(i, j)]
        if _accept(view, rows, shape):
            header = leading_header(view, rows)
            region = (_bound(rows[0], first=True), _bound(rows[-1], first=False))
            tables.append(build_table(text, rows, header, shape=shape, offset=offset, region=region))
            kinds[i:j] = ["-"] * (j - i)
    return tables


def has_separator(body: str) -> bool:
    """Whether *body* holds a tab or a space separator (every tab or spaces row does after its indent).

    >>> has_separator("规章  3"), has_separator("规章\u00a0 3"), has_separator("本年共收到申请 3 件")
    (True, True, False)
    """
    # Substring tests only: far faster than a regex over the line.  Any two of space and
    # no-break space side by side separate cells.
    return (
        "\t" in body
        or "\u3000" in body
        or "  " in body
        or ("\u00a0" in body and ("\u00a0\u00a0" in body or " \u00a0" in body or "\u00a0 " in body))
    )


def _separated_row(text: str, view: str, line: Line) -> tuple[str, Row] | None:
    """The shape and cells of a tab or spaces row, or ``None``."""
    tab = _tab_cells(view, line)
    if tab is not None:
        return "flat_tab", tab
    spaced = _spaces_cells(text, view, line)
    if spaced is not None:
        return "flat_spaces", spaced
    return None


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
