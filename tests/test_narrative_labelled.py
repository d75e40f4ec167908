"""Labelled quantities in prose: labels, number-first nouns, brackets, 其中/含/分别 relations."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from govdisclosure.extract import labelled, narrative_context
from govdisclosure.extract.labelled import TextIndex, find_figures, level_of, to_labelled
from govdisclosure.extract.narrative_context import HeadingContext
from govdisclosure.lexicon.narrative import (
    CLAUSE_DELIMITERS,
    LEADING_CONNECTIVES,
    LEADING_FILLERS,
    LEVEL_CUES,
    SENTENCE_DELIMITERS,
    TRAILING_FILLERS,
)
from govdisclosure.model import Approximation, Quantity, Span
from govdisclosure.normalize import find_quantities, matching_view


def figures(text: str):  # type: ignore[no-untyped-def]
    view = matching_view(text)
    index = TextIndex(text, view)
    return find_figures(index, find_quantities(text, view=view))


def test_parts_after_qizhong() -> None:
    """A figure after 其中 and the ones after it in the sentence are parts of the figure before."""
    fs = figures("信箱共收到各类来信500封，其中有效来信420封，已办结回复390封。")
    assert [f.label for f in fs] == ["信箱共收到各类来信", "有效来信", "已办结回复"]
    assert [f.part_of for f in fs] == [None, 0, 0]
    assert [f.quantity.value for f in fs] == [500, 420, 390]


def test_parts_end_with_sentence() -> None:
    """A 其中 relation does not reach into the next sentence."""
    fs = figures("收到来信50封，其中有效来信40封。全年接待来访30人次。")
    assert [f.part_of for f in fs] == [None, 0, None]


def test_parts_need_same_unit() -> None:
    """A percentage after 其中 is not a part of a count."""
    fs = figures("共主动公开信息300条，其中全文电子化率达100%。")
    assert fs[1].part_of is None


def test_change_keeps_the_new_value_under_the_label() -> None:
    """In ``由A增加到B`` the baseline A is no figure; the label before it names B."""
    fs = figures("本年度进驻审批事项由120项增加到156项，办理时限从8个工作日缩短至\n5个工作日。")
    assert [(f.label, f.quantity.value) for f in fs] == [("进驻审批事项", 156), ("办理时限", 5)]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 9999), st.sampled_from(["增加到", "降至", "，办理", "，受理", "和"])),
        min_size=1,
        max_size=6,
    )
)
def test_only_change_baselines_are_dropped(parts: list[tuple[int, str]]) -> None:
    """Every figure is kept but those followed by a change word; a chain keeps only its last value."""
    text = "事项" + "".join(f"{n}项{gap}" for n, gap in parts[:-1]) + f"{parts[-1][0]}项。"
    gaps = [gap for _, gap in parts[:-1]] + ["。"]
    expected = [n for (n, _), gap in zip(parts, gaps, strict=True) if gap not in ("增加到", "降至")]
    assert [f.quantity.value for f in figures(text)] == expected


def test_change_words_between_unrelated_sentences_do_not_join() -> None:
    """A figure that ends a sentence is not the baseline of the next sentence's first figure."""
    fs = figures("受理申请12件。增加到位人员3名。")
    assert [f.quantity.value for f in fs] == [12, 3]


def test_number_first_noun_is_label() -> None:
    """When only a verb precedes the number, the noun after it names the figure."""
    fs = figures("今年共收到6件信息公开申请，成立3个工作组。")
    assert [f.label for f in fs] == ["信息公开申请", "工作组"]


def test_label_skips_bracket_before_number() -> None:
    """An explanation in brackets between label and number is not part of the label."""
    fs = figures("发布保障房信息（含分配结果、轮候名单）30条。")
    assert fs[0].label == "发布保障房信息"
    assert fs[0].quantity.value == 30


