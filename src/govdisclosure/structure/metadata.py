"""Page metadata, dates and the year: the metadata block, published and signed dates, period, year.

* **Metadata block**: ``key:value`` pairs of the page header before the body
  (撰写时间/来源/编辑/发布机构/索引号/发布日期 …), several per line or a key on
  its own line with the value on the next.
* **Published**: the metadata date (发布日期 > 发布时间 > 公文生成日期 > 撰写时间 >
  日期 > 时间; a value may carry page chrome after its date), else a date line right
  under the title (bare, or after the publishing source: ``某省某办  2018/3/26``),
  else — for a notice that issues a document — the issuer's date (the caller
  decides that case).
* **Signed** (落款): a short organ line followed by a 年月日 date line.
* **Period**: the statistics period sentence (统计期限/时限/时间 … 自 A 至 B), the
  end date taking the start's year when it prints none; else a whole calendar
  year (YYYY年1月1日至12月31日) named in the preamble of an annual report; or a
  month range in the title (1—6月) with the year.
* **Year** reported on: title year > period year > the year the preamble names
  the report for (2018年度…报告) > the first 'YYYY年，' that opens the body >
  the signing year.  Disagreement between the title and the period gives GD106.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date
from typing import Final, NamedTuple

from attrs import frozen

from govdisclosure._patterns import compile_fields
from govdisclosure.lexicon.structure import META_KEYS, ORGAN_SUFFIXES, PUBLISHED_KEYS
from govdisclosure.model import DateValue, MetaField, Period, Span, TextValue
from govdisclosure.normalize import parse_date
from govdisclosure.structure.lines import Line, Regions, lines_before

__all__ = [
    "Signature",
    "date_line",
    "find_meta_block",
    "find_period",
    "find_signature",
    "find_year_range",
    "published_from_meta",
    "source_date_line",
    "title_month_period",
]

_KEY_ALT: Final = "|".join(re.escape(k) for k in sorted(META_KEYS, key=len, reverse=True))
_PAIR: Final = rf"(?P<key>{_KEY_ALT})[ \t]*:[ \t]*"
_KEY_ALONE: Final = rf"(?:{_KEY_ALT})"
# A field after a run of spaces (a header line's later fields), the line opening with something else.
_GAP_PAIR: Final = r"(?<=[ \t]{2})" + _PAIR
# A value ends at a run of two spaces or at the next 'word:' label on the same line.
_VALUE_END: Final = r"[ \t]{2,}|[ \t]+(?=[\u4e00-\u9fff][\u4e00-\u9fff ]{1,7}:)"
_BULLETS: Final = "•·●◆■▪*-"
_BAR_FIELD: Final = r"[^|]+?(?=[ \t]*\||[ \t]*$)"
_DATE_ONLY: Final = (
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
)
_CN_DATE: Final = (
    r"\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
)
_D: Final = r"(\d{4})[ \t]*年?[ \t]*(\d{1,2})[ \t]*月[ \t]*(\d{1,2})[ \t]*日?"
_D_OPT_YEAR: Final = r"(?:(\d{4})[ \t]*年?[ \t]*)?(\d{1,2})[ \t]*月[ \t]*(\d{1,2})[ \t]*日?"
_PERIOD: Final = (
    r"(?:统计(?:期限|时限|时间|区间|周期|数据|时段)|数据统计期)[^。\n]{0,12}?"
    rf"{_D}[ \t]*(?:起[ \t]*[,，]?)?[ \t]*(?:至|到|—{{1,2}}|-|~)[ \t]*{_D_OPT_YEAR}"
)
_MONTH_RANGE: Final = r"(\d{1,2})[ \t]*[—\-~至到][ \t]*(\d{1,2})[ \t]*月"
# A date range without a cue word (read only as a whole calendar year).
# '——' (a doubled dash) is a common range mark too.
_RANGE: Final = rf"{_D}[ \t]*(?:起)?[ \t]*(?:至|到|—{{1,2}}|-|~)[ \t]*{_D_OPT_YEAR}"
_DATE_PREFIX: Final = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?|" + _CN_DATE
# '某省政务公开办  2018/3/26': a source name, spaces, a date.
_SOURCE_DATE: Final = r"[^\d\s。,;:]{2,20}[ \t]+(?P<date>" + _DATE_ONLY + ")"
_ORGAN_LINE_MAX: Final = 30
_PUNCT: Final = frozenset(",，。;；:：!！?？、()《》\"'")


class _Patterns(NamedTuple):
    """The module's patterns, compiled (field ``x`` is the source ``_X`` above)."""

    pair: re.Pattern[str]
    gap_pair: re.Pattern[str]
    key_alone: re.Pattern[str]
    value_end: re.Pattern[str]
    bar_field: re.Pattern[str]
    date_only: re.Pattern[str]
    cn_date: re.Pattern[str]
    period: re.Pattern[str]
    month_range: re.Pattern[str]
    range: re.Pattern[str]
    date_prefix: re.Pattern[str]
    source_date: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    """The patterns, compiled on first use (CJK classes and key alternations are slow to compile)."""
    return compile_fields(_Patterns, globals())


