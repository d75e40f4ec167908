"""Structure rules found on unseen pages: run-together text, split titles, notices, short names (synthetic)."""

from __future__ import annotations

from datetime import date

import attrs

import govdisclosure as gd
from govdisclosure.ingest import read
from govdisclosure.ingest.document import Table, TableCell
from govdisclosure.model import DocumentKind, Report, SectionKind, Span, Template
from govdisclosure.structure import analyze
from govdisclosure.structure.metadata import find_year_range


def _top(report: Report) -> list[str]:
    return [s.heading or "" for s in report.top_sections()]


def _assert_tiles(report: Report) -> None:
    pos = 0
    for s in report.sections:
        assert s.span.start == pos
        pos = s.span.end
    assert pos == len(report.text)


FILLER = "全镇稳步推进各项公开工作，主动回应群众关切，及时发布各类信息，工作机制不断完善，" * 3

RUN_TOGETHER = (
    "2022年青岚区政务公开工作要点\n"
    f"为做好今年工作，结合本区实际，制定本要点。 一、总体要求 2022年是关键之年，{FILLER}"
    f"要以公开促落实。 二、目标任务 全区今年的主要任务是：{FILLER}。"
    " (一)强化重点领域公开 1、财政预算领域。按要求公开预算。(责任单位：区财政局) 2、规划领域。按要求公开规划。\n"
)


def test_run_together_paragraphs_are_read_as_segments() -> None:
    """Headings inside one very long line are found, titles end at the space run, and spans still tile."""
    r = gd.parse_text(RUN_TOGETHER)
    assert _top(r) == ["一、总体要求", "二、目标任务"]
    subs = [s.heading for s in r.sections if s.kind is SectionKind.HEADING and s.level == 2]
    assert subs == ["(一)强化重点领域公开"]
    assert r.kind is DocumentKind.WORK_PLAN
    _assert_tiles(r)


def test_title_ends_where_the_body_starts_inside_a_line() -> None:
    """A title line that runs on into chapter 一 keeps only the part before the chapter."""
    line = (
        f"青岚县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年，{FILLER}。"
        f" 二、主动公开政府信息情况 {FILLER}"
    )
    r = gd.parse_text(line + "\n")
    assert r.title is not None
    assert r.title.value == "青岚县人民政府2019年 政府信息公开工作年度报告"
    assert r.kind is DocumentKind.ANNUAL_REPORT
    assert r.template is Template.T2019
    assert _top(r) == ["一、总体情况", "二、主动公开政府信息情况"]


def test_short_line_keeps_its_stop_character_rule() -> None:
    """Ordinary lines are not cut at spaces: the inline rule applies only to very long lines."""
    r = gd.parse_text("某县2020年政府信息公开工作年度报告\n(一)主动公开 情况良好。其余略。\n")
    assert [s.heading for s in r.sections if s.kind is SectionKind.HEADING] == ["(一)主动公开 情况良好"]


def test_table_of_contents_line_is_not_a_heading() -> None:
    """A line listing chapter and sub-chapter titles separated by commas is a table of contents."""
    text = "一、概述,(一)加强领导,(二)完善制度,二、主动公开情况,\n一、概述\n2012年，本县稳步推进。\n"
    r = gd.parse_text(text)
    assert _top(r) == ["一、概述"]


def test_chapter_heading_swallowed_by_a_table_is_its_caption() -> None:
    """A chapter heading on the first line of a detected table stays a section heading."""
    text = "一、总体情况\n正文。\n二、主动公开政府信息情况\n信息内容\n规章\n0\n"
    doc = read(text)
    start = text.index("二、")
    cell = TableCell(text="规章", row=0, col=0, span=Span(start=text.index("规章"), end=text.index("规章") + 2))
    table = Table(cells=(cell,), n_rows=1, n_cols=1, span=Span(start=start, end=len(text) - 1), shape="flat_cells")
    doc = attrs.evolve(doc, tables=(table,))
    r = analyze(doc, Report(text=doc.text))
    assert _top(r) == ["一、总体情况", "二、主动公开政府信息情况"]


def test_page_title_with_viewer_prefix() -> None:
    """'Page 3 - X' keeps X, the part naming a document type."""
    r = gd.parse_text("Page 3 - 青岚县林业局2022年政府信息公开工作年度报告\n(三)其他事项\n无。\n")
    assert r.title is not None
    assert r.title.value == "青岚县林业局2022年政府信息公开工作年度报告"


def test_title_split_after_the_year() -> None:
    """A line with the year and an organ, then a line finishing the title, are joined."""
    r = gd.parse_text("2024年青岚区松风街道办事处\n政府信息公开工作年度报告\n一、总体情况\n正文。\n")
    assert r.title is not None
    assert r.title.value == "2024年青岚区松风街道办事处政府信息公开工作年度报告"
    assert r.organ is not None
    assert r.organ.value == "青岚区松风街道办事处"
    r2 = gd.parse_text("青岚县松风乡2024年度政府\n信息公开工作年度报告\n一、总体情况\n正文。\n")
    assert r2.title is not None
    assert r2.title.value == "青岚县松风乡2024年度政府信息公开工作年度报告"


