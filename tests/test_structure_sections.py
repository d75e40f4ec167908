"""Section tree: numbering styles, levels, heading/body split, diagnostics and the tiling property."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure.ingest import read
from govdisclosure.model import NoiseKind, NoiseSpan, Report, Section, SectionKind, Span
from govdisclosure.normalize import matching_view
from govdisclosure.structure.lines import Regions, split_lines
from govdisclosure.structure.numbering import cn_ordinal, match_heading
from govdisclosure.structure.sections import build_sections, find_headings
from tests.conftest import SHARED_DOCS, needs_shared


def _tree(text: str, noise: tuple[Span, ...] = ()) -> tuple[tuple[Section, ...], list[str]]:
    view = matching_view(text)
    regions = Regions(noise)
    headings, diags = find_headings(view, split_lines(view), regions)
    return build_sections(text, headings, regions), [d.code for d in diags]


def _assert_tiles(sections: tuple[Section, ...], n: int) -> None:
    pos = 0
    for s in sections:
        assert s.span.start == pos, (s, pos)
        assert s.span.end > s.span.start
        pos = s.span.end
    assert pos == n


def _top(sections: tuple[Section, ...]) -> list[str | None]:
    return [s.heading for s in sections if s.kind is SectionKind.HEADING and s.level == 1]


@pytest.mark.parametrize(
    ("line", "style", "ordinal", "title"),
    [
        ("一、工作概况", "cn_dun", 1, "工作概况"),
        ("十二、附则", "cn_dun", 12, "附则"),
        ("（三）完善平台。本年新建栏目若干", "cn_paren", 3, "完善平台"),
        ("(4)规范答复", "ar_paren", 4, "规范答复"),
        ("2.加强培训。", "ar_dot", 2, "加强培训"),
        ("３．强化考核", "ar_dot", 3, "强化考核"),
        ("5、网站建设", "ar_dun", 5, "网站建设"),
        ("②专项检查", "circled", 2, "专项检查"),
        ("第二部分 主要任务", "part", 2, "主要任务"),
        ("第三章 保障措施", "chapter", 3, "保障措施"),
        ("第七条 本办法自印发之日起施行。", "article", 7, "本办法自印发之日起施行"),
        ("二是加强审核。所有稿件先审后发", "yishi", 2, "加强审核"),
        ("三 咨询办理", "cn_space", 3, "咨询办理"),
        (
            "（二） 平台建设情况 本年度新开设专栏两个，访问量较上年明显增长，群众反映良好，工作成效比较显著",
            "cn_paren",
            2,
            "平台建设情况",
        ),
    ],
)
def test_numbering_styles(line: str, style: str, ordinal: int, title: str) -> None:
    """Each numbering style is recognised with its ordinal and its title split from the body."""
    view = matching_view(line)
    m = match_heading(view, 0, len(view))
    assert m is not None
    assert (m.style, m.ordinal, line[m.title_start : m.title_end]) == (style, ordinal, title)


@pytest.mark.parametrize(
    "line",
    [
        "一、本年新收政府信息公开申请数量 12 0 0 0 1 0 13",
        "三、本年度办理结果 | （一）予以公开 | 4 | 0",
        "第二十条第（一）项",
        "1.5万平方米的大厅已投入使用",
        "一是按照上级部署和本地实际情况，对全部公开栏目逐一开展自查并建立问题台账限期整改到位的工作机制",
        "三、",
        "（二）部分公开（区分处理的，只计这一情",
        "2018年，本单位认真开展工作。",
    ],
)
def test_not_headings(line: str) -> None:
    """Table rows, citations, decimals, long sentences and bare numbers are not headings."""
    view = matching_view(line)
    assert match_heading(view, 0, len(view)) is None


def test_cn_ordinal() -> None:
    """Chinese numerals up to the hundreds give their value."""
    assert [cn_ordinal(x) for x in ("九", "十一", "三十", "九十九")] == [9, 11, 30, 99]


def test_levels_follow_style_order() -> None:
    """The first style is level 1, new styles nest, and a known style closes deeper levels."""
    text = "前言。\n一、甲项\n（一）乙项\n1.丙项\n2.丁项\n（二）戊项\n二、己项\n1.庚项\n"
    sections, diags = _tree(text)
    heads = [(s.heading, s.level) for s in sections if s.kind is SectionKind.HEADING]
    assert heads == [
        ("一、甲项", 1),
        ("（一）乙项", 2),
        ("1.丙项", 3),
        ("2.丁项", 3),
        ("（二）戊项", 2),
        ("二、己项", 1),
        ("1.庚项", 2),
    ]
    assert sections[0].kind is SectionKind.PREAMBLE
    assert sections[2].parent == 1
    assert sections[3].parent == 2
    assert diags == []


def test_inverted_styles_keep_document_order() -> None:
    """A document nesting 一、 under （一） keeps its own order (levels are not a fixed ranking)."""
    sections, _ = _tree("（一）总则\n一、范围\n二、对象\n（二）分则\n")
    assert [(s.heading, s.level) for s in sections if s.kind is SectionKind.HEADING] == [
        ("（一）总则", 1),
        ("一、范围", 2),
        ("二、对象", 2),
        ("（二）分则", 1),
    ]


def test_chapter_style_takes_over_from_preamble_list() -> None:
    """A numbered list before the first 一、 does not push the chapters down a level."""
    sections, _ = _tree("通知如下：\n1.材料一\n2.材料二\n一、范围\n（一）对象\n二、要求\n")
    assert _top(sections) == ["1.材料一", "2.材料二", "一、范围", "二、要求"]


def test_arabic_number_stands_in_for_chinese() -> None:
    """'5、' between 四、 and 六、 (and '(3)' between (二) and (四)) stays at the level it continues."""
    text = (
        "一、甲项\n（一）子项一\n（二）子项二\n(3)子项三\n（四）子项四\n"
        "二、乙项\n三、丙项\n四、丁项\n5、戊项\n六、己项\n"
    )
    sections, diags = _tree(text)
    assert _top(sections) == ["一、甲项", "二、乙项", "三、丙项", "四、丁项", "5、戊项", "六、己项"]
    assert [s.level for s in sections if s.heading == "(3)子项三"] == [2]
    assert diags.count("GD107") == 2


def test_arabic_first_chapters_after_one() -> None:
    """'2、' and '3、' after 一、 with its (一)… children are top-level chapters two and three."""
    sections, _ = _tree("一、甲项\n（一）子项\n（二）子项\n2、乙项\n（一）子项\n3、丙项\n")
    assert _top(sections) == ["一、甲项", "2、乙项", "3、丙项"]


def test_arabic_list_under_chapter_is_not_stand_in() -> None:
    """A '1.' list under 一、 opens a level; its '2.' is not chapter two."""
    sections, _ = _tree("一、甲项\n1.子项\n2.子项\n二、乙项\n")
    assert _top(sections) == ["一、甲项", "二、乙项"]


def test_repeated_and_restarted_numbers() -> None:
    """Repeated numbers give GD107, a restart at 1 gives GD110; all headings are kept as printed."""
    sections, diags = _tree("一、甲项\n二、乙项\n二、丙项\n四、丁项\n一、附件甲项\n")
    assert _top(sections) == ["一、甲项", "二、乙项", "二、丙项", "四、丁项", "一、附件甲项"]
    assert diags == ["GD107", "GD107", "GD110"]


def test_numbering_continued_across_chapters() -> None:
    """Sub-items numbered on across chapters ((三) under 二、 after (二) under 一、) are not flagged."""
    _, diags = _tree("一、甲项\n（一）子项\n（二）子项\n二、乙项\n（三）子项\n")
    assert diags == []


def test_wrapped_table_label_is_not_a_heading() -> None:
    """A numbered label whose figures are on the next line is a table row."""
    sections, _ = _tree("一、甲项\n（一）统计\n5.要求确认或重新出\n具已获取信息 1 0 0 0 0 0 1\n二、乙项\n")
    heads = [s.heading for s in sections if s.kind is SectionKind.HEADING]
    assert heads == ["一、甲项", "（一）统计", "二、乙项"]


def test_preamble_and_tail_noise_sections() -> None:
    """Noise before the first heading and at the end becomes NOISE sections; the spans tile the text."""
    text = "导航 首页\n标题\n一、甲项\n正文。\n广告 链接\n"
    a = text.index("导航")
    b = text.index("\n", a)
    c = text.index("广告")
    sections, _ = _tree(text, (Span(start=a, end=b), Span(start=c, end=len(text) - 1)))
    kinds = [s.kind for s in sections]
    assert kinds == [SectionKind.NOISE, SectionKind.PREAMBLE, SectionKind.HEADING, SectionKind.NOISE]
    _assert_tiles(sections, len(text))


def test_cn_space_heading_as_printed() -> None:
    """'一 概 述' style headings keep their spacing in Section.heading."""
    sections, _ = _tree("前言。\n一 概 述\n正文。\n二 申请情况\n正文。\n")
    assert _top(sections) == ["一 概 述", "二 申请情况"]


_BODY = st.sampled_from(
    ["本年度工作稳步推进。", "共办理申请若干件，均已按时答复。", "", "   ", "2019年，工作有序开展。", "规章 | 0 | 0 |"]
)
_HEAD = st.tuples(
    st.sampled_from(["{cn}、", "（{cn}）", "{ar}.", "{ar}、", "（{ar}）", "{cn}是", "第{cn}章 "]),
    st.integers(min_value=1, max_value=12),
    st.sampled_from(["总体情况", "加强领导。具体做法如下", "平台建设", "其他事项"]),
)
_CN = "一二三四五六七八九十"


def _numeral(n: int) -> str:
    return _CN[n - 1] if n <= 10 else "十" + _CN[n - 11]


@st.composite
def _documents(draw: st.DrawFn) -> tuple[str, tuple[Span, ...]]:
    parts: list[str] = []
    for item in draw(st.lists(st.one_of(_BODY, _HEAD), max_size=25)):
        if isinstance(item, tuple):
            pattern, n, title = item
            parts.append(pattern.format(cn=_numeral(n), ar=n) + title)
        else:
            parts.append(item)
    text = "\n".join(parts) + draw(st.sampled_from(["", "\n", "\n\n"]))
    if not text:
        text = "x"
    spans: list[Span] = []
    for a, b in draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=4)):
        lo, hi = min(a, b), max(a, b)
        if hi > lo:
            spans.append(Span(start=lo, end=hi))
    return text, tuple(spans)


@settings(max_examples=150)
@given(_documents())
def test_sections_tile_generated_documents(doc: tuple[str, tuple[Span, ...]]) -> None:
    """On generated documents with random noise, section spans are consecutive and cover the text exactly."""
    text, noise = doc
    sections, _ = _tree(text, noise)
    _assert_tiles(sections, len(text))
    for i, s in enumerate(sections):
        if s.parent is not None:
            assert s.parent < i
            assert sections[s.parent].level == s.level - 1


@settings(max_examples=60)
@given(_documents())
def test_parse_tiles_generated_documents(doc: tuple[str, tuple[Span, ...]]) -> None:
    """Through the whole pipeline, Report.sections tile Report.text."""
    text, _ = doc
    if not text.strip():
        return
    report = gd.parse_text(text)
    _assert_tiles(report.sections, len(report.text))


def test_structure_with_ingest_noise() -> None:
    """Noise spans given by ingest are honoured by analyze (NOISE section, no heading inside)."""
    from govdisclosure.structure import analyze

    text = "一、页面导航\n正文第一行。\n二、工作情况\n正文。\n"
    doc = read(text)
    noise = (NoiseSpan(kind=NoiseKind.NAVIGATION, span=Span(start=0, end=text.index("\n")), text="一、页面导航"),)
    import attrs

    doc = attrs.evolve(doc, noise=noise)
    report = analyze(doc, Report(text=doc.text))
    assert report.sections[0].kind is SectionKind.NOISE
    assert _top(report.sections) == ["二、工作情况"]
    _assert_tiles(report.sections, len(text))


@needs_shared
@pytest.mark.parametrize("path", SHARED_DOCS, ids=lambda p: Path(p).name)
def test_sections_tile_shared_documents(path: Path) -> None:
    """On every shared document the parsed sections tile the text."""
    report = gd.parse_file(path)
    _assert_tiles(report.sections, len(report.text))
    assert all(
        s.heading is None or s.heading == report.text[s.heading_span.start : s.heading_span.end]
        for s in report.sections
        if s.heading_span is not None
    )
