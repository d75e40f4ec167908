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
When no heading is found at all, a page flattened without any white space
(``…制定本方案。一、工作目标紧紧围绕…。二、工作任务(一)…``) is cut before each
chapter or list marker following a sentence end and before each bracketed
Chinese numeral; a title with no stop character ends after a stand-alone
chapter title word (工作目标, 保障措施, 概述 …).  Such headings count only
when a chapter style numbers two of them from 1.

Lines in a table region are skipped but for a chapter heading on its first line (the
caption) or, further in, an official chapter title (a table detected across the chapter
break); an official table-三 row label (or its cut-off start) right after a table is a row,
not a heading.  Noise pieces strictly inside a line (pinyin readings) do not hide it.

Sections are stored flat in reading order.  Text before the first heading is
a PREAMBLE; noise (page chrome, spam …) in the preamble or at the end of the
text is cut out as NOISE sections.  The spans tile ``[0, len(text))``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from attrs import define

from govdisclosure import diagnostics
from govdisclosure.lexicon.structure import (
    CHAPTER_TITLE_ENDINGS,
    MARKER_DELIMITER,
    POST2019_CHAPTERS,
    RUN_IN_CHAPTER_TITLES,
    STYLE_RANK,
    TABLE_ROW_LABELS,
)
from govdisclosure.model import Diagnostic, Section, SectionKind, Span, new_section, new_span
from govdisclosure.structure.lines import Line, Regions
from govdisclosure.structure.numbering import (
    FIGURE_END,
    FIGURES_ONLY,
    INLINE_MARKER,
    RUN_IN_CUT,
    STOP_CHARS,
    HeadingMatch,
    match_heading,
    may_end_in_figure,
    run_in_heading,
    trailing_figures,
)

__all__ = ["Heading", "build_sections", "find_headings"]


_NON_SPACE: Final = re.compile(r"\S")  # \S is what str.strip keeps
# Styles ranked this low (1. 1、 (1) ① 一是) at level 1 are a list, which a chapter style replaces.
_LIST_RANK = 3
# Beyond this many numbering diagnostics of one code, the rest are counted in one summary.
_MAX_NUMBERING_DIAGS = 50
# A line this long holding inline markers is run-together paragraphs, read as segments.
_LONG_LINE = 200
# Stand-alone chapter titles, longest first (a run-in title is the longest that fits).
_RUN_IN_TITLES: Final = tuple(sorted(RUN_IN_CHAPTER_TITLES, key=len, reverse=True))


class Heading(NamedTuple):
    """A recognised heading with its level and the line it starts.

    A named tuple: a long outline makes one per line, and tuples of plain values
    are cheap to build and left alone by the garbage collector.
    """

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
    delimiter: str | None = None


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
    candidates = _candidates(view, lines, skip, tables=tables, noise=noise)
    headings, diags = _outline(view, candidates)
    if not headings:
        run_in = _run_in_candidates(view, lines, skip)
        if run_in:
            return _outline(view, run_in)
    return headings, diags


def _run_in_candidates(view: str, lines: Sequence[Line], skip: Regions) -> list[tuple[HeadingMatch, int, int]]:
    """Headings of a page flattened without line breaks or white space, when no line gives one.

    Long lines are cut before each marker of :data:`RUN_IN_CUT`; a segment is a
    heading as :func:`run_in_heading` reads it.  They are kept only when a chapter
    style numbers at least two of them from 1 (一、 then 二、): a sequence, not
    a stray marker inside a sentence.
    """
    found: list[tuple[HeadingMatch, int, int]] = []
    for line in lines:
        _, end, lo, hi = line
        if hi - lo < _LONG_LINE or skip.overlaps(lo, hi):
            continue
        cuts = [lo, *(m.end() for m in RUN_IN_CUT.finditer(view, lo + 1, hi))]
        for i, start in enumerate(cuts):
            stop = cuts[i + 1] if i + 1 < len(cuts) else hi
            m = run_in_heading(view, start, stop, _RUN_IN_TITLES)
            if m is not None and m.ordinal is not None:
                found.append((m, start, end))
    chapters: dict[str, set[int]] = {}
    for m, _, _ in found:
        if STYLE_RANK.get(m.style, 9) < _LIST_RANK and m.ordinal is not None:
            chapters.setdefault(m.style, set()).add(m.ordinal)
    return found if any({1, 2} <= ordinals for ordinals in chapters.values()) else []