def test_contained_in_brackets() -> None:
    """``(含上年结转N件)`` makes N a part of the figure before the bracket."""
    fs = figures("全年共办理申请50件（含上年结转5件），按期办结46件。")
    assert fs[1].label == "含上年结转"
    assert fs[1].part_of == 0
    assert fs[1].opener == "含"
    assert fs[2].part_of is None


def test_respectively_distributes_labels() -> None:
    """``A、B、C分别…X、Y、Z`` gives each figure its own item as label."""
    fs = figures("甲镇、乙镇、丙镇分别受理12件、8件、5件。")
    assert [f.label for f in fs] == ["甲镇", "乙镇", "丙镇"]
    assert [f.quantity.value for f in fs] == [12, 8, 5]


def test_slogans_and_titles_are_not_figures() -> None:
    """Numbers in quoted slogans and in 《》 titles are not figures."""
    fs = figures("推进“最多跑一次”改革，印发《便民服务十条措施》，共梳理事项80项。")
    assert [f.quantity.value for f in fs] == [80]
    assert fs[0].label == "梳理事项"


def test_wrapped_lines_join_labels() -> None:
    """A label broken by a line wrap inside a paragraph is joined; the span covers both lines."""
    text = "（一）主动公开情况。本年度通过政府网站主动公开各类政\n府信息 1234 条，较上年有所增加。"
    fs = figures(text)
    assert fs[0].label == "通过政府网站主动公开各类政府信息"
    assert fs[0].label_span is not None
    assert "\n" in fs[0].label_span.slice(text)


def test_approximation_kept() -> None:
    """An approximate figure keeps its approximation and raw text."""
    fs = figures("全年发布信息2300余条。")
    assert fs[0].quantity.approximation is Approximation.MORE_THAN
    assert fs[0].quantity.raw == "2300余条"


def test_traditional_text_labels_as_printed() -> None:
    """Matching runs on the simplified view, labels come back as printed."""
    fs = figures("全年共收到政府資訊公開申請12件。")
    assert fs[0].label == "收到政府資訊公開申請"


def test_levels() -> None:
    """Level words in a label give the level."""
    fs = figures("县级网上可办率达100%，乡镇级网上可办率达90.5%，村级网上可办率达80%。")
    assert [f.level for f in fs] == ["county", "township", "village"]
    assert fs[1].quantity.value == Decimal("90.5")
    assert level_of("市直部门") == "city"


def test_tables_and_noise_are_skipped() -> None:
    """Quantities inside table spans are left to the tables stage."""
    text = "收到申请3件。\n规章 | 5 | 0 | 12\n"
    view = matching_view(text)
    start = text.index("规章")
    index = TextIndex(text, view, tables=[Span(start=start, end=len(text))])
    fs = find_figures(index, find_quantities(text, view=view))
    assert [f.quantity.value for f in fs] == [3]


def test_to_labelled_fields() -> None:
    """The public form carries label, span, part_of and the field a classifier gave."""
    fs = figures("收到来信50封，其中有效来信40封。")
    lqs = to_labelled(fs, {1: "valid_letters"})
    assert lqs[1].field == "valid_letters"
    assert lqs[1].part_of == 0
    assert lqs[0].label_span == fs[0].label_span


def test_heading_context() -> None:
    """Figures know the titles of the headings above them, inline headings included."""
    view = matching_view("一、总体情况\n（一）重点领域信息公开。正文\n1.环境保护。正文\n二、其他\n正文")
    ctx = HeadingContext(view)
    assert ctx.at(view.index("1.环境") + 5) == "总体情况 / 重点领域信息公开 / 环境保护"
    assert ctx.at(len(view) - 1) == "其他"
    assert ctx.top(view.index("正文")) == "总体情况"


