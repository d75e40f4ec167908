"""Splitting responsibility text into units, and recognising it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.extract.task_outline import cn_ordinal, match_number
from govdisclosure.extract.task_units import names_units, split_units
from govdisclosure.normalize.text import matching_view


def _split(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    units = split_units(text, matching_view(text))
    return units.units, units.lead


@pytest.mark.parametrize(
    ("text", "units", "lead"),
    [
        ("县政府办公室负责落实", ("县政府办公室",), ()),
        ("县财政局牵头，各乡镇、县直各部门按职责分工负责", ("县财政局", "各乡镇", "县直各部门"), ("县财政局",)),
        ("县政务中心牵头驻大厅各部门配合", ("县政务中心", "驻大厅各部门"), ("县政务中心",)),
        ("由县政府办牵头落实", ("县政府办",), ("县政府办",)),
        ("牵头单位：县政府办；责任单位：各乡镇、各部门", ("县政府办", "各乡镇", "各部门"), ("县政府办",)),
        ("各乡镇政府,县政府各部门按工作职能分别负责落实", ("各乡镇政府", "县政府各部门"), ()),
        ("縣政府辦公室負責落實", ("縣政府辦公室",), ()),
        ("办公室", ("办公室",), ()),
        ("县发改委、县财政局等相关部门", ("县发改委", "县财政局等相关部门"), ()),
    ],
)
def test_split_units(text: str, units: tuple[str, ...], lead: tuple[str, ...]) -> None:
    """Units are split on separators and role words, role phrases dropped, leads marked."""
    assert _split(text) == (units, lead)


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        ("县政府办负责", True),
        ("县财政局、县审计局", True),
        ("各科室", True),
        ("以下简称五公开", False),
        ("2030年", False),
        ("按季度更新", False),
        ("", False),
    ],
)
def test_names_units(view: str, expected: bool) -> None:
    """Only bracket text that names units counts as a responsibility."""
    assert names_units(view) is expected


_UNIT = st.text(alphabet="县市区政府财政局办公室各乡镇部门委中心甲乙丙", min_size=1, max_size=8)


@settings(max_examples=150)
@given(st.lists(_UNIT, min_size=1, max_size=5), st.sampled_from(["、", "，", ",", "；", " "]))
def test_units_are_slices_of_the_text(names: list[str], sep: str) -> None:
    """Every unit returned is a non-empty piece of the printed text, without separators."""
    text = sep.join(names) + "负责落实"
    units, lead = _split(text)
    for unit in units:
        assert unit
        assert unit in text
        assert not any(ch in unit for ch in "、，,；; ")
    assert set(lead) <= set(units)


@settings(max_examples=150)
@given(st.text(max_size=40))
def test_split_never_raises(text: str) -> None:
    """Arbitrary text splits without error and yields only substrings."""
    units, _ = _split(text)
    assert all(u in text for u in units)


def test_split_rejects_mismatched_view() -> None:
    """Text and view of different lengths are refused."""
    with pytest.raises(ValueError, match="same length"):
        split_units("县政府办", "县政府")


@pytest.mark.parametrize(
    ("numeral", "value"), [("一", 1), ("十", 10), ("十五", 15), ("二十", 20), ("九十九", 99), ("一二", None)]
)
def test_cn_ordinal(numeral: str, value: int | None) -> None:
    """Small Chinese numerals give their values; digit runs are not numerals."""
    assert cn_ordinal(numeral) == value


@pytest.mark.parametrize(
    ("line", "style", "ordinal"),
    [
        ("一、总体要求", "cn", 1),
        ("(十二)做好", "pcn", 12),
        ("3.加强", "ar", 3),
        ("(4)完善", "par", 4),
        ("②推进", "circ", 2),
    ],
)
def test_match_number_styles(line: str, style: str, ordinal: int) -> None:
    """Each numbering style is recognised at a line start with its ordinal."""
    hit = match_number(line, 0)
    assert hit is not None
    assert (hit[0], hit[3]) == (style, ordinal)


@pytest.mark.parametrize("line", ["2030.5完成", "12345、", "公开一、二", "(以下简称)"])
def test_match_number_rejects(line: str) -> None:
    """Decimals, long digit runs, mid-line numerals and bracketed words are not numbering."""
    assert match_number(line, 0) is None
