"""Lines of a document and the set-aside regions (noise, tables) the structure stage skips."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from govdisclosure.ingest.document import Document
from govdisclosure.model import Span

__all__ = ["Line", "Regions", "document_lines", "lines_before", "split_lines"]


class Line(NamedTuple):
    """One line of the text: ``[start, end)`` without the line break, ``lo``/``hi`` without edge space.

    A named tuple rather than an attrs class: a long document has one per line, and
    tuples are the cheapest objects to build.
    """

    start: int
    end: int
    lo: int
    hi: int

    @property
    def blank(self) -> bool:
        """Whether the line holds only white space."""
        return self.lo >= self.hi

    def content(self, s: str) -> str:
        """The stripped line content of *s* (text or view)."""
        return s[self.lo : self.hi]


def split_lines(view: str) -> list[Line]:
    """Split *view* into :class:`Line` objects covering every character but the line breaks.

    ``str.strip`` trims the same characters as ``str.isspace`` tests; a blank
    line has ``lo == hi == end``.

    >>> [(ln.start, ln.end, ln.lo, ln.hi) for ln in split_lines(" a \\nb")]
    [(0, 3, 1, 2), (4, 5, 4, 5)]
    >>> split_lines("  \\n")
    [Line(start=0, end=2, lo=2, hi=2), Line(start=3, end=3, lo=3, hi=3)]
    """
    out: list[Line] = []
    append = out.append
    make = tuple.__new__
    pos = 0
    for raw in view.split("\n"):
        end = pos + len(raw)
        kept = raw.lstrip()
        lo = end - len(kept)
        append(make(Line, (pos, end, lo, lo + len(kept.rstrip()))))
        pos = end + 1
    return out


def lines_before(lines: Sequence[Line], end: int) -> Sequence[Line]:
    """The lines of *lines* (in text order) that start before *end*, found by bisection.

    >>> [ln.start for ln in lines_before(split_lines("a\\nb\\nc"), 3)]
    [0, 2]
    """
    return lines[: bisect.bisect_left(lines, end, key=_start)]


def _start(line: Line) -> int:
    return line.start


class Regions:
    """A set of disjoint spans answering 'is this range inside one of them' in log time."""

    def __init__(self, spans: Iterable[Span]) -> None:
        merged: list[list[int]] = []
        for sp in sorted(spans, key=lambda s: (s.start, s.end)):
            if sp.end <= sp.start:
                continue
            if merged and sp.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], sp.end)
            else:
                merged.append([sp.start, sp.end])
        self.spans: list[tuple[int, int]] = [(a, b) for a, b in merged]
        self._starts = [a for a, _ in self.spans]

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one region (an empty range never does)."""
        if end <= start:
            return False
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self.spans[i][1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with a region."""
        i = bisect.bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self.spans[i][1] > start

    def starts_in(self, start: int, end: int) -> bool:
        """Whether a region starts inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end

    def first_ending_after(self, pos: int) -> int:
        """Index in :attr:`spans` of the first region that ends after *pos* (found by bisection)."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return i if i >= 0 and self.spans[i][1] > pos else i + 1

    def cut(self, text: str, start: int, end: int) -> str:
        """``text[start:end]`` without the pieces that lie in a region.

        >>> from govdisclosure.model import Span
        >>> Regions([Span(start=1, end=6)]).cut("主(zhǔ)动公开", 0, 9)
        '主动公开'
        """
        if not self.overlaps(start, end):
            return text[start:end]
        out: list[str] = []
        pos = start
        spans = self.spans
        for i in range(self.first_ending_after(start), len(spans)):
            a, b = spans[i]
            if a >= end:
                break
            if a > pos:
                out.append(text[pos:a])
            pos = max(pos, b)
        if pos < end:
            out.append(text[pos:end])
        return "".join(out)

    def __bool__(self) -> bool:
        return bool(self.spans)


def document_lines(doc: Document) -> list[Line]:
    """The lines of *doc*'s matching view."""
    return split_lines(doc.view)
