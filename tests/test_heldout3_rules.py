"""Rules added after the third held-out measurement (synthetic fixtures)."""

from __future__ import annotations

import govdisclosure as gd


def test_contact_request_is_not_a_fuller_organ_name() -> None:
    """'请联系某市某区某街道办事处' does not turn '请联系某市' into part of the organ's name."""
    text = (
        "云岭区青石街道办事处2022年政府信息公开工作年度报告\n"
        "本报告按规定编制。如对本报告有疑问,请联系溪山市云岭区青石街道办事处(电话:0000-7654321)。\n"
        "一、总体情况\n"
    )
    r = gd.parse_text(text)
    assert r.organ is not None
    assert r.organ.value == "云岭区青石街道办事处"


def test_period_with_doubled_dash() -> None:
    """A statistics period written with a doubled dash ('——') is read."""
    text = "2016年政府信息公开工作年度报告\n本报告信息数据统计期限为:2016年1月1日——2016年12月31日。\n一、基本情况\n"
    r = gd.parse_text(text)
    assert r.period is not None
    assert (r.period.start.isoformat(), r.period.end.isoformat()) == ("2016-01-01", "2016-12-31")


def test_new_received_named_as_request_quantity() -> None:
    """'全年新收…申请数量0件' in prose gives new_received 0 beside the carried-over figure."""
    text = (
        "某街道2022年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况\n"
        "全年新收政府信息公开申请数量0件,上年结转政府信息公开申请数量2件。\n"
    )
    r = gd.parse_text(text)
    assert r.applications.new_received is not None
    assert r.applications.new_received.total is not None
    assert r.applications.new_received.total.value == 0
    assert r.applications.carried_over is not None
    assert r.applications.carried_over.total is not None
    assert r.applications.carried_over.total.value == 2


def test_parts_of_an_item_count_are_not_the_total() -> None:
    """'通过网站共公开信息N条,其中,A信息公开x条…': the total is N, never one of its parts."""
    text = (
        "某街道2022年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"
        "全年通过区政府网站共公开信息120条,其中,招录信息公开5条,环境保护信息公开15条,工作动态信息公开100条。\n"
    )
    r = gd.parse_text(text)
    assert r.active_disclosure.total_items is not None
    assert r.active_disclosure.total_items.value == 120


def test_no_fee_to_applicant_is_zero() -> None:
    """'没有向申请人收费的情况' states zero fees."""
    text = (
        "某镇2016年政府信息公开工作年度报告\n四、政府信息公开的收费及减免情况\n"
        "2016年,没有向政府信息公开申请人收费的情况。\n"
    )
    r = gd.parse_text(text)
    assert r.applications.fees_charged is not None
    assert r.applications.fees_charged.value == 0


def test_not_received_review_or_suit_is_zero() -> None:
    """'未接到有关政府信息公开方面的复议、诉讼' states zero reviews and suits."""
    text = (
        "某镇2016年政府信息公开年度报告\n五、行政复议、诉讼情况\n"
        "2016年度未接到有关政府信息公开方面的复议、诉讼和申诉。\n"
    )
    r = gd.parse_text(text)
    assert r.review_litigation.review is not None
    assert r.review_litigation.review.total is not None
    assert r.review_litigation.review.total.value == 0
    assert r.review_litigation.litigation_total is not None
    assert r.review_litigation.litigation_total.value == 0


def test_bare_no_request_under_request_chapter_is_zero() -> None:
    """'本年度无申请' under the 依申请 chapter is zero requests; under the fee chapter it says nothing of fees."""
    text = (
        "某镇2016年政府信息公开工作年度报告\n三、依申请公开政府信息情况\n我镇本年度无申请。\n"
        "四、依申请公开政府信息收费及减免情况\n我镇本年度无申请。\n"
    )
    r = gd.parse_text(text)
    assert r.applications.new_received is not None
    assert r.applications.new_received.total is not None
    assert r.applications.new_received.total.value == 0
    assert r.applications.fees_charged is None


