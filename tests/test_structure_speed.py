"""The fast paths of the structure and task stages give what the plain forms they replace give."""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.extract.task_outline import items_from_lines, match_number
from govdisclosure.model import Span
from govdisclosure.structure import organ, parts
from govdisclosure.structure.analyze import _OPENING_YEAR, _REPORT_YEAR
from govdisclosure.structure.lines import Line, Regions, split_lines
from govdisclosure.structure.numbering import _CN, INLINE_MARKER, TRAILING_FIGURES, _lists_headings, trailing_figures
from govdisclosure.structure.scan import OpeningPattern
from govdisclosure.structure.sections import find_headings

_HAN = r"\u4e00-\u9fff"

# The patterns as they were written before they were split or reordered for speed.
_PLAIN_INLINE = re.compile(
    rf"[ \t]+(?=\([{_CN}]{{1,3}}\)|[{_CN}]{{1,3}}、|\d{{1,2}}[、.](?!\d)|第[{_CN}]{{1,3}}[部章节])"
)
_PLAIN_LISTED = re.compile(rf"[,、;][ \t]*(?:\([{_CN}]{{1,3}}\)|[{_CN}]{{1,3}}、)")
_PLAIN_REPORT_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[ \t]*年度?[ \t]*(?:政府信息公开|政务公开|信息公开)?(?:工作)?(?:年度)?(?:报告|年报)"
)
_PLAIN_OPENING_YEAR = re.compile(r"(?:^|[。\n])[ \t]*((?:19|20)\d{2})[ \t]*年度?(?:的|以来)?[,，]")
_PLAIN_NAMED_REPORT = re.compile(
    rf"(?:(?:^|[。\n])[ \t]*(?:现将|现|特|兹)?(?:公布|发布)?|公布|发布)[ \t]*(?P<name>[{_HAN}]{{2,30}}?)"
    r"(?:\([^()\n]{1,20}\))?[ \t]*\d{4}[ \t]*年度?"
    r"[^。\n]{0,16}?(?:年度报告|工作报告|年报)"
)
_PLAIN_OPENING_GOV = re.compile(
    rf"(?:^|[,，。\n]|年的)[ \t]*(?P<name>[{_HAN}]{{2,20}}?)(?:人民)?政府信息公开工作"
    r"(?=[,，]|坚持|认真|按照|根据|高度|紧紧|深入|进一步|全面|严格|继续|始终|着力|切实|不断|积极|在)"
)
_PLAIN_CUE = re.compile(
    r"分别是[:：]?|分别为[:：]?|(?:全文|报告|年报|内容)(?:主要)?包括|(?<![理自])由(?=[^。\n]{4,400}组成)"
)


def _texts(*pieces: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=24).map("".join)


_INLINE = _texts(" ", "\t", "x", "。", "(一)", "二、", "3.", "3.5", "第一章", "第二部分", "十")
_LISTED = _texts(",", "、", ";", " ", "(一)", "二、", "一", "(", ")", "x")
_YEARS = _texts(
    " ", "\n", "。", "，", "1", "2021年", "2021年，", "1999", "度", "的", "以来", "政府信息公开工作", "报告", "年报"
)
_NAMED = _texts("。", "\n", " ", "现将", "公布", "发布", "某市", "(简称)", "2021年", "度", "工作报告", "年报", "x")
_GOV = _texts(",", "，", "。", "\n", "年的", " ", "某市", "人民", "政府信息公开工作", "坚持", "x")
_CUES = _texts("分别是", "分别为", ":", "全文", "报告", "主要", "包括", "理", "自", "由", "某某", "组成", "。", "\n")
_CENTRES = _texts("服务中心", "政务", "便民", "行政", "的", "某", "县", "x", " ", "\n")


def _plain_split(view: str) -> list[tuple[int, int, int, int]]:
    out = []
    pos = 0
    while True:
        nl = view.find("\n", pos)
        end = len(view) if nl < 0 else nl
        lo, hi = pos, end
        while lo < hi and view[lo].isspace():
            lo += 1
        while hi > lo and view[hi - 1].isspace():
            hi -= 1
        out.append((pos, end, lo, hi))
        if nl < 0:
            return out
        pos = nl + 1


