"""Reading one outline item of a work plan: its title, its responsibility text, its group.

Positions are offsets into the document; matching runs on the view and the
strings returned are slices of the printed text.
"""

from __future__ import annotations

import re
from typing import Final

from attrs import frozen

from govdisclosure.extract.task_units import is_statement, names_units
from govdisclosure.lexicon.tasks import (
    CLOSING_CHAPTERS,
    DEADLINE_LABELS,
    INTRO_ITEMS,
    RESPONSIBILITY_LABELS,
    TITLE_CONNECTORS,
)
from govdisclosure.model import Span

__all__ = [
    "Responsibility",
    "find_responsibility",
    "is_frame_title",
    "sentence_end",
    "split_deadline",
    "strip_span",
    "title_span",
]

_TRAILING_PUNCT: Final = " \t\n，,：:；;。.、"
_TAIL_AFTER_PAREN: Final = " \t。.;；,，"
_LABEL: Final = re.compile("(?:" + "|".join(map(re.escape, RESPONSIBILITY_LABELS)) + r")[ \t]*[:：]")
# a deadline label after a separator inside a statement (…，完成时限：长期坚持)
_DEADLINE: Final = re.compile(r"[，,；;、 \t]+(?:" + "|".join(map(re.escape, DEADLINE_LABELS)) + r")[ \t]*[:：][ \t]*")
_BRACKET: Final = re.compile(r"\(([^()\n]{1,80})\)")  # a bracket group on one line, not nested
_RUN_IN_COLON: Final = re.compile(r"(?<!\d):|:(?!\d)")  # a heading run into its text, not 11:00
_FRAME_WORDS: Final = tuple(sorted(INTRO_ITEMS + CLOSING_CHAPTERS + TITLE_CONNECTORS, key=len, reverse=True))
_FRAME: Final = re.compile("(?:" + "|".join(map(re.escape, _FRAME_WORDS)) + r")+")


@frozen(kw_only=True)
class Responsibility:
    """Where an item names its responsible units: ``span`` of the text without brackets."""

    span: Span
    bracketed: bool


def strip_span(view: str, start: int, end: int, chars: str = " \t\n") -> tuple[int, int]:
    """Shrink ``[start, end)`` of *view* past leading and trailing *chars*."""
    while start < end and view[start] in chars:
        start += 1
    while end > start and view[end - 1] in chars:
        end -= 1
    return start, end


def sentence_end(view: str, start: int, end: int) -> int:
    """End of the first sentence (before ``。``), run-in heading (before ``：``) or line in ``[start, end)``.

    >>> sentence_end("加强领导:各单位要落实。", 0, 12), sentence_end("11:00前完成。", 0, 9)
    (4, 8)
    """
    stop = end
    for mark in ("。", "\n"):
        i = view.find(mark, start, stop)
        if i >= 0:
            stop = i
    m = _RUN_IN_COLON.search(view, start, stop)
    return m.start() if m is not None and m.start() > start else stop


