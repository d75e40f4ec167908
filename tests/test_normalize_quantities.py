"""find_quantities / parse_quantity: example tables and properties."""

from __future__ import annotations

from decimal import Decimal
from unittest.mock import patch

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govdisclosure.lexicon.units import PERCENT_SIGNS, UNITS
from govdisclosure.model import Approximation
from govdisclosure.normalize import find_quantities, parse_quantity, quantities
from govdisclosure.normalize.numbers import parse_number
from govdisclosure.normalize.text import matching_view

A = Approximation

# (text, [(value, unit, approximation, raw)]) — synthetic sentences.
FIND_EXAMPLES: list[tuple[str, list[tuple[int | Decimal, str | None, Approximation, str]]]] = [
    ("全年发布信息380余条", [(380, "条", A.MORE_THAN, "380余条")]),
    ("服务群众13万余人次", [(130000, "人次", A.MORE_THAN, "13万余人次")]),
    ("梳理事项1320余项", [(1320, "项", A.MORE_THAN, "1320余项")]),
    ("工作人员近270人", [(270, "人", A.NEARLY, "近270人")]),
    ("节约资金5.1亿元", [(510000000, "元", A.EXACT, "5.1亿元")]),
    ("成交金额118亿元", [(11800000000, "元", A.EXACT, "118亿元")]),
    ("收费3940 元", [(3940, "元", A.EXACT, "3940 元")]),
    ("经费12.5万元", [(125000, "元", A.EXACT, "12.5万元")]),
    ("办理率百分之六十二点七", [(Decimal("62.7"), "%", A.EXACT, "百分之六十二点七")]),
    ("网办率达62.7%", [(Decimal("62.7"), "%", A.EXACT, "62.7%")]),
    ("网办率达６２．７％", [(Decimal("62.7"), "%", A.EXACT, "６２．７％")]),
    ("事项达到60%以上", [(60, "%", A.MORE_THAN, "60%以上")]),
    ("约3天左右办结", [(3, "天", A.ABOUT, "约3天左右")]),
    ("涉及三十多个部门", [(30, "个", A.MORE_THAN, "三十多个")]),
    ("接待群众10余万人", [(100000, "人", A.MORE_THAN, "10余万人")]),
    ("超过200件", [(200, "件", A.MORE_THAN, "超过200件")]),
    ("不足5次", [(5, "次", A.UNDER, "不足5次")]),
    ("至少3场", [(3, "场", A.AT_LEAST, "至少3场")]),
    ("大约两千份", [(2000, "份", A.ABOUT, "大约两千份")]),
    ("受理申请 1,232 份，办结187份", [(1232, "份", A.EXACT, "1,232 份"), (187, "份", A.EXACT, "187份")]),
    ("平均3.5个工作日", [(Decimal("3.5"), "个工作日", A.EXACT, "3.5个工作日")]),
    ("共计12，办结10。", [(12, None, A.EXACT, "12"), (10, None, A.EXACT, "10")]),
    ("办结１，２３２件", [(1232, "件", A.EXACT, "１，２３２件")]),
    ("分别为12，345件", []),
    ("分别为12，15件", [(12, None, A.EXACT, "12"), (15, "件", A.EXACT, "15件")]),
    ("平均等候5分钟", [(5, "分钟", A.EXACT, "5分钟")]),
    ("考核得分95分", []),
    ("熱線電話2萬餘通", [(20000, "通", A.MORE_THAN, "2萬餘通")]),
    # qualifying words that are parts of other words
    ("节约5.1亿元", [(510000000, "元", A.EXACT, "5.1亿元")]),
    ("最近3次", [(3, "次", A.EXACT, "3次")]),
    # not quantities
    ("2018年度报告", []),
    ("2019年1月22日发布", []),
    ("二〇一九年", []),
    ("根据国办发〔2017〕47号文件", []),
    ("联系电话0719-2725514", []),
    ("电话:5722721,邮编:361009", []),
    ("（一）总体情况", []),
    ("1.加强组织领导", []),
    ("2)完善制度", []),
    ("(3)做好解读", []),
    ("一、概述", []),
    ("第二十条规定", []),
    ("第3次会议", []),
    ("12345热线", []),
    ("G20峰会", []),
    ("上午9:30开始", []),
    ("1-9月", []),
    ("2020%", []),
    ("一次性告知", []),
    ("十九届四中全会", []),
    ("广场路188号7幢", []),
    ("索引号:000014349/2019-00123", []),
]


