"""Proactive-disclosure totals split into channels, and one other channel beside the website."""

from __future__ import annotations

import govdisclosure as gd

HEAD = "某镇2021年政府信息公开工作年度报告\n一、总体情况\n"


def active(text: str) -> gd.ActiveDisclosure:
    return gd.parse(HEAD + text).active_disclosure


def value(cell: gd.Cell | None) -> object:
    return None if cell is None else cell.value


def test_total_split_into_channels_is_the_total() -> None:
    """A count of disclosed information split into channels (其中…网站发布) is the total and the website part."""
    ad = active(
        "全年对外公开各类政府信息520条，其中通过县政府门户网站发布信息40条、"
        "镇公众号发布信息80条、通过公示栏等途径发布信息400条。\n"
    )
    assert value(ad.total_items) == 520
    assert value(ad.via_website) == 40
    assert ad.via_other_channels is None  # two other channels: no single "other" count


def test_split_total_needs_channel_parts() -> None:
    """Without parts naming channels, a count that does not say 主动公开 is no total."""
    ad = active("全年公开各类信息520条，其中政策文件40条、工作动态80条。\n")
    assert ad.total_items is None


def test_channel_named_total_is_not_split_total() -> None:
    """A count that itself names a channel (网站公开…) is one channel, not the total of its parts."""
    ad = active("全年在门户网站公开信息520条，其中通过专栏发布信息40条。\n")
    assert value(ad.total_items) != 520


def test_explicit_total_outranks_split_total() -> None:
    """A stated 主动公开 total wins over a count split into channels."""
    ad = active(
        "全年主动公开政府信息600条。\n二、其他\n全年公开各类信息520条，其中通过网站发布信息40条、微信公众号发布信息80条。\n"
    )
    assert value(ad.total_items) == 600


def test_one_other_channel_beside_the_website() -> None:
    """微信发布N条 beside the website's count, and no other count on the line: N is via_other_channels."""
    ad = active("二、主动公开情况\n全年主动公开政府信息。其中，官方微信发布信息70条，政府信息公开网发布信息30条。\n")
    assert value(ad.via_website) == 30
    assert value(ad.via_other_channels) == 70


def test_third_count_on_the_line_blocks_other_channel() -> None:
    """A third count on the line (a bulletin board) makes the WeChat count only part of the others."""
    ad = active("二、主动公开情况\n通过政府网站公开信息数30条，村务公开栏公开信息18条，官方微信公开政府信息7条。\n")
    assert ad.via_other_channels is None
