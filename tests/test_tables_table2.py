"""Table 二 of both forms in every input shape, and the pre-2019 annex."""

from __future__ import annotations

from decimal import Decimal

import attrs

from govdisclosure.extract.legacy_annex import extract_annex
from govdisclosure.extract.table2 import extract_table2
from govdisclosure.extract.tables import extract_tables
from govdisclosure.model import ActiveDisclosure, CellKind, Report
from govdisclosure.validate import validate
from tests.test_tables_support import CellSpec, build_table, flat_rows, make_document


def _values(ad: ActiveDisclosure | None) -> dict[str, object]:
    assert ad is not None
    return {
        a.name: getattr(ad, a.name).value
        for a in attrs.fields(ActiveDisclosure)
        if a.name != "legacy_rows" and getattr(ad, a.name) is not None and getattr(ad, a.name).value is not None
    }


def grid_2021(fee: str = "12.5") -> list[list[CellSpec]]:
    """The 2021 form with its merged title and header cells."""
    return [
        [("第二十条第（一）项", 1, 4), None, None, None],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "2", "0", "15"],
        ["行政规范性文件", "6", "3", "40"],
        [("第二十条第（五）项", 1, 4), None, None, None],
        ["信息内容", ("本年处理决定数量", 1, 3), None, None],
        ["行政许可", ("1,234", 1, 3), None, None],
        [("第二十条第（六）项", 1, 4), None, None, None],
        ["信息内容", ("本年处理决定数量", 1, 3), None, None],
        ["行政处罚", ("56", 1, 3), None, None],
        ["行政强制", ("/", 1, 3), None, None],
        [("第二十条第（八）项", 1, 4), None, None, None],
        ["信息内容", ("本年收费金额（单位：万元）", 1, 3), None, None],
        ["行政事业性收费", (fee, 1, 3), None, None],
    ]


EXPECTED_2021 = {
    "regulations_made": 2,
    "regulations_repealed": 0,
    "regulations_valid": 15,
    "normative_docs_made": 6,
    "normative_docs_repealed": 3,
    "normative_docs_valid": 40,
    "licensing_decisions": 1234,
    "punishment_decisions": 56,
    "admin_fees_10k_yuan": Decimal("12.5"),
}


def test_2021_html_grid() -> None:
    """Merged header and value cells map to the 2021 fields; '/' is a placeholder, not 0."""
    table, _ = build_table(grid_2021())
    ad, diags = extract_table2([table])
    assert _values(ad) == EXPECTED_2021
    assert ad is not None
    assert ad.coercion_decisions is not None
    assert ad.coercion_decisions.kind is CellKind.PLACEHOLDER
    assert [d.code for d in diags] == ["GD205"]


def test_2021_pipe_rows_with_empty_trailing_cells() -> None:
    """Pipe pastes leave empty cells where merges were; figures still align with headers."""
    rows: list[list[CellSpec]] = [
        ["第二十条第(一)项", "", "", ""],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "2", "0", "15"],
        ["行政规范性文件", "6", "3", "40"],
        ["第二十条第(五)项", "", "", ""],
        ["信息内容", "本年处理决定数量", "", ""],
        ["行政许可", "1234", "", ""],
        ["信息内容", "本年收费金额(单位:万元)", "", ""],
        ["行政事业性收费", "12.5", "", ""],
    ]
    table, _ = build_table(rows, shape="flat_pipe")
    ad, _ = extract_table2([table])
    expected = {k: v for k, v in EXPECTED_2021.items() if not k.startswith(("punishment", "coercion"))}
    assert _values(ad) == expected


def test_labels_with_pinyin_readings_inserted_by_a_mirror() -> None:
    """Bracketed pinyin after label characters (规(guī)章) does not hide the label."""
    junk = {"规章": "规(guī)章", "行政规范性文件": "行政规(guī)范性文件(jiàn)", "行政许可": "行政许(xǔ)可"}
    grid = [[junk.get(c, c) if isinstance(c, str) else c for c in row] for row in grid_2021()]
    table, _ = build_table(grid)
    ad, _ = extract_table2([table])
    assert _values(ad) == EXPECTED_2021


