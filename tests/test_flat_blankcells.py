"""Blank cells of flattened tables: lone pipes inside a row, space-only cell lines, lost-character marks."""

from __future__ import annotations

import govdisclosure as gd
from govdisclosure.ingest.flat import find_flat_tables
from govdisclosure.model import Cell

# A 2019-form block, one cell per line, every row closed by a lone "|" line; the 本年增/减
# cells are blank and written as a lone "|" too.
PIPE_2019 = """第二十条第(五)项 |
||||
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
|
行政许可 |
4 |
|
9 |
|
第二十条第(六)项 |
||||
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
|
行政处罚 |
7 |
|
31 |
|
行政强制 |
2 |
|
5 |
|
"""


def _v(cell: Cell | None) -> object:
    """The value of a cell, ``None`` when the cell is absent."""
    return None if cell is None else cell.value


def test_lone_pipe_inside_a_row_is_a_blank_cell() -> None:
    """A lone pipe followed by a figure is the row's blank cell, not the end of the row."""
    grids = [t.grid() for t in find_flat_tables(PIPE_2019)]
    rows = [r for g in grids for r in g]
    assert ["行政许可", "4", "", "9"] in [r[:4] for r in rows]
    assert ["行政处罚", "7", "", "31"] in [r[:4] for r in rows]


def test_lone_pipe_blank_cells_reach_table2() -> None:
    """The figure after a blank 本年增/减 cell is read as 处理决定数量, the blank stays absent."""
    ad = gd.parse_text("二、主动公开政府信息情况\n" + PIPE_2019).active_disclosure
    assert _v(ad.licensing_prev_count) == 4
    assert _v(ad.licensing_decisions) == 9
    assert _v(ad.punishment_decisions) == 31
    assert _v(ad.coercion_decisions) == 5
    assert _v(ad.licensing_change) is None


def test_header_then_figures_stay_two_rows() -> None:
    """A lone pipe after a header row (no figure in it) still ends the row before a row of figures."""
    text = "行政复议 |\n结果维持 |\n结果纠正 |\n|\n0 |\n1 |\n|\n"
    rows = [r for t in find_flat_tables(text) for r in t.grid()]
    assert all(not (r[0] == "行政复议" and "0" in r) for r in rows)


def _cells(lines: list[str]) -> str:
    """Cells one per line, separated by empty lines (a copied web table)."""
    return "\n\n".join(lines) + "\n"


LINES_2019 = [
    "第二十条第(五)项",
    "信息内容",
    "上一年项目数量",
    "本年增/减",
    "处理决定数量",
    "行政许可",
    "18",
    "0",
    "1625",
    "其他对外管理服务事项",
    " ",
    " ",
    " ",
    "第二十条第(六)项",
    "信息内容",
    "上一年项目数量",
    "本年增/减",
    "处理决定数量",
    "行政处罚",
    "137",
    "0",
    "112",
    "行政强制",
    "12",
    "0",
    "21",
]


def test_space_only_cell_lines_are_blank_cells() -> None:
    """A line of one space between empty lines is a blank cell: the table runs on past it."""
    (table,) = find_flat_tables(_cells(LINES_2019))
    grid = table.grid()
    assert grid[2][:4] == ["其他对外管理服务事项", "", "", ""]
    assert ["行政处罚", "137", "0", "112"] in [r[:4] for r in grid]
    assert ["行政强制", "12", "0", "21"] in [r[:4] for r in grid]


def test_space_only_cells_reach_table2_and_stay_blank() -> None:
    """Rows after the blank cells are read; the blank row gives no figure."""
    ad = gd.parse_text("二、主动公开政府信息情况\n\n" + _cells(LINES_2019)).active_disclosure
    assert _v(ad.punishment_decisions) == 112
    assert _v(ad.coercion_prev_count) == 12
    assert _v(ad.other_services_decisions) is None


def test_space_lines_used_as_separators_are_not_cells() -> None:
    """Where lines of spaces separate the cells themselves, they do not become empty cells."""
    text = "\n  \n".join(LINES_2019[:9] + LINES_2019[13:]) + "\n"
    rows = [r for t in find_flat_tables(text) for r in t.grid()]
    assert ["行政处罚", "137", "0", "112"] in [r[:4] for r in rows]


def test_space_line_before_the_table_is_not_a_cell() -> None:
    """A space-only spacer between the chapter heading and the table is dropped, not a column."""
    text = _cells(["二、主动公开政府信息情况", " ", *LINES_2019[:9], *LINES_2019[13:]])
    (table,) = find_flat_tables(text)
    assert table.grid()[0][0] == "第二十条第(五)项"


def test_lost_character_mark_before_a_figure() -> None:
    """``? 0`` (a no-break space the page's encoding lost) is the figure 0 and keeps the row whole."""
    text = (
        "第二十条第(一)项 | |||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
        "规章 |\n1 |\n? 0 |\n3 |\n行政规范性文件 |\n2 |\n? 5 |\n6 |\n"
    )
    ad = gd.parse_text("二、主动公开政府信息情况\n" + text).active_disclosure
    assert _v(ad.regulations_repealed) == 0
    assert ad.regulations_repealed is not None
    assert ad.regulations_repealed.raw == "? 0"
    assert _v(ad.normative_docs_repealed) == 5
    assert _v(ad.normative_docs_valid) == 6
