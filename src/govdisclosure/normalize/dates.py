"""Dates as printed in Chinese documents: 2018年7月4日, 2019-01-22, 二〇一八年五月三十一日 …"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Final

from govdisclosure.lexicon.numerals import DIGITS
from govdisclosure.model import DateValue, Span
from govdisclosure.normalize.numbers import parse_number
from govdisclosure.normalize.text import fold_width, matching_view, to_simplified

__all__ = ["find_dates", "parse_date"]

_CN_DIGIT: Final = "〇零○一二三四五六七八九"
_CN_SMALL: Final = "一二三四五六七八九十"
_TIME: Final = r"(?:[ \t]{0,3}(?:[01]?[0-9]|2[0-3])[:时][0-5][0-9](?:[:分][0-5][0-9]秒?)?)?"
_DAY_END: Final = r"[ \t]*[日号]"

_DATE: Final = re.compile(
    # 2018年7月4日 (spaces allowed around the parts)
    rf"(?<![0-9])(?P<y1>(?:19|20)[0-9]{{2}})[ \t]*年[ \t]*(?P<m1>[0-9]{{1,2}})[ \t]*月"
    rf"[ \t]*(?P<d1>[0-9]{{1,2}}){_DAY_END}{_TIME}"
    # 2019-01-22, 2018/06/01, 2018.06.01 (same separator twice)
    rf"|(?<![0-9.\-/])(?P<y2>(?:19|20)[0-9]{{2}})(?P<sep>[-/.])(?P<m2>[0-9]{{1,2}})(?P=sep)(?P<d2>[0-9]{{1,2}})(?![0-9])"
    rf"(?![.\-/][0-9]){_TIME}"
    # 二〇一八年五月三十一日
    rf"|(?P<y3>[{_CN_DIGIT}]{{4}})[ \t]*年[ \t]*(?P<m3>[{_CN_SMALL}]{{1,2}})[ \t]*月"
    rf"[ \t]*(?P<d3>[{_CN_SMALL}]{{1,3}}){_DAY_END}"
    # 6月5日 (the year comes from elsewhere)
    rf"|(?<![0-9])(?P<m4>[0-9]{{1,2}})[ \t]*月[ \t]*(?P<d4>[0-9]{{1,2}}){_DAY_END}{_TIME}"
    rf"|(?<![{_CN_SMALL}〇零])(?P<m5>[{_CN_SMALL}]{{1,2}})月(?P<d5>[{_CN_SMALL}]{{1,3}})[日号]"
)
_NUMERIC_DATE: Final = re.compile(
    rf"(?<![0-9.\-/])(?P<y2>(?:19|20)[0-9]{{2}})(?P<sep>[-/.])(?P<m2>[0-9]{{1,2}})(?P=sep)(?P<d2>[0-9]{{1,2}})(?![0-9])"
    rf"(?![.\-/][0-9]){_TIME}"
)
# Where a date can start: a digit (Arabic or Chinese) followed, within three more digits and
# some spaces, by 年, 月 or a numeric separator; an Arabic digit only at the start of a number
# (every Arabic form has a lookbehind for that).  One character is consumed, so every start is
# tried; the scan runs at C speed and the full pattern is tried only at these few places.
_DATE_START: Final = re.compile(rf"[0-9{_CN_DIGIT}十](?<![0-9][0-9])(?=[0-9{_CN_DIGIT}十]{{0,3}}[ \t]*+[年月\-/.])")
_RANGE_JOINER: Final = re.compile(r"[ \t]*(?:至|到|-|—|~|～|－)[ \t]*")
_HAS_LETTER: Final = re.compile(r"[A-Za-z]")
_HAS_YEAR: Final = re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])")


def _matches(pattern: re.Pattern[str], view: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(view)`` for the date patterns, trying a match only where a date can start.

    The date patterns open with lookbehinds, which make a plain scan try every
    branch at every character; ``_DATE_START`` finds the few candidate starts.
    """
    end = 0
    for c in _DATE_START.finditer(view):
        if c.start() < end:
            continue
        m = pattern.match(view, c.start())
        if m is not None:
            end = m.end()
            yield m


def _cn_year(s: str) -> int | None:
    if any(ch not in DIGITS for ch in s):
        return None
    return int("".join(str(DIGITS[ch]) for ch in s))


