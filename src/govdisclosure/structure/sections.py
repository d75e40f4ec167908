"""The section tree: numbered headings, their levels, and sections that tile the text.

Levels come from the order in which numbering styles occur in the document:
the first style seen is level 1, a new style opens the next level, and a
style already open closes everything below it.  Two refinements:

* an Arabic number typed in place of a Chinese one keeps its delimiter
  (``5、`` between ``四、`` and ``六、``, ``(3)`` between ``(二)`` and ``(四)``):
  when a new style's number continues an open level with the same delimiter
  and is not 1, it stands in for that level (GD107);
* a chapter style (一、, （一）, 第一章 …) starting at 1 when level 1 so far is
  only list numbering (1. 1、 (1) ① 一是: a numbered list in a preamble)
  takes over level 1.  Chapter styles keep the order in which they occur.

A very long line whose paragraphs were run together by the page's extraction
(``…特制定本文。 一、工作目标 今年要… (一)夯实基础… 1、档案管理…``) is read as
segments cut before each chapter or list marker that follows white space; a
heading found there starts mid-line and its title ends at the next space run.

Sections are stored flat in reading order.  Text before the first heading is
a PREAMBLE; noise (page chrome, spam …) in the preamble or at the end of the
text is cut out as NOISE sections.  The spans tile ``[0, len(text))``.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import define

from govdisclosure import diagnostics
from govdisclosure.lexicon.structure import MARKER_DELIMITER, STYLE_RANK
from govdisclosure.model import Diagnostic, Section, SectionKind, Span
from govdisclosure.structure.lines import Line, Regions
from govdisclosure.structure.numbering import (
    FIGURES_ONLY,
    INLINE_MARKER,
    STOP_CHARS,
    TRAILING_FIGURES,
    HeadingMatch,
    match_heading,
)

__all__ = ["Heading", "build_sections", "find_headings"]


# Styles ranked this low (1. 1、 (1) ① 一是) at level 1 are a list, which a chapter style replaces.
_LIST_RANK = 3
# Beyond this many numbering diagnostics of one code, the rest are counted in one summary.
_MAX_NUMBERING_DIAGS = 50
# A line this long holding inline markers is run-together paragraphs, read as segments.
_LONG_LINE = 200


@define(kw_only=True)
class Heading:
    """A recognised heading with its level and the line it starts."""

    match: HeadingMatch
    line_start: int
    line_end: int
    level: int = 1
    parent: int | None = None  # index into the heading list
    style: str = ""


@define
class _Frame:
    style: str
    ordinal: int
    heading: int


def _delimiter(style: str) -> str | None:
    return MARKER_DELIMITER.get(style)


def find_headings(
    view: str,
    lines: Sequence[Line],
    skip: Regions,
    *,
    tables: Regions | None = None,
    noise: Regions | None = None,
) -> tuple[list[Heading], list[Diagnostic]]:
    """Find the numbered headings of *view* and give each its level and parent.

    Lines overlapping a *skip* region (noise, tables) are not headings, except
    a chapter heading on the first line of a *tables* region (outside *noise*):
    the table's caption, swallowed by the table's detection.
    """
    headings: list[Heading] = []
    diags: list[Diagnostic] = []
    stack: list[_Frame] = []
    last_seen: dict[str, int] = {}  # last number of each style, open or closed
    counts: dict[str, int] = {}
    overflow: dict[str, int] = {}

    def report(code: str, message: str, m: HeadingMatch) -> None:
        # A garbled outline gives one diagnostic per heading: keep the first few, count the rest.
        n = counts[code] = counts.get(code, 0) + 1
        if n <= _MAX_NUMBERING_DIAGS:
            diags.append(diagnostics.make(code, message, span=_span(m)))
        else:
            overflow[code] = overflow.get(code, 0) + 1

    content = [ln for ln in lines if not ln.blank]
    candidates: list[tuple[HeadingMatch, int, int]] = []  # (match, section start, line end)
    for k, line in enumerate(content):
        caption = False
        if skip.overlaps(line.lo, line.hi):
            # A chapter heading on a table's first line is its caption, not a cell.
            if (
                tables is None
                or not tables.starts_in(line.start, line.lo + 1)
                or (noise is not None and noise.overlaps(line.lo, line.hi))
            ):
                continue
            caption = True
        long_line = line.hi - line.lo >= _LONG_LINE
        m = match_heading(view, line.lo, line.hi)
        if caption:
            if m is not None and STYLE_RANK.get(m.style, 9) < _LIST_RANK:
                candidates.append((m, line.start, line.end))
            continue
        if (
            m is not None
            and m.ordinal is not None
            and (k + 1 >= len(content) or not _wrapped_table_label(view, m, content[k + 1]))
        ):
            candidates.append((m, line.start, line.end))
        if long_line:
            candidates.extend((im, im.number_start, line.end) for im in _inline_headings(view, line, m is None))
    for m, line_start, line_end in candidates:
        if m.ordinal is None:
            continue
        idx = len(headings)
        h = Heading(match=m, line_start=line_start, line_end=line_end, style=m.style)
        pos = next((i for i, f in enumerate(stack) if f.style == m.style), None)
        if pos is not None:
            frame = stack[pos]
            del stack[pos + 1 :]
            expected = frame.ordinal + 1
            if m.ordinal != expected:
                if m.ordinal == 1 and frame.ordinal > 1:
                    code, what = "GD110", "restarts at 1"
                elif m.ordinal == frame.ordinal:
                    code, what = "GD107", "is repeated"
                else:
                    code, what = "GD107", f"follows {frame.ordinal} (expected {expected})"
                number = view[m.number_start : m.number_end]
                report(code, f"section number {number!r} {what}", m)
            frame.ordinal = m.ordinal
            frame.heading = idx
            level = pos + 1
        else:
            sub = _stand_in(stack, m)
            if sub is not None:
                frame = stack[sub]
                del stack[sub + 1 :]
                number = view[m.number_start : m.number_end]
                report(
                    "GD107",
                    f"section number {number!r} stands in for number {m.ordinal} of the {frame.style} sequence",
                    m,
                )
                frame.ordinal = m.ordinal
                frame.heading = idx
                level = sub + 1
            else:
                bottom = STYLE_RANK.get(stack[0].style, 9) if stack else 0
                if m.ordinal == 1 and bottom >= _LIST_RANK and STYLE_RANK.get(m.style, 9) < _LIST_RANK:
                    stack.clear()
                elif m.ordinal not in (1, last_seen.get(m.style, 0) + 1) and headings:
                    number = view[m.number_start : m.number_end]
                    report("GD107", f"section number {number!r} opens a level at {m.ordinal}", m)
                stack.append(_Frame(style=m.style, ordinal=m.ordinal, heading=idx))
                level = len(stack)
        last_seen[m.style] = m.ordinal
        h.level = level
        h.parent = stack[level - 2].heading if level > 1 else None
        headings.append(h)
    if overflow:
        diags.extend(
            diagnostics.make(code, f"{n} more section numbering problems of this kind") for code, n in overflow.items()
        )
    return headings, diags


def _inline_headings(view: str, line: Line, at_start: bool) -> list[HeadingMatch]:
    """Headings inside a long line: each segment starting at a marker after white space.

    With *at_start*, the segment opening the line is tried too (its line-start
    reading found no heading).
    """
    cuts = [m.end() for m in INLINE_MARKER.finditer(view, line.lo, line.hi)]
    if not cuts:
        return []
    if at_start:
        cuts.insert(0, line.lo)
    out: list[HeadingMatch] = []
    for i, start in enumerate(cuts):
        end = cuts[i + 1] if i + 1 < len(cuts) else line.hi
        while end > start and view[end - 1].isspace():
            end -= 1
        m = match_heading(view, start, end, inline=True)
        if m is not None and m.ordinal is not None:
            out.append(m)
    return out


def _span(m: HeadingMatch) -> Span:
    return Span(start=m.number_start, end=m.title_end)


def _wrapped_table_label(view: str, m: HeadingMatch, following: Line) -> bool:
    """A numbered label whose row of figures is on the next line (a table row wrapped by PDF extraction)."""
    if m.title_end < len(view) and view[m.title_end] in STOP_CHARS:
        return False
    nxt = following.content(view)
    return bool(FIGURES_ONLY.fullmatch(nxt) or TRAILING_FIGURES.search(nxt))


def _stand_in(stack: list[_Frame], m: HeadingMatch) -> int | None:
    """Index of the open level that a new style's number continues (same delimiter, not 1)."""
    if m.ordinal is None or m.ordinal == 1:
        return None
    delim = _delimiter(m.style)
    if delim is None:
        return None
    for i in range(len(stack) - 1, -1, -1):
        f = stack[i]
        if f.style != m.style and _delimiter(f.style) == delim and f.ordinal + 1 == m.ordinal:
            return i
    return None


