"""Logical rows of a table grid: a label (text cells) followed by a value region.

Every input shape (HTML grid, Markdown, the flattened shapes) becomes the same
:class:`Row`: the label text as printed, its normalized *key* for matching
(``normalize_label`` plus page footers such as ``- 5 -`` removed, with a map
back to the printed characters) and the value cells with their grid column.
Merged cells are counted once per row (their first column).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from itertools import compress
from operator import attrgetter
from typing import Final, cast

from attrs import Factory, field, frozen

from govdisclosure.extract.cells import is_value_text
from govdisclosure.ingest.document import Table, TableCell
from govdisclosure.lexicon.labels import normalize_label
from govdisclosure.lexicon.noise import PINYIN_READING
from govdisclosure.model import Span
from govdisclosure.normalize.text import matching_view

__all__ = [
    "Row",
    "Value",
    "header_keys",
    "item_numbers",
    "keyed",
    "own_label_start",
    "table_rows",
    "tidy_label",
    "with_rows",
]

_DROP: Final = frozenset(" \t\r\n\f\v\u3000\"'`「」『』")
_BRACKETS: Final = str.maketrans({"〔": "(", "〕": ")", "【": "(", "】": ")", "[": "(", "]": ")"})
# Dropped from a key: page footers and headers that PDF text puts in the middle of a table row,
# and a pinyin reading in brackets after a character (规(guī)章), junk some mirror sites insert.
_DROPPED = re.compile(r"-\d{1,3}-|第\d{1,3}页(?:/?共\d{1,3}页)?|—\d{1,3}—|" + PINYIN_READING)
_BR = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)
# Item numbering as printed in the forms: 一、 (一) 1. 1、 1．
_NUMBERING = re.compile(r"[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\)|\d{1,2}[.、]")


@frozen(kw_only=True)
class Value:
    """One cell of a row's value region."""

    col: int
    text: str
    span: Span | None


@frozen(kw_only=True)
class Row:
    """A logical table row: label cells, then the value region."""

    index: int
    label: str
    key: str
    key_map: tuple[int, ...]
    label_cells: tuple[TableCell, ...]
    values: tuple[Value, ...]
    texts: tuple[tuple[int, str], ...]
    #: Values that are not blank (computed once: the extractors ask for it over and over).
    filled: tuple[Value, ...] = field(
        init=False, repr=False, eq=False, default=Factory(lambda self: _non_blank(self.values), takes_self=True)
    )

    def label_from(self, key_pos: int) -> tuple[str, Span | None]:
        """The printed label from normalized position *key_pos* on, and its span where known."""
        if not self.key_map or key_pos >= len(self.key_map):
            return tidy_label(self.label), _union(self.label_cells)
        start = self.key_map[key_pos]
        raw = self.label[start:].strip()
        span = _union(self.label_cells)
        # The label is the concatenation of its cells; a span is exact only for one cell.
        if len(self.label_cells) == 1 and span is not None and len(span) == len(self.label):
            span = Span(start=span.start + start, end=span.end)
        return tidy_label(raw), span


def _non_blank(values: tuple[Value, ...]) -> tuple[Value, ...]:
    return tuple(v for v in values if v.text and not v.text.isspace())


def tidy_label(text: str) -> str:
    """*text* with line breaks undone: white space dropped next to CJK, collapsed elsewhere.

    >>> tidy_label("1、申请人无正当理由逾期不补\\n正、行政机关 A B")
    '1、申请人无正当理由逾期不补正、行政机关A B'
    """
    return _CJK_SPACE.sub("", " ".join(text.split()))


_CJK_SPACE = re.compile(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])")


def _union(cells: tuple[TableCell, ...]) -> Span | None:
    spans = [c.span for c in cells if c.span is not None]
    if not spans:
        return None
    return Span(start=min(s.start for s in spans), end=max(s.end for s in spans))


@functools.lru_cache(maxsize=4096)
def keyed(text: str) -> tuple[str, tuple[int, ...]]:
    """Normalized matching key of *text* and, for each key character, its index in *text*.

    >>> keyed("（四）无\\n- 5 -\\n法提供")
    ('(四)无法提供', (0, 1, 2, 3, 11, 12, 13))
    >>> keyed("規(guī)章")[0]
    '规章'
    """
    if "<" in text:
        text = _BR.sub(lambda m: " " * len(m.group()), text)
    view = matching_view(text)
    chars: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(view):
        if ch in _DROP or ch.isspace():
            continue
        chars.append(ch)
        idx.append(i)
    key = "".join(chars).translate(_BRACKETS).replace("其它", "其他")
    if _DROPPED.search(key):
        keep = [True] * len(key)
        for m in _DROPPED.finditer(key):
            for j in range(m.start(), m.end()):
                keep[j] = False
        key = "".join(c for c, k in zip(key, keep, strict=True) if k)
        idx = [i for i, k in zip(idx, keep, strict=True) if k]
    return key, tuple(idx)


def item_numbers(key: str) -> list[int]:
    """Where the form's item numbers (``一、``, ``(一)``, ``1.``) start in a normalized *key*.

    >>> item_numbers("(三)不予公开1.属于国家秘密"), item_numbers("(二)部分公开")
    ([0, 7], [0])
    """
    return [m.start() for m in _NUMBERING.finditer(key)]


