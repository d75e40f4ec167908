"""Tables that arrive flattened in text, rebuilt as :class:`~govdisclosure.ingest.document.Table` grids.

Shapes (``Table.shape``), tried in this order on the lines no earlier shape claimed:

* ``flat_pipe`` / ``markdown`` — a row per line with ``|`` between cells (``markdown`` when an
  alignment row ``|---|`` is present; the rows above it are the header);
* ``flat_cells`` — one cell per line, each closed by a pipe (``规章 |`` or a line ``|`` under it),
  rows separated by pipe-only lines or rebuilt from the cells (:mod:`.flat_pipe`);
* ``flat_tab`` — a row per line, tab-separated; ``flat_spaces`` — runs of two or more spaces;
* ``flat_lines`` — one cell per line without any pipe, rows rebuilt from the cells (:mod:`.flat_lines`);
* ``flat_rows`` — PDF text: a label then space-separated values at the end of a line, labels
  and header words wrapped over several lines (:mod:`.flat_rows`).

The grids are faithful, not interpreted: labels are kept as printed and mapped elsewhere.
``docs/flat-tables.md`` documents every rule.
"""

from __future__ import annotations

from govdisclosure.ingest.document import Table
from govdisclosure.ingest.flat_grid import LineIndex
from govdisclosure.ingest.flat_lines import find_line_tables
from govdisclosure.ingest.flat_pipe import classify_lines, find_pipe_tables
from govdisclosure.ingest.flat_rows import ValueRows, find_row_tables
from govdisclosure.ingest.flat_sep import find_separated_tables
from govdisclosure.normalize.text import fold_width

__all__ = ["find_flat_tables"]


def find_flat_tables(text: str, *, offset: int = 0) -> tuple[Table, ...]:
    """Find flattened tables in *text*; cell spans are offsets into *text* plus *offset*.

    Every non-empty cell's span slices its text out of *text*; empty cells have text
    ``""`` and no span.  Tables come back in reading order.  Time is linear in the input.

    >>> t = find_flat_tables("信息内容 | 本年制发件数 | 本年废止件数 |\\n规章 | 3 | 1 |\\n行政规范性文件 | 7 | 2 |\\n")
    >>> t[0].shape, t[0].n_rows, t[0].n_cols
    ('flat_pipe', 3, 3)
    >>> t[0].grid()[2]
    ['行政规范性文件', '7', '2']
    >>> find_flat_tables("本年共收到申请 12 件，办结 11 件。")
    ()
    """
    if not text:
        return ()
    view = fold_width(text)
    lines = LineIndex(view)
    kinds = classify_lines(lines.parts)
    value_rows = ValueRows(view, lines)
    tables = find_pipe_tables(text, view, lines, kinds, offset)
    tables += find_separated_tables(text, view, lines, kinds, offset)
    tables += find_line_tables(text, view, lines, kinds, offset, value_rows=value_rows)
    tables += find_row_tables(text, view, lines, kinds, offset, value_rows=value_rows)
    tables.sort(key=lambda t: t.span.start)
    return tuple(tables)
