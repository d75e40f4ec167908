"""parse_doc_number / find_doc_numbers: brackets, issuer boundaries, spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.normalize import find_doc_numbers, parse_doc_number

PARSE_EXAMPLES: list[tuple[str, tuple[str, int, int, str] | None]] = [
    ("张政办函[2018]74号", ("张政办函", 2018, 74, "张政办函〔2018〕74号")),
    ("某府发［2019］3号", ("某府发", 2019, 3, "某府发〔2019〕3号")),
    ("某府发〔2019〕3号", ("某府发", 2019, 3, "某府发〔2019〕3号")),
    ("某府发【2019】3号", ("某府发", 2019, 3, "某府发〔2019〕3号")),
    ("某府发(2019)3号", ("某府发", 2019, 3, "某府发〔2019〕3号")),
    ("某府发（2019）3号", ("某府发", 2019, 3, "某府发〔2019〕3号")),
    ("某府发(2019）3号", ("某府发", 2019, 3, "某府发〔2019〕3号")),
    ("某政发〔2008〕 4 号", ("某政发", 2008, 4, "某政发〔2008〕4号")),
    ("國辦發〔2017〕47號", ("國辦發", 2017, 47, "國辦發〔2017〕47號")),
    ("某辦發［２０１６］４３號", ("某辦發", 2016, 43, "某辦發〔2016〕43號")),
    ("  某办函〔2021〕30号  ", ("某办函", 2021, 30, "某办函〔2021〕30号")),
    ("2018年74号", None),
    ("〔2018〕74号", None),
    ("某府发〔2019〕", None),
    ("某府发〔2019〕3号和某府发〔2019〕4号", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_EXAMPLES)
def test_parse_doc_number_examples(text: str, expected: tuple[str, int, int, str] | None) -> None:
    """Each form parses to issuer, year, serial and the canonical 〔〕 form."""
    d = parse_doc_number(text)
    if expected is None:
        assert d is None
    else:
        assert d is not None
        assert (d.issuer, d.year, d.serial, d.canonical) == expected
        assert d.span is not None
        assert text[d.span.start : d.span.end] == d.raw


FIND_EXAMPLES: list[tuple[str, list[str]]] = [
    ("按照《关于某事的通知》(某办公开办函〔2019〕60号)要求", ["某办公开办函〔2019〕60号"]),
    ("根据某府发[2018]1号和某府函[2018]2号文件", ["某府发〔2018〕1号", "某府函〔2018〕2号"]),
    ("完成了某府函[2018]64号要求的任务", ["某府函〔2018〕64号"]),
    ("主动公开内容按照某办发〔2021〕30号文件要求编制", ["某办发〔2021〕30号"]),
    ("文号:某区府〔2019〕1号", ["某区府〔2019〕1号"]),
    ("落實《某某意見》(某辦發[2016]43號)", ["某辦發〔2016〕43號"]),
    ("某区政办〔2018〕101号、某区政办〔2018〕102号", ["某区政办〔2018〕101号", "某区政办〔2018〕102号"]),
    ("转发省政府办公厅某政办发〔2018〕50号", ["某政办发〔2018〕50号"]),
    ("2019年共收到12件", []),
    ("(2019)年度", []),
]


@pytest.mark.parametrize(("text", "expected"), FIND_EXAMPLES)
def test_find_doc_numbers_examples(text: str, expected: list[str]) -> None:
    """The issuer stops at running text, brackets and earlier citations."""
    found = find_doc_numbers(text)
    assert [d.canonical for d in found] == expected
    for d in found:
        assert d.span is not None
        assert text[d.span.start : d.span.end] == d.raw


def test_offset_shifts_spans() -> None:
    """Spans are shifted by offset."""
    d = find_doc_numbers("见某府发〔2019〕3号", offset=7)[0]
    assert d.span is not None
    assert (d.span.start, d.span.end) == (8, 8 + len("某府发〔2019〕3号"))


_ISSUER = st.text(alphabet="国省市县区政办发函字委局公开", min_size=2, max_size=6)


@given(
    _ISSUER,
    st.integers(1990, 2035),
    st.integers(1, 9999),
    st.sampled_from(["[]", "〔〕", "【】", "()", "［］", "（）"]),
)
def test_any_bracket_gives_the_canonical_form(issuer: str, year: int, serial: int, brackets: str) -> None:
    """Every accepted bracket pair gives the same canonical 〔〕 form."""
    text = f"《某文件》({issuer}{brackets[0]}{year}{brackets[1]}{serial}号)"
    found = find_doc_numbers(text)
    assert [d.canonical for d in found] == [f"{issuer}〔{year}〕{serial}号"]
    assert (found[0].year, found[0].serial) == (year, serial)


@given(st.text())
def test_never_raises(s: str) -> None:
    """Both functions are total and spans slice the raw text."""
    for d in find_doc_numbers(s):
        assert d.span is not None
        assert s[d.span.start : d.span.end] == d.raw
    parse_doc_number(s)
