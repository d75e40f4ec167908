"""Prose rules found on held-out set 5: cumulative and approximate totals, channel counts, case chapters, zeros."""

from __future__ import annotations

import govdisclosure as gd

HEAD = "某镇2015年政府信息公开工作年度报告\n"


def _total(report: gd.Report) -> object:
    cell = report.active_disclosure.total_items
    return None if cell is None else cell.value


def test_cumulative_count_is_not_the_total() -> None:
    """'历年累计52条，其中本年新增14条': the year's total is 14, never the running count."""
    body = "截至年底，我局主动公开政府信息历年累计52条，其中新增主动公开政府信息14条。\n"
    r = gd.parse(HEAD + "二、主动公开政府信息情况\n" + body)
    assert _total(r) == 14


def test_approximate_statement_blocks_channel_total() -> None:
    """An approximate 主动公开 count leaves the total None, even with an exact channel count later."""
    r = gd.parse(HEAD + "二、主动公开政府信息的情况\n累计主动公开的政府信息约44条。在政务微博公开了226条安全信息。\n")
    assert _total(r) is None
    assert "GD301" in [d.code for d in r.diagnostics]


def test_one_of_several_channels_is_not_the_total() -> None:
    """'微信发布信息782条，信息公开网公开信息67条': 67 is the website's count, not the total."""
    r = gd.parse(HEAD + "二、主动公开政府信息情况\n其中，官方微信发布信息782条，信息公开网公开政务动态信息67条。\n")
    assert _total(r) is None
    website = r.active_disclosure.via_website
    assert website is not None
    assert website.value == 67


def test_single_channel_count_still_total() -> None:
    """A lone website count under a 主动公开 heading stays the total, as before."""
    r = gd.parse(HEAD + "二、主动公开政府信息情况\n全年通过门户网站公开政府信息120条。\n")
    assert _total(r) == 120


def test_case_chapter_of_annual_report() -> None:
    """Cases under a 复议/诉讼 chapter of an annual report count without repeating 信息公开."""
    r = gd.parse(HEAD + "四、复议、诉讼和申诉办理情况\n全年共受理行政复议案件2件。行政诉讼案件4件，其中1件已撤回。\n")
    rl = r.review_litigation
    assert rl.review is not None
    assert rl.review.total is not None
    assert rl.review.total.value == 2
    assert rl.litigation_total is not None
    assert rl.litigation_total.value == 4


def test_case_figures_outside_annual_report_need_disclosure_context() -> None:
    """In a service report a 复议 chapter's figures are not disclosure cases."""
    r = gd.parse("某县政务服务中心2015年工作总结\n四、复议、诉讼情况\n全年共受理行政复议案件2件。\n")
    assert r.review_litigation.review is None or r.review_litigation.review.total is None


def test_long_none_request_phrase_and_fee_not_involved() -> None:
    """'未接到公民、法人和其他组织提出的…申请' is zero requests; '未涉及…收费' is zero fees."""
    r = gd.parse(
        HEAD
        + "三、依申请公开办理情况\n全年未接到公民、法人和其他组织提出的政府信息公开申请。\n"
        + "五、政府信息公开的收费及减免情况\n全年未涉及政府信息公开的收费及减免情况。\n"
    )
    apps = r.applications
    assert apps.new_received is not None
    assert apps.new_received.total is not None
    assert apps.new_received.total.value == 0
    assert apps.fees_charged is not None
    assert apps.fees_charged.value == 0