def _clean_line(view: str, line: Line) -> int:
    """Start of the line's content after a bullet and spaces."""
    pos = line.lo
    while pos < line.hi and (view[pos] in _BULLETS or view[pos] in " \t"):
        pos += 1
    return pos


def find_meta_block(text: str, view: str, lines: Sequence[Line], end: int) -> tuple[MetaField, ...]:
    """The ``key:value`` fields of the page header in the lines starting before *end*."""
    rx = _patterns()
    fields: list[MetaField] = []
    content = [ln for ln in lines_before(lines, end) if ln.lo < ln.hi]
    i = 0
    while i < len(content):
        line = content[i]
        pos = _clean_line(view, line)
        m = rx.pair.match(view, pos, line.hi)
        if m is None and " | " in view[pos : line.hi]:
            # '网站:某站 | 时间:2021-09-03 11:12:30 | …': fields separated by bars.
            for seg in rx.bar_field.finditer(view, pos, line.hi):
                a = seg.start()
                while a < seg.end() and view[a] in " \t":
                    a += 1
                sm = rx.pair.match(view, a, seg.end())
                if sm is not None and text[sm.end() : seg.end()].strip():
                    value = text[sm.end() : seg.end()].strip()
                    key = text[sm.start("key") : sm.end("key")]
                    fields.append(MetaField(key=key, value=value, span=Span(start=sm.start(), end=seg.end())))
            i += 1
            continue
        if m is None and "。" not in view[pos : line.hi]:
            # 'www.某站.gov.cn   发布时间:2022-01-25   来源:…' / '发布者:某局   发布日期:…': a page
            # header line opening with a site name or an unknown key; its fields follow space runs.
            m = rx.gap_pair.search(view, pos, line.hi)
        if m is None:
            alone = rx.key_alone.fullmatch(view, pos, line.hi)
            if alone is not None and i + 1 < len(content):
                nxt = content[i + 1]
                nxt_pos = _clean_line(view, nxt)
                if rx.pair.match(view, nxt_pos, nxt.hi) is None and not rx.key_alone.fullmatch(view, nxt_pos, nxt.hi):
                    fields.append(
                        MetaField(
                            key=text[pos : line.hi],
                            value=text[nxt_pos : nxt.hi],
                            span=Span(start=pos, end=nxt.hi),
                        )
                    )
                    i += 2
                    continue
            i += 1
            continue
        while m is not None:
            vstart = m.end()
            stop = rx.value_end.search(view, vstart, line.hi)
            vend = stop.start() if stop is not None else line.hi
            value = text[vstart:vend].strip()
            if value:
                fields.append(
                    MetaField(
                        key=text[m.start("key") : m.end("key")], value=value, span=Span(start=m.start(), end=vend)
                    )
                )
            if stop is None:
                break
            m = rx.pair.match(view, stop.end(), line.hi)
        i += 1
    return tuple(fields)


def published_from_meta(meta: Sequence[MetaField], view: str) -> DateValue | None:
    """The publication date given by the metadata block, by key preference."""
    for key in PUBLISHED_KEYS:
        for f in meta:
            if f.span is None:
                continue
            if view[f.span.start : f.span.start + len(f.key)].replace(" ", "") != key:
                continue
            vstart = f.span.end - len(f.value) if f.span.end >= len(f.value) else f.span.start
            raw, vend = f.value, f.span.end
            d = parse_date(raw)
            if d is None:
                # '2016-03-05 00:00 大 中 小': the date that opens the value, page chrome after it.
                pm = _patterns().date_prefix.match(view, vstart, f.span.end)
                if pm is not None:
                    raw, vend = f.value[: pm.end() - vstart], pm.end()
                    d = parse_date(raw)
            if d is not None:
                return DateValue(value=d, raw=raw, span=Span(start=vstart, end=vend))
    return None


def date_line(text: str, view: str, line: Line) -> DateValue | None:
    """The date when *line* holds only a date (``2024-04-17``, ``2018 年 7 月 4 日`` …)."""
    if line.blank or not _patterns().date_only.fullmatch(view, line.lo, line.hi):
        return None
    raw = text[line.lo : line.hi]
    d = parse_date(raw)
    return None if d is None else DateValue(value=d, raw=raw, span=Span(start=line.lo, end=line.hi))