def _trailing_group(view: str, start: int, end: int) -> tuple[int, int] | None:
    """The bracket group that closes ``[start, end)`` (only punctuation after it): inner span."""
    stop = end
    while stop > start and view[stop - 1] in _TAIL_AFTER_PAREN:
        stop -= 1
    if stop <= start or view[stop - 1] != ")":
        return None
    depth = 0
    for i in range(stop - 1, start - 1, -1):  # walk back to the matching bracket (nesting allowed)
        ch = view[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth -= 1
            if depth == 0:
                return i + 1, stop - 1
    return None


def title_span(view: str, start: int, end: int, *, stop: int | None = None) -> tuple[int, int]:
    """Title of an item whose heading text starts at *start*: up to the first 。 or the line end.

    A closing bracket group naming units (the responsibility) and trailing
    punctuation are left out.  *stop*, when given, is ``sentence_end(view, start, end)``
    already computed by the caller.
    """
    if stop is None:
        stop = sentence_end(view, start, end)
    t_start, t_end = strip_span(view, start, stop, _TRAILING_PUNCT)
    group = _trailing_group(view, t_start, t_end)
    if group is not None and names_units(view[group[0] : group[1]]):
        t_start, t_end = strip_span(view, t_start, group[0] - 1, _TRAILING_PUNCT)
    return t_start, t_end


def _label_at(view: str, line_start: int, line_end: int) -> int | None:
    """Start of a responsibility label in the line that is not inside brackets."""
    if view.find(":", line_start, line_end) < 0 and view.find("：", line_start, line_end) < 0:
        return None  # every label ends with a colon
    found: int | None = None
    for m in _LABEL.finditer(view, line_start, line_end):
        before = view[line_start : m.start()]
        if before.count("(") <= before.count(")"):
            found = m.start()
            break
    return found


def find_responsibility(view: str, start: int, end: int, title_end: int) -> Responsibility | None:
    """The last responsibility statement of an item's own text ``[start, end)``.

    Candidates are a bracket group closing a line (or the title sentence)
    that names units, a labelled list (``责任单位：…``) running to the line
    end (consecutive labelled lines form one statement), and a line below the
    heading line naming only units with their role (``县财政局牵头落实``).
    """
    best: Responsibility | None = None
    label_line = False  # whether the last non-blank line was a labelled list
    pos = start
    while pos < end:
        nl = view.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        label = _label_at(view, pos, line_end)
        if label is not None:
            l_start, l_end = strip_span(view, label, line_end, _TAIL_AFTER_PAREN)
            if label_line and best is not None and not view[pos:label].strip():
                l_start = best.span.start
            best = Responsibility(span=Span(start=l_start, end=l_end), bracketed=False)
            label_line = True
        elif view[pos:line_end].strip():
            label_line = False
            lo, hi = strip_span(view, pos, line_end)
            if pos > start and is_statement(view[lo:hi]):
                # a line below the heading naming only units and their role (县财政局牵头落实)
                s_lo, s_hi = strip_span(view, lo, hi, _TAIL_AFTER_PAREN)
                best = Responsibility(span=Span(start=s_lo, end=s_hi), bracketed=False)
                pos = line_end + 1
                continue
            group = _trailing_group(view, pos, line_end)
            if group is not None and names_units(view[group[0] : group[1]]):
                best = Responsibility(span=Span(start=group[0], end=group[1]), bracketed=True)
        pos = line_end + 1
    if best is None and view[title_end : title_end + 1] == "。":
        group = _trailing_group(view, start, title_end)
        if group is not None and names_units(view[group[0] : group[1]]):
            best = Responsibility(span=Span(start=group[0], end=group[1]), bracketed=True)
    if best is not None and _other_statement(view, start, end, best.span):
        return None  # parts of the item name different units: no one statement is the item's
    return best


def _other_statement(view: str, start: int, end: int, chosen: Span) -> bool:
    """Whether ``[start, end)`` holds a bracketed statement besides *chosen* (``…。（牵头单位：…）…``).

    Only brackets that read as statements count: a labelled list or units
    with their role (``（县财政局牵头）``), not any bracket naming units.

    >>> v = "做好公开。(牵头单位:甲局)做好解读。(牵头单位:乙局)"
    >>> _other_statement(v, 0, len(v), Span(start=len(v) - 8, end=len(v) - 1))
    True
    >>> _other_statement(v, 0, 12, Span(start=6, end=11))
    False
    """
    for m in _BRACKET.finditer(view, start, end):
        a, b = m.span(1)
        if (a <= chosen.start and chosen.end <= b) or (chosen.start <= a and b <= chosen.end):
            continue  # the chosen statement itself (or a bracket inside it)
        if _LABEL.match(view, a) or is_statement(view[a:b].strip()):
            return True
    return False


def split_deadline(view: str, span: Span) -> tuple[Span, Span | None]:
    """Split a labelled deadline off the end of a responsibility statement.

    Returns the statement without the deadline and the deadline's span (or
    None).  The deadline must follow a separator and at least one unit, and
    must be the last part of the statement.

    >>> v = "牵头单位:县司法局,完成时限:长期坚持"
    >>> resp, dl = split_deadline(v, Span(start=0, end=len(v)))
    >>> v[resp.start : resp.end], v[dl.start : dl.end] if dl else None
    ('牵头单位:县司法局', '长期坚持')
    """
    m = _DEADLINE.search(view, span.start, span.end)
    if m is None or m.start() <= span.start:
        return span, None
    d_start, d_end = strip_span(view, m.end(), span.end, _TAIL_AFTER_PAREN)
    r_start, r_end = strip_span(view, span.start, m.start(), _TRAILING_PUNCT)
    if d_start >= d_end or r_start >= r_end or _DEADLINE.search(view, d_start, d_end):
        return span, None
    return Span(start=r_start, end=r_end), Span(start=d_start, end=d_end)


def is_frame_title(view_title: str) -> bool:
    """Whether a heading only names a frame part of a plan (指导思想, 保障措施 …), not a task.

    >>> is_frame_title("指导思想和工作目标"), is_frame_title("加强组织领导")
    (True, False)
    """
    title = view_title.strip(_TRAILING_PUNCT)
    m = _FRAME.fullmatch(title)
    return bool(title) and m is not None