def _candidates(
    view: str, lines: Sequence[Line], skip: Regions, *, tables: Regions | None, noise: Regions | None
) -> list[tuple[HeadingMatch, int, int]]:
    """Every line (or segment of a long line) read as a heading: (match, section start, line end)."""
    content = [ln for ln in lines if ln[2] < ln[3]]  # lo < hi: not blank
    last = len(content) - 1
    candidates: list[tuple[HeadingMatch, int, int]] = []
    regions = skip.spans
    n_regions = len(regions)
    j = 0  # the first skip region ending after the current line's start (lines come in order)
    for k, line in enumerate(content):
        start, end, lo, hi = line
        inside: str | None = _READ
        if j < n_regions:
            while j < n_regions and regions[j][1] <= lo:
                j += 1
            if j < n_regions and regions[j][0] < hi:  # the line overlaps a skip region
                inside = _set_aside(line, tables, noise)
                if inside is None:
                    continue
        m = match_heading(view, lo, hi)
        if inside != _READ:
            if (
                m is not None
                and STYLE_RANK.get(m.style, 9) < _LIST_RANK
                and (inside == _CAPTION or _official_chapter(view, m, noise))
            ):
                candidates.append((m, start, end))
            continue
        if m is not None and m.ordinal is not None:
            if k > 0 and tables and tables.overlaps(*content[k - 1][2:]) and _table_row_label(view, lo, hi):
                continue  # a row of the table above, its label cut off or its figures on later lines
            if k == last:
                candidates.append((m, start, end))
            else:
                # The next line's last character (never white space) decides cheaply, for most
                # headings, that it holds no figures: then this is no wrapped table label.
                following = content[k + 1]
                tail = view[following[3] - 1]
                if not (tail.isdecimal() or tail in FIGURE_END) or not _wrapped_table_label(view, m, following):
                    candidates.append((m, start, end))
        if hi - lo >= _LONG_LINE:
            candidates.extend((im, im.number_start, end) for im in _inline_headings(view, line, m is None))
    return candidates


# How a line overlapping a set-aside region is read (see _set_aside).
_READ: Final = "read"
_CAPTION: Final = "caption"
_IN_TABLE: Final = "in_table"


def _set_aside(line: Line, tables: Regions | None, noise: Regions | None) -> str | None:
    """How a line overlapping a noise or table region is still read as a heading, or None to skip it.

    Noise pieces strictly inside the line (pinyin readings ``主动(dòng)公开``, a word of spam between
    characters) do not hide it: ``_READ`` when no table is involved.  On a table's first line a chapter
    heading is the table's caption (``_CAPTION``); elsewhere in a table only an official chapter title
    (a table detected across the chapter break) is kept (``_IN_TABLE``).
    """
    start, _, lo, hi = line
    if noise is not None and noise.overlaps(lo, hi) and not _inline_noise(noise, lo, hi):
        return None
    if tables is None or not tables.overlaps(lo, hi):
        return _READ
    return _CAPTION if tables.starts_in(start, lo + 1) else _IN_TABLE


def _inline_noise(noise: Regions, lo: int, hi: int) -> bool:
    """Whether every noise piece overlapping ``[lo, hi)`` lies strictly inside it."""
    spans = noise.spans
    for i in range(noise.first_ending_after(lo), len(spans)):
        a, b = spans[i]
        if a >= hi:
            break
        if a <= lo or b >= hi:
            return False
    return True


def _without_noise(view: str, start: int, end: int, noise: Regions | None) -> str:
    """``view[start:end]`` with the noise pieces inside it and all white space left out."""
    piece = view[start:end] if noise is None else noise.cut(view, start, end)
    return "".join(piece.split())


def _official_chapter(view: str, m: HeadingMatch, noise: Regions | None) -> bool:
    """Whether a chapter heading inside a table region is a chapter of the official form.

    A table detected across a chapter break (table 二's cells, ``三、收到和处理政府信息公开申请情况``,
    table 三's cells) swallows the heading; only a title naming an official chapter and ending as
    chapter titles do (…情况, …事项) is taken from there, never a row label.
    """
    title = _without_noise(view, m.title_start, m.title_end, noise)
    return title.endswith(CHAPTER_TITLE_ENDINGS) and any(w in title for words in POST2019_CHAPTERS for w in words)


def _table_row_label(view: str, lo: int, hi: int) -> bool:
    """Whether ``view[lo:hi]`` prints an official numbered row label of table 三, or the start of one.

    ``二、上年结转政府信息公`` (cut off) and ``(二)部分公开`` (shortened) both count; a common start
    of at least five characters is asked for, so that a bare ``一、`` never matches.
    """
    s = "".join(view[lo:hi].split()).rstrip("|")
    for label in TABLE_ROW_LABELS:
        n = min(len(s), len(label))
        if n >= _ROW_LABEL_MIN and s[:n] == label[:n]:
            return True
    return False


_ROW_LABEL_MIN: Final = 5