def test_short_wrap_between_label_and_figure_is_soft() -> None:
    """A line break splitting a label from its number (or a number from its unit) is a wrap, a list item is not."""
    from govdisclosure.extract.labelled import TextIndex

    view = "大厅共有进驻窗口\n12个,受理业务\n3456\n件,其中:\n1.办结率高\n"
    soft = TextIndex._soft_newlines(view)
    assert view.index("\n") in soft  # 窗口 | 12个
    assert view.index("\n3456") in soft  # 业务 | 3456
    assert view.index("\n件") in soft  # 3456 | 件
    assert view.index("\n1.") not in soft  # a numbered item starts its own line


def test_budget_written_with_enumeration_comma() -> None:
    """'财政预算、决算信息公开N条' is a count of the budget key area."""
    text = (
        "某街道2022年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"
        "全年共公开信息50条,其中,财政预算、决算信息公开3条,工作动态信息公开47条。\n"
    )
    r = gd.parse_text(text)
    budget = [lq.quantity.value for ka in r.key_areas if ka.area == "budget" for lq in ka.counts]
    assert budget == [3]


def test_lone_trailing_pipe_does_not_hide_inline_heading() -> None:
    """A run-together page ending in a stray '|' keeps its last inline chapter heading."""
    body = "本镇按规定编制本年报,所列数据的统计期限为一个自然年度,现予公布,请社会各界监督。" * 3
    text = (
        "2016年某镇政府信息公开年度报告\n"
        f"{body} 一、概述 本年度工作运行正常。 二、主动公开情况 本年度主动公开信息20条。"
        " 三、行政复议、诉讼和申诉情况 本年度未接到有关复议、诉讼。 某县某镇人民政府 |\n"
    )
    r = gd.parse_text(text)
    top = [r.text[s.span.start : s.span.end].split(" ")[0] for s in r.sections if s.level == 1]
    assert top == ["一、概述", "二、主动公开情况", "三、行政复议、诉讼和申诉情况"]


def test_period_from_overview_date_range_of_report_year() -> None:
    """A whole-year date range in the opening overview gives the period when it is the report's year."""
    text = (
        "2009年某局政府信息公开年度报告\n本报告依照有关规定编制。\n一、概述\n"
        "2009年1月1日至2009年12月31日,我局主动公开信息30条。\n"
    )
    r = gd.parse_text(text)
    assert r.period is not None
    assert (r.period.start.isoformat(), r.period.end.isoformat()) == ("2009-01-01", "2009-12-31")


def test_overview_range_of_another_year_is_not_the_period() -> None:
    """A whole-year range naming another year than the report's is not taken as its period."""
    text = (
        "2010年某局政府信息公开年度报告\n本报告依照有关规定编制。\n一、概述\n"
        "与2009年1月1日至2009年12月31日相比,我局主动公开信息有所增加。\n"
    )
    r = gd.parse_text(text)
    assert r.period is None


def test_heading_with_year_preferred_over_running_header() -> None:
    """A running header without the year, followed by the same name with its year, yields the latter."""
    text = (
        "溪山市文化局政府信息公开年度报告\n2009年溪山市文化局 政府信息公开年度报告\n"
        "本报告依照有关规定编制。\n一、概述\n本年度工作正常。\n"
    )
    r = gd.parse_text(text)
    assert r.title is not None
    assert r.title.value == "2009年溪山市文化局 政府信息公开年度报告"


def test_part_of_published_count_is_never_the_total() -> None:
    """'共发布信息N条,其中…非公开信息目录1条': no part becomes the proactive total; an explicit 主动公开 part does."""
    text = (
        "某街道2022年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开\n"
        "1.门户网站主动公开政府信息情况。本年共发布信息40条,其中部门动态30条,政策文件9条,非公开信息目录1条。\n"
    )
    r = gd.parse_text(text)
    assert r.active_disclosure.total_items is None or r.active_disclosure.total_items.value == 40
    text2 = (
        "某区2018年政府信息公开工作年度报告\n一、概述\n"
        "本年共制作政府信息300条,其中主动公开信息120条,依申请公开信息30条。\n"
    )
    r2 = gd.parse_text(text2)
    assert r2.active_disclosure.total_items is not None
    assert r2.active_disclosure.total_items.value == 120