def _small(s: str) -> int | None:
    value = parse_number(s)
    return value if isinstance(value, int) else None


def _build(year: int | None, month: int | None, day: int | None) -> date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_match(m: re.Match[str], default_year: int | None) -> date | None:
    """The date of one match; month-day forms use *default_year*."""
    g = m.groupdict()
    if g.get("y1"):
        return _build(int(g["y1"]), int(g["m1"]), int(g["d1"]))
    if g.get("y2"):
        return _build(int(g["y2"]), int(g["m2"]), int(g["d2"]))
    if g.get("y3"):
        return _build(_cn_year(g["y3"]), _small(g["m3"]), _small(g["d3"]))
    if g.get("m4"):
        return _build(default_year, int(g["m4"]), int(g["d4"]))
    if g.get("m5"):
        return _build(default_year, _small(g["m5"]), _small(g["d5"]))
    return None  # pragma: no cover - every alternative sets one group


def _has_year(m: re.Match[str]) -> bool:
    g = m.groupdict()
    return bool(g.get("y1") or g.get("y2") or g.get("y3"))


def parse_date(s: str, *, default_year: int | None = None) -> date | None:
    """Read *s* as one date (a time of day after it is allowed and ignored).

    Chinese forms come first; python-dateutil is only a fallback for text with
    Latin month names and a four-digit year.  Month-day forms (``6月5日``) need
    *default_year*.  Returns ``None`` for anything else; never raises.

    >>> parse_date("2020年01月14日 16:03:00"), parse_date("2018 年 7 月 4 日")
    (datetime.date(2020, 1, 14), datetime.date(2018, 7, 4))
    >>> parse_date("2019-01-22 14:28"), parse_date("2018/06/01"), parse_date("二〇一八年五月三十一日")
    (datetime.date(2019, 1, 22), datetime.date(2018, 6, 1), datetime.date(2018, 5, 31))
    >>> parse_date("6月5日", default_year=2019), parse_date("6月5日"), parse_date("2019-02-30")
    (datetime.date(2019, 6, 5), None, None)
    """
    view = to_simplified(fold_width(s)).strip()
    if not view:
        return None
    m = _DATE.fullmatch(view)
    if m is not None:
        return _from_match(m, default_year)
    return _dateutil_fallback(view)


def _dateutil_fallback(view: str) -> date | None:
    """Latin-script dates such as ``Jan 22, 2019``; only with a four-digit year."""
    if len(view) > 64 or not _HAS_LETTER.search(view) or not _HAS_YEAR.search(view):
        return None
    try:
        from dateutil import parser  # noqa: PLC0415 - rarely needed

        return parser.parse(view).date()
    except (ValueError, OverflowError, TypeError, LookupError):
        return None


def find_dates(
    text: str, *, offset: int = 0, default_year: int | None = None, view: str | None = None
) -> list[DateValue]:
    """Every date in *text*, in reading order, with raw text and span (+ *offset*).

    A month-day date without a year takes *default_year*; without one it takes
    the year of the date right before it when the two are joined as a range
    (``2018年1月1日至12月31日``), and is skipped otherwise.  *view*, when given,
    must be ``matching_view(text)``.

    >>> [(d.value.isoformat(), d.raw, d.span.start) for d in find_dates("統計期限為2018年1月1日至12月31日。")]
    [('2018-01-01', '2018年1月1日', 5), ('2018-12-31', '12月31日', 15)]
    """
    if view is None or len(view) != len(text):
        view = matching_view(text)
    out: list[DateValue] = []
    prev: tuple[int, int] | None = None  # (end of previous dated match, its year)
    if "月" in view:
        pattern = _DATE
    elif "-" in view or "/" in view or "." in view:
        pattern = _NUMERIC_DATE  # cheap path: only 2019-01-22 forms can occur
    else:
        return out
    for m in _matches(pattern, view):
        year = default_year
        if not _has_year(m) and year is None and prev is not None and _RANGE_JOINER.fullmatch(view, prev[0], m.start()):
            year = prev[1]
        value = _from_match(m, year)
        if value is None:
            prev = None
            continue
        out.append(
            DateValue(
                value=value, raw=text[m.start() : m.end()], span=Span(start=m.start() + offset, end=m.end() + offset)
            )
        )
        prev = (m.end(), value.year)
    return out
