"""Structure metadata: kind, template, title, organ, year, period, dates, metadata block, 文号 (synthetic fixtures)."""

from __future__ import annotations

from datetime import date

import pytest

import govdisclosure as gd
from govdisclosure.model import DocumentKind, Template

ANNUAL_2023 = """\
您当前所在位置：首页 > 信息公开 > 年度报告
青岚县林业局
2023年政府信息公开工作年度报告
发布日期：2024-01-20 浏览次数：12
本报告根据有关规定编制。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。如有疑问请与青岚县林业局办公室联系，电话：0000-1234567。
一、总体情况
2023年，青岚县林业局认真做好公开工作。
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
四、政府信息公开行政复议、行政诉讼情况
五、存在的主要问题及改进情况
六、其他需要报告的事项
"""


def test_annual_report_metadata() -> None:
    """A split title is joined; organ, year, period, published and template follow from it."""
    r = gd.parse_text(ANNUAL_2023)
    assert r.kind is DocumentKind.ANNUAL_REPORT
    assert r.title is not None
    assert r.title.value == "青岚县林业局2023年政府信息公开工作年度报告"
    assert r.title.span is not None
    assert r.text[r.title.span.start : r.title.span.end].replace("\n", "") == r.title.value
    assert r.organ is not None
    assert r.organ.value == "青岚县林业局"
    assert r.year == 2023
    assert r.period is not None
    assert (r.period.start, r.period.end) == (date(2023, 1, 1), date(2023, 12, 31))
    assert r.published is not None
    assert r.published.value == date(2024, 1, 20)
    assert r.template is Template.T2021
    assert next(s.heading for s in r.top_sections()) == "一、总体情况"
    assert {m.key: m.value for m in r.metadata}["发布日期"] == "2024-01-20"


def test_template_by_year_and_labels() -> None:
    """Post-2019 chapters without tables give 2019 for 2020 reports; 2019-only labels give 2019."""
    base = "某区2020年政府信息公开工作年度报告\n一、总体情况\n2020年，工作有序。\n"
    assert gd.parse_text(base).template is Template.T2019
    with_labels = base + "二、主动公开政府信息情况\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n"
    assert gd.parse_text(with_labels).template is Template.T2019
    new_labels = base + "二、主动公开政府信息情况\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n"
    assert gd.parse_text(new_labels).template is Template.T2021


def test_pre2019_and_memo_templates() -> None:
    """概述 chapters are pre-2019; a 2020 memo with its own chapters has no template and GD102."""
    old = gd.parse_text("某县2015年政府信息公开工作年度报告\n一、概述\n2015年，本县稳步推进。\n")
    assert old.template is Template.PRE2019
    memo = gd.parse_text("某厅2020年政府信息公开工作年度报告\n一、公开工作基本做法\n2020年，本厅认真落实。\n")
    assert memo.template is None
    assert "GD102" in [d.code for d in memo.diagnostics]


def test_place_title_names_the_government() -> None:
    """A title naming only a place (before or after the year) reports for that place's government."""
    assert gd.parse_text("溪山市2022年政府信息公开工作年度报告\n一、总体情况\n").organ.value == "溪山市人民政府"  # type: ignore[union-attr]
    r = gd.parse_text("2021年溪山市政府信息公开工作年度报告\n一、总体情况\n")
    assert r.organ is not None
    assert r.organ.value == "溪山市人民政府"
    assert r.year == 2021


def test_quoted_report_name_decides_organ() -> None:
    """The report's name quoted in the preamble says whose report a page titled by an office is."""
    text = (
        "溪山市云岭区人民政府办公室2018年政府信息公开工作年度报告\n"
        "现将《溪山市云岭区2018年政府信息公开工作年度报告》予以公布。\n一、概述\n2018年，我区认真落实。\n"
    )
    r = gd.parse_text(text)
    assert r.title is not None
    assert r.title.value.startswith("溪山市云岭区人民政府办公室")
    assert r.organ is not None
    assert r.organ.value == "溪山市云岭区人民政府"


def test_compiler_office_stands_for_government() -> None:
    """'由 X人民政府信息公开办公室 编制' names X人民政府; '由 X局 编制' names the bureau."""
    a = gd.parse_text("本报告由溪山市人民政府信息公开办公室根据有关规定编制。\n一、概述\n2012年，全市工作顺利。\n")
    assert a.organ is not None
    assert a.organ.value == "溪山市人民政府"
    assert a.year == 2012
    b = gd.parse_text("本年报由溪山县水务局编制，统计2010年度情况。\n一、概述\n内容。\n")
    assert b.organ is not None
    assert b.organ.value == "溪山县水务局"


def test_unnamed_organ_is_none() -> None:
    """'我局' is not a name: organ None with GD104, no title with GD103."""
    r = gd.parse_text("现公布我局2022年政府信息公开工作年度报告。\n一、总体情况\n2022年，我局认真落实。\n")
    codes = [d.code for d in r.diagnostics]
    assert r.organ is None
    assert "GD104" in codes
    assert "GD103" in codes
    assert r.year == 2022
    assert r.kind is DocumentKind.ANNUAL_REPORT


