"""Shared plumbing of the flat-table finders: lines with offsets, cell ranges, and Table assembly.

A *cell range* is a ``(start, end)`` pair of offsets into the text being scanned (``None`` for an
empty cell); :func:`build_table` turns rows of them into a rectangular
:class:`~govdisclosure.ingest.document.Table` whose spans are shifted by the caller's offset.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Sequence
from itertools import accumulate
from typing import NamedTuple

from govdisclosure.ingest.document import Table, TableCell
from govdisclosure.ingest.flat_tokens import is_value
from govdisclosure.model import Span

__all__ = ["Cell", "Line", "LineIndex", "Row", "build_table", "split_lines", "trim"]

#: A non-empty cell as ``(start, end)`` offsets into the scanned text, or ``None`` for an empty cell.
Cell = tuple[int, int] | None
Row = list[Cell]


class Line(NamedTuple):
    """One line of the scanned text: ``[start, end)`` excludes the line break (and a trailing ``\\r``)."""

    number: int
    start: int
    end: int


class LineIndex:
    """The lines of a text as offset lists; a :class:`Line` is made only when asked for.

    Most lines of a long input never need one (the finders skip them by their kind), and
    building a tuple per line was the largest cost on inputs of many short lines.

    >>> idx = LineIndex("ab\\r\\ncd")
    >>> len(idx), idx[1], idx.parts
    (2, Line(number=1, start=4, end=6), ['ab\\r', 'cd'])
    """

    __slots__ = ("ends", "parts", "starts")

    def __init__(self, text: str) -> None:
        # The text of each line (a trailing CR kept) and its offsets.
        self.parts = text.split("\n")
        lengths = list(map(len, self.parts))
        # A line starts after the lengths of the lines before it plus one line break each.
        self.starts = list(map(operator.add, accumulate(lengths, initial=0), range(len(lengths))))
        self.ends = list(map(operator.add, self.starts, lengths))
        if "\r" in text:
            self.ends = [e - 1 if p.endswith("\r") else e for p, e in zip(self.parts, self.ends, strict=True)]

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, number: int) -> Line:
        return Line(number, self.starts[number], self.ends[number])

    def between(self, first: int, stop: int) -> list[Line]:
        """The lines ``first`` to ``stop - 1``."""
        starts, ends = self.starts, self.ends
        return [Line(k, starts[k], ends[k]) for k in range(first, stop)]


def split_lines(text: str) -> list[Line]:
    """Lines of *text* with their offsets.

    >>> split_lines("ab\\r\\ncd")
    [Line(number=0, start=0, end=2), Line(number=1, start=4, end=6)]
    """
    index = LineIndex(text)
    return index.between(0, len(index))


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


@functools.lru_cache(maxsize=16384)
def _empty_cell(row: int, col: int, header: bool) -> TableCell:
    """An empty cell; cells are immutable, so one object per position serves every table.

    Padded flat tables are mostly empty cells (a PDF row table is as wide as its widest row).
    """
    return TableCell(text="", row=row, col=col, header=header)


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
    # Local names: this loop makes one cell per grid position, up to a hundred thousand.
    append, make_cell, make_span = cells.append, TableCell, Span
    for r, row in enumerate(rows):
        is_header = header[r]
        padded = row if len(row) == n_cols else [*row, *[None] * (n_cols - len(row))]
        for c, rng in enumerate(padded):
            if rng is None:
                append(_empty_cell(r, c, is_header))
            else:
                s, e = rng
                span = make_span(start=offset + s, end=offset + e)
                append(make_cell(text=text[s:e], row=r, col=c, span=span, header=is_header))
    if region is None:
        ranges = [rng for row in rows for rng in row if rng is not None]
        first = min((s for s, _ in ranges), default=-1)
        last = max((e for _, e in ranges), default=-1)
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