@settings(max_examples=60)
@given(st.text(alphabet="收到申请其中共有件条项个，。、（）()含分别为0123456789余近 \n甲乙", max_size=80))
def test_never_raises_and_spans_match(text: str) -> None:
    """On any text, figures come back with labels equal to their spans (line breaks removed)."""
    for f in figures(text):
        assert isinstance(f.quantity, Quantity)
        if f.label_span is not None:
            assert f.label == f.label_span.slice(text).replace("\n", "")
        if f.part_of is not None:
            assert f.part_of < f.index


# --- fast paths against the plain forms they replace ---------------------------------------

_LABEL_PIECES = st.sampled_from(
    [
        *" \n共同我本全省截至年月日以来底末分别为达有是:约,()（）、和及与",
        "2019",
        "12",
        "截至目前",
        "其中",
        "共计",
        "累计",
        "本市",
        "全县",
        "省级",
        "县级",
        "乡镇级",
        "收到",
        "实现",
        "全部",
        "纳入",
        "信息",
        "公开",
    ]
)
_LABEL_TEXT = st.lists(_LABEL_PIECES, max_size=14).map("".join)


def _plain_strip_label(view: str, start: int, end: int, *, after_figure: bool) -> tuple[int, int]:
    """labelled._strip_label as first written: slices, every filler tried, regexes on every round."""
    changed = True
    while changed and start < end:
        changed = False
        while start < end and (view[start] in " \t\n" or (after_figure and view[start] in LEADING_CONNECTIVES)):
            start += 1
            changed = True
        seg = view[start:end]
        if seg.startswith("共") and len(seg) > 1 and seg[1] not in labelled._GONG_WORDS:
            start += 1
            changed = True
            continue
        m = labelled._patterns().lead_time.match(seg)
        if m and m.end() > 0:
            start += m.end()
            changed = True
            continue
        m = labelled._patterns().lead_subject.match(seg)
        if m and end - start > m.end():
            start += m.end()
            changed = True
            continue
        for word in LEADING_FILLERS:
            if seg.startswith(word):
                if end - start > len(word):
                    start += len(word)
                    changed = True
                break
    changed = True
    while changed and start < end:
        changed = False
        while start < end and view[end - 1] in " \t\n":
            end -= 1
            changed = True
        seg = view[start:end]
        for word in TRAILING_FILLERS:
            if seg.endswith(word):
                if end - start > len(word):
                    end -= len(word)
                    changed = True
                break
    return start, end


def _plain_scan_left(view: str, pos: int, floor: int) -> tuple[int, int, int | None]:
    """labelled._scan_left without the no-bracket shortcut."""
    end, i = pos, pos - 1
    while i >= floor and view[i] == " ":
        i -= 1
    if i >= floor and view[i] == ")":
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
        if view[i] == ")":
            depth += 1
        elif view[i] == "(":
            if depth == 0:
                return i + 1, end, i
            depth -= 1
        i -= 1
    return floor, end, None


def _plain_after_stop(view: str, start: int, end: int) -> int:
    """The end of the noun after a number as first written: one narrowing find per stop word."""
    for stop in labelled._AFTER_STOPS:
        k = view.find(stop, start + 1, end)
        if k >= 0:
            end = k
    return end


@settings(max_examples=300)
@given(_LABEL_TEXT, st.data())
def test_label_helpers_equal_their_plain_forms(s: str, data: st.DataObject) -> None:
    """Stripping, scanning left, the noun's stop word and the level cue agree with the plain forms."""
    view = matching_view(s)
    a = data.draw(st.integers(0, len(view)))
    b = data.draw(st.integers(a, len(view)))
    for after in (False, True):
        for lo, hi in ((a, b), (0, len(view))):
            assert labelled._strip_label(view, lo, hi, after_figure=after) == _plain_strip_label(
                view, lo, hi, after_figure=after
            )
    assert labelled._scan_left(view, b, a) == _plain_scan_left(view, b, a)
    stop = labelled._patterns().after_stop.search(view, a + 1, b) if a < b else None
    assert (stop.start() if stop else b) == _plain_after_stop(view, a, b)
    plain_level = min(
        ((view[a:b].find(c), i, lv) for i, (c, lv) in enumerate(LEVEL_CUES) if c in view[a:b]), default=None
    )
    assert level_of(view[a:b]) == (plain_level[2] if plain_level else None)


