"""Numbered headings: recognise a numbering marker at a line start and split the heading from its body.

Styles (names used in :attr:`~govdisclosure.model.Section.style`):
``part`` 第一部分, ``chapter`` 第一章, ``section`` 第一节, ``article`` 第一条,
``di`` 第一，, ``cn_dun`` 一、, ``cn_dot`` 一., ``cn_space`` 一 概述,
``cn_paren`` （一）, ``ar_dot`` 1. / 1．, ``ar_dun`` 1、, ``ar_paren`` （1）,
``ar_rparen`` 1), ``circled`` ①, ``yishi`` 一是.
"""

from __future__ import annotations

import functools
import re
from typing import Final, NamedTuple

from govdisclosure._patterns import compile_fields
from govdisclosure.lexicon.structure import CN_ORDINAL_DIGITS

__all__ = [
    "FIGURES_ONLY",
    "FIGURE_END",
    "INLINE_MARKER",
    "RUN_IN_CUT",
    "STOP_CHARS",
    "TRAILING_FIGURES",
    "HeadingMatch",
    "cn_ordinal",
    "match_heading",
    "may_end_in_figure",
    "run_in_heading",
    "trailing_figures",
]

_CN: Final = "一二三四五六七八九十百零〇两"
_N: Final = rf"[{_CN}\d]{{1,4}}"

# One alternative per style, tried in this order at the first non-space character of a line.
_MARKER: Final = (
    r"(?:"
    rf"第(?P<part>{_N})部分"
    rf"|第(?P<chapter>{_N})章"
    rf"|第(?P<section>{_N})节"
    rf"|第(?P<article>{_N})条"
    rf"|第(?P<di>[{_CN}]{{1,3}})[,、]"
    rf"|\((?P<cn_paren>[{_CN}]{{1,4}})\)"
    r"|\((?P<ar_paren>\d{1,2})\)"
    r"|(?P<circled>[\u2460-\u2473])"
    rf"|(?P<yishi>[{_CN}]{{1,3}})是(?=\S)"
    rf"|(?P<cn_dun>[{_CN}]{{1,4}})[ ]?、"
    rf"|(?P<cn_dot>[{_CN}]{{1,4}})\.(?!\d)"
    r"|(?P<ar_dun>\d{1,2})[ ]?、"
    r"|(?P<ar_dot>\d{1,2})\.(?!\d)"
    r"|(?P<ar_rparen>\d{1,2})\)"
    rf"|(?P<cn_space>[{_CN}]{{1,3}})[ ]+(?=[^\s\d\W])"
    r")"
)
# A clause ends at one of these (the heading is the first clause of its line).
STOP_CHARS: Final = frozenset("。;；!！?？:：")
_STOP_RE: Final = re.compile("[" + re.escape("".join(sorted(STOP_CHARS))) + "]")
# Two or more figures at the end of a line: a flattened table row, not a heading.
TRAILING_FIGURES: Final = re.compile(r"(?:[ \t]+[-+]?\d[\d.,%]*){2,}[ \t]*$")
# TRAILING_FIGURES read backwards from the end of the line: matched at the start of the reversed
# line it costs one pass, where searching forwards retries every space of the line (quadratic).
_REVERSED_FIGURES: Final = re.compile(r"(?:[\d.,%]*\d[-+]?[ \t]+){2,}")
#: A line of figures only (a table row whose label is on an earlier line).
FIGURES_ONLY: Final = re.compile(r"[-+]?\d[\d.,%]*(?:[ \t]+[-+]?\d[\d.,%]*)*")
# 第（一）项 / 第三款: a legal citation follows a 第…条 marker, not a heading title.
_CITATION: Final = rf"第\(?[{_CN}\d]{{1,4}}\)?[项款]"
_SPACE_RUN: Final = re.compile(r"[ \t]{1,}")
# A second chapter or sub-chapter marker after a comma: the line lists headings (a table of contents).
_LISTED_MARKER: Final = rf"[,、;][ \t]*(?:\([{_CN}]{{1,3}}\)|[{_CN}]{{1,3}}、)"


class _Patterns(NamedTuple):
    """The private patterns with CJK classes, compiled (field ``x`` is the source ``_X`` above)."""

    marker: re.Pattern[str]
    citation: re.Pattern[str]
    listed_marker: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    """The patterns, compiled on first use (a CJK character class is slow to compile)."""
    return compile_fields(_Patterns, globals())


#: Markers that may open a heading inside a long line whose paragraphs were run together
#: (``…特制定本文。 一、工作目标 今年要…``): chapter and list styles only, after white space.
#: A run of spaces is tried from its first space only (the look-behind): otherwise every space of a
#: long run not followed by a marker would be retried, quadratic in the run's length.  The look-behind
#: follows the first space so that the scan still skips quickly to the next space.
INLINE_MARKER: Final = re.compile(
    rf"[ \t](?<![ \t][ \t])[ \t]*"
    rf"(?=\([{_CN}]{{1,3}}\)|[{_CN}]{{1,3}}、|\d{{1,2}}[、.](?!\d)|第[{_CN}]{{1,3}}[部章节])"
)

