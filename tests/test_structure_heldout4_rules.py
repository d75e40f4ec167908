"""Structure rules for flattened tables, page header lines and unnamed reports (synthetic fixtures)."""

from __future__ import annotations

from datetime import date

import govdisclosure as gd
from govdisclosure.model import Report
from govdisclosure.structure.sections import _table_row_label
from govdisclosure.structure.template import decide_template


def _top(report: Report) -> list[str]:
    return [s.heading or "" for s in report.top_sections()]


def _cells(*rows: tuple[str, ...]) -> str:
    """Table rows flattened one cell per line, each cell closed by a pipe (a page's cell dump)."""
    return "".join(f"{cell} |\n" for row in rows for cell in row)


TABLE_2 = _cells(
    ("第二十条第(一)项",),
    ("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
    ("规章", "0", "0", "0"),
    ("行政规范性文件", "1", "0", "3"),
)
TABLE_3_HEAD = _cells(
    ("申请人情况",),
    ("自然人", "法人或其他组织", "总计"),
    ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"),
    ("一、本年新收政府信息公开申请数量", "2", "0", "0", "0", "0", "0", "2"),
)
OVERVIEW = "一、总体情况\n本年度，青禾镇依法做好信息公开工作，各项制度不断完善，公开质量稳步提高。\n"


def test_chapter_inside_a_flattened_table_is_kept() -> None:
    """An official chapter title between two cell dumps (one table region) is still a chapter."""
    text = (
        OVERVIEW
        + "二、主动公开政府信息情况\n"
        + TABLE_2
        + "三、收到和处理政府信息公开申请情况\n"
        + TABLE_3_HEAD
        + "三、本年度办理结果\n"
        + _cells(("(一)予以公开", "1", "0", "0", "0", "0", "0", "1"))
    )
    r = gd.parse_text(text)
    assert _top(r) == ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"]


def test_cut_off_row_label_after_a_table_is_no_chapter() -> None:
    """A table-三 row label cut off by the excerpt, right after the table, is not a heading."""
    text = OVERVIEW + "二、主动公开政府信息情况\n" + TABLE_2 + "二、上年结转政府信息公\n"
    r = gd.parse_text(text)
    assert _top(r) == ["一、总体情况", "二、主动公开政府信息情况"]


def test_row_label_test_needs_a_real_start() -> None:
    """Only a row label, or a start of one of five characters or more, counts as a row."""
    assert _table_row_label("二、上年结转政府信息公", 0, 11)
    assert _table_row_label("(二)部分公开 |", 0, 9)
    assert not _table_row_label("二、主动公开政府信息情况", 0, 12)
    assert not _table_row_label("一、本年", 0, 4)


def test_pinyin_readings_inside_a_heading_do_not_hide_it() -> None:
    """Bracketed pinyin readings inside heading lines leave the headings readable, as printed."""
    body = "本(běn)年(nián)度(dù)依(yī)法(fǎ)做(zuò)好(hǎo)公(gōng)开(kāi)工(gōng)作(zuò)。\n"
    text = "一、总体情况\n" + body + "二、主动(dòng)公开政府信息情况\n" + body
    r = gd.parse_text(text)
    assert _top(r) == ["一、总体情况", "二、主动(dòng)公开政府信息情况"]


def test_contact_line_is_never_a_title() -> None:
    """A contact sentence naming the report is not taken as the title."""
    text = (
        "本报告由青禾镇人民政府编制，全文包括概述、主动公开情况等部分。\n"
        "如对本报告有任何疑问,请联系:青禾镇党政办,电话:1234567.\n"
        "一、概述\n本年度青禾镇主动公开信息四十条。\n"
    )
    r = gd.parse_text(text)
    assert r.title is None


def test_sentence_naming_a_type_after_a_comma_is_no_title() -> None:
    """A body line or cell that names a document type only after its first comma is no title."""
    text = "严格落实公示制度,加大各类事项清单公开力度\n(一)总体要求\n本年度继续推进各项工作。\n"
    r = gd.parse_text(text)
    assert r.title is None


def test_header_line_fields_after_a_site_name() -> None:
    """Fields of a page header line that opens with a site name or an unknown key are read."""
    for header, day in (
        ("www.qinghe.gov.cn     发布时间:2022-01-25     来源:青禾镇党政办", date(2022, 1, 25)),
        ("发布者:区教体局   发布日期:2021-01-19 14:36:15   浏览次数:120", date(2021, 1, 19)),
    ):
        text = f"青禾县教育局2020年政府信息公开工作年度报告\n{header}\n一、总体情况\n本年度工作有序开展。\n"
        r = gd.parse_text(text)
        assert r.published is not None
        assert r.published.value == day
        assert r.text[r.published.span.start : r.published.span.end].startswith(str(day.year))


def test_organ_line_over_a_guanyu_title() -> None:
    """An organ name alone above a title starting with 关于 is the organ, not the page's source."""
    text = (
        "关于2021年度政府信息公开工作的年度报告\n"
        "www.qinghe.gov.cn     发布时间:2022-01-25     来源:青禾镇党政办\n"
        "青禾县青禾镇人民政府\n"
        "关于2021年度政府信息公开工作的年度报告\n"
        "一、总体情况\n本年度工作有序开展。\n"
    )
    r = gd.parse_text(text)
    assert r.organ is not None
    assert r.organ.value == "青禾县青禾镇人民政府"


def test_report_named_year_first_in_preamble() -> None:
    """'现向社会公布2021年X政府信息公开工作年度报告' names the organ X."""
    text = (
        "根据有关规定，现向社会公布2021年青禾市教育局政府信息公开工作年度报告。\n"
        "一、总体情况\n本年度，我局依法做好信息公开工作。\n"
    )
    r = gd.parse_text(text)
    assert r.organ is not None
    assert r.organ.value == "青禾市教育局"


def test_contact_office_of_a_department() -> None:
    """'请与X局政府信息公开工作领导小组办公室联系' names X局, without a stray 政府."""
    text = "一、概述\n本年度工作有序开展。\n如对本报告有任何疑问,请与青禾县水利局政府信息公开工作领导小组办公室联系。\n"
    r = gd.parse_text(text)
    assert r.organ is not None
    assert r.organ.value == "青禾县水利局"


def test_year_from_statements_of_totals() -> None:
    """'2022年共收到…' gives the year when every such statement names the same year, else none."""
    one = "一、总体情况\n(一)依申请公开\n2022年共收到8项依申请公开，均按时答复。\n"
    r = gd.parse_text(one)
    assert r.year == 2022
    assert any(d.code == "GD105" for d in r.diagnostics)
    two = "一、总体情况\n2021年共收到3项申请，2022年共收到8项申请。\n"
    assert gd.parse_text(two).year is None


def test_report_before_2019_is_pre2019_whatever_its_chapters() -> None:
    """A report on 2010 with chapters named like the 2019 form's is still pre2019 (GD102)."""
    template, diags = decide_template("", ["一、总体情况"], "", 2010)
    assert template is not None
    assert template.value == "pre2019"
    assert [d.code for d in diags] == ["GD102"]
    assert decide_template("", ["一、总体情况"], "", 2020)[0] is not None
