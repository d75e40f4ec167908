"""Rules found on held-out set 6: organ aliases and titles, combined outcomes, multi-channel and bracketed counts."""

from __future__ import annotations

import govdisclosure as gd

PERIOD = "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n"


def _organ(report: gd.Report) -> str | None:
    return None if report.organ is None else report.organ.value


def _value(cell: object) -> object:
    return getattr(cell, "value", None)


def test_alias_stands_for_the_full_name() -> None:
    """'结合X(以下简称“Y”)…' then '2022年,Y认真…': the organ is X, without the verb before it."""
    text = (
        "本报告结合青岚市某某区税务局(以下简称“某某区税务局”)政府信息公开工作有关统计数据撰写。\n"
        "一、总体情况\n2022年,某某区税务局认真贯彻落实条例。\n"
    )
    assert _organ(gd.parse(text)) == "青岚市某某区税务局"


def test_opening_subject_with_alias_note() -> None:
    """'2021年,X(以下简称“Y”)以习近平…为指导': the subject X is the organ."""
    text = (
        PERIOD
        + "一、总体情况\n2021年,青岚市公安局(以下简称“市公安局”)以习近平新时代中国特色社会主义思想为指导,深化公开。\n"
    )
    assert _organ(gd.parse(text)) == "青岚市公安局"


def test_title_with_subject_phrase_before_year() -> None:
    """'X政府信息公开工作2021年度报告': the organ is X, not a short form used in the body."""
    text = "青岚市某某局政府信息公开工作2021年度报告\n一、总体情况\n2021年,青岚某局坚持以公开为常态。\n"
    assert _organ(gd.parse(text)) == "青岚市某某局"


def test_combined_outcome_groups_fill_neither() -> None:
    """'予以公开与部分公开4宗': one count of two groups is neither granted nor partially granted."""
    text = (
        PERIOD + "一、总体情况\n(二)依申请公开情况\n2021年,本机关共受理政府信息公开申请9件,其中,予以公开与部分公开4宗;"
        "因本机关不掌握等原因无法提供5宗。\n"
    )
    apps = gd.parse(text).applications
    assert _value(apps.new_received.total) == 9
    assert apps.granted is None
    assert apps.partially_granted is None


def test_website_among_other_channels_is_no_website_count() -> None:
    """'门户网站、政务新媒体及报刊共公开N条': a sum of channels, never the website's own count."""
    text = PERIOD + "一、总体情况\n(一)主动公开情况\n本局门户网站、政务新媒体及报刊共公开1234条政府信息。\n"
    ad = gd.parse(text).active_disclosure
    assert ad.via_website is None
    assert _value(ad.total_items) == 1234


def test_website_count_before_a_listed_channel_is_kept() -> None:
    """'其中通过门户网站发布信息31条、公众号发布信息138条': 31 is still the website's count."""
    text = (
        PERIOD + "一、总体情况\n2021年本镇主动公开各类政府信息200条,其中通过门户网站发布信息31条、"
        "某某公众号发布信息138条、通过公示栏等途径发布信息31条。\n"
    )
    assert _value(gd.parse(text).active_disclosure.via_website) == 31


def test_count_inside_bracketed_part_list_is_not_the_total() -> None:
    """A count inside '(其中…)' is a part even when a unitless number breaks the list."""
    text = (
        PERIOD + "一、总体情况\n(一)主动公开情况。2021年通过政府门户网站公开发布信息919条"
        "(其中概况类信息4条、政务动态信息885信息公开目录信息30条)。\n"
    )
    assert _value(gd.parse(text).active_disclosure.total_items) != 30


def test_answered_count_beside_other_outcomes_is_no_outcome_total() -> None:
    """'受理申请12件,答复7件,不予受理4件': 7 is one outcome, not the total of outcomes."""
    text = PERIOD + "一、总体情况\n(二)依申请公开情况\n本局共受理政府信息公开申请12件,答复7件,不予受理4件。\n"
    apps = gd.parse(text).applications
    assert _value(apps.new_received.total) == 12
    assert apps.outcome_total is None


def test_answered_count_framing_its_parts_stays_the_total() -> None:
    """'在已经答复的9件申请中,同意公开的7件': 9 is still the outcome total."""
    text = PERIOD + "三、收到和处理政府信息公开申请情况\n在已经答复的9件申请中,同意公开的7件。\n"
    outcome = gd.parse(text).applications.outcome_total
    assert outcome is not None
    assert _value(outcome.total) == 9
