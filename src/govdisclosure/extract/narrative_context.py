"""Heading context of a position: the titles of the headings a paragraph sits under.

Uses the structure stage's sections when present and, beneath them, a light
line-based reading of numbered headings (``一、`` ``(一)`` ``1.`` ``(1)`` ``①``),
so that figures can be scoped to a chapter (依申请公开, 重点领域, 政务服务 …)
even in documents whose sub-headings the structure stage did not split.
"""

from __future__ import annotations

import bisect
import re
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


class HeadingContext:
    """Titles of the enclosing headings for any position of a view."""

    def __init__(self, view: str, report: Report | None = None) -> None:
        top_starts: set[int] = set()
        if report is not None:
            top_starts = {
                s.heading_span.start
                for s in report.sections
                if s.kind is SectionKind.HEADING and s.level == 1 and s.heading_span is not None
            }
        self._starts: list[int] = []
        self._contexts: list[str] = []
        self._tops: list[str] = []
        stack: dict[int, str] = {}
        context, top = "", ""  # of the current stack, rebuilt only when a heading changes it
        pos = 0
        for line in view.split("\n"):
            stripped = line.lstrip()
            lead = len(line) - len(stripped)
            rank, title = self._heading(stripped)
            if pos + lead in top_starts and rank != 1:
                rank, title = 1, stripped[:_MAX_TITLE]
            if rank:
                stack = {r: t for r, t in stack.items() if r < rank}
                stack[rank] = title
                context, top = " / ".join(stack[r] for r in sorted(stack)), stack.get(1, "")
            self._starts.append(pos)
            self._contexts.append(context)
            self._tops.append(top)
            pos += len(line) + 1

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
        return self._contexts[i] if i >= 0 else ""

    def top(self, pos: int) -> str:
        """The title of the enclosing top-level heading at *pos* ("" before the first)."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return self._tops[i] if i >= 0 else ""
