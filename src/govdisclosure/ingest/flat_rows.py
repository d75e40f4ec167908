"""Tables from PDF text layers (``flat_rows``): a label then single-space separated values at the end of a line.

A *value row* is a line that ends in one or more value tokens (figures, signed or decimal,
with or without a unit, or placeholders such as ``/``) separated by spaces, after a label
that is not a sentence.  The label of a row is everything since the previous value row:
wrapped label lines, then the text before the values on the row's own line.  Page numbers
(``- 5 -``) between rows are skipped.  Lines before a table's first value row, back to a
chapter heading, a blank line or a sentence, become header rows.

How tables are told apart, and when a run of value rows counts as a table at all, is
described in ``docs/flat-tables.md``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final, NamedTuple

from govdisclosure.ingest.document import Table
from govdisclosure.ingest.flat_grid import Cell, Line, LineIndex, Row, build_table, trim
from govdisclosure.ingest.flat_tokens import (
    MAX_CELLS_PER_LINE,
    PLACEHOLDERS,
    VALUE_UNITS,
    ends_sentence,
    is_footer,
    is_heading,
    is_value,
)

__all__ = ["ValueRows", "find_row_tables", "parse_value_row"]

_TOKEN: Final = re.compile(r"\S+")
_TEXT_OR_BLANK: Final = re.compile("[TB]+")
# The last character of a line that ends in a value (a cheap filter before tokenizing).
_VALUE_LAST_CHARS: Final = frozenset("0123456789") | {p[-1] for p in PLACEHOLDERS} | {u[-1] for u in VALUE_UNITS}
# The last non-blank character of a line, where it may end a value (multiline mode).
_VALUE_END: Final = re.compile(
    "[" + "".join(re.escape(ch) for ch in sorted(_VALUE_LAST_CHARS)) + r"][^\S\n]*$", re.MULTILINE
)
# Page-number lines are short.
_MAX_FOOTER_LEN: Final = 24
# A label holding any of these is a sentence that happens to end in a number.
_SENTENCE_MARKS: Final = frozenset("。；;！!？?")
# Value rows a table may hold only if they carry no comma in their own line (labels are short phrases).
_COMMAS: Final = frozenset("，,")
_PROSE_MARKS: Final = _COMMAS | _SENTENCE_MARKS
# Wrapped label lines between two rows of one table stay under this count.
_MAX_LABEL_LINES: Final = 12
# Header lines collected above a table's first row.
_MAX_HEADER_LINES: Final = 40
# A table of single-value rows needs this many rows (without a header line that fits its width).
_MIN_SINGLE_VALUE_ROWS: Final = 3
# Each line of a single-value row's label stays this short (prose lines of a PDF page are longer).
_MAX_SHORT_LABEL: Final = 30


class _ValueRow(NamedTuple):
    line: int
    label_lines: list[int]  # wrapped label lines above (line indices)
    label: Cell  # the label text on the row's own line
    values: list[tuple[int, int]]


def parse_value_row(view: str, line: Line) -> tuple[Cell, list[tuple[int, int]]] | None:
    """``(label, values)`` if *line* ends in value tokens after a non-sentence label, else ``None``.

    >>> from govdisclosure.ingest.flat_grid import split_lines
    >>> v = "规章 1 0 11"
    >>> parse_value_row(v, split_lines(v)[0])
    ((0, 2), [(3, 4), (5, 6), (7, 9)])
    >>> v = "办结。共计 351"
    >>> parse_value_row(v, split_lines(v)[0]) is None
    True
    """
    content = view[line.start : line.end].rstrip()
    if not content or content[-1] not in _VALUE_LAST_CHARS:
        return None
    start, pos = line.start + len(content) - len(content.lstrip()), line.start + len(content)
    values: list[tuple[int, int]] = []
    while pos > start:
        if len(values) > MAX_CELLS_PER_LINE:
            return None
        space = view.rfind(" ", start, pos)
        token_start = space + 1 if space >= 0 else start
        if not is_value(view[token_start:pos]):
            break
        values.append((token_start, pos))
        if space < 0:
            pos = start
            break
        pos = space
        while pos > start and view[pos - 1] == " ":
            pos -= 1
    # At least one figure among the values (the spaces between them are no digits).
    if not values or not any(map(str.isdigit, view[values[-1][0] : values[0][1]])):
        return None
    values.reverse()
    label = trim(view, start, values[0][0])
    if label is not None and not _SENTENCE_MARKS.isdisjoint(view[label[0] : label[1]]):
        return None
    return label, values


class ValueRows:
    """:func:`parse_value_row` of each line, computed once: the lines and rows finders both ask."""

    __slots__ = ("_candidates", "_lines", "_memo", "_view")

    def __init__(self, view: str, lines: LineIndex) -> None:
        self._view = view
        self._lines = lines
        self._memo: dict[int, tuple[Cell, list[tuple[int, int]]] | None] = {}
        self._candidates: list[int] | None = None

    def get(self, line: Line) -> tuple[Cell, list[tuple[int, int]]] | None:
        """``parse_value_row`` of *line*."""
        try:
            return self._memo[line.number]
        except KeyError:
            found = self._memo[line.number] = parse_value_row(self._view, line)
            return found

    def candidates(self) -> list[int]:
        """Numbers of the lines whose last non-blank character may end a value, in order (computed once).

        Every value row is one, and so is every line that holds only a value.
        """
        if self._candidates is None:
            starts = self._lines.starts
            self._candidates = [bisect_right(starts, m.start()) - 1 for m in _VALUE_END.finditer(self._view)]
        return self._candidates


class _LineCache(dict[int, Line]):
    """Lines by number, made on first use: the helpers read the same few lines many times."""

    def __init__(self, lines: LineIndex) -> None:
        super().__init__()
        self._lines = lines

    def __missing__(self, number: int) -> Line:
        line = self[number] = self._lines[number]
        return line


class _Candidate:
    """Header lines and value rows that may form one table."""

    def __init__(self, header: list[int]) -> None:
        self.header = header
        self.rows: list[_ValueRow] = []


def find_row_tables(
    text: str, view: str, lines: LineIndex, kinds: list[str], offset: int, *, value_rows: ValueRows
) -> list[Table]:
    """Value-row tables among lines of kind ``T``/``B`` (other kinds end a table); claimed lines get ``-``."""
    candidates: list[_Candidate] = []
    marks = "".join(kinds)
    if "T" not in marks:
        return []
    # A line whose last character cannot end a value is no row: one scan finds the others, and a
    # stretch without any of them holds no table.
    maybe = [n for n in value_rows.candidates() if marks[n] == "T"]
    maybe_set = set(maybe)
    at = _LineCache(lines)
    # Any other kind ends a table: only stretches of text and blank lines need a look.
    for stretch in _TEXT_OR_BLANK.finditer(marks):
        if bisect_left(maybe, stretch.end()) == bisect_left(maybe, stretch.start()):
            continue
        current: _Candidate | None = None
        pending: list[int] = []
        for number in range(stretch.start(), stretch.end()):
            parsed = value_rows.get(at[number]) if number in maybe_set else None
            if parsed is not None and _footer(view, at[number]):
                parsed = None
            if parsed is None:
                pending.append(number)
                continue
            label, values = parsed
            if current is None or _splits(view, at, current, pending, len(values)):
                current = _Candidate(_header_lines(view, at, kinds, pending))
                candidates.append(current)
                label_lines: list[int] = []
            else:
                label_lines = _strip_edges(view, at, kinds, pending)
            current.rows.append(_ValueRow(number, label_lines, label, values))
            pending = []
    tables: list[Table] = []
    for cand in candidates:
        table = _to_table(text, view, at, cand, offset)
        if table is not None:
            tables.append(table)
            first = cand.header[0] if cand.header else cand.rows[0].line
            kinds[first : cand.rows[-1].line + 1] = ["-"] * (cand.rows[-1].line + 1 - first)
    return tables


def _footer(view: str, line: Line) -> bool:
    return line.end - line.start <= _MAX_FOOTER_LEN and is_footer(view[line.start : line.end])


def _line_text(view: str, line: Line) -> str:
    return view[line.start : line.end]


def _header_tokens(view: str, line: Line) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(view, line.start, line.end)]


def _is_header_line(view: str, line: Line, width: int) -> bool:
    """A line of *width* words, none a value: a header row that fits the table."""
    # str.split() cuts at runs of white space: the same words as _TOKEN finds.
    words = view[line.start : line.end].split()
    return width >= 2 and len(words) == width and not any(is_value(w) for w in words)


def _splits(view: str, lines: dict[int, Line], current: _Candidate, pending: list[int], k: int) -> bool:
    """Whether the lines since the last row separate *current* from a new table whose rows have *k* values."""
    texts = [i for i in pending if trim(view, lines[i].start, lines[i].end) is not None and not _footer(view, lines[i])]
    if len(texts) > _MAX_LABEL_LINES:
        return True
    for i in texts:
        line_text = _line_text(view, lines[i])
        if ends_sentence(line_text) or _is_header_line(view, lines[i], k + 1):
            return True
    if k != len(current.rows[-1].values):
        return len(texts) >= 6 or any(is_heading(_line_text(view, lines[i])) for i in texts)
    return False


def _header_lines(view: str, lines: dict[int, Line], kinds: list[str], pending: list[int]) -> list[int]:
    """Lines above a table's first row, back to a heading, a blank line or a sentence."""
    out: list[int] = []
    for i in reversed(pending):
        line = lines[i]
        if _footer(view, line):
            continue
        text = _line_text(view, line)
        if kinds[i] == "B" or is_heading(text) or ends_sentence(text) or len(out) >= _MAX_HEADER_LINES:
            break
        out.append(i)
    out.reverse()
    return out


