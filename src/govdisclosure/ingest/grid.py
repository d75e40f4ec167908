"""Rows of raw cells (with rowspan/colspan) resolved into a rectangular :class:`Table`.

Merges are placed as the HTML table model does: a cell takes the first column
of its row not covered by a cell from a row above.  Spans are clamped so that
hostile markup cannot allocate huge grids: ``rowspan`` never reaches past the
table's real last row (``0`` means "to the end"), ``colspan`` is capped at
:data:`MAX_COLSPAN`.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from govdisclosure.ingest.document import Table, TableCell
from govdisclosure.model import Span

__all__ = ["MAX_COLSPAN", "RawCell", "build_table"]

#: Largest colspan honoured (wider merges are clamped).
MAX_COLSPAN: Final = 256


class RawCell(NamedTuple):
    """A cell as read: its stripped text, the offset of that text, merge attributes, header flag."""

    text: str
    start: int
    rowspan: int = 1
    colspan: int = 1
    header: bool = False


def build_table(rows: list[list[RawCell]], *, span_start: int, span_end: int, shape: str = "html") -> Table | None:
    """Place *rows* on a grid; ``None`` when there is no cell at all.

    >>> t = build_table([[RawCell("a", 0, rowspan=2), RawCell("b", 4)], [RawCell("c", 8)]], span_start=0, span_end=9)
    >>> t.grid()
    [['a', 'b'], ['a', 'c']]
    """
    rows = [row for row in rows if row]
    if not rows:
        return None
    n_rows = len(rows)
    carry: list[int] = []  # rows still covered in each column by a cell from above (this row included)
    cells: list[TableCell] = []
    n_cols = 0
    for r, row in enumerate(rows):
        c = 0
        for raw in row:
            while c < len(carry) and carry[c] > 0:
                c += 1
            left = n_rows - r
            rowspan = left if raw.rowspan <= 0 else min(raw.rowspan, left)
            colspan = min(max(raw.colspan, 1), MAX_COLSPAN)
            if len(carry) < c + colspan:
                carry.extend([0] * (c + colspan - len(carry)))
            for k in range(c, c + colspan):
                carry[k] = rowspan
            span = Span(start=raw.start, end=raw.start + len(raw.text)) if raw.text else None
            cells.append(
                TableCell(text=raw.text, row=r, col=c, rowspan=rowspan, colspan=colspan, span=span, header=raw.header)
            )
            c += colspan
        n_cols = max(n_cols, len(carry))
        carry = [k - 1 if k > 0 else 0 for k in carry]
    return Table(
        cells=tuple(cells),
        n_rows=n_rows,
        n_cols=n_cols,
        span=Span(start=span_start, end=max(span_end, span_start)),
        shape=shape,
    )