NOTICE = """\
溪政办发〔2023〕7号
各乡镇人民政府，县直各单位：
《溪山县2023年政务公开工作要点》已经县政府同意，现印发给你们，请认真贯彻落实。
溪山县人民政府办公室
2023年4月6日
溪山县2023年政务公开工作要点
为做好今年工作，根据《某省实施意见》（某政办发〔2022〕15号）制定本要点。
一、总体要求
（一）工作目标
二、重点任务
"""


def test_transmittal_notice() -> None:
    """A notice issuing a plan: title is the plan, organ the signatory, published the issue date."""
    r = gd.parse_text(NOTICE)
    assert r.kind is DocumentKind.WORK_PLAN
    assert r.title is not None
    assert r.title.value == "溪山县2023年政务公开工作要点"
    assert r.organ is not None
    assert r.organ.value == "溪山县人民政府办公室"
    assert r.signed is not None
    assert r.signed.value == date(2023, 4, 6)
    assert r.published is not None
    assert r.published.value == date(2023, 4, 6)
    assert r.document_number is not None
    assert r.document_number.canonical == "溪政办发〔2023〕7号"
    assert [d.canonical for d in r.cited_documents] == ["某政办发〔2022〕15号"]
    assert r.template is None


def test_issued_title_inside_notice_title() -> None:
    """'关于印发〈X〉的通知' is titled X."""
    r = gd.parse_text("溪山县人民政府办公室关于印发《溪山县政务公开任务分工方案》的通知\n一、任务\n")
    assert r.title is not None
    assert r.title.value == "溪山县政务公开任务分工方案"
    assert r.kind is DocumentKind.WORK_PLAN


def test_service_report_half_year() -> None:
    """A half-year service report: the year comes from the signing date, the period from the title."""
    text = "溪山市1—6月政务服务情况报告\n2024-05-01\n一、推进改革\n内容。\n溪山市政务服务中心\n2019 年 7 月 2 日\n"
    r = gd.parse_text(text)
    assert r.kind is DocumentKind.SERVICE_REPORT
    assert r.year == 2019
    assert r.period is not None
    assert (r.period.start, r.period.end) == (date(2019, 1, 1), date(2019, 6, 30))
    assert r.published is not None
    assert r.published.value == date(2024, 5, 1)
    assert r.organ is not None
    assert r.organ.value == "溪山市政务服务中心"


def test_page_title_over_date_line() -> None:
    """The first line over a bare date line is the page title, even without a document-type word."""
    r = gd.parse_text("溪山市某办公室资料下载\n2024-03-03\n一、概述\n2018年，本市稳步推进政府信息公开。\n")
    assert r.title is not None
    assert r.title.value == "溪山市某办公室资料下载"
    assert r.year == 2018
    assert r.published is not None
    assert r.published.value == date(2024, 3, 3)


def test_metadata_key_on_its_own_line() -> None:
    """Metadata keys on their own line take the next line as value."""
    r = gd.parse_text(
        "某县2019年政府信息公开工作年度报告\n撰写时间\n2020年01月10日 09:00:00\n来源\n某县人民政府\n一、总体情况\n"
    )
    meta = {m.key: m.value for m in r.metadata}
    assert meta == {"撰写时间": "2020年01月10日 09:00:00", "来源": "某县人民政府"}
    assert r.published is not None
    assert r.published.value == date(2020, 1, 10)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("关于对全县政务公开重点任务分工方案征求意见的通知\n各单位：\n", DocumentKind.WORK_PLAN),
        ("工作任务 | 具体要求 | 责任科室 | 时限要求\n加强公开 | 1 | 办公室 | 年底前\n", DocumentKind.WORK_PLAN),
        (
            "本网讯 新建的政务服务中心今天启用，设置窗口50个，入驻部门20个，办件量明显增加。",
            DocumentKind.SERVICE_REPORT,
        ),
        ("一段与政务公开无关的普通文字。", DocumentKind.OTHER),
    ],
)
def test_kind_from_content(text: str, kind: DocumentKind) -> None:
    """Kind follows the title, else content cues; with no cue it is OTHER with GD101."""
    r = gd.parse_text(text)
    assert r.kind is kind
    if kind is DocumentKind.OTHER:
        assert "GD101" in [d.code for d in r.diagnostics]


def test_traditional_output_as_printed() -> None:
    """Traditional text is matched on the view but output as printed."""
    r = gd.parse_text("某縣人民政府2019年政府信息公開工作年度報告\n一、總體情況\n2019年，本縣穩步推進。\n")
    assert r.title is not None
    assert r.title.value == "某縣人民政府2019年政府信息公開工作年度報告"
    assert r.organ is not None
    assert r.organ.value == "某縣人民政府"
    assert r.template is Template.T2019
    assert r.top_sections()[0].heading == "一、總體情況"