def _strip_edges(view: str, lines: dict[int, Line], kinds: list[str], pending: list[int]) -> list[int]:
    """Pending lines without page numbers and blank lines at either end."""

    def skip(i: int) -> bool:
        return kinds[i] == "B" or _footer(view, lines[i])

    lo, hi = 0, len(pending)
    while lo < hi and skip(pending[lo]):
        lo += 1
    while hi > lo and skip(pending[hi - 1]):
        hi -= 1
    return pending[lo:hi]


def _label_cell(view: str, lines: dict[int, Line], row: _ValueRow) -> Cell:
    """The row's label: from the first wrapped label line to the label on its own line."""
    if not row.label_lines:
        return row.label
    first = trim(view, lines[row.label_lines[0]].start, lines[row.label_lines[0]].end)
    last = row.label or trim(view, lines[row.label_lines[-1]].start, lines[row.label_lines[-1]].end)
    if first is None or last is None:  # pragma: no cover - label lines are never blank at the edges
        return row.label
    return (first[0], last[1])


def _to_table(text: str, view: str, lines: dict[int, Line], cand: _Candidate, offset: int) -> Table | None:
    labels = [_label_cell(view, lines, r) for r in cand.rows]
    widths = [len(r.values) for r in cand.rows]
    has_label = any(c is not None for c in labels)
    n_cols = max(widths) + (1 if has_label else 0)
    # Only the header line nearest the rows is split into cells: a title line above it may
    # have as many words as the table has columns by chance.
    fitting = [i for i in cand.header if _is_header_line(view, lines[i], n_cols)]
    fits = bool(fitting)
    header_rows: list[Row] = []
    for i in cand.header:
        line = lines[i]
        if fits and i == fitting[-1]:
            header_rows.append(list(_header_tokens(view, line)))
        else:
            header_rows.append([trim(view, line.start, line.end)])
    if not _accept(view, cand, widths, labels, fits=fits):
        return None
    rows: list[Row] = list(header_rows)
    for label, r in zip(labels, cand.rows, strict=True):
        rows.append(([label] if has_label else []) + list(r.values))
    header = [True] * len(header_rows) + [False] * len(cand.rows)
    first_cell = next(c for row in rows for c in row if c is not None)
    region = (first_cell[0], cand.rows[-1].values[-1][1])
    return build_table(text, rows, header, shape="flat_rows", offset=offset, region=region)