def _pieces(start: int, end: int, noise: Regions, text: str) -> list[tuple[SectionKind, int, int]]:
    """Split ``[start, end)`` into PREAMBLE and NOISE pieces; blank preamble bits join their neighbour."""
    out: list[tuple[SectionKind, int, int]] = []
    pos = start
    for a, b in noise.spans:
        if b <= start or a >= end:
            continue
        lo, hi = max(a, start), min(b, end)
        if lo > pos:
            out.append((SectionKind.PREAMBLE, pos, lo))
        out.append((SectionKind.NOISE, lo, hi))
        pos = hi
    if pos < end:
        out.append((SectionKind.PREAMBLE, pos, end))
    # Blank preamble bits between noise pieces belong to the noise before them
    # (or after them, at the very start).
    for i, (kind, a, b) in enumerate(out):
        if kind is SectionKind.PREAMBLE and not text[a:b].strip() and len(out) > 1:
            out[i] = (SectionKind.NOISE, a, b)
    merged: list[tuple[SectionKind, int, int]] = []
    for kind, a, b in out:
        if merged and merged[-1][0] is kind:
            merged[-1] = (kind, merged[-1][1], b)
        else:
            merged.append((kind, a, b))
    return merged


def build_sections(text: str, headings: Sequence[Heading], noise: Regions) -> tuple[Section, ...]:
    """Turn *headings* into sections that tile *text* (preamble and noise included)."""
    n = len(text)
    sections: list[Section] = []
    first = headings[0].line_start if headings else n
    for kind, a, b in _pieces(0, first, noise, text):
        sections.append(Section(kind=kind, span=Span(start=a, end=b), level=0))
    index_of: dict[int, int] = {}
    for i, h in enumerate(headings):
        start = h.line_start
        end = headings[i + 1].line_start if i + 1 < len(headings) else n
        tail: tuple[int, int] | None = None
        if i + 1 == len(headings):
            tail = _tail_noise(text, h.line_end, end, noise)
            if tail is not None:
                end = tail[0]
        m = h.match
        index_of[i] = len(sections)
        sections.append(
            Section(
                kind=SectionKind.HEADING,
                span=Span(start=start, end=end),
                level=h.level,
                number=text[m.number_start : m.number_end].strip(),
                ordinal=m.ordinal,
                style=h.style,
                heading=text[m.number_start : m.title_end],
                title=text[m.title_start : m.title_end],
                heading_span=Span(start=m.number_start, end=m.title_end),
                body_span=Span(start=m.title_end, end=end),
                parent=index_of[h.parent] if h.parent is not None else None,
            )
        )
        if tail is not None:
            sections.append(Section(kind=SectionKind.NOISE, span=Span(start=tail[0], end=tail[1]), level=0))
    return tuple(sections)


def _tail_noise(text: str, body_from: int, end: int, noise: Regions) -> tuple[int, int] | None:
    """The noise run that ends the text (after the last heading's own line), if any."""
    stop = end
    while stop > body_from and text[stop - 1].isspace():
        stop -= 1
    start: int | None = None
    for a, b in reversed(noise.spans):
        if b < body_from or a < body_from:
            break
        if (b >= stop and start is None) or (start is not None and text[b:start].strip() == ""):
            start = a
        else:
            break
    if start is None or start <= body_from:
        return None
    return start, end
