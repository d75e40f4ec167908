"""The numbered outline of a work plan: items with level, parent and extent.

Two sources give the same :class:`Item` list: the section tree of the
structure stage (:func:`items_from_sections`) and, as a fallback that makes
the task stage useful on its own, a scan of the text lines for numbered
items (:func:`items_from_lines`).  Levels follow the usual Chinese order of
numbering styles — ``一、`` > ``（一）`` > ``1.`` > ``（1）`` > ``①`` — compressed
to the styles present.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from typing import Final

from attrs import frozen

from govdisclosure.model import Section, SectionKind, Span

__all__ = ["Item", "cn_ordinal", "items_from_lines", "items_from_sections", "match_number"]

_CN = "一二三四五六七八九十百零〇两"
# Numbering at a line start, on the matching view (full-width already folded).
_NUMBER: Final = re.compile(
    r"[ \t]*(?:"
    rf"(?P<cn>[{_CN}]{{1,4}})[、.]"
    rf"|\((?P<pcn>[{_CN}]{{1,4}})\)"
    r"|(?P<ar>\d{1,3})(?:、|\.(?!\d))"
    r"|\((?P<par>\d{1,3})\)"
    r"|(?P<circ>[①-⑳])"
    r")"
)
# _NUMBER at every line start, in one scan (it never crosses a line break).
_NUMBER_AT_LINE_START: Final = re.compile("(?m)^" + _NUMBER.pattern)
#: Canonical rank of each numbering style (smaller is higher in the outline).
_RANK: Final[dict[str, int]] = {"cn": 1, "pcn": 2, "ar": 3, "par": 4, "circ": 5}
_DIGITS: Final[dict[str, int]] = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


@frozen(kw_only=True)
class Item:
    """One numbered item of the outline.

    ``start`` is where its numbering starts and ``number_end`` where it ends;
    ``end`` is the end of its own text (the next item of any level) and
    ``tree_end`` the end of its subtree (the next item of the same or a
    higher level).  ``parent`` indexes the list the item belongs to.
    """

    style: str
    level: int
    start: int
    number_end: int
    end: int
    tree_end: int
    ordinal: int | None = None
    parent: int | None = None

    @property
    def span(self) -> Span:
        """Span of the item and its subtree."""
        return Span(start=self.start, end=self.tree_end)


def cn_ordinal(numeral: str) -> int | None:
    """Value of a small Chinese numeral (below 1000), ``None`` if it is not one.

    >>> cn_ordinal("十"), cn_ordinal("十二"), cn_ordinal("二十一"), cn_ordinal("一百零五")
    (10, 12, 21, 105)
    >>> cn_ordinal("十十") is None
    True
    """
    if not numeral or any(c not in _DIGITS and c not in "十百" for c in numeral):
        return None
    total, current = 0, 0
    seen: set[str] = set()
    for c in numeral:
        if c in "十百":
            if c in seen:
                return None
            seen.add(c)
            total += (current or 1) * (10 if c == "十" else 100)
            current = 0
        elif current:
            return None  # two digits in a row (一二) is not a numeral
        else:
            current = _DIGITS[c]
    return total + current


# Numerals repeat throughout a document: remember their values.
_cached_ordinal: Final = functools.lru_cache(maxsize=1024)(cn_ordinal)


def match_number(view: str, pos: int, end: int | None = None) -> tuple[str, int, int, int | None] | None:
    """Numbering at *pos* of *view*: ``(style, start, end, ordinal)`` or ``None``.

    >>> match_number("（三）做好解读".replace("（", "(").replace("）", ")"), 0)
    ('pcn', 0, 3, 3)
    >>> match_number("  2.加强培训", 0)
    ('ar', 2, 4, 2)
    >>> match_number("2023.5 完成", 0) is None
    True
    """
    m = _NUMBER.match(view, pos, len(view) if end is None else end)
    return None if m is None else _hit(m)


def _hit(m: re.Match[str]) -> tuple[str, int, int, int | None] | None:
    """:func:`match_number`'s result for a match of :data:`_NUMBER`."""
    style = m.lastgroup
    if style is None:  # pragma: no cover - every alternative is a named group
        return None
    raw = m.group(style)
    if style in {"ar", "par"}:
        ordinal: int | None = int(raw)
    elif style == "circ":
        ordinal = ord(raw) - ord("①") + 1
    else:
        ordinal = _cached_ordinal(raw)
        if ordinal is None:
            return None
    start = m.start(style) - (1 if style in {"pcn", "par"} else 0)
    return style, start, m.end(), ordinal