def _key(m: re.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.groups())


@settings(max_examples=300)
@given(st.text(alphabet=" \t\n\u3000\xa0\x1c\u2028ab", max_size=20))
def test_split_lines_matches_a_scan_by_character(view: str) -> None:
    """split_lines trims the same white space as a character-by-character scan."""
    lines = split_lines(view)
    assert [tuple(ln) for ln in lines] == _plain_split(view)
    assert all(isinstance(ln, Line) for ln in lines)


@settings(max_examples=300)
@given(st.text(alphabet=" \t\n12٣.,%-+a|", max_size=16))
def test_trailing_figures_matches_the_pattern(line: str) -> None:
    """The backwards reading finds trailing figures exactly where the forward pattern does."""
    assert trailing_figures(line) == bool(TRAILING_FIGURES.search(line))


@settings(max_examples=300)
@given(_INLINE, _LISTED)
def test_heading_patterns_match_their_plain_forms(view: str, listed: str) -> None:
    """Inline markers (from a non-space start) and listed markers are found as by the plain patterns."""
    lo = len(view) - len(view.lstrip(" \t"))
    fast = [m.span() for m in INLINE_MARKER.finditer(view, lo, len(view))]
    assert fast == [m.span() for m in _PLAIN_INLINE.finditer(view, lo, len(view))]
    assert _lists_headings(listed) == (len(_PLAIN_LISTED.findall(listed)) >= 2)


@settings(max_examples=300)
@given(_YEARS, _NAMED, _GOV, _CUES, _CENTRES)
def test_text_patterns_match_their_plain_forms(years: str, named: str, gov: str, cues: str, centres: str) -> None:
    """Reordered or split patterns find the same matches as the plain patterns."""
    assert _key(_REPORT_YEAR.search(years, 0, len(years))) == _key(_PLAIN_REPORT_YEAR.search(years))
    assert _key(_OPENING_YEAR.search(years, 0, len(years))) == _key(_PLAIN_OPENING_YEAR.search(years))
    assert _key(organ._patterns().named_report.search(named, 0, len(named))) == _key(_PLAIN_NAMED_REPORT.search(named))
    fast = [_key(m) for m in organ._patterns().opening_gov.finditer(gov, 0, len(gov))]
    assert fast == [_key(m) for m in _PLAIN_OPENING_GOV.finditer(gov)]
    assert [m.span() for m in parts._CUE.finditer(cues)] == [m.span() for m in _PLAIN_CUE.finditer(cues)]
    assert _key(organ._service_centre(centres)) == _key(organ._patterns().service_centre.search(centres))


def test_opening_pattern_from_a_later_position() -> None:
    """Searched from a later position, '^' does not match there (as in re)."""
    p = OpeningPattern.compile(r"[。\n]", r"(\d{4})年")
    found = p.search("2020年。2021年", 1, 11)
    assert found is not None
    assert found.group(1) == "2021"
    assert p.search("2020年", 1, 5) is None


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from(["1.", "(一)", "一、", "x", "\n", " ", "2、"]), max_size=20).map("".join),
    st.lists(st.tuples(st.integers(0, 40), st.integers(-2, 12)), max_size=5),
)
def test_items_from_lines_skips_spans(view: str, raw: list[tuple[int, int]]) -> None:
    """Lines starting inside a skipped span give no item (bisection over the merged spans)."""
    skip = [Span(start=a, end=max(a, a + w)) for a, w in raw]
    plain = []
    for m in re.finditer(r"(?m)^", view):
        if not any(s.start <= m.start() < s.end for s in skip) and (hit := match_number(view, m.start())):
            plain.append(hit[1])
    assert [it.start for it in items_from_lines(view, skip=skip)] == plain


def test_long_runs_of_spaces_stay_linear() -> None:
    """Long lines of spaces and figures are read in linear time."""
    view = "一、总体情况\n" + "x" + " " * 200_000 + "y 1\n" + "一、概况" + " 1" * 100_000 + " a 1\n"
    start = time.process_time()
    headings, _ = find_headings(view, split_lines(view), Regions([]))
    assert time.process_time() - start < 2
    assert [h.match.ordinal for h in headings] == [1, 1]
