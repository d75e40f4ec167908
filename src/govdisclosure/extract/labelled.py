"""Labelled quantities in prose: each figure with the phrase that names it, and part-of relations.

A figure's label is the phrase between the previous clause boundary (or the
previous figure) and its number (``有效信件242封``); when that phrase is only a
verb, the noun after the number names it (``共收到4件信息公开申请``).  Relations:
``其中`` / ``包括`` / ``(含 …)`` make the following figures of the sentence parts
of the figure before; ``分别`` distributes a list of labels over the figures
that follow.  All matching runs on the view; labels are sliced from the text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Sequence
from typing import Final, NamedTuple

import attrs
from attrs import define

from govdisclosure._patterns import compile_fields
from govdisclosure.lexicon.narrative import (
    CHANGE_FROM_WORDS,
    CHANGE_TO_WORDS,
    CLAUSE_DELIMITERS,
    COPIES_PREFIXES,
    LEADING_CONNECTIVES,
    LEADING_FILLERS,
    LEVEL_CUES,
    PART_CUES,
    RESPECTIVELY_CUES,
    SENTENCE_DELIMITERS,
    TRAILING_FILLERS,
    VERB_TAILS,
)
from govdisclosure.model import LabelledQuantity, NoiseSpan, Quantity, Span

__all__ = ["Figure", "TextIndex", "find_figures", "level_of", "to_labelled"]

_MAX_LABEL: Final = 60  # a label never reaches further back than this
_MAX_AFTER: Final = 20  # nor further forward (noun after the number)
_MAX_SENTENCE: Final = 400  # longest stretch treated as one sentence
_TERMINAL: Final = "。;!?:；！？："
_HAN_START: Final = r"[\u4e00-\u9fff]"
# a line opening with a count and its unit or punctuation (not a list number such as '1.' or '2、')
_FIGURE_START: Final = r"\d+(?:\.\d+)?%?(?![.、．)）\d])"
_LINE_SPACE: Final = r"[^\S\n]"  # white space other than a line break
# a heading number opening a line ("_" stands for line space: the pattern never reaches the next line)
_HEADING_START: Final = (
    r"_*(?:[一二三四五六七八九十]{1,3}_*[、.]|\(_*[一二三四五六七八九十\d]{1,3}_*\)|\d{1,2}_*[、.]|[①-⑳])"
).replace("_", _LINE_SPACE)
# a line break that may be a wrap: no closing punctuation or blank line before it, and the
# next line is neither blank nor opened by a heading number
_OPEN_BREAK: Final = rf"\n(?<![{_TERMINAL}\n]\n)(?!{_LINE_SPACE}*(?:\n|\Z)|{_HEADING_START})"
# No ``^``: these are used with ``match(view, pos, endpos)``, which anchors at *pos*.
_LEAD_TIME: Final = (
    r"(?:截[至止]?\s*)?(?:\d{4}\s*年(?:度)?)?(?:\d{1,2}\s*月(?:份|底|末|初)?)?(?:\d{1,2}\s*日)?(?:以来|止|底|末)?"
)
_LEAD_SUBJECT: Final = r"(?:我|本|全)(?:省|市|县|区|镇|乡|局|委|厅|办|单位|部门|街道)"
# what a non-empty match of each can start with (a digit besides): cheap checks before the regex
_LEAD_TIME_FIRST: Final = "截以止底末"
_LEAD_SUBJECT_FIRST: Final = "我本全"
# the noun after a number stops at these (a verb or adverb begins the predicate)
_AFTER_STOPS: Final[tuple[str, ...]] = (
    "均",
    "已",
    "全部",
    "都",
    "实现",
    "纳入",
    "被",
    "分别",
    "其中",
    "占",
    "并",
    "得到",
    "通过",
    "按",
)
_AFTER_STOP: Final = "|".join(re.escape(w) for w in _AFTER_STOPS)
_AFTER_BAD_START: Final = "余多以左次年月日天时分秒比较同增减下上至到间内外前后"
_GONG_WORDS: Final = "享同建性青产识商担谋济"  # 共享, 共同 … are words, not 共 "in all"
_LIST_SPLIT: Final = r"[、和及与]"
_RESPECTIVELY: Final = "|".join(re.escape(c) for c in RESPECTIVELY_CUES)


@define(kw_only=True)  # not frozen: made once per figure, and frozen attrs classes are slow to make
class Figure:
    """A quantity found in prose, with its label and where it sits (internal record).

    ``clause`` covers the label side, the number and the noun after it: the
    text used to classify the figure.  ``opener`` is the relation word (其中,
    包括, 含) that made it a part of ``part_of``.
    """

    index: int
    quantity: Quantity
    label: str
    label_span: Span | None
    clause: Span
    sentence: Span
    line: Span
    part_of: int | None = None
    opener: str | None = None
    in_parens: bool = False
    level: str | None = None


# Delimiters other than the line break: hard line breaks are merged in (soft ones are no delimiter).
_CLAUSE_RE: Final = "[" + re.escape(CLAUSE_DELIMITERS.replace("\n", "")) + "]"
_SENTENCE_RE: Final = "[" + re.escape(SENTENCE_DELIMITERS.replace("\n", "")) + "]"
_NEWLINE_RE: Final = "\n"


def _positions(pattern: re.Pattern[str], view: str) -> list[int]:
    """Start of every match of a one-character *pattern* in *view*, ascending.

    Split and accumulate run in C (no Match object per delimiter): the k-th
    delimiter stands after the first k+1 pieces and k delimiters.

    >>> _positions(re.compile("[,;]"), "ab,c;;d")
    [2, 4, 5]
    """
    pieces = pattern.split(view)
    return list(map(operator.add, itertools.accumulate(map(len, pieces)), range(len(pieces) - 1)))


def _unwrap(view: str, soft: set[int]) -> str:
    """*view* with the characters at the *soft* positions replaced by spaces (same length)."""
    if not soft:
        return view
    parts: list[str] = []
    prev = 0
    for i in sorted(soft):
        parts.append(view[prev:i])
        parts.append(" ")
        prev = i + 1
    parts.append(view[prev:])
    return "".join(parts)


def _splits_figure(rx: _Patterns, line: str, view: str, nxt: int) -> bool:
    """A digit ends *line* and a Han character opens the next line (at *nxt*), or the other way round."""
    last = line[-1]
    if last.isdigit():
        return rx.han_start.match(view, nxt) is not None
    return "\u4e00" <= last <= "\u9fff" and rx.figure_start.match(view, nxt) is not None


class TextIndex:
    """Sentence, clause and line boundaries of a view, with noise, found by bisection."""

    def __init__(
        self,
        text: str,
        view: str,
        noise: Sequence[NoiseSpan] = (),
        tables: Sequence[Span] = (),
        headings: Sequence[Span] = (),
    ) -> None:
        rx = _patterns()
        self.text = text
        self.view = view
        self._sentences: dict[int, Span] = {}
        self._lines: dict[int, Span] = {}
        self.noise = sorted((n.span.start, n.span.end) for n in noise)
        self._noise_starts = [s for s, _ in self.noise]
        self.tables = sorted((t.start, t.end) for t in tables)
        self._table_starts = [s for s, _ in self.tables]
        # a heading line ends where it ends, even without closing punctuation
        soft = self._soft_newlines(view)
        if soft:  # (a set of every heading end costs time on heading-only text)
            soft -= {h.end for h in headings}
        #: the view with line wraps inside paragraphs read as spaces (``351\n件`` → ``351 件``)
        self.unwrapped = _unwrap(view, soft)
        # Delimiters by a regex scan: no string object per character (memory) and C speed.
        self.line_breaks = _positions(rx.newline_re, view)
        hard = [i for i in self.line_breaks if i not in soft] if soft else self.line_breaks  # soft: no delimiter
        # the other delimiters merged with the hard line breaks (sorting two sorted lists merges them in C)
        self.clause_delims = _positions(rx.clause_re, view)
        if "\n" in CLAUSE_DELIMITERS:
            self.clause_delims = sorted(self.clause_delims + hard)
        delims = sorted(_positions(rx.sentence_re, view) + hard)
        # unpunctuated runs are cut every _MAX_SENTENCE characters, so work per figure stays bounded
        ends = [-1, *delims, len(view)]
        if max(map(operator.sub, ends[1:], ends)) <= _MAX_SENTENCE:
            self.sentence_delims = delims  # no run to cut (the usual case)
        else:
            bounded: list[int] = []
            last = -1
            for i in ends[1:]:
                bounded.extend(range(last + _MAX_SENTENCE, i, _MAX_SENTENCE))
                bounded.append(i)
                last = i
            self.sentence_delims = bounded[:-1]

    @staticmethod
    def _soft_newlines(view: str) -> set[int]:
        """Line breaks inside a wrapped paragraph (long line, no closing punctuation, no heading next)."""
        rx = _patterns()
        soft: set[int] = set()
        # Only the breaks the regex finds may be soft (it skips, at C speed, those after closing
        # punctuation or before a blank line or a heading); split at them, each piece ends in
        # the line before its break.
        pieces = rx.open_break.split(view)
        brk = -1  # index of the break after the current piece
        for piece in pieces[:-1]:
            brk += len(piece) + 1
            line = piece[piece.rfind("\n") + 1 :].rstrip()
            if not line or line[-1] in _TERMINAL:
                continue
            # a short line is a wrap too when the break splits a figure from its label or unit
            # ('进驻单位\n34个', '1054029\n件'): a digit on one side, a Han character on the other
            if len(line) >= 12 or _splits_figure(rx, line, view, brk + 1):
                soft.add(brk)
        return soft

    def in_noise(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a noise span."""
        i = bisect.bisect_right(self._noise_starts, end - 1) - 1
        return i >= 0 and self.noise[i][1] > start

    def in_table(self, pos: int) -> bool:
        """Whether *pos* lies in a table (tables are read by the tables stage, not as prose)."""
        i = bisect.bisect_right(self._table_starts, pos) - 1
        return i >= 0 and self.tables[i][1] > pos

    def table_regions(self) -> list[tuple[int, int]]:
        """The positions where :meth:`in_table` holds, as sorted disjoint ``[start, end)`` ranges.

        ``in_table`` asks the table starting last at or before a position, so
        each table covers up to where the next one starts.
        """
        if not self.tables:
            return []
        nexts = [*self._table_starts[1:], len(self.view)]
        return [
            (start, min(end, nxt))
            for (start, end), nxt in zip(self.tables, nexts, strict=True)
            if start < min(end, nxt)
        ]

    def prev_clause_boundary(self, pos: int) -> int:
        """Index just after the last clause delimiter before *pos* (0 if none)."""
        i = bisect.bisect_left(self.clause_delims, pos) - 1
        return self.clause_delims[i] + 1 if i >= 0 else 0

    def next_clause_boundary(self, pos: int) -> int:
        """Index of the first clause delimiter at or after *pos* (len if none)."""
        i = bisect.bisect_left(self.clause_delims, pos)
        return self.clause_delims[i] if i < len(self.clause_delims) else len(self.view)

    def sentence(self, pos: int) -> Span:
        """The sentence around *pos* (delimiters excluded)."""
        i = bisect.bisect_left(self.sentence_delims, pos)
        span = self._sentences.get(i)  # one Span per sentence, shared by its figures
        if span is None:
            start = self.sentence_delims[i - 1] + 1 if i > 0 else 0
            end = self.sentence_delims[i] if i < len(self.sentence_delims) else len(self.view)
            span = self._sentences[i] = Span(start=start, end=max(start, end))
        return span

    def line(self, pos: int) -> Span:
        """The physical line around *pos*."""
        i = bisect.bisect_left(self.line_breaks, pos)
        span = self._lines.get(i)
        if span is None:
            start = self.line_breaks[i - 1] + 1 if i > 0 else 0
            end = self.line_breaks[i] if i < len(self.line_breaks) else len(self.view)
            span = self._lines[i] = Span(start=start, end=max(start, end))
        return span


