"""Tables flattened with ``|``: a row per line (``flat_pipe``/``markdown``) or a cell per line (``flat_cells``).

Line kinds (on the width-folded view, so ``｜`` counts as ``|``):

* ``P`` — a *pipe row*: two or more cells, e.g. ``规章 | 0 | 0 | 0 |`` or ``第二十条第(一)项 | ||||``;
* ``C`` — a *cell line*: one cell closed by a single trailing pipe, e.g. ``规章 |``;
* ``O`` — only pipes (``|||``);
* ``A`` — a Markdown alignment row (``|---|:--:|``);
* ``T`` — text without a pipe, ``B`` — blank, ``X`` — too many cells to be a row.

See ``docs/flat-tables.md`` for how rows of a cell-per-line table are rebuilt.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from typing import Final

from govdisclosure.ingest.document import Table
from govdisclosure.ingest.flat_grid import (
    Cell,
    Line,
    LineIndex,
    Row,
    build_table,
    is_value_cell,
    leading_header,
    trim,
)
from govdisclosure.ingest.flat_tokens import MAX_CELLS_PER_LINE

__all__ = ["classify_lines", "classify_pipe_line", "find_pipe_tables", "label_value_rows", "line_kind"]

_ALIGN_RE: Final = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")
_BREAK: Final = "break"
# Where a block may start: a pipe row or alignment row, a cell line, or text closed by a pipe-only line.
_BLOCK_START: Final = re.compile(r"[PAC]|T(?=O)")
# A cell-per-line cell may wrap over at most this many lines before its closing pipe.
_MAX_WRAP: Final = 3
# A lone pipe row (no other row around it) needs at least this many cells to be a table.
_MIN_LONE_CELLS: Final = 3


def _segments(view: str, start: int, end: int) -> list[Cell]:
    """Cells between pipes of ``view[start:end]`` (one more than the number of pipes; ``None`` when blank).

    Past :data:`MAX_CELLS_PER_LINE` + 2 pipes the rest of the line is one last segment.

    >>> _segments("a | b||", 0, 7)
    [(0, 1), (4, 5), None, None]
    """
    cells: list[Cell] = []
    pos = start
    for piece in view[start:end].split("|", MAX_CELLS_PER_LINE + 2):
        # trim() on the piece itself: no second slice of the view per cell.
        left = piece.lstrip()
        if left:
            stop = pos + len(piece)
            cells.append((stop - len(left), stop - (len(left) - len(left.rstrip()))))
        else:
            cells.append(None)
        pos += len(piece) + 1
    return cells


def _row_cells(view: str, start: int, end: int) -> list[Cell]:
    """Cells of a pipe row; a blank segment before a leading or after a trailing pipe is not a cell."""
    cells = _segments(view, start, end)
    if len(cells) > 1 and cells[-1] is None:
        cells.pop()
    # A blank first segment means the line opens with a pipe.
    if len(cells) > 1 and cells[0] is None:
        cells.pop(0)
    return cells


def classify_pipe_line(view: str, line: Line) -> str:
    """Kind of *line* (``P``, ``C``, ``O``, ``A``, ``T``, ``B`` or ``X``; see the module docstring).

    >>> v = "规章 | 0 | 0 |\\n规章 |\\n|||\\n|---|---|\\n规章\\n"
    >>> from govdisclosure.ingest.flat_grid import split_lines
    >>> [classify_pipe_line(v, ln) for ln in split_lines(v)]
    ['P', 'C', 'O', 'A', 'T', 'B']
    """
    return line_kind(view[line.start : line.end])


def classify_lines(parts: list[str]) -> list[str]:
    """Kinds of lines given as their texts (:attr:`LineIndex.parts`), as :func:`line_kind` gives them.

    >>> classify_lines(["规章 | 0 |", "", "规章\\r", "|||"])
    ['P', 'B', 'T', 'O']
    """
    # Most lines hold no pipe: their kind needs no call.  Short pipe lines repeat (``|||``).
    return [
        ("T" if p and not p.isspace() else "B")
        if "|" not in p
        else (_short_pipe_kind(p) if len(p) <= _MEMO_LEN else _pipe_kind(p))
        for p in parts
    ]


def line_kind(content: str) -> str:
    """Kind of one line's text (a trailing ``\\r`` does not matter).

    >>> [line_kind(s) for s in ("a | b", "a |", "|||", "|:---|", "a", " ", "| a")]
    ['P', 'C', 'O', 'A', 'T', 'B', 'P']
    """
    if "|" not in content:
        return "T" if content and not content.isspace() else "B"
    return _pipe_kind(content)


def _pipe_kind(line: str) -> str:
    bars = line.count("|")
    if bars > MAX_CELLS_PER_LINE:
        return "X"
    content = line.strip()
    if bars == len(content) or not content.replace("|", "").strip():
        return "O"
    if bars == 1:
        # One pipe: "text |" closes a cell; "a | b" is a row; "| text" opens a one-cell row.
        return "C" if content.endswith("|") else "P"
    if _ALIGN_RE.fullmatch(content):
        return "A"
    return "P"


# The kind depends on the line's text alone; only short lines are memoized (bounded memory).
_MEMO_LEN: Final = 64
_short_pipe_kind: Final = functools.lru_cache(maxsize=1024)(_pipe_kind)


def find_pipe_tables(text: str, view: str, lines: LineIndex, kinds: list[str], offset: int) -> list[Table]:
    """Tables of pipe rows and of pipe-closed cells; claimed lines get kind ``-``."""
    tables: list[Table] = []
    # The kinds as one string: a regex finds where a block may start, lines between cost nothing.
    # Lines are only claimed at or after the current position, so the string stays valid ahead.
    marks = "".join(kinds)
    # Pipe rows that are one cell closed by its pipe plus blank cells (``规章 | ||``): in a
    # cell-per-line block they are cell lines that end a row.
    closed = {n for n, kind in enumerate(kinds) if kind == "P" and _cell_then_blanks(lines.parts[n])}
    i = 0
    while (found := _BLOCK_START.search(marks, i)) is not None:
        i = found.start()
        table = None
        if kinds[i] in "PA":
            j = _pipe_block_end(kinds, i)
            table = _pipe_table(text, view, lines.between(i, j), kinds[i:j], offset)
        if kinds[i] not in "PA" or (table is None and i in closed):
            j = _cells_block_end(kinds, i, closed)
            block = ["E" if n in closed else kinds[n] for n in range(i, j)]
            table = _cells_table(text, view, lines, i, block, offset=offset)
        if table is None:
            i += 1
            continue
        tables.append(table)
        kinds[i:j] = ["-"] * (j - i)
        i = j
    return tables


def _pipe_block_end(kinds: list[str], i: int) -> int:
    """End of the run of pipe rows starting at *i* (pipe-only lines inside the run are rows too)."""
    j = i
    last = i
    while j < len(kinds) and kinds[j] in "PAO":
        if kinds[j] in "PA":
            last = j
        j += 1
    return last + 1


def _pipe_table(text: str, view: str, lines: list[Line], kinds: list[str], offset: int) -> Table | None:
    rows: list[Row] = []
    align_at = -1
    for line, kind in zip(lines, kinds, strict=True):
        if kind == "A":
            if align_at < 0:
                align_at = len(rows)
            continue
        rows.append(_row_cells(view, line.start, line.end))
    if not any(c is not None for r in rows for c in r):
        return None
    # One row alone is a table only when fenced by pipes on both sides with three or more cells
    # ("| label | 1 | 2 |"): an excerpt may keep a single row of a table, prose does not look so.
    if kinds.count("P") < 2 and not (len(rows) == 1 and len(rows[0]) >= _MIN_LONE_CELLS and _fenced(view, lines[0])):
        return None
    if align_at >= 0:
        header = [r < align_at for r in range(len(rows))]
        shape = "markdown"
    else:
        header = leading_header(view, rows)
        shape = "flat_pipe"
    region = (_first_char(view, lines[0]), _last_char(view, lines[-1]))
    return build_table(text, rows, header, shape=shape, offset=offset, region=region)


def _fenced(view: str, line: Line) -> bool:
    """Whether *line* opens and closes with a pipe."""
    content = view[line.start : line.end].strip()
    return content.startswith("|") and content.endswith("|")


def _first_char(view: str, line: Line) -> int:
    cell = trim(view, line.start, line.end)
    return line.start if cell is None else cell[0]


def _last_char(view: str, line: Line) -> int:
    cell = trim(view, line.start, line.end)
    return line.end if cell is None else cell[1]


def _cell_then_blanks(part: str) -> bool:
    """Whether a line is one cell closed by its pipe, then only pipes (blank cells).

    >>> _cell_then_blanks(" 规章  | ||"), _cell_then_blanks("规章 | 0 |"), _cell_then_blanks("| 规章 ||")
    (True, False, False)
    """
    head, _, tail = part.partition("|")
    return bool(head.strip()) and "|" in tail and not tail.replace("|", "").strip()


def _cells_block_end(kinds: list[str], i: int, closed: set[int] | frozenset[int] = frozenset()) -> int:
    """End of a cell-per-line block: cell lines, pipe-only lines, and short text runs a pipe closes.

    A line of *closed* (a cell then blank cells) belongs to the block unless a pipe row follows it:
    then it is the title row of a pipe table.
    """
    n = len(kinds)
    j = i
    end = i
    while j < n:
        kind = kinds[j]
        if kind in "CO" or (j in closed and (j + 1 >= n or kinds[j + 1] != "P" or j + 1 in closed)):
            j += 1
            end = j
            continue
        if kind == "T":
            k = j
            while k < n and kinds[k] == "T" and k - j < _MAX_WRAP:
                k += 1
            if k < n and (kinds[k] in "CO" or k in closed):
                j = k
                continue
        break
    return end


def _cells_stream(view: str, lines: LineIndex, first: int, kinds: list[str]) -> list[Cell | str]:
    """Cells in reading order (every pipe closes one), with ``_BREAK`` after a pipe-only line of empties."""
    out: list[Cell | str] = []
    pending: tuple[int, int] | None = None  # text since the last pipe, first to last character
    starts, ends, parts = lines.starts, lines.ends, lines.parts
    for number, kind in enumerate(kinds, first):
        start = starts[number]
        if kind == "C":
            # The text before the line's one pipe, trimmed in place (the usual line of such a table).
            piece = parts[number][: parts[number].rfind("|")]
            left = piece.lstrip()
            if left:
                lead = start + len(piece) - len(left)
                stop = lead + len(left.rstrip())
                pending = (lead, stop) if pending is None else (pending[0], stop)
            out.append(pending)
            pending = None
            continue
        if kind == "T":
            cell = trim(view, start, ends[number])
            if cell is not None:
                pending = cell if pending is None else (pending[0], cell[1])
            continue
        empties = 0
        segments = _segments(view, start, ends[number])[:-1]
        for cell in segments:
            if cell is not None:
                pending = cell if pending is None else (pending[0], cell[1])
            if pending is None:
                empties += 1
            out.append(pending)
            pending = None
        if (kind == "E" and empties) or (
            kind == "O" and empties and not _in_lone_run(parts, number, first, first + len(kinds))
        ):
            out.append(_BREAK)
    return out


def _in_lone_run(parts: list[str], number: int, first: int, stop: int) -> bool:
    """Whether line *number* is a lone pipe next to another lone pipe (within lines *first*..*stop*).

    Such a run is a row's blank cells, each written as its closing pipe; a single
    lone pipe between cells may end a row (converters that close every row with a pipe).
    """
    if parts[number].strip() != "|":
        return False
    return (number > first and parts[number - 1].strip() == "|") or (
        number + 1 < stop and parts[number + 1].strip() == "|"
    )


def _cells_table(text: str, view: str, lines: LineIndex, first: int, kinds: list[str], *, offset: int) -> Table | None:
    stream = _cells_stream(view, lines, first, kinds)
    n_cells = sum(1 for c in stream if c != _BREAK)
    if n_cells < 4 or sum(1 for k in kinds if k in "COE") < 3 or not any(c not in (None, _BREAK) for c in stream):
        return None
    segments: list[list[Cell]] = [[]]
    for item in stream:
        if item == _BREAK:
            segments.append([])
        else:
            segments[-1].append(item)  # type: ignore[arg-type]
    segments = _join_blank_breaks(view, [s for s in segments if s])
    rows = _rebuild_rows(view, segments)
    header = leading_header(view, rows)
    region = (_first_char(view, lines[first]), _last_char(view, lines[first + len(kinds) - 1]))
    return build_table(text, rows, header, shape="flat_cells", offset=offset, region=region)


def _join_blank_breaks(view: str, segments: list[list[Cell]]) -> list[list[Cell]]:
    """Undo breaks that were a row's blank cell: a piece opening with a figure joins the row before it.

    A lone ``|`` line is both how such converters close a row and how they write a blank
    cell.  Where the piece after it opens with a figure, the pipe was a blank cell inside
    a labelled row (``行政许可 |``, ``0 |``, ``|``, ``0 |``): the row before it opens with a
    label, already holds a figure and ends in the blank cell that pipe closed.  A header
    row (no figure) followed by a row of figures (table 四) stays two rows.

    >>> v = "行政许可 0 0"
    >>> _join_blank_breaks(v, [[(0, 4), (5, 6), None], [(7, 8), None]])
    [[(0, 4), (5, 6), None, (7, 8), None]]
    >>> _join_blank_breaks(v, [[(0, 4), None], [(7, 8)]])
    [[(0, 4), None], [(7, 8)]]
    """
    out: list[list[Cell]] = []
    for seg in segments:
        if out and is_value_cell(view, seg[0]) and _blank_ended_row(view, out[-1]):
            out[-1] = [*out[-1], *seg]
        else:
            out.append(seg)
    return out


def _blank_ended_row(view: str, seg: list[Cell]) -> bool:
    """Whether *seg* is a label, then at least one figure, then the blank cell a lone pipe closed."""
    return (
        len(seg) >= 3
        and seg[-1] is None
        and seg[0] is not None
        and not is_value_cell(view, seg[0])
        and any(is_value_cell(view, c) for c in seg[1:-1])
    )


def _rebuild_rows(view: str, segments: list[list[Cell]]) -> list[Row]:
    """Rows of a cell-per-line table; see ``docs/flat-tables.md`` ("Rebuilding rows")."""
    numeric = [[is_value_cell(view, c) for c in seg] for seg in segments]
    valued = {c for seg, num in zip(segments, numeric, strict=True) for c, n in zip(seg, num, strict=True) if n}
    split: list[list[Row] | None] = []
    widths: Counter[int] = Counter()
    for seg, num in zip(segments, numeric, strict=True):
        rows = _counter_rows(view, seg, num) if any(num) else None
        if rows is None and any(num):
            rows = label_value_rows(seg, num)
        if rows is not None:
            widths.update(len(r) for r in rows if not valued.isdisjoint(r))
        split.append(rows)
    width = widths.most_common(1)[0][0] if widths else 0
    out: list[Row] = []
    for seg, rows in zip(segments, split, strict=True):
        out.extend(_chunk(seg, width) if rows is None else rows)
    return out


def _chunk(seg: list[Cell], width: int) -> list[Row]:
    """Text-only cells: rows of *width* when they divide evenly, else one row."""
    if width > 1 and len(seg) > width and len(seg) % width == 0:
        return [list(seg[k : k + width]) for k in range(0, len(seg), width)]
    return [list(seg)]


def label_value_rows(seg: list[Cell], num: list[bool]) -> list[Row]:
    """A row starts at a text cell that follows a value cell; text before a row's label is a header row."""
    chunks: list[list[int]] = [[]]
    for k in range(len(seg)):
        if k and not num[k] and seg[k] is not None and (num[k - 1] or seg[k - 1] is None):
            chunks.append([])
        chunks[-1].append(k)
    rows: list[Row] = []
    for idx in chunks:
        lead = 0
        while lead < len(idx) and not num[idx[lead]] and seg[idx[lead]] is not None:
            lead += 1
        if lead >= 2 and lead < len(idx):
            head = [seg[k] for k in idx[: lead - 1]]
            body = [seg[k] for k in idx[lead - 1 :]]
            rows.extend(_chunk(head, len(body)))
            rows.append(body)
        else:
            rows.append([seg[k] for k in idx])
    return rows