def own_label_start(key: str, pos: int) -> int:
    """Start of the row's own label in *key*: the last item numbering before *pos*, else *pos*.

    >>> k = "(三)不予公开1.属于国家秘密"
    >>> k[own_label_start(k, k.index("国家秘密")):]
    '1.属于国家秘密'
    """
    start = pos
    for m in _NUMBERING.finditer(key, 0, pos + 1):
        if m.start() <= pos:
            start = m.start()
    return start


def _row(index: int, cells: list[TableCell | None]) -> Row:
    cols, ordered = _distinct(cells)
    texts = list(map(_TEXT, ordered))
    printed = list(map(bool, map(str.strip, texts)))
    first_value = _first_value(texts, printed)
    # Label region: everything up to the last text cell before the first printed figure.
    last_text = next((i for i in range(first_value - 1, -1, -1) if printed[i]), -1)
    label_cells = tuple(compress(ordered[: last_text + 1], printed))
    label = "".join(compress(texts[: last_text + 1], printed))
    key, key_map = keyed(label)
    values: tuple[Value, ...] = ()
    if first_value < len(ordered):
        values = tuple(
            Value(col=col, text=c.text, span=c.span)
            for col, c in zip(cols[last_text + 1 :], ordered[last_text + 1 :], strict=True)
        )
    return Row(
        index=index,
        label=label,
        key=key,
        key_map=key_map,
        label_cells=label_cells,
        values=values,
        texts=tuple(compress(zip(cols, texts, strict=True), printed)),
    )


_TEXT: Final = attrgetter("text")


def _distinct(cells: list[TableCell | None]) -> tuple[Sequence[int], list[TableCell]]:
    """Each cell of a grid row once, at its first column (a merged cell covers several positions)."""
    ids = set(map(id, cells))
    if len(ids) == len(cells) and id(None) not in ids:
        # The common case (flat tables, rows without merges): every position its own cell.
        return range(len(cells)), cast("list[TableCell]", cells)
    seen: set[int] = set()
    cols: list[int] = []
    ordered: list[TableCell] = []
    for col, cell in enumerate(cells):
        if cell is None or id(cell) in seen:
            continue
        seen.add(id(cell))
        cols.append(col)
        ordered.append(cell)
    return cols, ordered


def _first_value(texts: list[str], printed: list[bool]) -> int:
    """Index where the row's figures start: a printed value not directly followed by label text.

    A numbering cell split off its label (``1`` | ``属于国家秘密``) belongs to the label.
    """
    # One pass from the right: *after* is whether the next printed cell is a value (None: none follows).
    first = len(texts)
    after: bool | None = None
    for i in range(len(texts) - 1, -1, -1):
        if not printed[i]:
            continue
        is_value = is_value_text(texts[i])
        if is_value and after is not False:
            first = i
        after = is_value
    return first


def table_rows(table: Table) -> list[Row]:
    """The logical rows of *table*, top to bottom.

    A row without any printed figure has an empty value region (a header or
    a title row); its texts stay available in :attr:`Row.texts`.
    """
    return [_row(i, cells) for i, cells in enumerate(_cell_grid(table))]


# The grid of the last few tables: table_rows and header_keys of every table extractor ask again.
_GRIDS: dict[int, tuple[Table, list[list[TableCell | None]]]] = {}
_MAX_GRIDS: Final = 64


def _cell_grid(table: Table) -> list[list[TableCell | None]]:
    """``table.cell_grid()``, kept for the tables of the document at hand (callers do not modify it)."""
    hit = _GRIDS.get(id(table))
    # The table itself is kept with its grid, so its id cannot be reused while cached.
    if hit is not None and hit[0] is table:
        return hit[1]
    if len(_GRIDS) >= _MAX_GRIDS:
        _GRIDS.clear()
    grid = _fill_grid(table)
    _GRIDS[id(table)] = (table, grid)
    return grid


def _fill_grid(table: Table) -> list[list[TableCell | None]]:
    """What ``table.cell_grid()`` returns, with a fast path for the usual one-position cells.

    Same order and clipping as :meth:`Table.cell_grid`: a later cell overwrites an earlier one.
    """
    n_rows, n_cols = table.n_rows, table.n_cols
    grid: list[list[TableCell | None]] = [[None] * n_cols for _ in range(n_rows)]
    for cell in table.cells:
        row, col = cell.row, cell.col
        if cell.rowspan == 1 and cell.colspan == 1:
            if row < n_rows and col < n_cols:
                grid[row][col] = cell
            continue
        for r in range(row, min(row + cell.rowspan, n_rows)):
            line = grid[r]
            for c in range(col, min(col + cell.colspan, n_cols)):
                line[c] = cell
    return grid


def with_rows(tables: Sequence[Table], rows: Sequence[list[Row]] | None = None) -> list[tuple[Table, list[Row]]]:
    """Pair each table with its logical rows (computed here unless the caller already has them)."""
    if rows is None:
        return [(t, table_rows(t)) for t in tables]
    return list(zip(tables, rows, strict=True))


def header_keys(table: Table, rows: range) -> dict[int, list[str]]:
    """For each grid column, the normalized texts of the header cells over *rows*, top-down.

    Merged header cells repeat in every column they cover; a cell is listed
    once per column.
    """
    grid = _cell_grid(table)
    out: dict[int, list[str]] = {}
    for r in rows:
        for c, cell in enumerate(grid[r]):
            if cell is None or not cell.text.strip():
                continue
            key = normalize_label(cell.text)
            col = out.setdefault(c, [])
            if not col or col[-1] != key:
                col.append(key)
    return out