def source_date_line(text: str, view: str, line: Line) -> DateValue | None:
    """The date of a line naming a source then a date (``某省某办  2018/3/26``)."""
    if line.blank:
        return None
    m = _patterns().source_date.fullmatch(view, line.lo, line.hi)
    if m is None:
        return None
    d = parse_date(text[m.start("date") : m.end("date")])
    if d is None:
        return None
    return DateValue(
        value=d, raw=text[m.start("date") : m.end("date")], span=Span(start=m.start("date"), end=m.end("date"))
    )


@frozen(kw_only=True)
class Signature:
    """The 落款: signatory organ line and its date."""

    signatory: TextValue
    signed: DateValue


def _organ_line(view: str, line: Line) -> bool:
    s = view[line.lo : line.hi]
    return (
        0 < len(s) <= _ORGAN_LINE_MAX
        and not any(ch in _PUNCT for ch in s)
        and not any(ch.isdigit() for ch in s)
        and s.endswith(ORGAN_SUFFIXES)
    )


def find_signature(text: str, view: str, lines: Sequence[Line], noise: Regions) -> Signature | None:
    """The first organ line directly followed (blank lines aside) by a 年月日 date line."""
    for k, b in enumerate(lines):
        # Every 年月日 date ends in 日: other lines are passed over without a closer look.
        if b.lo >= b.hi or view[b.hi - 1] != "日" or noise.covers(b.lo, b.hi):
            continue
        j = k - 1  # the content line before *b*: blank lines and noise are passed over
        while j >= 0 and (lines[j].lo >= lines[j].hi or noise.covers(lines[j].lo, lines[j].hi)):
            j -= 1
        if j < 0:
            continue
        a = lines[j]
        if not _organ_line(view, a) or not _patterns().cn_date.fullmatch(view, b.lo, b.hi):
            continue
        d = date_line(text, view, b)
        if d is None:
            continue
        return Signature(signatory=TextValue(value=text[a.lo : a.hi], span=Span(start=a.lo, end=a.hi)), signed=d)
    return None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_period(text: str, view: str) -> Period | None:
    """The statistics period stated in the text (first statement), or None.

    >>> s = "本报告所列数据的统计期限自20231月1日起至12月31日止。"
    >>> p = find_period(s, s)
    >>> p.start.isoformat(), p.end.isoformat()
    ('2023-01-01', '2023-12-31')
    """
    m = _patterns().period.search(view)
    if m is None:
        return None
    y1, m1, d1 = int(m.group(1)), int(m.group(2)), int(m.group(3))
    y2 = int(m.group(4)) if m.group(4) else y1
    start = _safe_date(y1, m1, d1)
    end = _safe_date(y2, int(m.group(5)), int(m.group(6)))
    if start is None or end is None or end < start:
        return None
    return Period(start=start, end=end, raw=text[m.start(1) : m.end()], span=Span(start=m.start(1), end=m.end()))


def find_year_range(text: str, view: str, start: int, end: int) -> Period | None:
    """A whole calendar year written as a date range in ``view[start:end]`` (no cue word needed).

    >>> s = "内容涵盖某局2022年1月1日至12月31日期间的工作。"
    >>> p = find_year_range(s, s, 0, len(s))
    >>> p.start.isoformat(), p.end.isoformat()
    ('2022-01-01', '2022-12-31')
    >>> find_year_range("2022年3月1日至5月31日", "2022年3月1日至5月31日", 0, 15) is None
    True
    """
    for m in _patterns().range.finditer(view, start, end):
        y1, y2 = int(m.group(1)), int(m.group(4) or m.group(1))
        if y1 != y2 or (int(m.group(2)), int(m.group(3)), int(m.group(5)), int(m.group(6))) != (1, 1, 12, 31):
            continue
        return Period(
            start=date(y1, 1, 1),
            end=date(y1, 12, 31),
            raw=text[m.start(1) : m.end()],
            span=Span(start=m.start(1), end=m.end()),
        )
    return None


def title_month_period(title_view: str, year: int, offset: int, text: str) -> Period | None:
    """A month range in the title (``1—6月``) read as a period of *year*."""
    m = _patterns().month_range.search(title_view)
    if m is None:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    if not 1 <= a <= b <= 12:
        return None
    start = date(year, a, 1)
    nxt = date(year + 1, 1, 1) if b == 12 else date(year, b + 1, 1)
    end = date.fromordinal(nxt.toordinal() - 1)
    span = Span(start=offset + m.start(), end=offset + m.end())
    return Period(start=start, end=end, raw=span.slice(text), span=span)
