"""parse_date / find_dates: Chinese and numeric forms, ranges, round trips."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.normalize import dates as dates_module
from govdisclosure.normalize import find_dates, parse_date

_CN = "〇一二三四五六七八九"

PARSE_EXAMPLES: list[tuple[str, int | None, date | None]] = [
    ("2020年01月14日 16:03:00", None, date(2020, 1, 14)),
    ("2018 年 7 月 4 日", None, date(2018, 7, 4)),
    ("2019-01-22 14:28", None, date(2019, 1, 22)),
    ("2018/06/01", None, date(2018, 6, 1)),
    ("2018.06.01", None, date(2018, 6, 1)),
    ("２０１９年１月２日", None, date(2019, 1, 2)),
    ("二〇一八年五月三十一日", None, date(2018, 5, 31)),
    ("二〇二〇年十二月一日", None, date(2020, 12, 1)),
    ("6月5日", 2019, date(2019, 6, 5)),
    ("十月一日", 2020, date(2020, 10, 1)),
    ("6月5日", None, None),
    ("Jan 22, 2019", None, date(2019, 1, 22)),
    ("2019-02-30", None, None),
    ("2019年13月1日", None, None),
    ("2019年", None, None),
    ("2019年1月", None, None),
    ("2019-01", None, None),
    ("2019-01/22", None, None),
    ("共12件", None, None),
    ("12", None, None),
    ("", None, None),
]


@pytest.mark.parametrize(("text", "default_year", "expected"), PARSE_EXAMPLES)
def test_parse_date_examples(text: str, default_year: int | None, expected: date | None) -> None:
    """Each printed form gives the expected date or None."""
    assert parse_date(text, default_year=default_year) == expected


def test_find_dates_range_takes_the_year_of_its_start() -> None:
    """In a range, a month-day end takes the year of the start date."""
    text = "统计期限为2018年1月1日至12月31日止。另于3月5日召开会议"
    found = find_dates(text)
    assert [(d.value, d.raw) for d in found] == [(date(2018, 1, 1), "2018年1月1日"), (date(2018, 12, 31), "12月31日")]
    for d in found:
        assert d.span is not None
        assert text[d.span.start : d.span.end] == d.raw


def test_find_dates_default_year_and_offset() -> None:
    """default_year fills month-day dates; spans are shifted by offset."""
    found = find_dates("于6月5日前反馈", offset=10, default_year=2016)
    assert [d.value for d in found] == [date(2016, 6, 5)]
    assert found[0].span is not None
    assert found[0].span.start == 11


def test_find_dates_traditional_text() -> None:
    """Traditional text is matched on the simplified view; raw stays as printed."""
    found = find_dates("發布時間：2020年01月14日 16:03")
    assert [(d.value, d.raw) for d in found] == [(date(2020, 1, 14), "2020年01月14日 16:03")]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_isoformat_round_trip(d: date) -> None:
    """A date's isoformat parses back to the same date."""
    assert parse_date(d.isoformat()) == d


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), st.booleans())
def test_chinese_forms_round_trip(d: date, pad: bool) -> None:
    """Arabic 年月日 (padded or not) and digit-by-digit Chinese years read back."""
    arabic = f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"
    assert parse_date(arabic) == d
    year = "".join(_CN[int(ch)] for ch in str(d.year))
    chinese = f"{year}年{_small(d.month)}月{_small(d.day)}日"
    assert parse_date(chinese) == d
    assert [x.value for x in find_dates(f"于{arabic}印发")] == [d]


def _small(n: int) -> str:
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN[tens] + "十")
    return head + (_CN[ones] if ones else "")


@given(st.text())
def test_never_raises(s: str) -> None:
    """Both functions are total; spans slice raw."""
    parse_date(s)
    parse_date(s, default_year=2020)
    for d in find_dates(s, default_year=2020):
        assert d.span is not None
        assert s[d.span.start : d.span.end] == d.raw


_DATE_PIECES = st.sampled_from(
    [
        *"0123456789年月日号时分:-/. \t\n至〇零○一二三十a",
        "2018",
        "19",
        "12",
        "31",
        "二〇一九",
        "十二",
        "12:30",
        "  ",
        "十月",
        "一日",
        "7月4日",
        "2018年",
    ]
)


@settings(max_examples=400)
@given(st.lists(_DATE_PIECES, max_size=14).map("".join))
def test_candidate_scan_equals_plain_finditer(s: str) -> None:
    """The candidate-start scan finds exactly the matches of a plain ``finditer`` of each date pattern."""
    for pattern in (dates_module._DATE, dates_module._NUMERIC_DATE):
        fast = [m.span() for m in dates_module._matches(pattern, s)]
        assert fast == [m.span() for m in pattern.finditer(s)]
