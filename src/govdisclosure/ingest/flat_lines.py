"""Tables flattened to one cell per line without any pipe (``flat_lines``).

A web table copied as text often loses every separator: each cell becomes a line
of its own (blank lines between them or not), labels and figures alternating::

    规章
    0
    0
    0
    行政规范性文件
    ...

A *run* is a stretch of such cell lines: short, not a sentence, not a PDF
``label values`` row (:mod:`.flat_rows` reads those), blank lines allowed in
between.  A run is a table only when figures make up a fair share of its cells
and at least three label cells are followed by figures.  Rows are rebuilt as for
:mod:`.flat_pipe`: a row starts at a label cell that follows a figure; label
cells before a row's own label become a header row.  See ``docs/flat-tables.md``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from govdisclosure.ingest.document import Table
from govdisclosure.ingest.flat_grid import Cell, Line, LineIndex, build_table, is_value_cell, leading_header, trim
from govdisclosure.ingest.flat_pipe import label_value_rows
from govdisclosure.ingest.flat_rows import ValueRows
from govdisclosure.ingest.flat_tokens import ends_sentence, is_value

__all__ = ["find_line_tables"]

# A cell line is at most this long (the longest official label, the table-三 header note, is 38).
_MAX_CELL_LEN: Final = 48
# Sentence punctuation never inside a table cell.
_SENTENCE_MARKS: Final = frozenset("。；;！!？?")
# Blank lines allowed between two cells of one run.
_MAX_BLANKS: Final = 2
# A run is a table with at least this many figure cells ...
_MIN_VALUES: Final = 6
# ... and this many labels directly followed by a figure ...
_MIN_ROWS: Final = 3
# ... and figures make up at least 1/_VALUE_SHARE of its cells.
_VALUE_SHARE: Final = 3
_TEXT_OR_BLANK: Final = re.compile("[TB]+")
_HEADING_RE: Final = re.compile(r"[一二三四五六七八九十]{1,3}、")
# Lines with nothing at all (a CR of a CRLF break is nothing); a line of spaces is not one.
_EMPTY_LINES: Final = frozenset({"", "\r"})
# A run of more cells than this is some other listing (table 三 of the 2021 form has about 250).
_MAX_RUN_CELLS: Final = 2000


def _is_heading(view: str, cell: Cell) -> bool:
    """Whether *cell* is a numbered chapter heading (``二、…``)."""
    return cell is not None and _HEADING_RE.match(view, cell[0], cell[1]) is not None


def _is_cell_line(view: str, line: Line, value_rows: ValueRows) -> Cell:
    """The cell of a one-cell line, or ``None`` when the line is not one."""
    cell = trim(view, line.start, line.end)
    if cell is None:
        return None
    content = view[cell[0] : cell[1]]
    if len(content) > _MAX_CELL_LEN or not _SENTENCE_MARKS.isdisjoint(content) or ends_sentence(content):
        return None
    if is_value_cell(view, cell):
        return cell
    # "规章 1 0 11" is a PDF value row, not a cell.
    if " " in content and value_rows.get(line) is not None:
        return None
    return cell


def find_line_tables(
    text: str, view: str, lines: LineIndex, kinds: list[str], offset: int, *, value_rows: ValueRows
) -> list[Table]:
    """Tables of one cell per line among lines of kind ``T``/``B``; claimed lines get kind ``-``."""
    tables: list[Table] = []
    marks = "".join(kinds)
    if "T" not in marks:
        return tables
    # A table needs _MIN_VALUES figure cells, each a text line holding only a value; such a line
    # ends in a character that may end a value (one scan of the view finds those), and a stretch
    # with fewer of them is passed over unread.
    parts = lines.parts
    value_lines = [n for n in value_rows.candidates() if marks[n] == "T" and is_value(parts[n].strip())]
    # Any other kind ends a run: only stretches of text and blank lines need a look.
    for stretch in _TEXT_OR_BLANK.finditer(marks):
        first, stop = stretch.start(), stretch.end()
        if bisect_left(value_lines, stop) - bisect_left(value_lines, first) < _MIN_VALUES:
            continue
        tables.extend(
            _stretch_tables(text, view, lines, kinds, range(first, stop), offset=offset, value_rows=value_rows)
        )
    return tables


def _stretch_tables(
    text: str, view: str, lines: LineIndex, kinds: list[str], stretch: range, *, offset: int, value_rows: ValueRows
) -> list[Table]:
    """Tables among the text and blank lines of *stretch*."""
    tables: list[Table] = []
    run: list[tuple[int, Cell]] = []
    blanks = 0
    parts = lines.parts
    for number in [*stretch, -1]:
        cell: Cell = None
        if number >= 0 and kinds[number] == "B" and run and _is_blank_cell(parts, number):
            run.append((number, None))
            blanks = 0
            continue
        if number >= 0 and kinds[number] == "B" and run and blanks < _MAX_BLANKS:
            blanks += 1
            continue
        if number >= 0 and kinds[number] == "T":
            cell = _is_cell_line(view, lines[number], value_rows)
        if cell is not None:
            run.append((number, cell))
            blanks = 0
            continue
        # Fewer cells than figures a table needs cannot be one (most runs are empty).
        table = _run_table(text, view, run, offset) if len(run) >= _MIN_VALUES else None
        if table is not None:
            tables.append(table)
            for k, _ in run:
                kinds[k] = "-"
        run = []
        blanks = 0
    return tables


def _is_blank_cell(parts: list[str], number: int) -> bool:
    """Whether line *number* is an empty table cell: spaces only, between two empty lines.

    Where cells are separated by empty lines, a cell holding only a space (``&nbsp;``) is
    a line of spaces set between two of them; it keeps its column.  Lines of spaces that
    separate cells themselves have a cell line next to them and stay separators.
    """
    return (
        parts[number] not in _EMPTY_LINES
        and 0 < number < len(parts) - 1
        and parts[number - 1] in _EMPTY_LINES
        and parts[number + 1] in _EMPTY_LINES
    )


def _run_table(text: str, view: str, run: list[tuple[int, Cell]], offset: int) -> Table | None:
    if len(run) > _MAX_RUN_CELLS:
        return None
    cells = [c for _, c in run]
    num = [is_value_cell(view, c) for c in cells]
    # Label cells after the last figure are not rows of this table (the next table's header
    # or a heading follows): they do not count against the share of figures.
    while cells and not num[-1]:
        cells.pop()
        num.pop()
    # A chapter heading ("二、主动公开政府信息情况") just above the table is not one of its cells;
    # a numbered row label is kept, for a figure follows it.  Empty cells before the first
    # label are spacing, not cells.
    while cells and cells[0] is None:
        cells.pop(0)
        num.pop(0)
    while len(cells) > 1 and not num[1] and _is_heading(view, cells[0]):
        cells.pop(0)
        num.pop(0)
        while cells and cells[0] is None:
            cells.pop(0)
            num.pop(0)
    n_values = sum(num)
    n_filled = sum(1 for c in cells if c is not None)
    rows_started = sum(1 for k in range(1, len(cells)) if num[k] and not num[k - 1])
    if n_values < _MIN_VALUES or rows_started < _MIN_ROWS or n_values * _VALUE_SHARE < n_filled:
        return None
    # Figures must not come first: a run opening with figures is the tail of something else.
    while cells and (num[0] or cells[0] is None):
        cells.pop(0)
        num.pop(0)
    rows = label_value_rows(cells, num)
    header = leading_header(view, rows)
    first, last = cells[0], cells[-1]
    assert first is not None
    assert last is not None
    return build_table(text, rows, header, shape="flat_lines", offset=offset, region=(first[0], last[1]))
