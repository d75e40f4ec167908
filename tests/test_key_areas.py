"""Key-area disclosures: lexicon lookup, area from label / sentence / sub-heading, counts with labels."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure.lexicon.key_areas import KEY_AREA_ALIASES, KEY_AREAS, area_of
from govdisclosure.normalize import normalize_text
from tests.conftest import needs_shared


def areas(report: gd.Report) -> list[tuple[str, str, list[tuple[str, int]]]]:
    return [(ka.area, ka.label, [(c.label, int(c.quantity.value)) for c in ka.counts]) for ka in report.key_areas]


def test_lexicon_aliases_are_normalized_and_unique() -> None:
    """Every alias is in normalized form and maps to exactly one area."""
    seen: dict[str, str] = {}
    for code, aliases in KEY_AREAS.items():
        assert re.fullmatch(r"[a-z_]+", code)
        for alias in aliases:
            assert normalize_text(alias) == alias
            assert seen.setdefault(alias, code) == code
    assert len(KEY_AREA_ALIASES) == len(seen)


def test_area_of_prefers_leftmost_longest() -> None:
    """The leftmost alias wins, then the longest at that position."""
    assert area_of("重大建设项目批准信息") == ("major_projects", 0, 6)
    assert area_of("公开征地拆迁信息")[0] == "land_expropriation"  # type: ignore[index]


def test_counts_in_key_area_section() -> None:
    """Inside a 重点领域 section each count gets the area its label or sentence names."""
    r = gd.parse(
        "三、重点领域信息公开\n在财政领域，公开预决算信息120条。环境保护方面，全年发布环境监测信息45条、"
        "建设项目环评信息12条。共公开行政执法类20条；公共资源配置类33条。"
    )
    got = areas(r)
    assert ("budget", "预决算", [("公开预决算信息", 120)]) in got
    env = next(a for a in got if a[0] == "environment")
    assert [v for _, v in env[2]] == [45, 12]
    assert any(a[0] == "law_enforcement" and a[2] == [("公开行政执法类", 20)] for a in got)
    assert any(a[0] == "public_resources" and a[2] == [("公共资源配置类", 33)] for a in got)


def test_area_from_sentence_when_label_is_generic() -> None:
    """``脱贫攻坚领域…全年公开信息N条``: the area named earlier in the sentence applies."""
    r = gd.parse("二、重点领域信息公开情况\n脱贫攻坚领域，开设扶贫专栏，围绕政策及时发布动态，全年公开信息210条。")
    got = areas(r)
    assert got == [("poverty_alleviation", "扶贫", [("公开信息", 210)])]


def test_area_from_subheading() -> None:
    """A count under a sub-heading that names the area takes it."""
    r = gd.parse("一、总体情况\n（二）重点领域信息公开\n1.推进公共资源配置信息公开。全年发布招标公告等90条。")
    got = areas(r)
    assert got
    assert got[0][0] in {"public_resources", "tendering"}
    assert [v for _, v in got[0][2]] == [90]


def test_outside_scope_needs_area_in_label() -> None:
    """Outside key-area sections only counts whose own label names an area are taken."""
    r = gd.parse("二、主动公开\n全年公开信息500条，其中财政预决算信息60条。接待群众30人。")
    got = areas(r)
    assert got == [("budget", "财政预决算", [("财政预决算信息", 60)])]


def test_non_disclosure_counts_are_not_key_areas() -> None:
    """Requests, suits and visits are not key-area counts."""
    r = gd.parse("三、重点领域信息公开\n环境保护领域收到信息公开申请5件，开展检查3次。")
    assert areas(r) == []


@needs_shared
def test_shared_key_area_counts_found(shared_dir: Path) -> None:
    """Every key-area count in the seeds' truth is found with its label and value."""
    for truth_file in sorted((shared_dir / "seeds" / "truth").glob("*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        if not truth.get("key_area_counts"):
            continue
        r = gd.parse_file(shared_dir / "seeds" / f"{truth_file.stem}.txt")
        found = [(ka, c) for ka in r.key_areas for c in ka.counts]
        for item in truth["key_area_counts"]:
            assert any(
                c.quantity.value == item["value"]
                and (item["label"] in c.label + ka.label or ka.area == area_of(item["label"])[0])  # type: ignore[index]
                for ka, c in found
            ), (truth_file.stem, item)


def test_all_key_areas_total_in_own_label() -> None:
    """``公开重点领域信息N条`` is a total over the key areas, kept with its label."""
    r = gd.parse("一、基本情况\n今年本乡在门户网站和公众号上共公开重点领域信息45条。")
    found = [(ka.area, lq.quantity.value) for ka in r.key_areas for lq in ka.counts]
    assert found == [("all_key_areas", 45)]


def test_key_area_heading_does_not_make_totals() -> None:
    """Under a 重点领域 heading, a figure naming no area is not an all-areas total."""
    r = gd.parse("三、重点领域信息公开\n今年完成现场交易项目80个，公开招标公告30条。")
    assert all(ka.area != "all_key_areas" for ka in r.key_areas)


def test_category_of_finance() -> None:
    """``财政类信息N条`` is a budget (财政) count."""
    r = gd.parse("二、主动公开情况\n全年主动公开信息900条，其中工作动态类信息500条、财政类信息120条。")
    found = [(ka.area, lq.quantity.value) for ka in r.key_areas for lq in ka.counts]
    assert ("budget", 120) in found


@given(
    st.lists(st.sampled_from([*"的和重点领域财政预决算环境信息公开", "环保", "预算、决算", "招投标"]), max_size=10).map(
        "".join
    )
)
def test_area_of_is_leftmost_then_longest(s: str) -> None:
    """The single alternation search finds what a find per alias finds: leftmost, then longest."""
    best: tuple[str, int, int] | None = None
    for alias, code in KEY_AREA_ALIASES:
        pos = s.find(alias)
        if pos >= 0 and (best is None or pos < best[1] or (pos == best[1] and pos + len(alias) > best[2])):
            best = (code, pos, pos + len(alias))
    assert area_of(s) == best


def test_bare_count_after_xinxishu_is_a_key_area_count() -> None:
    """'…信息数2' (no unit) counts items; a bare number after another label does not."""
    text = (
        "青岚街道2031年政府信息公开工作年度报告\n一、主动公开政府信息情况\n"
        "主动公开财政预算决算信息数3;主动公开保障性住房分配信息数0。公开财政预算决算,编号12。\n"
    )
    areas = {(k.area, tuple(c.quantity.value for c in k.counts)) for k in gd.parse_text(text).key_areas}
    assert areas == {("budget", (3,)), ("housing", (0,))}


def _areas(text: str) -> list[tuple[str, object]]:
    r = gd.parse("某局2020年政府信息公开工作年度报告\n一、总体情况\n" + text)
    return [(ka.area, lq.quantity.value) for ka in r.key_areas for lq in ka.counts]


def test_organ_name_is_no_area() -> None:
    """教育局 names an organ: its count of documents is no education key-area count."""
    assert _areas("区教育局通过政府门户网站主动公开文件15件。\n") == []


def test_account_name_is_no_area() -> None:
    """An area word inside a quoted account name (“…教育发布”公众号) names the channel."""
    assert _areas("通过“某市教育发布”微信公众号发布信息300条。\n") == []


def test_list_of_areas_is_no_single_area() -> None:
    """A label listing several areas counts them together; an area after 等 names the count."""
    assert _areas("公开安全生产、应急管理类信息6条。\n") == []
    assert _areas("及时公开安全生产、食品药品等各类行政执法信息61条。\n") == [("law_enforcement", 61)]


def test_single_area_label_still_counts() -> None:
    """A label naming one area (环境保护信息) stays that area's count."""
    assert _areas("全年主动公开环境保护信息20条。\n") == [("environment", 20)]


def test_count_after_a_list_counts_the_listed_things() -> None:
    """``A局、B局等16个`` counts offices, not items; a count in 条 is still one of information."""
    r = gd.parse(
        "三、重点领域信息公开\n推进国土资源领域信息公开。县发改局、商务局、自然资源局等16个单位在网站公开信息。"
        "全年公开国土资源信息45条。"
    )
    counts = [lq.quantity.value for ka in r.key_areas for lq in ka.counts]
    assert 16 not in counts
    assert 45 in counts


def test_part_of_item_total_is_no_key_area() -> None:
    """``服务事项N项，其中行政许可M项`` counts item types, not disclosed law-enforcement information."""
    assert _areas("全年公布网上服务事项80项，其中行政许可40项、公共服务20项。\n") == []


def test_part_larger_than_its_whole_is_dropped() -> None:
    """A part (其中…) larger than its stated whole is misprinted: absent, never reported."""
    got = _areas("全年公开各类信息50条，其中行政处罚信息90条。\n")
    assert ("law_enforcement", 90) not in got


def test_part_of_information_total_still_counts() -> None:
    """A part of a count of information (其中行政处罚信息M条) is still that area's count."""
    got = _areas("全年公开各类信息500条，其中行政处罚信息90条。\n")
    assert ("law_enforcement", 90) in got


def test_threshold_is_no_key_area_count() -> None:
    """``涉及3个及以上…`` is a threshold inside a noun phrase, not a count."""
    assert _areas("公开涉及3项及以上行政许可信息的办事指南。\n") == []