#: Where a heading may start in a page flattened without line breaks or white space
#: (``…制定本方案。一、工作目标紧紧围绕…。二、工作任务(一)围绕…``): a chapter or list marker right
#: after a sentence end (spaces allowed between), or a bracketed Chinese numeral anywhere; the segment
#: starts at the match's end.  Each alternative tests a fixed width at one position (the space run
#: only after a sentence end), so a scan is linear.
RUN_IN_CUT: Final = re.compile(
    rf"(?<=[。;；!！?？:：])[ \t]*(?=[{_CN}]{{1,3}}、|\d{{1,2}}[、.](?!\d)|第[{_CN}]{{1,3}}(?:部分|章|节))"
    rf"|(?=\([{_CN}]{{1,3}}\))"
)
# A title word followed by one of these goes on (工作目标和任务): the word alone is not the title.
_TITLE_GOES_ON: Final = frozenset("和与及、,")

# Lines up to this long are remembered by match_heading (longer ones are read each time).
_CACHED_LINE: Final = 120
#: Longest first clause still read as a heading title.
MAX_TITLE: Final = 40
_MAX_TITLE_BY_STYLE: Final[dict[str, int]] = {"yishi": 24, "cn_space": 25, "circled": 30, "di": 30}


# Characters that can open a marker: 第, a bracket, a circled number, a Chinese numeral (or any digit).
_MARKER_FIRST: Final = frozenset("第(" + _CN + "".join(map(chr, range(0x2460, 0x2474))))
#: Characters besides a digit that may end a figure (``12.`` ``3,`` ``5%``).
FIGURE_END: Final = frozenset(".,%")


def trailing_figures(s: str) -> bool:
    """Whether :data:`TRAILING_FIGURES` finds two or more figures ending *s*, in linear time.

    >>> [trailing_figures(x) for x in ("合计 12 3", "合计 12 3 ", "合计 3", "12 3 合计", "一、 1 2")]
    [True, True, False, False, True]
    """
    if not may_end_in_figure(s):
        return False
    if s.endswith("\n"):
        s = s[:-1]  # '$' also matches before a final line break
    return _REVERSED_FIGURES.match(s.rstrip(" \t")[::-1]) is not None


def may_end_in_figure(s: str) -> bool:
    """Whether *s* can match :data:`TRAILING_FIGURES` or :data:`FIGURES_ONLY`: it ends in a figure.

    A cheap test run first, so that the common line ending in a word costs no regex scan.

    >>> [may_end_in_figure(x) for x in ("总计 12 3", "3.5% \\t", "总体情况", "")]
    [True, True, False, False]
    """
    if s.endswith("\n"):
        s = s[:-1]  # '$' also matches before a final line break
    s = s.rstrip(" \t")
    return bool(s) and (s[-1].isdecimal() or s[-1] in FIGURE_END)


def cn_ordinal(s: str) -> int | None:
    """Value of a short section numeral (Chinese up to 百, or Arabic digits).

    >>> [cn_ordinal(x) for x in ("一", "十", "十二", "二十", "二十三", "一百零五", "12", "③", "x")]
    [1, 10, 12, 20, 23, 105, 12, 3, None]
    """
    if len(s) == 1 and "\u2460" <= s <= "\u2473":
        return ord(s) - 0x245F  # ① … ⑳
    if s.isascii() and s.isdigit():
        return int(s)
    total, current = 0, 0
    for ch in s:
        if ch in CN_ORDINAL_DIGITS:
            current = CN_ORDINAL_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    value = total + current
    return value or None


# Section numerals repeat throughout a document: remember their values.
_cached_ordinal: Final = functools.lru_cache(maxsize=4096)(cn_ordinal)


class HeadingMatch(NamedTuple):
    """A numbered heading found at a line start; offsets are absolute.

    A named tuple: every line of a long outline makes one, and tuples are cheap to build.
    """

    style: str
    ordinal: int | None
    number_start: int
    number_end: int
    title_start: int
    title_end: int


def _title_length(rest: str, style: str, *, inline: bool = False) -> int | None:
    """Length of the heading title at the start of *rest*, or None when the line is not a heading.

    *inline*: the heading was found inside a run-together paragraph, where a
    run of spaces ends the title even before a stop character.
    """
    limit = _MAX_TITLE_BY_STYLE.get(style, MAX_TITLE)
    sm = _STOP_RE.search(rest)
    stop = sm.start() if sm is not None else -1
    if inline:
        space = _SPACE_RUN.search(rest)
        if space is not None and (stop < 0 or space.start() < stop):
            stop = space.start()
    if style == "cn_space":
        # '一 概 述': the whole (short) line is the title.
        return len(rest) if stop < 0 and len(rest) <= limit and "," not in rest and "，" not in rest else None
    if stop >= 0:
        clause = stop
    elif len(rest) <= limit:
        clause = len(rest)
    else:
        # '(三) 档案整理情况 某年,…': the title ends at the first run of spaces.
        m = _SPACE_RUN.search(rest)
        if m is None:
            return None
        clause = m.start()
    while clause > 0 and rest[clause - 1].isspace():
        clause -= 1
    return clause if clause <= limit else None