NOTICE_SPLIT = """\
青岚市人民政府办公室关于公布
青岚市2009年度政府信息公开工作年度报告的通知
(青政办发〔2010〕5号)
各县(区)人民政府，市直各单位：
我办编制了《青岚市2009年度政府信息公开工作年度报告》，现予公布。
二〇一〇年一月八日
青岚市2009年度政府信息公开工作年度报告
根据有关规定编制本报告（某政办发〔2009〕11号）。
一、基本情况
正文。
"""


def test_notice_heading_broken_after_guanyu() -> None:
    """A notice publishing a report: issued title, issuer as organ, bracketed own number, issue date."""
    r = gd.parse_text(NOTICE_SPLIT)
    assert r.title is not None
    assert r.title.value == "青岚市2009年度政府信息公开工作年度报告"
    assert r.organ is not None
    assert r.organ.value == "青岚市人民政府办公室"
    assert r.document_number is not None
    assert r.document_number.canonical == "青政办发〔2010〕5号"
    assert [d.canonical for d in r.cited_documents] == ["某政办发〔2009〕11号"]
    assert r.published is not None
    assert r.published.value == date(2010, 1, 8)


def test_annotation_after_the_transmittal_verb_is_dropped() -> None:
    """A parenthesised non-Han reading aid after 印发 is not part of the issued title."""
    r = gd.parse_text("青岚市人民政府办公室关于印发(yin)青岚市政务公开实施方案的通知\n一、目标\n")
    assert r.title is not None
    assert r.title.value == "青岚市政务公开实施方案"
    assert r.kind is DocumentKind.WORK_PLAN


def test_interpretation_and_service_report_kinds() -> None:
    """关于《X要点》的政策解读 is other; a service centre's 情况汇报 is a service report."""
    r = gd.parse_text("关于《青岚区2022年政务公开工作要点》的政策解读\n一、出台背景\n正文。\n")
    assert r.kind is DocumentKind.OTHER
    s = gd.parse_text("县政务服务中心运行情况汇报\n一、基本情况\n中心设立窗口12个。\n")
    assert s.kind is DocumentKind.SERVICE_REPORT
    assert s.title is not None
    assert s.title.value == "县政务服务中心运行情况汇报"


def test_unquoted_report_name_in_the_preamble() -> None:
    """'现公布X(以下简称Y)2022年…年度报告' names X; a short form opening the body does not win."""
    text = (
        "根据有关规定，现公布青岚市松风区人民政府办公室(以下简称区政府办公室)2022年政府信息公开工作年度报告。"
        "如有疑问请与区政府办公室联系。\n一、总体情况\n2022年，区政府办公室坚持依法公开。\n"
    )
    r = gd.parse_text(text)
    assert r.organ is not None
    assert r.organ.value == "青岚市松风区人民政府办公室"
    opening = gd.parse_text("青岚县2015年政府信息公开工作年度报告(以下简称年报)依法编制。\n一、概述\n正文。\n")
    assert opening.organ is not None
    assert opening.organ.value == "青岚县人民政府"


def test_short_form_alone_is_not_an_organ() -> None:
    """Without a full name, '区政府办公室' opening the body leaves the organ None."""
    r = gd.parse_text("一、总体情况\n2022年，区政府办公室坚持依法公开。\n")
    assert r.organ is None


def test_summary_report_compiled_by_the_general_office() -> None:
    """A province-wide report compiled by the general office is the government's."""
    text = "本报告在各市政府年度报告基础上，由青岚省人民政府办公厅编制。\n一、概述\n2017年，全省推进公开。\n"
    r = gd.parse_text(text)
    assert r.organ is not None
    assert r.organ.value == "青岚省人民政府"
    own = gd.parse_text("本报告由青岚省人民政府办公厅编制。\n一、概述\n2017年，本厅推进公开。\n")
    assert own.organ is not None
    assert own.organ.value == "青岚省人民政府办公厅"


def test_fuller_signatory_wins_over_a_title_missing_a_character() -> None:
    """A title dropping a character of the organ's name yields to the fuller signatory."""
    text = (
        "青岚市松风人民政府办公室2022年政府信息公开工作年度报告\n(五)其他\n无。\n"
        "青岚市松风区人民政府办公室\n2023年1月6日\n"
    )
    r = gd.parse_text(text)
    assert r.organ is not None
    assert r.organ.value == "青岚市松风区人民政府办公室"


def test_year_with_du_before_the_place() -> None:
    """'2008年度某市…': the organ is the place's government, without 度."""
    r = gd.parse_text("2008年度青岚市政府信息公开工作年度报告\n一、概述\n正文。\n")
    assert r.organ is not None
    assert r.organ.value == "青岚市人民政府"


def test_dates_from_page_chrome() -> None:
    """A metadata date followed by font-size chrome, and a source-plus-date line under the title."""
    r = gd.parse_text("时间:2016-03-05 00:00 大 中 小\n2015年青岚县人民政府信息公开年度报告\n一、概述\n正文。\n")
    assert r.published is not None
    assert r.published.value == date(2016, 3, 5)
    r2 = gd.parse_text("青岚省人民政府2017年政府信息公开工作报告\n青岚省政务公开办  2018/3/26\n一、概述\n正文。\n")
    assert r2.published is not None
    assert r2.published.value == date(2018, 3, 26)