@pytest.mark.parametrize(("text", "expected"), FIND_EXAMPLES)
def test_find_quantities_examples(
    text: str, expected: list[tuple[int | Decimal, str | None, Approximation, str]]
) -> None:
    """Each sentence yields exactly the expected figures, in order, with raw text."""
    got = [(q.value, q.unit, q.approximation, q.raw) for q in find_quantities(text)]
    assert got == expected


def test_spans_point_at_the_raw_text_with_offset() -> None:
    """Spans index the given text shifted by offset, and raw is the slice."""
    text = "今年受理申請１２件，辦結近10件。"
    for q in find_quantities(text, offset=100):
        assert text[q.span.start - 100 : q.span.end - 100] == q.raw
    assert [q.value for q in find_quantities(text)] == [12, 10]


PARSE_EXAMPLES: list[tuple[str, tuple[int | Decimal, str | None, Approximation] | None]] = [
    ("1320余项", (1320, "项", A.MORE_THAN)),
    ("约3.5万元", (35000, "元", A.ABOUT)),
    ("三百", (300, None, A.EXACT)),
    ("12", (12, None, A.EXACT)),
    ("  5人 ", (5, "人", A.EXACT)),
    ("百分之百", (100, "%", A.EXACT)),
    ("千分之三", (3, "‰", A.EXACT)),
    ("近270人", (270, "人", A.NEARLY)),
    ("2018年", None),
    ("12件和3件", None),
    ("共12件", None),
    ("", None),
    ("件", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_EXAMPLES)
def test_parse_quantity_examples(text: str, expected: tuple[int | Decimal, str | None, Approximation] | None) -> None:
    """A string that is exactly one figure parses; anything else is None."""
    q = parse_quantity(text)
    if expected is None:
        assert q is None
    else:
        assert q is not None
        assert (q.value, q.unit, q.approximation) == expected
        assert text[q.span.start : q.span.end] == q.raw


_NOISE = st.text(alphabet="的了和在是工作开展情况加强推进，。、", max_size=12)
_UNITS = st.sampled_from(["件", "条", "项", "人次", "个", "份", "次", "家"])


@settings(max_examples=150)
@given(_NOISE, st.integers(0, 10**7), _UNITS, _NOISE)
def test_embedded_count_found_unchanged(before: str, n: int, unit: str, after: str) -> None:
    """A count with a unit embedded in noise is found with its value and unit."""
    text = f"{before}共{n}{unit}{after}"
    found = find_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(n, unit)]
    assert found[0].raw == f"{n}{unit}"


@settings(max_examples=150)
@given(st.integers(1990, 2035), st.integers(1, 12), st.integers(1, 28), st.integers(1, 999), _NOISE)
def test_years_dates_and_doc_numbers_never_reported(year: int, month: int, day: int, serial: int, noise: str) -> None:
    """Years, dates and 文号 in running text never come out as quantities."""
    text = f"{noise}{year}年{noise}{year}年{month}月{day}日，按照某政办发〔{year}〕{serial}号{noise}"
    assert find_quantities(text) == []


@given(st.text(max_size=200))
def test_find_quantities_never_raises_and_spans_match(s: str) -> None:
    """Any text gives figures whose raw is the spanned slice and whose value is a number."""
    for q in find_quantities(s):
        assert s[q.span.start : q.span.end] == q.raw
        assert isinstance(q.value, int | Decimal)


@given(st.text(max_size=60))
def test_parse_quantity_never_raises(s: str) -> None:
    """parse_quantity is total."""
    q = parse_quantity(s)
    assert q is None or q.raw.strip() == s.strip()


@given(st.integers(0, 10**6))
def test_quantity_value_agrees_with_parse_number(n: int) -> None:
    """The value of a figure is parse_number of its digits."""
    q = parse_quantity(f"{n}件")
    assert q is not None
    assert q.value == parse_number(str(n))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("锦旗12面", (12, "面", Approximation.EXACT)),
        ("发布信息6200 余条", (6200, "条", Approximation.MORE_THAN)),
        ("四面八方", None),
    ],
)
def test_banner_unit_and_spaced_approximation(text: str, expected: tuple[int, str, Approximation] | None) -> None:
    """面 counts after Arabic digits only; a space before 余 keeps the approximation and unit."""
    found = find_quantities(text)
    if expected is None:
        assert found == []
    else:
        assert [(q.value, q.unit, q.approximation) for q in found] == [expected]


