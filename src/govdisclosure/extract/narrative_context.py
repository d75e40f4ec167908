"""Heading context of a position: the titles of the headings a paragraph sits under.

Uses the structure stage's sections when present and, beneath them, a light
line-based reading of numbered headings (``一、`` ``(一)`` ``1.`` ``(1)`` ``①``),
so that figures can be scoped to a chapter (依申请公开, 重点领域, 政务服务 …)
even in documents whose sub-headings the structure stage did not split.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Final

from govdisclosure.model import Report, SectionKind

__all__ = ["HeadingContext"]

_RANKED: Final[tuple[tuple[int, re.Pattern[str]], ...]] = (
    (1, re.compile(r"[一二三四五六七八九十]{1,3}\s*[、.]|[一二三四五六七八九十]{1,3}\s+(?=\S)")),
    (2, re.compile(r"\(\s*[一二三四五六七八九十]{1,3}\s*\)")),
    (3, re.compile(r"\d{1,2}\s*[、.](?!\d)")),
    (4, re.compile(r"\(\s*\d{1,2}\s*\)")),
    (5, re.compile(r"[①-⑳]")),
)
#: What a numbered heading starts with (besides a digit).
_HEADING_FIRST: Final = frozenset("一二三四五六七八九十(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
_TITLE_END: Final = re.compile(r"[。;:!?]")
_MAX_TITLE: Final = 40
_NON_SPACE: Final = re.compile(r"\S")  # \S is what str.lstrip keeps

# The ranked patterns as one scan of the whole view, so that lines without a heading cost no
# Python work: a line break, the line's leading white space (possessive: never given back), then
# the ranked patterns as alternatives, tried in rank order as _heading tries them.  Group 2k-1
# holds rank k's marker and what follows it (so it is the last group closed: Match.lastindex),
# group 2k the rest of its line up to and including the first full stop.  Inside a line, \s
# stands for white space other than a line break, so that no match leaves its line.
_IN_LINE_SPACE: Final = r"[^\S\n]"
_TITLE_STOPS: Final = "。;:!?"  # what _TITLE_END finds
_LINE_HEADING: Final = re.compile(
    rf"\n{_IN_LINE_SPACE}*+(?:"
    + "|".join(
        "((?:" + pattern.pattern.replace(r"\s", _IN_LINE_SPACE) + rf")([^\n{_TITLE_STOPS}]*+[{_TITLE_STOPS}]?))"
        for _, pattern in _RANKED
    )
    + ")"
)


class HeadingContext:
    """Titles of the enclosing headings for any position of a view."""

    def __init__(self, view: str, report: Report | None = None) -> None:
        top_starts: set[int] = set()
        if report is not None:
            top_starts = {
                s.heading_span.start
                for s in report.sections
                if s.level == 1 and s.kind is SectionKind.HEADING and s.heading_span is not None
            }
        # One entry per heading line (the context only changes there): its start, rank, title,
        # and the entry of the heading it sits under (-1: none); contexts are joined on demand.
        self._starts, self._ranks, self._titles = _heading_lines(view, top_starts)
        self._parents: list[int] = []
        self._contexts: list[str | None] = [None] * len(self._starts)
        open_entries: list[int] = []
        ranks = self._ranks
        for i, rank in enumerate(ranks):
            while open_entries and ranks[open_entries[-1]] >= rank:  # ranks increase up the stack
                open_entries.pop()
            self._parents.append(open_entries[-1] if open_entries else -1)
            open_entries.append(i)

    @staticmethod
    def _heading(line: str) -> tuple[int, str]:
        """Rank and title of a heading line (an inline heading ends at its first full stop)."""
        if not line or not (line[0] in _HEADING_FIRST or line[0].isdigit()):
            return 0, ""  # no numbering can start here: most lines
        for rank, pattern in _RANKED:
            m = pattern.match(line)
            if m is None:
                continue
            rest = line[m.end() :]
            end = _TITLE_END.search(rest)
            title = rest[: end.start()] if end else rest
            if end is None and len(rest) > _MAX_TITLE:
                return 0, ""
            return rank, title.strip()[:_MAX_TITLE]
        return 0, ""

    def at(self, pos: int) -> str:
        """The enclosing headings' titles at *pos*, outermost first, joined by `` / ``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return ""
        context = self._contexts[i]
        if context is None:
            titles = []
            j = i
            while j >= 0:
                titles.append(self._titles[j])
                j = self._parents[j]
            context = self._contexts[i] = " / ".join(reversed(titles))
        return context

    def top(self, pos: int) -> str:
        """The title of the enclosing top-level heading at *pos* ("" before the first)."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return ""
        while self._parents[i] >= 0:
            i = self._parents[i]
        return self._titles[i] if self._ranks[i] == 1 else ""


def _heading_lines(view: str, top_starts: Iterable[int]) -> tuple[list[int], list[int], list[str]]:
    """Line starts, ranks and titles of the heading lines of *view*, in order.

    A heading line is one read by :meth:`HeadingContext._heading` as a heading,
    or one starting (after white space) at one of *top_starts* (the structure
    stage's top-level headings), which makes it rank 1 titled by its first characters.
    """
    top_lines = _top_lines(view, top_starts)
    scan = "\n" + view  # the first line follows a line break too; offsets shift by one
    starts: list[int] = []
    ranks: list[int] = []
    titles: list[str] = []
    for m in _LINE_HEADING.finditer(scan):
        line_start = m.start()  # the break is at scan offset line_start, the line at view offset line_start
        group = m.lastindex or 1
        rank = (group + 1) // 2
        rest = m.group(group + 1)
        if rest and rest[-1] in _TITLE_STOPS:
            title: str | None = rest[:-1].strip()[:_MAX_TITLE]
        elif len(rest) > _MAX_TITLE:
            title = None  # a long line without a full stop is a paragraph, not a heading
        else:
            title = rest.strip()[:_MAX_TITLE]
        if top_lines:
            top_title = top_lines.pop(line_start, None)
            if top_title is not None and rank != 1:
                rank, title = 1, top_title
        if title is None:
            continue
        starts.append(line_start)
        ranks.append(rank)
        titles.append(title)
    if top_lines:  # top-level headings on lines that no ranked pattern reads
        entries = sorted([*zip(starts, ranks, titles, strict=True), *((at, 1, t) for at, t in top_lines.items())])
        starts = [at for at, _, _ in entries]
        ranks = [rank for _, rank, _ in entries]
        titles = [title for _, _, title in entries]
    return starts, ranks, titles


def _top_lines(view: str, top_starts: Iterable[int]) -> dict[int, str]:
    """Line start -> first characters of each line whose content starts at one of *top_starts*.

    A line's content starts at its first non-space character (at its end when
    blank), as ``str.lstrip`` has it.  Each stretch of the view is scanned once.
    """
    out: dict[int, str] = {}
    previous = 0  # the previous start: a line break after it opens a new line
    line_start, content, blank_to = 0, -1, 0  # content: first non-space of the line (-1: not up to blank_to)
    for p in sorted(top_starts):
        if not 0 <= p <= len(view):
            continue
        newline = view.rfind("\n", previous, p)
        previous = p
        if newline >= 0:
            line_start, content, blank_to = newline + 1, -1, newline + 1
        if content < 0:
            m = _NON_SPACE.search(view, blank_to, p + 1)
            if m is None:
                blank_to = p + 1
                if p < len(view) and view[p] != "\n":
                    continue  # p is inside the leading white space
            else:
                content = m.start()
        if content < 0 or content == p:
            end = view.find("\n", p, p + _MAX_TITLE)
            out[line_start] = view[p : end if end >= 0 else p + _MAX_TITLE]
    return out
