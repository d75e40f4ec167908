"""Rows of raw cells (with rowspan/colspan) resolved into a rectangular :class:`Table`.

Merges are placed as the HTML table model does: a cell takes the first column
of its row not covered by a cell from a row above.  Spans are clamped so that
hostile markup cannot allocate huge grids: ``rowspan`` never reaches past the
table's real last row (``0`` means "to the end"), ``colspan`` is capped at
:data:`MAX_COLSPAN`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from typing import Final, NamedTuple, TypeAlias, cast

from govdisclosure.ingest.document import Table, TableCell, deferred_table
from govdisclosure.model import Span

__all__ = ["MAX_COLSPAN", "CellTuple", "FlatRow", "RawCell", "build_flat_table", "build_table"]

#: Largest colspan honoured (wider merges are clamped).
MAX_COLSPAN: Final = 256


class RawCell(NamedTuple):
    """A cell as read: its stripped text, the offset of that text, merge attributes, header flag."""

    text: str
    start: int
    rowspan: int = 1
    colspan: int = 1
    header: bool = False


#: A raw cell as a plain tuple, in :class:`RawCell` field order.
CellTuple: TypeAlias = tuple[str, int, int, int, bool]

#: A row as the HTML reader builds it: the fields of its cells one after another, in
#: :class:`RawCell` order.  One list a row instead of a tuple a cell: a page's tables
#: leave far fewer objects for the cyclic garbage collector to walk while they are kept.
FlatRow: TypeAlias = list[str | int]


def build_table(
    rows: Sequence[Sequence[CellTuple]], *, span_start: int, span_end: int, shape: str = "html"
) -> Table | None:
    """Place *rows* (of :class:`RawCell` or :data:`CellTuple`) on a grid; ``None`` when there is no cell at all.

    The placement runs when the table's ``cells`` or ``n_cols`` are first read
    (:func:`~govdisclosure.ingest.document.deferred_table`).

    >>> t = build_table([[RawCell("a", 0, rowspan=2), RawCell("b", 4)], [RawCell("c", 8)]], span_start=0, span_end=9)
    >>> t.grid()
    [['a', 'b'], ['a', 'c']]
    """
    kept = tuple(tuple(row) for row in rows if row)
    if not kept:
        return None
    span = Span(start=span_start, end=max(span_end, span_start))
    return deferred_table(partial(_place, kept), n_rows=len(kept), span=span, shape=shape)


def build_flat_table(rows: Sequence[FlatRow], *, span_start: int, span_end: int) -> Table | None:
    """:func:`build_table` for rows of :data:`FlatRow` (the HTML reader's); ``None`` when there is no cell at all.

    >>> rows = [["a", 0, 2, 1, False, "b", 4, 1, 1, False], [], ["c", 8, 1, 1, False]]
    >>> t = build_flat_table(rows, span_start=0, span_end=9)
    >>> t.grid()
    [['a', 'b'], ['a', 'c']]
    """
    kept = tuple(row for row in rows if row)
    if not kept:
        return None
    span = Span(start=span_start, end=max(span_end, span_start))
    return deferred_table(partial(_place_flat, kept), n_rows=len(kept), span=span, shape="html")


def _place_flat(rows: tuple[FlatRow, ...]) -> tuple[tuple[TableCell, ...], int]:
    return _place(tuple(map(_cells, rows)))


def _cells(row: FlatRow) -> Iterator[CellTuple]:
    """The cells of a flat row, five fields at a time."""
    fields = iter(row)
    return cast("Iterator[CellTuple]", zip(fields, fields, fields, fields, fields, strict=False))


def _place(rows: Sequence[Iterable[CellTuple]]) -> tuple[tuple[TableCell, ...], int]:
    """The cells of non-empty *rows* placed on the grid, and the number of columns."""
    n_rows = len(rows)
    until: list[int] = []  # per column: the row where the cell placed there from above stops covering it
    cells: list[TableCell] = []
    append = cells.append
    for r, row in enumerate(rows):
        left = n_rows - r
        c = 0
        width = len(until)
        for text, start, rows_asked, cols_asked, header in row:
            while c < width and until[c] > r:
                c += 1
            rowspan = left if rows_asked <= 0 or rows_asked > left else rows_asked
            colspan = 1 if cols_asked < 1 else min(cols_asked, MAX_COLSPAN)
            end = c + colspan
            if end > width:
                until.extend([0] * (end - width))
                width = end
            if colspan == 1:
                until[c] = r + rowspan
            else:
                until[c:end] = [r + rowspan] * colspan
            span = Span(start=start, end=start + len(text)) if text else None
            append(TableCell(text=text, row=r, col=c, rowspan=rowspan, colspan=colspan, span=span, header=header))
            c = end
    return tuple(cells), len(until)