def test_2021_flattened_pdf_rows() -> None:
    """PDF rows: header labels sit in the first data row's label."""
    table, _ = flat_rows(
        [
            "第二十条 第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 2 0 15",
            "行政规范性文件 6 3 40",
            "第二十条 第（五）项\n信息内容 本年处理决定数量\n行政许可 1,234",
            "第二十条 第（六）项\n- 4 -\n信息内容 本年处理决定数量\n行政处罚 56",
            "第二十条 第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 12.5",
        ]
    )
    ad, _ = extract_table2([table])
    assert _values(ad) == EXPECTED_2021


def test_2019_truncated_header_and_signed_change() -> None:
    """'本年新 | 本年新' resolves by header order (GD209); '+12' keeps its sign in raw."""
    rows: list[list[CellSpec]] = [
        ["第二十条第(一)项", "", "", "", ""],
        ["信息内容", "本年新", "本年新", "对外公开总数量", ""],
        ["规章", "1", "2", "30", ""],
        ["规范性文件", "4", "5", "60", ""],
        ["其他主动公开文件", "7", "8", "", ""],
        ["第二十条第(五)项", "", "", "", ""],
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量", ""],
        ["行政许可", "100", "+12", "900", ""],
        ["其他对外管理服务事项", "20", "-3", "50", ""],
        ["第二十条第(八)项", "", "", "", ""],
        ["信息内容", "上一年项目数量", "本年增/减", "", ""],
        ["行政事业性收费", "9", "0", "", ""],
        ["第二十条第(九)项", "", "", "", ""],
        ["信息内容", "采购项目数量", "采购总金额", "", ""],
        ["政府集中采购", "3", "12345元", "", ""],
    ]
    table, _ = build_table(rows, shape="flat_pipe")
    ad, diags = extract_table2([table])
    assert _values(ad) == {
        "regulations_made": 1,
        "regulations_published": 2,
        "regulations_public_total": 30,
        "normative_docs_made": 4,
        "normative_docs_published": 5,
        "normative_docs_public_total": 60,
        "other_docs_made": 7,
        "other_docs_published": 8,
        "licensing_prev_count": 100,
        "licensing_change": 12,
        "licensing_decisions": 900,
        "other_services_prev_count": 20,
        "other_services_change": -3,
        "other_services_decisions": 50,
        "admin_fees_prev_count": 9,
        "admin_fees_change": 0,
        "procurement_projects": 3,
        "procurement_amount": 12345,
    }
    assert ad is not None
    assert ad.licensing_change is not None
    assert ad.licensing_change.raw == "+12"
    assert ad.procurement_amount is not None
    assert ad.procurement_amount.unit == "元"
    assert "GD209" in {d.code for d in diags}


def test_2019_html_with_line_breaks_in_headers() -> None:
    """'本年新<br />制作数量' style headers are normalized before matching."""
    rows: list[list[CellSpec]] = [
        ["信息内容", "本年新<br />制作数量", "本年新\n公开数量", "对外公开\n总数量"],
        ["规章", "0", "0", "3"],
    ]
    table, _ = build_table(rows)
    ad, _ = extract_table2([table])
    assert _values(ad) == {"regulations_made": 0, "regulations_published": 0, "regulations_public_total": 3}


def test_fee_printed_in_yuan_is_converted_exactly() -> None:
    """A 万元 column printed as 元 is converted exactly; the raw text is kept."""
    table, _ = build_table(grid_2021(fee="5000元"))
    ad, _ = extract_table2([table])
    assert ad is not None
    assert ad.admin_fees_10k_yuan is not None
    assert ad.admin_fees_10k_yuan.value == Decimal("0.5")
    assert ad.admin_fees_10k_yuan.raw == "5000元"


def test_row_with_missing_figures_is_skipped() -> None:
    """A flattened row with fewer figures than header columns is not guessed (GD206)."""
    table, _ = flat_rows(["信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 2 15"])
    ad, diags = extract_table2([table])
    assert ad is None
    assert [d.code for d in diags] == ["GD206"]