def _levels(styles: Iterable[str]) -> dict[str, int]:
    ranks = sorted({_RANK[s] for s in styles if s in _RANK})
    by_rank = {rank: i + 1 for i, rank in enumerate(ranks)}
    return {s: by_rank[r] for s, r in _RANK.items() if r in by_rank}


def _link(
    raw: Sequence[tuple[str, int, int, int | None, int]], text_end: int, ends: Sequence[int] | None = None
) -> list[Item]:
    """Build items from ``(style, start, number_end, ordinal, level)`` in reading order.

    *ends* gives each item's own end; by default the next item's start.
    """
    items: list[Item] = []
    stack: list[int] = []
    tree_ends = [text_end] * len(raw)
    parents: list[int | None] = []
    for i, (_, start, _, _, level) in enumerate(raw):
        while stack and raw[stack[-1]][4] >= level:
            tree_ends[stack.pop()] = start
        parents.append(stack[-1] if stack else None)
        stack.append(i)
    for i, (style, start, number_end, ordinal, level) in enumerate(raw):
        end = raw[i + 1][1] if i + 1 < len(raw) else text_end
        if ends is not None:
            end = ends[i]
        items.append(
            Item(
                style=style,
                level=level,
                start=start,
                number_end=number_end,
                end=end,
                tree_end=tree_ends[i],
                ordinal=ordinal,
                parent=parents[i],
            )
        )
    return items


def _merged(spans: Sequence[Span]) -> tuple[list[int], list[int]]:
    """Starts and ends of the union of *spans* as disjoint sorted ranges (for bisection)."""
    starts: list[int] = []
    ends: list[int] = []
    for sp in sorted((sp for sp in spans if sp.end > sp.start), key=lambda sp: sp.start):
        if ends and sp.start <= ends[-1]:
            ends[-1] = max(ends[-1], sp.end)
        else:
            starts.append(sp.start)
            ends.append(sp.end)
    return starts, ends


def items_from_lines(view: str, *, skip: Sequence[Span] = ()) -> list[Item]:
    """Scan *view* line by line for numbered items (starts inside *skip* spans are ignored)."""
    found: list[tuple[str, int, int, int | None]] = []
    skip_starts, skip_ends = _merged(skip)
    for m in _NUMBER_AT_LINE_START.finditer(view):  # only the lines that open with a number
        pos = m.start()
        k = bisect.bisect_right(skip_starts, pos) - 1
        if k >= 0 and pos < skip_ends[k]:
            continue
        hit = _hit(m)
        if hit is not None:
            found.append(hit)
    levels = _levels(style for style, *_ in found)
    raw = [(style, start, end, ordinal, levels[style]) for style, start, end, ordinal in found]
    return _link(raw, len(view))


def items_from_sections(view: str, sections: Sequence[Section]) -> list[Item]:
    """Items for the numbered heading sections of a section tree (levels as the tree gives them)."""
    raw: list[tuple[str, int, int, int | None, int]] = []
    ends: list[int] = []
    for section in sections:
        if section.kind is not SectionKind.HEADING or section.level < 1:
            continue
        start = section.heading_span.start if section.heading_span is not None else section.span.start
        hit = match_number(view, start, section.span.end)
        if hit is None:
            style, number_end, ordinal = f"level{section.level}", start, section.ordinal
        else:
            style, start, number_end, ordinal = hit
        raw.append((style, start, number_end, ordinal, section.level))
        ends.append(section.span.end)
    return _link(raw, len(view), ends)
