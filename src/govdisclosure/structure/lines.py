"""Lines of a document and the set-aside regions (noise, tables) the structure stage skips."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from attrs import frozen

from govdisclosure.ingest.document import Document
from govdisclosure.model import Span

__all__ = ["Line", "Regions", "document_lines", "split_lines"]


@frozen(kw_only=True)
class Line:
    """One line of the text: ``[start, end)`` without the line break, ``lo``/``hi`` without edge space."""

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

    >>> [(ln.start, ln.end, ln.lo, ln.hi) for ln in split_lines(" a \\nb")]
    [(0, 3, 1, 2), (4, 5, 4, 5)]
    """
    out: list[Line] = []
    pos = 0
    n = len(view)
    while pos <= n:
        nl = view.find("\n", pos)
        end = n if nl < 0 else nl
        lo, hi = pos, end
        while lo < hi and view[lo].isspace():
            lo += 1
        while hi > lo and view[hi - 1].isspace():
            hi -= 1
        out.append(Line(start=pos, end=end, lo=lo, hi=hi))
        if nl < 0:
            break
        pos = nl + 1
    return out


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

    def __bool__(self) -> bool:
        return bool(self.spans)


def document_lines(doc: Document) -> list[Line]:
    """The lines of *doc*'s matching view."""
    return split_lines(doc.view)