_RUN_PIECES = st.sampled_from(
    [
        *"0123456789一二三四五六七八九十百千万亿两零〇点.,，%‰余多之个件人米项年月号 的()\n\t",
        "百分之",
        "千分之",
        "千米",
        "个百分点",
        "左右",
        "以上",
        "约",
        "第",
        "1,234",
        "１２",
    ]
)


@settings(max_examples=400)
@given(st.lists(_RUN_PIECES, max_size=16).map("".join))
@example("3.依申请公开\n百分之3.的")  # a list number is skipped, a percentage is not
@example("(4)平台\n共4)")
def test_candidate_runs_find_what_all_runs_find(s: str) -> None:
    """Skipping the numeral runs that cannot hold a figure changes no result of the strict scan."""
    view = matching_view(s)
    every = quantities._quantities(s, view, 0, lenient=False, mask=None, runs=quantities._RUN)
    assert quantities._quantities(s, view, 0, lenient=False, mask=None, runs=quantities._CANDIDATE_RUN) == every


_SKIP_TEXT = st.lists(
    st.sampled_from(["\n", "|", "\t", " ", "共", "约", "3", "12", "件", "余", "万", "5%", "一", "3余件", "1.5万余人"]),
    max_size=16,
).map("".join)


@settings(max_examples=400)
@given(_SKIP_TEXT, st.data())
def test_skipped_stretches_drop_only_their_own_figures(s: str, data: st.DataObject) -> None:
    """Skipping regions leaves out exactly the figures inside their separator-bounded stretches."""
    bound = st.integers(0, len(s))
    regions = data.draw(st.lists(st.tuples(bound, bound), max_size=3))
    stretches = quantities._stretches(matching_view(s), regions)
    kept = [q for q in find_quantities(s) if not any(lo <= q.span.start and q.span.end <= hi for lo, hi in stretches)]
    assert find_quantities(s, skip=regions) == kept


@given(st.text(alphabet="0123456789,，.１２３", max_size=12))
def test_same_width_equals_its_plain_form(printed: str) -> None:
    """The thousands-separator width check agrees with a scan of every comma."""
    head = matching_view(printed)
    plain = all(printed[i] == "," for i, ch in enumerate(head) if ch == ",") or all(not ch.isascii() for ch in printed)
    assert quantities._same_width(printed, head) == plain


@given(st.text(alphabet="个工作日百分点小时月件次人%‰平方公里米千元美余", max_size=6))
def test_unit_regex_picks_what_the_unit_table_picks(s: str) -> None:
    """The unit pattern finds the percent sign or the longest listed unit, as a scan of the list does."""
    by_length = sorted(UNITS, key=len, reverse=True)
    plain = s[0] if s and s[0] in PERCENT_SIGNS else next((u for u in by_length if s.startswith(u)), None)
    assert quantities._unit_at(s, 0) == plain


# Around a number: heading marks, units, approximation words, percent prefixes, ordinals, spaces.
_AROUND = st.lists(
    st.sampled_from([*"()（）.、之第约共余多件年号%，。-a依是 \n\t", "百分之", "分钟", "平台"]),
    max_size=4,
).map("".join)
_NUMERALS = st.text(alphabet="0123456789一二三十百万两〇,.点", min_size=1, max_size=6)


@settings(max_examples=600)
@given(_AROUND, _NUMERALS, _AROUND)
@example("", "3", ".依申请公开")
@example("(", "4", ")平台")
@example("是", "5", ")")
@example("约 ", "5", ")")
@example("百分之", "五", "，")
def test_dead_end_pieces_read_as_no_figure(before: str, num: str, after: str) -> None:
    """Whenever the fast rejection skips a piece, the full reading finds no figure there either."""
    view = matching_view(before + num + after)
    ps, pe = len(before), len(before) + len(num)
    if quantities._dead_end(view, ps, pe):
        assert quantities._scan_piece(view, view, ps, pe, lenient=False) is None


@settings(max_examples=300)
@given(st.lists(st.tuples(_AROUND, _NUMERALS), max_size=6).map(lambda ps: "".join(a + n for a, n in ps)))
def test_dead_end_rejection_changes_no_result(s: str) -> None:
    """find_quantities with the fast rejection equals the full reading of every piece."""
    with patch.object(quantities, "_dead_end", lambda view, ps, pe: False):
        full = find_quantities(s)
    assert find_quantities(s) == full