def _lists_headings(line: str) -> bool:
    """Whether *line* lists further chapter markers after commas (a table of contents on one line)."""
    listed = _patterns().listed_marker
    first = listed.search(line)  # two searches: the scan stops at the second marker
    return first is not None and listed.search(line, first.end()) is not None


def match_heading(view: str, lo: int, hi: int, *, inline: bool = False) -> HeadingMatch | None:
    """Recognise a numbered heading in the stripped line ``view[lo:hi]``.

    Returns ``None`` for body text that merely starts with a number, for
    flattened table rows, for legal citations (第二十条第（一）项) and for a
    table of contents printed on one line (``一、概述,(一)…,(二)…``).
    *inline* marks a segment cut from a long run-together line (see
    :data:`INLINE_MARKER`): its title also ends at a run of spaces.

    >>> m = match_heading("（一）健全工作机制。本年修订了", 0, 15)
    >>> m is None
    True
    >>> v = "(一)健全工作机制。本年修订了"
    >>> m = match_heading(v, 0, len(v))
    >>> (m.style, m.ordinal, v[m.title_start:m.title_end])
    ('cn_paren', 1, '健全工作机制')
    """
    if lo >= hi:
        return None
    first = view[lo]
    # A marker opens with one of _MARKER_FIRST or a digit (\d: any Unicode decimal); most lines stop here.
    if first not in _MARKER_FIRST and not first.isdecimal():
        return None
    line = view[lo:hi]
    # Outlines and tables repeat lines (一、 … / 合计 …): a short line is read once.
    found = _read_short_line(line, inline) if hi - lo <= _CACHED_LINE else _read_line(line, inline)
    if found is None:
        return None
    style, ordinal, number_end, title_start, title_end = found
    # tuple.__new__: the named tuple without its Python-level __new__ (one call per heading line)
    return _new_tuple(HeadingMatch, (style, ordinal, lo, lo + number_end, lo + title_start, lo + title_end))


def _read_line(line: str, inline: bool) -> tuple[str, int, int, int, int] | None:
    """:func:`match_heading` on one line: ``(style, ordinal, number end, title start, title end)`` in the line."""
    rx = _patterns()
    m = rx.marker.match(line)
    if m is None:
        return None
    checked = line
    if inline and line.count("|") == 1 and line.rstrip().endswith("|"):
        checked = line.rstrip()[:-1]  # a lone pipe closing a run-together page is debris, not a table row
    if "|" in checked or trailing_figures(checked):
        return None
    style = m.lastgroup or ""
    number = m.group(style)
    ordinal = _cached_ordinal(number)
    if ordinal is None:
        return None
    rest_start = m.end()
    number_end = m.start(style) + len(number) if style == "cn_space" else rest_start
    while rest_start < len(line) and line[rest_start] in " \t":
        rest_start += 1
    rest = line[rest_start:]
    if style == "article" and rx.citation.match(rest):
        return None
    n = _title_length(rest, style, inline=inline)
    if n is None:
        return None
    title = rest[:n]
    if len(title.replace(" ", "")) < 2 or title.count("(") > title.count(")") or _lists_headings(line):
        return None
    return style, ordinal, number_end, rest_start, rest_start + n


_new_tuple: Final = tuple.__new__
_read_short_line: Final = functools.lru_cache(maxsize=2048)(_read_line)


@functools.cache
def _by_first_char(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """*words* grouped by their first character, in their order."""
    out: dict[str, tuple[str, ...]] = {}
    for word in words:
        out[word[0]] = (*out.get(word[0], ()), word)
    return out


def run_in_heading(view: str, lo: int, hi: int, words: tuple[str, ...]) -> HeadingMatch | None:
    """A heading at *lo* of a segment ``view[lo:hi]`` cut from a page flattened without white space.

    The title is read as by :func:`match_heading` (up to a stop character, or the
    whole short segment); failing that, a title that starts with one of *words*
    (stand-alone chapter titles, longest first) ends after the word, unless a
    connector follows it (``工作目标和…``).

    >>> v = "一、工作目标今年要进一步提升公开质量,拓宽公开渠道,加强政策解读,回应社会关切,做好各项工作。"
    >>> m = run_in_heading(v, 0, len(v), ("工作目标",))
    >>> v[m.number_start : m.title_end], m.ordinal
    ('一、工作目标', 1)
    >>> w = "一、工作目标和任务" + v[6:]
    >>> run_in_heading(w, 0, len(w), ("工作目标",)) is None
    True
    """
    m = match_heading(view, lo, hi, inline=True)
    if m is not None:
        return m
    marker = _patterns().marker.match(view, lo, hi)
    if marker is None:
        return None
    title_start = marker.end()
    if title_start >= hi:
        return None
    for word in _by_first_char(words).get(view[title_start], ()):  # only these can start the title
        end = title_start + len(word)
        if view.startswith(word, title_start) and end <= hi:
            if end < hi and view[end] in _TITLE_GOES_ON:
                return None
            return match_heading(view, lo, end)
    return None