def _short_lines(view: str, cell: Cell) -> bool:
    """Whether every line of a label (wrapped lines included) is short, as table labels are."""
    return cell is None or all(len(part.strip()) <= _MAX_SHORT_LABEL for part in view[cell[0] : cell[1]].split("\n"))


def _accept(view: str, cand: _Candidate, widths: list[int], labels: list[Cell], *, fits: bool) -> bool:
    """Whether a run of value rows is a table rather than sentences that end in numbers."""
    own = [r.label for r in cand.rows]
    with_commas = sum(1 for c in own if c is not None and not _COMMAS.isdisjoint(view[c[0] : c[1]]))
    headings = sum(1 for c in own if c is not None and is_heading(view[c[0] : c[1]]))
    # Wrapped prose, or a table of contents (chapter headings with page numbers).
    if with_commas * 2 > len(own) or headings * 2 > len(own):
        return False
    if fits or sum(1 for w in widths if w >= 2) >= 2:
        return True
    if cand.header and max(widths) >= 4:
        return True
    short = all(_short_lines(view, c) for c in labels)
    # Rows of one value each are the weakest evidence: no label, wrapped lines included, may
    # hold a comma or a sentence mark (prose with a figure on each line break reads like them).
    prose = any(c is not None and not _PROSE_MARKS.isdisjoint(view[c[0] : c[1]]) for c in labels)
    return widths.count(1) >= _MIN_SINGLE_VALUE_ROWS and short and not prose
