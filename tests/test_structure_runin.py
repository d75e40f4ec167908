"""A page flattened into one line without white space: title, chapters and year (synthetic)."""

from __future__ import annotations

import time

import govdisclosure as gd
from govdisclosure.model import DocumentKind, SectionKind
from govdisclosure.normalize import matching_view
from govdisclosure.structure.lines import Regions, split_lines
from govdisclosure.structure.numbering import RUN_IN_CUT, run_in_heading
from govdisclosure.structure.sections import find_headings
from tests.test_structure_general import _assert_tiles, _top

FILLER = "全县稳步推进各项公开工作，主动回应群众关切，及时发布各类信息，工作机制不断完善"

FLAT_PLAN = (
    "青岚县2030年政务公开工作要点实施方案为深入贯彻上级部署，结合本县实际，制定本方案。"
    f"一、工作目标紧紧围绕全县中心工作，{FILLER}，{FILLER}。"
    f"二、工作任务（一）围绕法治政府建设，推进政务公开。1.坚持以公开为常态，{FILLER}。"
    f"2.做好政策解读，{FILLER}。三、保障措施各单位要加强领导，{FILLER}。\n"
)


def test_flat_page_title_chapters_and_year() -> None:
    """The title ends before the first paragraph's opening word; chapters are cut after sentence ends."""
    r = gd.parse_text(FLAT_PLAN)
    assert r.title is not None
    assert r.title.value == "青岚县2030年政务公开工作要点实施方案"
    assert r.year == 2030
    assert r.kind is DocumentKind.WORK_PLAN
    assert _top(r) == ["一、工作目标", "二、工作任务", "三、保障措施"]
    subs = [s.heading for s in r.sections if s.kind is SectionKind.HEADING and s.level == 2]
    assert subs == ["（一）围绕法治政府建设，推进政务公开"]
    _assert_tiles(r)


def test_chapter_word_followed_by_a_connector_is_not_cut() -> None:
    """A title word followed by 和 goes on: no heading rather than a wrong, shortened title."""
    v = matching_view(f"一、工作目标和任务今年要{FILLER}，{FILLER}。")
    assert run_in_heading(v, 0, len(v), ("工作目标",)) is None


def test_single_marker_in_a_paragraph_is_not_a_chapter() -> None:
    """Without a chapter sequence from 1 (一、 then 二、), markers inside a long paragraph are ignored."""
    text = f"本单位全年工作情况如下。{FILLER}，{FILLER}。三、工作目标{FILLER}，{FILLER}，{FILLER}。\n"
    view = matching_view(text)
    headings, _ = find_headings(view, split_lines(view), Regions(()))
    assert headings == []


def test_ordinary_headings_keep_precedence() -> None:
    """A document whose lines give headings is not re-read as a flattened page."""
    text = f"某县政务公开工作要点\n一、总体要求\n{FILLER}。二、工作任务{FILLER}。\n二、主要任务\n{FILLER}。\n"
    r = gd.parse_text(text)
    assert _top(r) == ["一、总体要求", "二、主要任务"]


def test_run_in_title_needs_a_year() -> None:
    """A long first line ending a type word before an opening word, but naming no year, gives no title."""
    r = gd.parse_text(
        f"本实施方案为规范工作，{FILLER}，制定本方案。一、工作目标{FILLER}，{FILLER}。二、工作任务{FILLER}。\n"
    )
    assert r.title is None


def test_run_in_cut_is_linear() -> None:
    """Scanning a long line without markers stays fast (linear in its length)."""
    line = "。一一" * 100_000 + "。一、"
    t0 = time.perf_counter()
    assert sum(1 for _ in RUN_IN_CUT.finditer(line)) == 1
    assert time.perf_counter() - t0 < 2.0