def test_whole_year_range_without_cue_is_the_period() -> None:
    """A calendar year written as a range in the preamble is the period; a part-year range is not."""
    text = "本报告内容涵盖青岚区某局2022年1月1日至12月31日期间的工作情况。\n一、总体情况\n正文。\n"
    r = gd.parse_text("青岚区某局2022年政府信息公开工作年度报告\n" + text)
    assert r.period is not None
    assert (r.period.start, r.period.end) == (date(2022, 1, 1), date(2022, 12, 31))
    assert find_year_range("2022年3月1日至2022年5月31日", "2022年3月1日至2022年5月31日", 0, 20) is None


def test_period_with_a_comma_after_qi() -> None:
    """'自A起，至B止' is a period like '自A起至B止'."""
    text = "本报告中所列数据的统计期限自2031年1月1日起，至2031年12月31日止。\n一、概述\n正文。\n"
    r = gd.parse_text("青岚区某街道2031年政府信息公开工作年度报告\n" + text)
    assert r.period is not None
    assert (r.period.start, r.period.end) == (date(2031, 1, 1), date(2031, 12, 31))


def test_year_from_year_end_running_total() -> None:
    """Without title or period, '截至YYYY年12月31日' in the body gives the year, with GD105."""
    r = gd.parse_text("一、总体情况\n截止2023年12月31日我局共发布信息34条。\n")
    assert r.year == 2023
    assert "GD105" in [d.code for d in r.diagnostics]


def test_service_report_title_mentioning_a_plan() -> None:
    """'某中心关于某年工作总结及工作计划的报告' is a service report, not a work plan."""
    r = gd.parse_text("青岚市政务服务中心关于2021年工作总结及工作计划的报告\n一、工作总结\n中心设立窗口8个。\n")
    assert r.kind is DocumentKind.SERVICE_REPORT


def test_memo_reporting_as_follows_is_an_annual_report() -> None:
    """Without a title, '…工作报告如下' and 不予公开 outweigh a stray plan word."""
    text = (
        "根据有关要求，我乡明确工作任务，现将2020年政府信息公开工作报告如下：\n"
        "一、2020年公开工作完成情况\n本年我乡没有不予公开的政府信息。\n"
    )
    assert gd.parse_text(text).kind is DocumentKind.ANNUAL_REPORT


def test_metadata_fields_separated_by_bars() -> None:
    """'网站:某站 | 时间:2021-09-03 11:12:30 | 移动端:…' yields the 时间 field and the published date."""
    text = "某中心年度总结\n网站:某站 | 时间:2021-09-03 11:12:30 | 移动端:某页\n一、工作总结\n正文。\n"
    r = gd.parse_text(text)
    assert {m.key: m.value for m in r.metadata}["时间"] == "2021-09-03 11:12:30"
    assert r.published is not None
    assert r.published.value == date(2021, 9, 3)


def test_contact_office_of_a_place_stands_for_its_government() -> None:
    """'请联系:青岚县松风乡信息公开领导小组办公室,' names the township's government."""
    text = (
        "现编制并公布本单位2019年政府信息公开工作年度报告。如有疑问，请联系：青岚县松风乡信息公开领导小组办公室，"
        "联系电话：0000-1234567。\n一、基本概况\n正文。\n"
    )
    r = gd.parse_text(text)
    assert r.organ is not None
    assert r.organ.value == "青岚县松风乡人民政府"


def test_clause_and_relative_words_are_not_names() -> None:
    """'2012年，在某院…' opens no organ name, and '我市' does not expand a title's organ."""
    r = gd.parse_text("一、概述\n2012年,在青岚法院全面推进下，工作有序。\n")
    assert r.organ is None
    s = gd.parse_text("政务服务中心关于2021年工作总结的报告\n一、工作总结\n今年,我市政务服务中心共受理事项。\n")
    assert s.organ is not None
    assert s.organ.value == "政务服务中心"


def test_untitled_outcome_report_is_an_annual_report() -> None:
    """An untitled excerpt that reports request outcomes (予以公开, 部分公开 …) is an annual report."""
    text = (
        "一、收到申请情况\n今年全县各部门共收到政府信息公开申请120件。\n"
        "二、申请答复情况\n其中予以公开80件，部分公开10件，无法提供20件，不予处理10件。\n"
    )
    assert gd.parse(text).kind is gd.DocumentKind.ANNUAL_REPORT


def test_untitled_service_bulletin_is_a_service_report() -> None:
    """An untitled monthly bulletin of a service centre (受理, 办结, 满意率) is a service report."""
    text = (
        "据统计，本月某市政务服务中心共受理行政审批项目320件，办结310件，"
        "实际提速90%，满意率100%。各窗口均无超时办结件。\n"
    )
    assert gd.parse(text).kind is gd.DocumentKind.SERVICE_REPORT