_LEVEL_CUE: Final = "|".join(re.escape(cue) for cue, _ in LEVEL_CUES)


class _Patterns(NamedTuple):
    """The module's patterns, compiled (field ``x`` is the source ``_X`` above)."""

    han_start: re.Pattern[str]
    figure_start: re.Pattern[str]
    open_break: re.Pattern[str]
    lead_time: re.Pattern[str]
    lead_subject: re.Pattern[str]
    after_stop: re.Pattern[str]
    list_split: re.Pattern[str]
    respectively: re.Pattern[str]
    clause_re: re.Pattern[str]
    sentence_re: re.Pattern[str]
    newline_re: re.Pattern[str]
    level_cue: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    """The patterns, compiled on first use (CJK classes and word alternations are slow to compile)."""
    return compile_fields(_Patterns, globals())


_LEVEL_BY_CUE: Final[dict[str, str]] = {}
for _cue, _level in LEVEL_CUES:
    _LEVEL_BY_CUE.setdefault(_cue, _level)


def level_of(text: str) -> str | None:
    """The administrative level a label names (``县级`` → ``county``), if any.

    >>> level_of("乡镇级网上可办率")
    'township'
    >>> level_of("网上可办率") is None
    True
    """
    # leftmost cue, the first listed on a tie: what one alternation search finds
    m = _patterns().level_cue.search(text)
    return _LEVEL_BY_CUE[m.group()] if m else None


