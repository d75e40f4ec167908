"""Rows of a task table flattened into an outline item: content paragraphs each closed by a statement line.

A table ``任务 | 主要内容 | 责任单位`` copied as text one cell per line puts, under
the task's numbered heading, a content paragraph and then the line naming its
responsible units, once per row::

    （一）某项任务
    做好某事，按月公开。
    县财政局牵头落实
    加强另一事项的公开。
    县发改委、县统计局分别负责

When the text of an item after its heading line holds two or more responsibility
statements (bare ``…牵头落实`` lines, see :func:`~.task_units.is_statement`, or
labelled ``责任单位：…`` lines, either of them alone in brackets), each preceded by content, every content block is a
task of its own: its title is the first sentence of the block, its responsibility
the statement that follows.  A last block without a statement (a copy cut short)
is a task only when it reads as a sentence.  One statement alone is the item's own
responsibility (:func:`~.task_text.find_responsibility`), not a row.
"""

from __future__ import annotations

import re
from typing import Final

from attrs import frozen

from govdisclosure.extract.task_text import Responsibility, strip_span
from govdisclosure.extract.task_units import is_statement
from govdisclosure.lexicon.tasks import RESPONSIBILITY_LABELS
from govdisclosure.model import Span

__all__ = ["Row", "table_rows"]

_LABEL_START: Final = re.compile("(?:" + "|".join(map(re.escape, RESPONSIBILITY_LABELS)) + r")[ \t]*:")
_STATEMENT_TAIL: Final = " \t。.;；,，"
# A last block without a statement is a row only when its first line is a sentence this long at least.
_MIN_SENTENCE = 8


@frozen(kw_only=True)
class Row:
    """One row: its content ``[start, end)`` (stripped) and the statement closing it, if any."""

    start: int
    end: int
    responsibility: Responsibility | None


def _bracketed(view: str, lo: int, hi: int) -> bool:
    """Whether the line is one bracket group (``（县财政局负责）``)."""
    return view[lo] == "(" and view[hi - 1] == ")" and view.find(")", lo, hi - 1) < 0


def _is_statement_line(view: str, lo: int, hi: int) -> bool:
    if _bracketed(view, lo, hi):
        lo, hi = lo + 1, hi - 1
    return _LABEL_START.match(view, lo, hi) is not None or is_statement(view[lo:hi])


def _reads_as_sentence(view: str, lo: int, hi: int) -> bool:
    line = view[lo:hi]
    return hi - lo >= _MIN_SENTENCE and ("," in line or "。" in line)


def table_rows(view: str, start: int, end: int) -> list[Row]:
    """The rows of ``view[start:end]`` (an item's text after its heading line), or ``[]`` if it has none.

    >>> v = "做好甲事,按月公开。\\n县财政局牵头落实\\n做好乙事。\\n县统计局负责\\n"
    >>> [(v[r.start : r.end], r.responsibility and v[r.responsibility.span.start : r.responsibility.span.end])
    ...  for r in table_rows(v, 0, len(v))]
    [('做好甲事,按月公开。', '县财政局牵头落实'), ('做好乙事。', '县统计局负责')]
    >>> table_rows("做好甲事。\\n县财政局牵头落实\\n", 0, 13)
    []
    """
    # blocks of consecutive content lines and of consecutive statement lines: (is_statement, lo, hi, first line end)
    blocks: list[tuple[bool, int, int, int]] = []
    pos = start
    while pos < end:
        nl = view.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        lo, hi = strip_span(view, pos, line_end)
        pos = line_end + 1
        if lo >= hi:
            continue
        statement = _is_statement_line(view, lo, hi)
        if blocks and blocks[-1][0] == statement:
            kind, b_lo, _, first_end = blocks[-1]
            blocks[-1] = (kind, b_lo, hi, first_end)
        else:
            blocks.append((statement, lo, hi, hi))
    if not blocks or blocks[0][0] or sum(b[0] for b in blocks) < 2:
        return []
    rows: list[Row] = []
    for i, (statement, lo, hi, first_end) in enumerate(blocks):
        if statement:
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is None:
            if _reads_as_sentence(view, lo, first_end):
                rows.append(Row(start=lo, end=hi, responsibility=None))
            continue
        s_lo, s_hi = strip_span(view, nxt[1], nxt[2], _STATEMENT_TAIL)
        bracketed = _bracketed(view, s_lo, s_hi)
        if bracketed:
            s_lo, s_hi = s_lo + 1, s_hi - 1
        rows.append(
            Row(start=lo, end=hi, responsibility=Responsibility(span=Span(start=s_lo, end=s_hi), bracketed=bracketed))
        )
    return rows