def _counter_rows(view: str, seg: list[Cell], num: list[bool]) -> list[Row] | None:
    """Rows anchored on a serial-number column (1, 2, 3 …), or ``None`` when there is none.

    Every value cell must be a consecutive integer, at least three of them, with other
    cells between; the usual gap is the row width and the cells after the last serial
    number give the columns that follow it.  A row short of leading cells (a merged
    first column) is padded with empty cells on the left.
    """
    pos = [k for k, is_num in enumerate(num) if is_num]
    # Serial numbers have other cells between them: at most every other cell is one.
    if len(pos) < 3 or 2 * len(pos) > len(seg) + 1:
        return None
    expect = -1
    for k in pos:
        cell = seg[k]
        assert cell is not None  # value cells are never empty
        token = view[cell[0] : cell[1]]
        if not token.isdigit() or not token.isascii() or (expect >= 0 and int(token) != expect):
            return None
        expect = int(token) + 1
    gaps = Counter(b - a for a, b in itertools.pairwise(pos))
    # Ties go to the wider gap: a row may lack a merged cell, never hold an extra one.
    top = max(gaps.values())
    width = max(g for g, count in gaps.items() if count == top)
    after = len(seg) - 1 - pos[-1]
    if min(gaps) < 2 or after >= width:
        return None
    before = width - 1 - after
    starts = []
    prev_end = 0
    for k in pos:
        start = max(k - before, prev_end)
        starts.append(start)
        prev_end = k + after + 1
    rows: list[Row] = []
    if starts[0] > 0:
        rows.append(list(seg[: starts[0]]))
    bounds = [*starts[1:], len(seg)]
    for k, start, stop in zip(pos, starts, bounds, strict=True):
        lead: Row = [None] * (before - (k - start))
        rows.append(lead + list(seg[start:stop]))
    return rows