def _level_in(view: str, start: int, end: int) -> str | None:
    """``level_of(view[start:end])`` without the slice."""
    m = _patterns().level_cue.search(view, start, end)
    return _LEVEL_BY_CUE[m.group()] if m else None


def _by_edge(words: Sequence[str], edge: int) -> dict[str, tuple[str, ...]]:
    """*words* grouped by their first (``edge=0``) or last (``edge=-1``) character, order kept."""
    out: dict[str, tuple[str, ...]] = {}
    for w in words:
        out[w[edge]] = (*out.get(w[edge], ()), w)
    return out


# Only the fillers that can match at an edge are tried (same order, so the same first match).
_LEADING_BY_FIRST: Final = _by_edge(LEADING_FILLERS, 0)
_TRAILING_BY_LAST: Final = _by_edge(TRAILING_FILLERS, -1)


def _strip_label(view: str, start: int, end: int, *, after_figure: bool = False) -> tuple[int, int]:
    """Narrow ``[start, end)`` by dropping leading fillers/time/subject words and trailing fillers."""
    rx = _patterns()
    # Matching runs on ``view[start:end]`` in place (pos/endpos), without slicing it each round.
    changed = True
    while changed and start < end:
        changed = False
        while start < end and (view[start] in " \t\n" or (after_figure and view[start] in LEADING_CONNECTIVES)):
            start += 1
            changed = True
        if start >= end:
            break
        if view[start] == "共" and end - start > 1 and view[start + 1] not in _GONG_WORDS:
            start += 1
            changed = True
            continue
        first = view[start]
        m = rx.lead_time.match(view, start, end) if first in _LEAD_TIME_FIRST or first.isdigit() else None
        if m and m.end() > start:
            start = m.end()
            changed = True
            continue
        m = rx.lead_subject.match(view, start, end) if first in _LEAD_SUBJECT_FIRST else None
        if m and end > m.end():
            start = m.end()
            changed = True
            continue
        for word in _LEADING_BY_FIRST.get(first, ()):
            if view.startswith(word, start, end):
                if end - start > len(word):  # a label that is only a filler stays as printed
                    start += len(word)
                    changed = True
                break
    changed = True
    while changed and start < end:
        changed = False
        while start < end and view[end - 1] in " \t\n":
            end -= 1
            changed = True
        if start >= end:
            break
        for word in _TRAILING_BY_LAST.get(view[end - 1], ()):
            if view.endswith(word, start, end):
                if end - start > len(word):
                    end -= len(word)
                    changed = True
                break
    return start, end