def _outline(view: str, candidates: Sequence[tuple[HeadingMatch, int, int]]) -> tuple[list[Heading], list[Diagnostic]]:
    """Give each candidate heading its level and parent, with numbering diagnostics."""
    headings: list[Heading] = []
    diags: list[Diagnostic] = []
    stack: list[_Frame] = []
    open_styles: list[str] = []  # the styles of the stack's frames, for a quick look-up
    last_seen: dict[str, int] = {}  # last number of each style, open or closed
    counts: dict[str, int] = {}
    overflowing: list[str] = []  # codes past the limit, in the order they passed it

    def wanted(code: str) -> bool:
        # A garbled outline gives one diagnostic per heading: keep the first few, count the rest.
        n = counts[code] = counts.get(code, 0) + 1
        if n == _MAX_NUMBERING_DIAGS + 1:
            overflowing.append(code)
        return n <= _MAX_NUMBERING_DIAGS

    make_heading = tuple.__new__  # a named tuple built from its values, without keyword parsing
    for m, line_start, line_end in candidates:
        ordinal = m.ordinal
        if ordinal is None:
            continue
        style = m.style
        idx = len(headings)
        if style in open_styles:
            pos = open_styles.index(style)
            frame = stack[pos]
            del stack[pos + 1 :], open_styles[pos + 1 :]
            if ordinal != frame.ordinal + 1:
                code = "GD110" if ordinal == 1 and frame.ordinal > 1 else "GD107"
                if wanted(code):
                    diags.append(_sequence_diagnostic(view, m, frame.ordinal, code))
            frame.ordinal = ordinal
            frame.heading = idx
            level = pos + 1
        else:
            sub = _stand_in(stack, style, ordinal)
            if sub is not None:
                frame = stack[sub]
                del stack[sub + 1 :], open_styles[sub + 1 :]
                if wanted("GD107"):
                    number = view[m.number_start : m.number_end]
                    message = f"section number {number!r} stands in for number {ordinal} of the {frame.style} sequence"
                    diags.append(diagnostics.make("GD107", message, span=_span(m)))
                frame.ordinal = ordinal
                frame.heading = idx
                level = sub + 1
            else:
                bottom = STYLE_RANK.get(stack[0].style, 9) if stack else 0
                if ordinal == 1 and bottom >= _LIST_RANK and STYLE_RANK.get(style, 9) < _LIST_RANK:
                    stack.clear()
                    open_styles.clear()
                elif ordinal not in (1, last_seen.get(style, 0) + 1) and headings and wanted("GD107"):
                    number = view[m.number_start : m.number_end]
                    message = f"section number {number!r} opens a level at {ordinal}"
                    diags.append(diagnostics.make("GD107", message, span=_span(m)))
                stack.append(_Frame(style, ordinal, idx, MARKER_DELIMITER.get(style)))
                open_styles.append(style)
                level = len(stack)
        last_seen[style] = ordinal
        parent = stack[level - 2].heading if level > 1 else None
        headings.append(make_heading(Heading, (m, line_start, line_end, level, parent, style)))
    diags.extend(
        diagnostics.make(code, f"{counts[code] - _MAX_NUMBERING_DIAGS} more section numbering problems of this kind")
        for code in overflowing
    )
    return headings, diags


def _sequence_diagnostic(view: str, m: HeadingMatch, previous: int, code: str) -> Diagnostic:
    """A number of an open level that does not follow the previous one (repeated, skipped, restarted)."""
    ordinal = m.ordinal
    if code == "GD110":
        what = "restarts at 1"
    elif ordinal == previous:
        what = "is repeated"
    else:
        what = f"follows {previous} (expected {previous + 1})"
    number = view[m.number_start : m.number_end]
    return diagnostics.make(code, f"section number {number!r} {what}", span=_span(m))


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
    if not may_end_in_figure(view[following.hi - 1]):
        return False  # the next line ends in a word (its last character is never white space)
    nxt = following.content(view)
    return FIGURES_ONLY.fullmatch(nxt) is not None or trailing_figures(nxt)


def _stand_in(stack: list[_Frame], style: str, ordinal: int) -> int | None:
    """Index of the open level that a new style's number continues (same delimiter, not 1)."""
    if ordinal == 1:
        return None
    delim = MARKER_DELIMITER.get(style)
    if delim is None:
        return None
    for i in range(len(stack) - 1, -1, -1):
        f = stack[i]
        if f.delimiter == delim and f.ordinal + 1 == ordinal and f.style != style:
            return i
    return None


def _blank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is white space only (no copy of a long stretch is made)."""
    return _NON_SPACE.search(text, start, end) is None


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
        if kind is SectionKind.PREAMBLE and _blank(text, a, b) and len(out) > 1:
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
    offset = len(sections)  # heading i is section offset + i: only the last heading adds a noise section
    ends = [h.line_start for h in headings[1:]]
    tail: tuple[int, int] | None = None
    if headings:
        tail = _tail_noise(text, headings[-1].line_end, n, noise)
        ends.append(n if tail is None else tail[0])
    heading_kind = SectionKind.HEADING
    for (m, line_start, _, level, parent, style), end in zip(headings, ends, strict=True):
        _, ordinal, number_start, number_end, title_start, title_end = m  # unpacked: cheaper than by name
        sections.append(  # positional constructors: a long outline makes one section per line
            new_section(
                heading_kind,
                new_span(line_start, end),
                level,
                text[number_start:number_end].strip(),  # number
                ordinal,
                style,
                text[number_start:title_end],  # heading
                text[title_start:title_end],  # title
                new_span(number_start, title_end),  # heading span
                new_span(title_end, end),  # body span
                None if parent is None else offset + parent,
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
        if (b >= stop and start is None) or (start is not None and _blank(text, b, start)):
            start = a
        else:
            break
    if start is None or start <= body_from:
        return None
    return start, end