def test_unknown_row_label_is_ignored() -> None:
    """A row label that is not an official row fills nothing."""
    table, _ = build_table([["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["通知公告", "1", "2", "3"]])
    ad, _ = extract_table2([table])
    assert ad is None


def test_implausible_stock_is_reported() -> None:
    """现行有效 below 制发 − 废止 gives GD406 and the figures stay as printed."""
    grid = grid_2021()
    grid[3] = ["行政规范性文件", "6", "0", "4"]
    table, text = build_table(grid)
    report = extract_tables(make_document(text, [table]), Report(text=text))
    assert report.active_disclosure.normative_docs_valid is not None
    assert report.active_disclosure.normative_docs_valid.value == 4
    assert [d.code for d in validate(report) if d.code == "GD406"] == ["GD406"]


def test_pre2019_annex_family_a() -> None:
    """A 指标名称 | 计量单位 | 代码 | 本期实际 | 本年累计 annex keeps every row and maps known ones."""
    rows: list[list[CellSpec]] = [
        ["指标名称", "计量单位", "代码", "本期实际", "本年累计"],
        ["主动公开信息数", "条", "01", "120", "480"],
        ["其中:全文电子化的主动公开信息数", "条", "02", "100", "400"],
        ["申请总数", "条", "10", "9", "30"],
        ["其中:1.当面申请数", "条", "11", "4", "10"],
        ["2.网上申请数", "条", "14", "5", "20"],
        ["对申请的答复总数", "条", "17", "8", "29"],
        ["其中:1.同意公开答复数", "条", "18", "6", "20"],
        ["2.同意部分公开答复数", "条", "19", "1", "5"],
        ["3.否决公开答复总数", "条", "20", "1", "4"],
        ["行政复议数", "件", "32", "0", "1"],
        ["行政诉讼数", "件", "33", "0", "0"],
    ]
    table, text = build_table(rows)
    annex = extract_annex([table])
    assert annex is not None
    assert len(annex.rows) == 11
    assert annex.rows[1].field is None
    assert annex.rows[1].code == "02"
    report = extract_tables(make_document(text, [table]), Report(text=text))
    apps = report.applications
    assert apps.new_received is not None
    assert apps.new_received.total is not None
    assert apps.new_received.total.value == 9
    assert apps.by_channel is not None
    assert apps.by_channel.online is not None
    assert apps.by_channel.online.value == 5
    assert apps.granted is not None
    assert apps.granted.total is not None
    assert apps.granted.total.value == 6
    assert apps.denied_total is not None
    assert apps.denied_total.total is not None
    assert apps.denied_total.total.value == 1
    assert apps.answered is not None
    assert apps.answered.value == 8
    assert report.active_disclosure.total_items is not None
    assert report.active_disclosure.total_items.value == 120
    rl = report.review_litigation
    assert rl.review is not None
    assert rl.review.total is not None
    assert rl.review.total.value == 0
    assert rl.litigation_total is not None
    assert rl.litigation_total.value == 0
    assert apps.legacy_rows
    assert apps.legacy_rows[0].label == "申请总数"
    assert "GD207" in {d.code for d in report.diagnostics}


def test_pre2019_annex_family_d_two_columns() -> None:
    """统计指标 | 单位 | 统计数 rows (2014 form) map by label; 不同意公开 is not 同意公开."""
    rows: list[list[CellSpec]] = [
        ["统计指标", "单位", "统计数"],
        ["（一）收到申请数", "件", "12"],
        ["3.网络申请数", "件", "7"],
        ["2.同意公开答复数", "件", "5"],
        ["4.不同意公开答复数", "件", "2"],
        ["四、行政复议数量", "件", "1"],
    ]
    table, _ = build_table(rows)
    annex = extract_annex([table])
    assert annex is not None
    assert annex.fields["applications.new_received.total"].value == 12
    assert annex.fields["applications.granted.total"].value == 5
    assert annex.fields["applications.denied_total.total"].value == 2
    assert annex.fields["review_litigation.review.total"].value == 1