_FILLER_WORDS: Final = frozenset(LEADING_FILLERS) | frozenset(TRAILING_FILLERS)


def _is_verb_only(label: str) -> bool:
    """Whether a label names nothing by itself (empty, a filler word, or ending in a verb)."""
    return (
        not label
        or not any("\u4e00" <= ch <= "\u9fff" or ch.isalnum() for ch in label)  # ``)、`` names nothing
        or label in _FILLER_WORDS
        or len(label) <= 1
        or _patterns().lead_subject.fullmatch(label) is not None
        or any(label.endswith(v) for v in VERB_TAILS)
    )


def _is_figure(view: str, q: Quantity, sentence: Span) -> bool:
    """Whether a quantity is a printed figure, not part of a slogan or title.

    A number inside 《…》 names a document (《…30条常识》); a spelled-out
    numeral inside quotes belongs to a slogan (“最多跑一次”), and a bare
    spelled-out 一 is an article (一个重要抓手).
    """
    a, b = sentence.start, q.span.start  # the sentence before the number, counted in place
    if view.find("《", a, b) >= 0 and view.count("《", a, b) > view.count("》", a, b):
        return False
    if _in_range(view, q):
        return False
    if any(view.endswith(p, a, b) for p in COPIES_PREFIXES):  # 一式三份: in triplicate, no count
        return False
    if any(map(str.isdigit, q.raw)):
        return True
    return q.value != 1 and view.count('"', a, b) % 2 == 0


