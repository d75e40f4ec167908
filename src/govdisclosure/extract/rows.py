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
from typing import Final

from attrs import frozen

from govdisclosure.extract.cells import is_value_text
from govdisclosure.ingest.document import Table, TableCell
from govdisclosure.lexicon.labels import normalize_label
from govdisclosure.model import Span
from govdisclosure.normalize.text import matching_view

__all__ = ["Row", "Value", "header_keys", "keyed", "own_label_start", "table_rows", "tidy_label", "with_rows"]

_DROP: Final = frozenset(" \t\r\n\f\v\u3000\"'`「」『』")
_BRACKETS: Final = str.maketrans({"〔": "(", "〕": ")", "【": "(", "】": ")", "[": "(", "]": ")"})
# Page footers and headers that PDF text drops into the middle of a table row.
_FOOTER = re.compile(r"-\d{1,3}-|第\d{1,3}页(?:/?共\d{1,3}页)?|—\d{1,3}—")
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

    @property
    def filled(self) -> tuple[Value, ...]:
        """Values that are not blank."""
        return tuple(v for v in self.values if v.text.strip())

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
    if _FOOTER.search(key):
        keep = [True] * len(key)
        for m in _FOOTER.finditer(key):
            for j in range(m.start(), m.end()):
                keep[j] = False
        key = "".join(c for c, k in zip(key, keep, strict=True) if k)
        idx = [i for i, k in zip(idx, keep, strict=True) if k]
    return key, tuple(idx)


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


def _first_value(ordered: list[tuple[int, TableCell]]) -> int:
    """Index where the row's figures start: a printed value not directly followed by label text.

    A numbering cell split off its label (``1`` | ``属于国家秘密``) belongs to the label.
    """
    # next_is_value[i]: whether the next non-blank cell from i on is a value (None: there is none).
    n = len(ordered)
    next_is_value: list[bool | None] = [None] * (n + 1)
    for i in range(n - 1, -1, -1):
        text = ordered[i][1].text
        next_is_value[i] = is_value_text(text) if text.strip() else next_is_value[i + 1]
    for i in range(n):
        text = ordered[i][1].text
        if text.strip() and is_value_text(text) and next_is_value[i + 1] is not False:
            return i
    return n


def _row(index: int, cells: list[TableCell | None]) -> Row:
    seen: set[int] = set()
    ordered: list[tuple[int, TableCell]] = []
    for col, cell in enumerate(cells):
        if cell is None or id(cell) in seen:
            continue
        seen.add(id(cell))
        ordered.append((col, cell))
    # Label region: everything up to the last text cell before the first printed figure.
    first_value = _first_value(ordered)
    last_text = max((i for i in range(first_value) if ordered[i][1].text.strip()), default=-1)
    label_cells = tuple(c for _, c in ordered[: last_text + 1] if c.text.strip())
    label = "".join(c.text for c in label_cells)
    key, key_map = keyed(label)
    values: tuple[Value, ...] = ()
    if first_value < len(ordered):
        values = tuple(Value(col=col, text=c.text, span=c.span) for col, c in ordered[last_text + 1 :])
    texts = tuple((col, c.text) for col, c in ordered if c.text.strip())
    return Row(
        index=index,
        label=label,
        key=key,
        key_map=key_map,
        label_cells=label_cells,
        values=values,
        texts=texts,
    )


def table_rows(table: Table) -> list[Row]:
    """The logical rows of *table*, top to bottom.

    A row without any printed figure has an empty value region (a header or
    a title row); its texts stay available in :attr:`Row.texts`.
    """
    return [_row(i, cells) for i, cells in enumerate(table.cell_grid())]


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
    grid = table.cell_grid()
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
