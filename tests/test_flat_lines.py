"""Tables flattened to one cell per line without pipes (``flat_lines``)."""

from __future__ import annotations

import govdisclosure as gd
from govdisclosure.ingest.flat import find_flat_tables

T2 = [
    "第二十条第(一)项",
    "信息内容",
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "规章",
    "1",
    "0",
    "4",
    "行政规范性文件",
    "3",
    "2",
    "17",
    "第二十条第(五)项",
    "信息内容",
    "本年处理决定数量",
    "行政许可",
    "25",
]


def test_cells_on_their_own_lines_become_rows() -> None:
    """Each label starts a row; its figures follow; label text before it is a header row."""
    (table,) = find_flat_tables("\n".join(T2) + "\n")
    assert table.shape == "flat_lines"
    grid = table.grid()
    assert grid[1][:4] == ["规章", "1", "0", "4"]
    assert grid[2][:4] == ["行政规范性文件", "3", "2", "17"]
    assert grid[4][:2] == ["行政许可", "25"]


def test_blank_lines_between_cells_and_spans() -> None:
    """Blank lines between cells do not end the table; every span slices its cell text."""
    text = "\n\n".join(T2) + "\n"
    (table,) = find_flat_tables(text, offset=7)
    for cell in table.cells:
        if cell.span is not None:
            assert text[cell.span.start - 7 : cell.span.end - 7] == cell.text


def test_table2_read_from_cell_lines() -> None:
    """The extractor reads table 二 from the rebuilt rows."""
    ad = gd.parse("二、主动公开政府信息情况\n\n" + "\n\n".join(T2) + "\n").active_disclosure
    assert ad.normative_docs_valid is not None
    assert ad.normative_docs_valid.value == 17
    assert ad.licensing_decisions is not None
    assert ad.licensing_decisions.value == 25


def test_placeholder_cells_stay_placeholders() -> None:
    """A '/' cell on its own line is a placeholder, not zero."""
    cells = [c if c not in {"1", "0", "4"} else "/" for c in T2]
    ad = gd.parse("\n".join(cells) + "\n").active_disclosure
    assert ad.regulations_made is not None
    assert ad.regulations_made.value is None
    assert ad.licensing_decisions is not None
    assert ad.licensing_decisions.value == 25


def test_prose_and_short_lists_are_not_tables() -> None:
    """Sentences, and short lines with too few figures, are left alone."""
    prose = "全年共收到申请12件。\n办结11件。\n一是加强领导\n二是完善制度\n3\n三是强化培训\n"
    assert find_flat_tables(prose) == ()
    few = "规章\n1\n行政规范性文件\n2\n"
    assert find_flat_tables(few) == ()


def test_pdf_value_rows_are_not_cell_lines() -> None:
    """'label figures' lines stay with the PDF row finder."""
    text = "信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 1 0 4\n行政规范性文件 3 2 17\n行政许可 25\n"
    shapes = {t.shape for t in find_flat_tables(text)}
    assert "flat_lines" not in shapes


def test_heading_above_and_next_header_below_do_not_sink_a_sparse_table() -> None:
    """A chapter heading before and label cells after the last figure are left out of the run's share."""
    sparse = [
        "第二十条第(一)项",
        "信息内容",
        "本年制发件数",
        "本年废止件数",
        "现行有效件数",
        "规章",
        "0",
        "0",
        "0",
        "行政规范性文件",
        "2",
        "0",
        "5",
        "第二十条第(六)项",
        "信息内容",
        "本年处理决定数量",
        "行政处罚",
        "4",
        "行政强制",
        "0",
    ]
    after = ["三、收到和处理政府信息公开申请情况", "申请人情况", "自然人", "法人或其他组织", "总计"]
    text = "\n\n".join(["二、主动公开政府信息情况", *sparse, *after]) + "\n"
    (table,) = find_flat_tables(text)
    assert table.grid()[0][0] == "第二十条第(一)项"
    assert all("申请人情况" not in c.text for c in table.cells)
    ad = gd.parse(text).active_disclosure
    assert ad.normative_docs_valid is not None
    assert ad.normative_docs_valid.value == 5
    assert ad.punishment_decisions is not None
    assert ad.punishment_decisions.value == 4