_RANGE_MARKS: Final = "至到~～-—"


def _in_range(view: str, q: Quantity) -> bool:
    """Whether *q* is an end of a range (``1至2名``, ``3-5天``): no single count.

    >>> from govdisclosure.normalize import find_quantities
    >>> v = "选派1至2名人员"
    >>> [_in_range(v, q) for q in find_quantities(v)]
    [True]
    """
    s, e = q.span.start, q.span.end
    if s >= 2 and view[s - 1] in _RANGE_MARKS and view[s - 2].isdigit():
        return True
    return e + 1 < len(view) and view[e] in _RANGE_MARKS and view[e + 1].isdigit()


def _after_noun(view: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase right after a number (``…个工作组``), up to a stop word or *limit*."""
    start = pos
    if start < limit and view[start] == "的":
        start += 1
    if (
        start >= limit
        or not ("\u4e00" <= view[start] <= "\u9fff" or view[start] in '"“《')
        or (view[start] in _AFTER_BAD_START)
    ):
        return None
    end = min(limit, start + _MAX_AFTER)
    # the first stop word after the noun's first character (no stop word starts inside another,
    # so the leftmost match is where a find per stop word, narrowing as it goes, would end)
    stop = _patterns().after_stop.search(view, start + 1, end)
    if stop is not None:
        end = stop.start()
    for bracket in "()":
        k = view.find(bracket, start, end)
        if k >= 0:
            end = k
    while end > start and view[end - 1] in " 的":
        end -= 1
    return (start, end) if end > start else None


def _scan_left(view: str, pos: int, floor: int) -> tuple[int, int, int | None]:
    """Walk left from *pos* to *floor*, skipping closed bracket groups.

    Returns ``(label_start, label_end, open_paren)``: the label ends before a
    bracket group that directly precedes the number; ``open_paren`` is the
    position of an unmatched ``(`` that encloses *pos* (the label then starts
    after it).
    """
    end = pos
    i = pos - 1
    while i >= floor and view[i] == " ":
        i -= 1
    if view.find("(", floor, pos) < 0:  # no bracket group to skip or stop at (the usual case)
        return floor, (floor if i >= floor and view[i] == ")" else pos), None
    if i >= floor and view[i] == ")":  # ``住房保障信息(…)56条``: label before the group
        depth = 0
        while i >= floor:
            if view[i] == ")":
                depth += 1
            elif view[i] == "(":
                depth -= 1
                if depth == 0:
                    break
            i -= 1
        end = max(floor, i)
        i -= 1
    depth = 0
    while i >= floor:
        c = view[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                return i + 1, end, i
            depth -= 1
        i -= 1
    return floor, end, None


def _start(item: tuple[Quantity, Span]) -> int:
    return item[0].span.start


def find_figures(index: TextIndex, quantities: Sequence[Quantity]) -> list[Figure]:
    """Label every quantity outside noise and tables and link parts to totals (see the module docstring)."""
    view = index.view
    kept: list[tuple[Quantity, Span]] = []  # each printed figure with its sentence
    for q in quantities:
        if (index.noise and index.in_noise(q.span.start, q.span.end)) or (
            index.tables and index.in_table(q.span.start)
        ):
            continue
        sentence = index.sentence(q.span.start)
        if _is_figure(view, q, sentence):
            kept.append((q, sentence))
    kept.sort(key=_start)
    kept, baselines = _drop_baselines(view, kept)
    qs = [q for q, _ in kept]
    figures: list[Figure] = []
    consumed_until = -1  # end of a noun already used as the label of the previous figure
    for k, (q, sentence) in enumerate(kept):
        s, e = q.span.start, q.span.end
        baseline = baselines.get(s)
        at = s if baseline is None else baseline  # a change's label stands before its baseline
        prev_end = qs[k - 1].span.end if k else 0
        clause_start = index.prev_clause_boundary(at)
        floor = max(clause_start, prev_end, consumed_until, at - _MAX_LABEL)
        lstart, lend, open_paren = _scan_left(view, at, floor)
        ls, le = _strip_label(view, lstart, lend, after_figure=k > 0 and floor == prev_end)
        if baseline is not None:
            ls, le = _strip_change_from(view, ls, le)
        label_side = view[ls:le]
        next_start = qs[k + 1].span.start if k + 1 < len(qs) else len(view)
        limit = min(index.next_clause_boundary(e), next_start)
        paren = view.find("(", e, limit)  # a bracketed aside after the number is its own clause
        limit = paren if paren >= 0 else limit
        after = _after_noun(view, e, limit)
        span: tuple[int, int] | None = (ls, le) if le > ls else None
        if after is not None and _is_verb_only(label_side):
            span = after
            consumed_until = after[1]
        elif open_paren is not None and _is_verb_only(label_side):
            # ``《…清单》(共673项)``: the thing counted is named before the bracket
            pfloor = max(index.prev_clause_boundary(open_paren), open_paren - _MAX_LABEL, prev_end)
            a, b, _ = _scan_left(view, open_paren, pfloor)
            a, b = _strip_label(view, a, b)
            span = (a, b) if b > a else span
        label = ""
        label_span = None
        if span is not None:
            label = index.text[span[0] : span[1]].replace("\n", "")
            label_span = Span(start=span[0], end=span[1])
        cl_start = min(lstart, span[0]) if span else lstart
        # the clause runs on to the next boundary: the predicate classifies too (…实现"一窗受理")
        cl_end = max(e, span[1] if span else e, min(limit, e + _MAX_AFTER + 10))
        level = _level_in(view, cl_start, cl_end)
        figures.append(
            Figure(
                index=len(figures),
                quantity=q,
                label=label,
                label_span=label_span,
                clause=Span(start=cl_start, end=cl_end),
                sentence=sentence,
                line=index.line(s),
                in_parens=open_paren is not None,
                level=level,
            )
        )
    figures = _relate(index, figures)
    return _respectively(index, figures)


def _drop_baselines(view: str, kept: list[tuple[Quantity, Span]]) -> tuple[list[tuple[Quantity, Span]], dict[int, int]]:
    """*kept* without the baselines of changes, and where each changed figure's baseline starts.

    In ``由506项增加到607项`` the first figure is the value before the
    change: it counts nothing now, and the label before it names the second.

    >>> from govdisclosure.normalize import find_quantities
    >>> v = "进驻事项由506项增加到607项"
    >>> kept, baselines = _drop_baselines(v, [(q, Span(start=0, end=len(v))) for q in find_quantities(v)])
    >>> [q.raw for q, _ in kept], baselines
    (['607项'], {12: 5})
    """
    out: list[tuple[Quantity, Span]] = []
    baselines: dict[int, int] = {}
    for k, (q, sentence) in enumerate(kept):
        if k + 1 < len(kept):
            nxt, next_sentence = kept[k + 1]
            gap = view[q.span.end : nxt.span.start]
            if _same(next_sentence, sentence) and "".join(gap.split()) in CHANGE_TO_WORDS:
                baselines[nxt.span.start] = baselines.get(q.span.start, q.span.start)
                continue
        out.append((q, sentence))
    return out, baselines


def _strip_change_from(view: str, start: int, end: int) -> tuple[int, int]:
    """A change's label without the word that opens its baseline (``事项由`` → ``事项``)."""
    for word in CHANGE_FROM_WORDS:
        if view.endswith(word, start, end) and end - start > len(word):
            end -= len(word)
            while end > start and view[end - 1] in " \t\n":
                end -= 1
            break
    return start, end


def _opener(view: str, start: int, end: int) -> str | None:
    """A part-of cue in ``view[start:end]`` (the stretch before a label), if any."""
    for cue in PART_CUES:
        pos = view.find(cue, start, end)
        if pos < 0:
            continue
        if cue == "含" and not (pos == start or view[pos - 1] in "(,、 "):
            continue
        return cue
    return None


def _same(a: Span, b: Span) -> bool:
    """``a == b`` for spans, without the generated ``__eq__`` call (a hot comparison)."""
    return a is b or (a.start == b.start and a.end == b.end)


def _relate(index: TextIndex, figures: list[Figure]) -> list[Figure]:
    """Set ``part_of`` from 其中 / 包括 / 含 (same unit, same sentence or the one before)."""
    view = index.view
    out: list[Figure] = []
    group_parent: int | None = None
    group_sentence: Span | None = None
    group_paren = False
    for f in figures:
        prev = out[-1] if out else None
        if group_sentence is not None and not _same(f.sentence, group_sentence):
            group_parent, group_sentence, group_paren = None, None, False
        same_sentence = prev is not None and _same(prev.sentence, f.sentence)
        gap_start = prev.quantity.span.end if prev is not None and same_sentence else f.sentence.start
        if prev is not None and not same_sentence and _same(prev.line, f.line):
            gap_start = max(gap_start, f.sentence.start)
        label_start = f.label_span.start if f.label_span else f.quantity.span.start
        gap = view[gap_start : min(label_start, f.quantity.span.start)]
        if group_paren and ")" in gap:
            group_parent, group_sentence, group_paren = None, None, False
        if "另有" in gap or "另外" in gap:
            group_parent, group_sentence, group_paren = None, None, False
        cue = _opener(view, gap_start, f.quantity.span.start)
        if cue is not None:
            parent: Figure | None = None
            if prev is not None and same_sentence:
                parent = out[prev.part_of] if prev.part_of is not None and cue != "含" else prev
            elif (
                prev is not None
                and _same(prev.line, f.line)
                and view[f.sentence.start : label_start].lstrip().startswith(cue)
            ):
                parent = out[prev.part_of] if prev.part_of is not None else prev
            if parent is not None and parent.quantity.unit == f.quantity.unit:
                group_parent, group_sentence = parent.index, f.sentence
                group_paren = f.in_parens
                out.append(attrs.evolve(f, part_of=parent.index, opener=cue))
                continue
            group_parent, group_sentence, group_paren = None, None, False
        if (
            group_parent is not None
            and group_sentence is not None
            and _same(f.sentence, group_sentence)
            and out[group_parent].quantity.unit == f.quantity.unit
            and (f.in_parens or not group_paren)
        ):
            out.append(attrs.evolve(f, part_of=group_parent))
            continue
        out.append(f)
    return out


def _respectively(index: TextIndex, figures: list[Figure]) -> list[Figure]:
    """``A、B、C分别为X、Y、Z``: give each figure its own item as label (when the counts agree)."""
    rx = _patterns()
    view = index.view
    out = list(figures)
    for i, f in enumerate(figures):
        if f.label_span is None:
            continue
        if rx.respectively.search(view, f.label_span.start, f.label_span.end) is None:
            continue  # no cue in the label (the usual case)
        label_view = view[f.label_span.start : f.label_span.end]
        cue_pos = -1
        for cue in RESPECTIVELY_CUES:
            cue_pos = label_view.find(cue)
            if cue_pos >= 0:
                break
        if cue_pos <= 0:
            continue
        run = [f]
        for g in figures[i + 1 :]:
            between = view[run[-1].quantity.span.end : g.quantity.span.start]
            if between.strip(" 、和及与,") or g.sentence != f.sentence:
                break
            run.append(g)
        base = f.label_span.start
        items: list[tuple[int, int]] = []
        pos = 0
        for m in rx.list_split.finditer(label_view[:cue_pos]):
            items.append((base + pos, base + m.start()))
            pos = m.end()
        items.append((base + pos, base + cue_pos))
        if len(run) < 2 or len(items) != len(run):
            continue
        for g, (a, b) in zip(run, items, strict=True):
            out[g.index] = attrs.evolve(
                out[g.index],
                label=index.text[a:b].replace("\n", ""),
                label_span=Span(start=a, end=b),
                level=_level_in(view, a, b) or out[g.index].level,
            )
    return out


def to_labelled(figures: Sequence[Figure], fields: dict[int, str] | None = None) -> tuple[LabelledQuantity, ...]:
    """The public form of the figures, with canonical ``field`` names where a classifier gave one."""
    fields = fields or {}
    return tuple(
        LabelledQuantity(
            label=f.label,
            quantity=f.quantity,
            label_span=f.label_span,
            field=fields.get(f.index),
            level=f.level,
            part_of=f.part_of,
        )
        for f in figures
    )