def _plain_heading(line: str) -> tuple[int, str]:
    """HeadingContext._heading without the first-character check."""
    for rank, pattern in narrative_context._RANKED:
        m = pattern.match(line)
        if m is None:
            continue
        rest = line[m.end() :]
        end = narrative_context._TITLE_END.search(rest)
        if end is None and len(rest) > narrative_context._MAX_TITLE:
            return 0, ""
        return rank, (rest[: end.start()] if end else rest).strip()[: narrative_context._MAX_TITLE]
    return 0, ""


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from([*"一二十(1234)①⑩ 、.\n:。某", "（三）", "2、", "(12)", "工作情况"]), max_size=10).map(
        "".join
    )
)
def test_heading_prefilter_keeps_every_heading(line: str) -> None:
    """The first-character check before the heading patterns changes no heading."""
    line = matching_view(line)
    assert HeadingContext._heading(line) == _plain_heading(line)


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from([*"。;,，:\n 一、", "本年共收到申请12件", "其中网上申请", "(一)概述"]), max_size=12).map(
        "".join
    )
)
def test_text_index_delimiters_equal_a_character_scan(s: str) -> None:
    """Clause and sentence delimiters and line breaks are those a scan of every character finds."""
    view = matching_view(s)
    index = TextIndex(s, view)
    soft = {i for i, ch in enumerate(view) if ch == "\n" and index.unwrapped[i] == " "}
    clause = [i for i, ch in enumerate(view) if ch in CLAUSE_DELIMITERS and i not in soft]
    sentence = [i for i, ch in enumerate(view) if (ch in SENTENCE_DELIMITERS or ch == "\n") and i not in soft]
    assert index.clause_delims == clause
    assert index.sentence_delims == sentence
    assert index.line_breaks == [i for i, ch in enumerate(view) if ch == "\n"]


def _soft_newlines_by_line(view: str) -> set[int]:
    """The line-by-line reading of soft line breaks that TextIndex._soft_newlines replaced."""
    heading = re.compile(
        r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|\d{1,2}\s*[、.]|[①-⑳])"
    )
    soft: set[int] = set()
    lines = view.split("\n")
    brk = -1
    for k in range(len(lines) - 1):
        brk += len(lines[k]) + 1
        line, nxt = lines[k].rstrip(), lines[k + 1]
        if not line or line[-1] in "。;!?:；！？：":
            continue
        last = line[-1]
        splits = (
            re.match(r"[\u4e00-\u9fff]", nxt) is not None
            if last.isdigit()
            else "\u4e00" <= last <= "\u9fff" and re.match(r"\d+(?:\.\d+)?%?(?![.、．)）\d])", nxt) is not None
        )
        if (len(line) >= 12 or splits) and nxt.strip() and not heading.match(nxt):
            soft.add(brk)
    return soft


@settings(max_examples=500)
@given(
    st.lists(
        st.sampled_from(
            [*"\n\n \t\r\u3000。:,一、.()①²3件", "12", "5.2%", "二十", "三十一、", "进驻窗口", "受理业务办结情况良好"]
        ),
        max_size=16,
    ).map("".join)
)
@example("进驻窗口\n12个,受理业务\n3456\n件\n12。\n受理业务办结情况良好进驻窗口\n二十\n1.办结\n \n(一)")
def test_soft_newlines_equal_a_line_by_line_reading(s: str) -> None:
    """The one-regex scan for soft line breaks finds those a line-by-line reading finds."""
    view = matching_view(s)
    assert TextIndex._soft_newlines(view) == _soft_newlines_by_line(view)
