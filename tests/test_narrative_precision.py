"""Precision rules of narrative figures: a category, a part or a copy count is never a total."""

from __future__ import annotations

import govdisclosure as gd
from govdisclosure.extract.narrative_stats import _names_category


def test_category_count_is_not_the_total() -> None:
    """``主动公开…等招标信息N条`` counts one kind of information: total_items stays None."""
    r = gd.parse("二、主动公开政府信息情况\n今年主动公开《甲项目》《乙项目》等招标信息12条。")
    assert r.active_disclosure.total_items is None


def test_news_category_is_not_the_total() -> None:
    """``主动公开…等各项工作动态信息共计N条`` is the news category, not all items."""
    r = gd.parse("二、主动公开政府信息情况\n全年主动公开发布包括民生保障等各项工作动态信息共计23条。")
    assert r.active_disclosure.total_items is None


def test_all_kinds_of_information_is_the_total() -> None:
    """``各类信息`` ends like a category but means all of it: still the total."""
    r = gd.parse("二、主动公开政府信息情况\n全年共主动公开各类信息64条。")
    assert r.active_disclosure.total_items is not None
    assert r.active_disclosure.total_items.value == 64


def test_names_category() -> None:
    """Only a category noun right before 信息 marks a category count."""
    assert _names_category("公开概况类的信息5")
    assert _names_category("发布人事信息5")
    assert not _names_category("主动公开政府信息5")
    assert not _names_category("主动公开各项信息5")
    assert not _names_category("主动公开5")


def test_parts_after_an_enumeration_opening_are_not_the_total() -> None:
    """After ``在主动公开的信息中,`` the figures are parts; the website count before is the total."""
    r = gd.parse(
        "二、主动公开政府信息情况\n本年度主动在门户网站公开政府信息80条。"
        "在主动公开的信息中,机构职能类的信息5条,信息公开40条,规划计划信息35条。"
    )
    assert r.active_disclosure.total_items is not None
    assert r.active_disclosure.total_items.value == 80


def test_review_negation_is_not_zero_requests() -> None:
    """``未发生依申请公开…方面的行政复议`` says no cases, not no requests."""
    r = gd.parse("二、依申请公开情况\n全年依法办理,本单位未发生依申请公开政府信息工作方面的行政复议和行政诉讼。")
    assert r.applications.new_received is None
    assert r.review_litigation.review is not None
    assert r.review_litigation.review.total is not None
    assert r.review_litigation.review.total.value == 0


def test_no_litigation_costs_is_not_zero_suits() -> None:
    """``未产生…诉讼相关的费用`` says no costs were spent: the number of suits stays None."""
    r = gd.parse("四、收费情况\n本年度未产生政府信息公开事务诉讼相关的费用支出。")
    assert r.review_litigation.litigation_total is None


def test_copies_are_not_figures() -> None:
    """``一式三份`` (in triplicate) is no figure of any kind."""
    r = gd.parse("一、总体情况\n文件印发后一式三份报送县政务服务中心和档案馆,全年共报送120份。")
    assert 3 not in [f.quantity.value for f in r.figures]
    assert 120 in [f.quantity.value for f in r.figures]
