"""Shared plumbing of the flat-table finders: lines with offsets, cell ranges, and Table assembly.

A *cell range* is a ``(start, end)`` pair of offsets into the text being scanned (``None`` for an
empty cell); :func:`build_table` turns rows of them into a rectangular
:class:`~govdisclosure.ingest.document.Table` whose spans are shifted by the caller's offset.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from govdisclosure.ingest.document import Table, TableCell
from govdisclosure.ingest.flat_tokens import is_value
from govdisclosure.model import Span

__all__ = ["Cell", "Line", "Row", "build_table", "split_lines", "trim"]

#: A non-empty cell as ``(start, end)`` offsets into the scanned text, or ``None`` for an empty cell.
Cell = tuple[int, int] | None
Row = list[Cell]


class Line(NamedTuple):
    """One line of the scanned text: ``[start, end)`` excludes the line break (and a trailing ``\\r``)."""

    number: int
    start: int
    end: int


def split_lines(text: str) -> list[Line]:
    """Lines of *text* with their offsets.

    >>> split_lines("ab\\r\\ncd")
    [Line(number=0, start=0, end=2), Line(number=1, start=4, end=6)]
    """
    lines: list[Line] = []
    start = 0
    for number, part in enumerate(text.split("\n")):
        end = start + len(part)
        lines.append(Line(number, start, end - 1 if part.endswith("\r") else end))
        start = end + 1
    return lines


def trim(view: str, start: int, end: int) -> Cell:
    """``(start, end)`` narrowed to its non-blank characters, or ``None`` when all blank.

    >>> trim("  ab  ", 0, 6), trim("   ", 0, 3)
    ((2, 4), None)
    """
    part = view[start:end]
    left = part.lstrip()
    if not left:
        return None
    return (end - len(left), end - (len(left) - len(left.rstrip())))


def is_value_cell(view: str, cell: Cell) -> bool:
    """Whether a cell holds a figure or a placeholder (empty cells do not)."""
    return cell is not None and is_value(view[cell[0] : cell[1]])


def build_table(
    text: str,
    rows: Sequence[Sequence[Cell]],
    header: Sequence[bool],
    *,
    shape: str,
    offset: int,
    region: tuple[int, int] | None = None,
) -> Table:
    """Assemble a rectangular :class:`Table`; every position gets a cell, empty ones with ``span=None``.

    *region* is the table's extent in *text* (defaults to first to last non-empty cell).
    """
    n_cols = max((len(r) for r in rows), default=0)
    cells: list[TableCell] = []
    first = last = -1
    for r, row in enumerate(rows):
        is_header = header[r]
        for c in range(n_cols):
            rng = row[c] if c < len(row) else None
            if rng is None:
                cells.append(TableCell(text="", row=r, col=c, header=is_header))
                continue
            s, e = rng
            if first < 0 or s < first:
                first = s
            last = max(last, e)
            cells.append(
                TableCell(text=text[s:e], row=r, col=c, span=Span(start=offset + s, end=offset + e), header=is_header),
            )
    if region is None:
        region = (max(first, 0), max(last, first, 0))
    return Table(
        cells=tuple(cells),
        n_rows=len(rows),
        n_cols=n_cols,
        span=Span(start=offset + region[0], end=offset + region[1]),
        shape=shape,
    )


def leading_header(view: str, rows: Sequence[Sequence[Cell]]) -> list[bool]:
    """Header flags: the rows before the first row holding a value cell (none if no row holds one)."""
    flags = [False] * len(rows)
    for r, row in enumerate(rows):
        if any(is_value_cell(view, c) for c in row):
            for h in range(r):
                flags[h] = True
            break
    return flags
