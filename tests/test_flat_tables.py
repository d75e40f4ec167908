"""Flattened tables in text rebuilt as rectangular grids (``govdisclosure.ingest.flat``).

Fixtures are synthetic: official template labels with invented numbers.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.ingest.document import Table
from govdisclosure.ingest.flat import find_flat_tables
from tests.conftest import needs_shared


def check_table(text: str, table: Table, offset: int = 0) -> None:
    """Assert the invariants every flat table keeps: rectangular, exact spans, inside the table span."""
    assert table.n_rows >= 1
    assert table.n_cols >= 1
    assert len(table.cells) == table.n_rows * table.n_cols
    seen = {(c.row, c.col) for c in table.cells}
    assert seen == {(r, c) for r in range(table.n_rows) for c in range(table.n_cols)}
    assert all(c.rowspan == 1 and c.colspan == 1 for c in table.cells)
    for cell in table.cells:
        if cell.span is None:
            assert cell.text == ""
        else:
            assert cell.text
            assert text[cell.span.start - offset : cell.span.end - offset] == cell.text
            assert cell.text == cell.text.strip()
            assert table.span.start <= cell.span.start <= cell.span.end <= table.span.end
    grid = table.grid()
    assert len(grid) == table.n_rows
    assert all(len(row) == table.n_cols for row in grid)


def tables_of(text: str, offset: int = 0) -> tuple[Table, ...]:
    """Find the tables of *text* and check their invariants."""
    tables = find_flat_tables(text, offset=offset)
    for table in tables:
        check_table(text, table, offset)
    return tables


def header_flags(table: Table) -> list[bool]:
    """Whether each row is a header row."""
    return [table.cells[r * table.n_cols].header for r in range(table.n_rows)]


# --- flat_pipe ---------------------------------------------------------------------------------

PIPE_2021 = """二、主动公开政府信息情况
第二十条第（一）项 | ||||
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | |
规章 | 2 | 0 | 15 | |
行政规范性文件 | 31 | 4 | 120 | |
第二十条第（五）项 | ||||
信息内容 | 本年处理决定数量 | |||
行政许可 | 5306 | |||
三、收到和处理政府信息公开申请情况
"""


def test_pipe_rows_keep_empty_cells() -> None:
    """A row per line with pipes: leading/trailing pipes dropped, runs of pipes kept as empty cells."""
    (table,) = tables_of(PIPE_2021)
    assert table.shape == "flat_pipe"
    grid = table.grid()
    assert grid[0] == ["第二十条第（一）项", "", "", "", ""]
    assert grid[1] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数", ""]
    assert grid[3] == ["行政规范性文件", "31", "4", "120", ""]
    assert grid[6][:2] == ["行政许可", "5306"]
    assert table.n_rows == 7
    assert header_flags(table) == [True, True, False, False, False, False, False]
    assert PIPE_2021[table.span.start : table.span.end].startswith("第二十条第（一）项")
    assert PIPE_2021[table.span.start : table.span.end].endswith("|||")


def test_pipe_rows_full_width_bar_and_markdown() -> None:
    """Full-width bars are pipes; a Markdown alignment row marks the header and is not a row."""
    text = "｜信息内容｜本年新制作数量｜\n｜规章｜3｜\n｜规范性文件｜12｜\n"
    (table,) = tables_of(text)
    assert table.grid() == [["信息内容", "本年新制作数量"], ["规章", "3"], ["规范性文件", "12"]]
    md = "| 信息内容 | 本年处理决定数量 |\n|---|:---:|\n| 行政处罚 | 40 |\n| 行政强制 | 2 |\n"
    (table,) = tables_of(md)
    assert table.shape == "markdown"
    assert table.grid() == [["信息内容", "本年处理决定数量"], ["行政处罚", "40"], ["行政强制", "2"]]
    assert header_flags(table) == [True, False, False]


def test_single_pipe_line_is_not_a_table() -> None:
    """One line with pipes (a menu, a spam keyword list) is not a table."""
    assert tables_of("首页|新闻中心|政务公开|办事服务 联系我们\n正文第一段。\n") == ()


def test_lone_fenced_pipe_row_is_a_one_row_table() -> None:
    """A single row fenced by pipes on both sides (an excerpt keeping one row) is a 1-row grid."""
    text = "说明\n| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 1 | 0 | 3 |\n正文。\n"
    (table,) = tables_of(text)
    check_table(text, table)
    assert table.n_rows == 1
    assert table.grid()[0][0] == "二、上年结转政府信息公开申请数量"
    assert table.grid()[0][-1] == "3"
    assert tables_of("说明\n| 甲 | 乙 |\n正文。\n") == ()  # two cells alone: not enough


# --- flat_cells --------------------------------------------------------------------------------

CELLS_SEPARATED = """二、主动公开政府信息情况
第二十条第（一）项 |
|||
信息内容 |
本年制发件数 |
本年废止件数 |
现行有效件数 |
规章 |
1 |
0 |
9 |
行政规范性文件
|
6 |
2 |
48 |
第二十条第（五）项 |
|||
信息内容 |
本年处理决定数量 |
||
行政许可 |
77 |
||
第二十条第（六）项 |
|||
信息内容 |
本年处理决定数量 |
||
行政处罚 |
13 |
||
行政强制 |
0 |
||
"""


def test_cells_rows_from_separators_and_label_value_starts() -> None:
    """One cell per line: pipe-only lines end rows; elsewhere a label after a value starts a row."""
    (table,) = tables_of(CELLS_SEPARATED)
    assert table.shape == "flat_cells"
    assert table.grid() == [
        ["第二十条第（一）项", "", "", ""],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "1", "0", "9"],
        ["行政规范性文件", "6", "2", "48"],
        ["第二十条第（五）项", "", "", ""],
        ["信息内容", "本年处理决定数量", "", ""],
        ["行政许可", "77", "", ""],
        ["第二十条第（六）项", "", "", ""],
        ["信息内容", "本年处理决定数量", "", ""],
        ["行政处罚", "13", "", ""],
        ["行政强制", "0", "", ""],
    ]
    assert header_flags(table)[:3] == [True, True, False]


CELLS_EVERY_PIPE = """工作任务
|
具体要求
|
责任科室
|
完成时限
|
深化政务公开
|
1
|
梳理公开目录并动态更新
|
办公室
|
6月底前
|
2
|
完善依申请公开办理流程
|
法规科
|
持续推进
|
加强平台建设
|
3
|
优化政府网站信息公开专栏
|
信息中心
|
年底前
|
"""


def test_cells_every_cell_closed_by_pipe_line_with_serial_numbers() -> None:
    """Cells each followed by a line '|': rows anchored on the serial-number column, a merged cell left empty."""
    (table,) = tables_of(CELLS_EVERY_PIPE)
    assert table.shape == "flat_cells"
    assert table.grid() == [
        ["工作任务", "具体要求", "责任科室", "完成时限", ""],
        ["深化政务公开", "1", "梳理公开目录并动态更新", "办公室", "6月底前"],
        ["", "2", "完善依申请公开办理流程", "法规科", "持续推进"],
        ["加强平台建设", "3", "优化政府网站信息公开专栏", "信息中心", "年底前"],
    ]
    assert header_flags(table) == [True, False, False, False]


def test_cells_without_separators() -> None:
    """No pipe-only lines: header cells before the first label, then label + values rows."""
    text = "信息内容 |\n上一年项目数量 |\n本年增/减 |\n行政处罚 |\n14 |\n+3 |\n行政强制 |\n2 |\n-1 |\n"
    (table,) = tables_of(text)
    assert table.grid() == [
        ["信息内容", "上一年项目数量", "本年增/减"],
        ["行政处罚", "14", "+3"],
        ["行政强制", "2", "-1"],
    ]


def test_few_pipe_closed_lines_are_not_a_table() -> None:
    """Two short lines closed by a pipe are too little to call a table."""
    assert tables_of("注：|\n以上数据截至年底 |\n") == ()


# --- flat_tab and flat_spaces ------------------------------------------------------------------


def test_tab_rows_keep_empty_cells() -> None:
    """Tab-separated rows: consecutive tabs are empty cells."""
    text = (
        "说明如下。\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
        "行政许可\t120\t\t3300\n行政事业性收费\t8\t-2\t\n结束。\n"
    )
    (table,) = tables_of(text)
    assert table.shape == "flat_tab"
    assert table.grid() == [
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ["行政许可", "120", "", "3300"],
        ["行政事业性收费", "8", "-2", ""],
    ]
    assert header_flags(table) == [True, False, False]


def test_space_runs_and_ideographic_space_separate_cells() -> None:
    """Runs of two or more spaces, or an ideographic space, separate cells; indentation does not."""
    text = "　　信息内容　采购项目数量　采购总金额\n　　政府集中采购    12    3,456.7万元\n　　其他  —  /\n"
    (table,) = tables_of(text)
    assert table.shape == "flat_spaces"
    assert table.grid() == [
        ["信息内容", "采购项目数量", "采购总金额"],
        ["政府集中采购", "12", "3,456.7万元"],
        ["其他", "—", "/"],
    ]


# --- flat_rows (PDF text layers) ----------------------------------------------------------------

PDF_TEXT = """三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，
等于第三项加第四项之和）
申请人情况
自然人
法人或其他组织
总计
一、本年新收政府信息公开申请数量 40 5 1 0 2 0 48
二、上年结转政府信息公开申请数量 3 0 0 0 0 0 3
三、
本年度
办理结果
（一）予以公开 20 2 0 0 1 0 23
（二）部分公开（区分处理的，只计这一情
形，不计其他情形） 4 1 0 0 0 0 5
（三）不
予公开
1.属于国家秘密 0 0 0 0 0 0 0
- 7 -
2.其他法律行政法规禁止公开 1 0 0 0 0 0 1
（七）总计 38 4 1 0 2 0 45
四、结转下年度继续办理 5 1 0 0 0 0 6
四、政府信息公开行政复议、行政诉讼情况
行政复议 行政诉讼
结 果
维持
总计
3 1 0 0 4 2 0 0 0 2 1 0 0 1 2
五、存在的主要问题及改进情况
一是政务公开专栏的更新还不够及时。
"""


def test_pdf_rows_wrapped_labels_footers_and_headers() -> None:
    """Value rows: labels gather the lines since the previous row, page numbers are skipped."""
    tables = tables_of(PDF_TEXT)
    assert [(t.shape, t.n_cols) for t in tables] == [("flat_rows", 8), ("flat_rows", 15)]
    three, four = tables
    flags = header_flags(three)
    assert flags[:6] == [True] * 6
    assert not any(flags[6:])
    body = [row for row, is_header in zip(three.grid(), flags, strict=True) if not is_header]
    assert body[0] == ["一、本年新收政府信息公开申请数量", "40", "5", "1", "0", "2", "0", "48"]
    assert body[2] == ["三、\n本年度\n办理结果\n（一）予以公开", "20", "2", "0", "0", "1", "0", "23"]
    assert body[3][0] == "（二）部分公开（区分处理的，只计这一情\n形，不计其他情形）"
    assert body[4][0] == "（三）不\n予公开\n1.属于国家秘密"
    assert body[5] == ["2.其他法律行政法规禁止公开", "1", "0", "0", "0", "0", "0", "1"]
    assert body[-1][0] == "四、结转下年度继续办理"
    assert three.grid()[0][0] == "（本列数据的勾稽关系为：第一项加第二项之和，"
    # Table 四 is one line of 15 values under its header words.
    assert four.grid()[-1] == ["3", "1", "0", "0", "4", "2", "0", "0", "0", "2", "1", "0", "0", "1", "2"]
    assert four.grid()[0][0] == "行政复议 行政诉讼"
    assert header_flags(four) == [True] * 4 + [False]


PDF_TABLE_TWO = """二、主动公开政府信息情况
第二十条 第（一）项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 0 0 4
行政规范性文件 12 3 87
第二十条 第（五）项
信息内容 本年处理决定数量
行政许可 20512
第二十条 第（八）项
- 3 -
信息内容 本年收费金额（单位：万元）
行政事业性收费 305.25
"""


def test_pdf_table_two_blocks() -> None:
    """Header lines that fit the width become cells; single-value blocks under their own header."""
    tables = tables_of(PDF_TABLE_TWO)
    assert [t.n_cols for t in tables] == [4, 2, 2]
    first, licensing, fees = tables
    assert first.grid() == [
        ["第二十条 第（一）项", "", "", ""],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "0", "0", "4"],
        ["行政规范性文件", "12", "3", "87"],
    ]
    assert licensing.grid() == [["第二十条 第（五）项", ""], ["信息内容", "本年处理决定数量"], ["行政许可", "20512"]]
    assert fees.grid()[-1] == ["行政事业性收费", "305.25"]
    assert fees.grid()[0] == ["第二十条 第（八）项", ""]


def test_pdf_rows_with_signed_units_and_placeholders() -> None:
    """Signed figures, units and placeholders are values; the label keeps its internal numbering."""
    text = (
        "信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 1200 +36 —\n"
        "其他对外管理服务事项 30 -3 /\n政府集中采购 7 无 12345元\n"
    )
    (table,) = tables_of(text)
    assert table.grid()[1:] == [
        ["行政许可", "1200", "+36", "—"],
        ["其他对外管理服务事项", "30", "-3", "/"],
        ["政府集中采购", "7", "无", "12345元"],
    ]


# --- precision: prose is not a table ------------------------------------------------------------

PROSE = [
    "2023年，全年共受理政府信息公开申请 125 件，办结 120 件，结转 5 件。\n依法公开 80 件，部分公开 12 件。\n",
    # PDF prose wrapped so that lines end in numbers.
    (
        "（二）依申请公开情况。全年共受理申请 311\n件，答复 300 件（含上年结转 2 件，另有 13\n"
        "件顺延到下年度答复）。政府信息公开行政复议 35\n件，其中结果维持 7 件，结果纠正 6\n件。\n"
    ),
    "截至年底，全市在运维政务新媒体共计 95\n个，抽查合格率为 100%。\n",
    "报告所列数据的统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。\n联系电话：0517-1234567\n",
    "\t一年来，我局主动公开信息 200 条。\n\t其中政策解读 12 篇。\n",
    "本年度  我局  认真贯彻落实条例，  主动公开信息  356  条，其中规范性文件  12  件。\n",
    "- 1 -\n标题\n- 2 -\n",
    # A table of contents: chapter headings with page numbers.
    "目录\n一、总体情况 1\n二、主动公开政府信息情况 2\n三、收到和处理政府信息公开申请情况 3\n"
    "四、存在的主要问题及改进情况 5\n",
    "2024\n2025\n",
    # A figure on every line of its own (each number was a separate element of a web page): one value a row.
    "全年,中心共设服务窗口\n52个,配备人员\n180名,办理事项\n2300\n件,较上年的\n1900\n多件明显增加,群众满意率\n99%\n。\n",
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_with_numbers_is_not_a_table(text: str) -> None:
    """Sentences with figures, wrapped or not, and page numbers never become tables."""
    assert tables_of(text) == ()


def test_offset_shifts_every_span() -> None:
    """Spans are offsets into the given text plus *offset*."""
    base = tables_of(PIPE_2021)
    shifted = tables_of(PIPE_2021, offset=1000)
    assert shifted[0].span.start == base[0].span.start + 1000
    assert [c.span for c in shifted[0].cells if c.span] == [
        type(c.span)(start=c.span.start + 1000, end=c.span.end + 1000) for c in base[0].cells if c.span
    ]


def test_tables_separated_by_headings_and_shapes() -> None:
    """Tables of different shapes and headings come back separately and in reading order."""
    text = PIPE_2021 + "（本列数据略）\n" + PDF_TEXT
    tables = tables_of(text)
    assert [t.shape for t in tables] == ["flat_pipe", "flat_rows", "flat_rows"]
    assert [t.span.start for t in tables] == sorted(t.span.start for t in tables)


def test_crlf_line_ends() -> None:
    """Carriage returns are not part of any cell."""
    text = PDF_TABLE_TWO.replace("\n", "\r\n")
    tables = tables_of(text)
    assert tables[0].grid()[2] == ["规章", "0", "0", "4"]
    assert all("\r" not in c.text for t in tables for c in t.cells)


# --- linear time ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "|" * 1_000_000,
        "规章 |\n" + "|" * 1_000_000 + "\n",
        " " * 1_000_000 + "1",
        "\t" * 1_000_000,
        " ".join(["1"] * 400_000),
    ],
    ids=["pipes", "pipes-after-cell", "spaces", "tabs", "numbers"],
)
def test_one_huge_line_is_fast(text: str) -> None:
    """A 1 MB junk line is dismissed quickly (well under a second)."""
    start = time.perf_counter()
    find_flat_tables(text)
    assert time.perf_counter() - start < 0.5


def test_hundred_thousand_cells_are_linear() -> None:
    """100 000 pipe cells take about ten times as long as 10 000 (no quadratic blow-up)."""
    row = "规章 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 |"
    small = "\n".join([row] * 1_000)
    large = "\n".join([row] * 10_000)

    def timed(text: str) -> float:
        best = float("inf")
        for _ in range(2):
            start = time.perf_counter()
            (table,) = find_flat_tables(text)
            best = min(best, time.perf_counter() - start)
        assert table.n_rows * table.n_cols in (10_000, 100_000)
        return best

    t_small, t_large = timed(small), timed(large)
    assert t_large < 2.0
    assert t_large < 25 * max(t_small, 1e-3)


# --- property: random grids in every flat style are recovered cell for cell ---------------------

LABEL_CHARS = "规章行政许可处罚强制收费其他文件信息内容本年制发废止现行有效数量申请人自然法组织公开"
labels = st.text(alphabet=LABEL_CHARS, min_size=1, max_size=8)
numbers = st.one_of(
    st.integers(min_value=0, max_value=10**7).map(str),
    st.integers(min_value=1, max_value=5000).map(lambda n: f"+{n}"),
    st.integers(min_value=1, max_value=5000).map(lambda n: f"-{n}"),
    st.decimals(min_value=0, max_value=10**5, places=2, allow_nan=False).map(str),
    st.integers(min_value=1, max_value=10**6).map(lambda n: f"{n}元"),
    st.integers(min_value=1, max_value=999).map(lambda n: f"{n / 10}万元"),
)
placeholders = st.sampled_from(["/", "—", "-", "无"])
values = st.one_of(numbers, numbers, numbers, placeholders)


@st.composite
def grids(draw: st.DrawFn, *, empties: bool) -> tuple[list[str] | None, list[list[str]]]:
    """A header (or None) and rows of label + values; each row holds a figure with digits."""
    n_cols = draw(st.integers(min_value=2, max_value=6))
    n_rows = draw(st.integers(min_value=2, max_value=6))
    header = draw(st.none() | st.lists(labels, min_size=n_cols, max_size=n_cols))
    rows = []
    for _ in range(n_rows):
        cells = [draw(labels)] + [draw(values) for _ in range(n_cols - 1)]
        if empties:
            cells = [cells[0]] + [c if draw(st.booleans()) or c.isdigit() else "" for c in cells[1:]]
        if not any(ch.isdigit() for c in cells[1:] for ch in c):
            cells[1] = draw(st.integers(min_value=0, max_value=999).map(str))
        rows.append(cells)
    return header, rows


def expected(header: list[str] | None, rows: list[list[str]]) -> list[list[str]]:
    """The grid a finder should return."""
    return ([header] if header else []) + rows


def recovered(text: str, shape: str) -> list[list[str]]:
    """The single table found in *text*, as a grid, after checking its invariants."""
    tables = tables_of("前言一段。\n" + text + "结语。\n")
    assert len(tables) == 1, [t.grid() for t in tables]
    assert tables[0].shape == shape
    return tables[0].grid()


@settings(max_examples=80)
@given(grids(empties=True), st.booleans(), st.booleans())
def test_property_pipe_rows(grid: tuple[list[str] | None, list[list[str]]], lead: bool, spaced: bool) -> None:
    """Random grids rendered a row per line with pipes come back cell for cell."""
    header, rows = grid
    sep = " | " if spaced else "|"
    lines = [("| " if lead else "") + sep.join(r) + sep.rstrip() for r in expected(header, rows)]
    assert recovered("\n".join(lines) + "\n", "flat_pipe") == expected(header, rows)


@settings(max_examples=80)
@given(grids(empties=True))
def test_property_tab_rows(grid: tuple[list[str] | None, list[list[str]]]) -> None:
    """Random grids rendered tab-separated come back cell for cell."""
    header, rows = grid
    text = "".join("\t".join(r) + "\n" for r in expected(header, rows))
    assert recovered(text, "flat_tab") == expected(header, rows)


@settings(max_examples=80)
@given(grids(empties=False), st.sampled_from(["  ", "   ", "\u3000", "  \u3000"]))
def test_property_space_rows(grid: tuple[list[str] | None, list[list[str]]], sep: str) -> None:
    """Random grids rendered with runs of spaces come back cell for cell."""
    header, rows = grid
    text = "".join(sep.join(r) + "\n" for r in expected(header, rows))
    assert recovered(text, "flat_spaces") == expected(header, rows)


@settings(max_examples=80)
@given(grids(empties=False), st.booleans())
def test_property_cell_per_line(grid: tuple[list[str] | None, list[list[str]]], own_line: bool) -> None:
    """Random grids rendered one cell per line ('x |' or 'x' then '|') come back cell for cell."""
    header, rows = grid
    closer = "\n|\n" if own_line else " |\n"
    text = "".join(c + closer for r in expected(header, rows) for c in r)
    assert recovered(text, "flat_cells") == expected(header, rows)


@settings(max_examples=80)
@given(grids(empties=False))
def test_property_pdf_rows(grid: tuple[list[str] | None, list[list[str]]]) -> None:
    """Random grids rendered as PDF text (label then single-space values) come back cell for cell."""
    header, rows = grid
    if header is None:
        header = [f"列{'甲乙丙丁戊己'[k]}" for k in range(len(rows[0]))]
    text = "".join(" ".join(r) + "\n" for r in expected(header, rows))
    assert recovered(text, "flat_rows") == expected(header, rows)


@settings(max_examples=100)
@given(st.text(alphabet="规章 |\t\n0123456789.-/—　元，。", max_size=300), st.integers(min_value=0, max_value=50))
def test_property_any_text_gives_valid_tables(text: str, offset: int) -> None:
    """Any text yields only rectangular tables with exact spans, and never raises."""
    tables_of(text, offset)


# --- the shared documents --------------------------------------------------------------------------

EXPECTED_SHARED = {
    # file prefix: (shape, minimum number of tables, a (row label, values) pair that must appear)
    "s02": ("flat_pipe", 1, ("规章", ["0", "0", "0"])),
    "s08": ("flat_pipe", 1, ("规章", ["2", "2", "3"])),
    "s09": ("flat_pipe", 1, ("行政规范性文件", ["0", "0", "0"])),
    "s16": ("flat_cells", 1, ("行政规范性文件", ["0", "0", "0"])),
    "s22": ("flat_pipe", 1, ("行政规范性文件", ["4", "0", "32"])),
    "f01": ("flat_rows", 5, ("（七）总计", ["2932", "53", "0", "0", "61", "4", "3050"])),
    "s12": ("flat_cells", 1, ("做好指导监督", ["8"])),
}


@needs_shared
def test_shared_documents_run_and_keep_invariants(shared_dir: Path) -> None:
    """Every shared document goes through without error and its tables keep the invariants."""
    docs = sorted((shared_dir / "seeds").glob("*.txt")) + sorted((shared_dir / "corpus" / "docs").glob("*.txt"))
    assert docs
    for path in docs:
        tables_of(path.read_text(encoding="utf-8"))


@needs_shared
@pytest.mark.parametrize("prefix", sorted(EXPECTED_SHARED))
def test_shared_flattened_documents_have_their_tables(shared_dir: Path, prefix: str) -> None:
    """The flattened corpus documents yield their tables with a known row."""
    paths = sorted((shared_dir / "corpus" / "docs").glob(f"{prefix}_*"))
    if not paths:
        pytest.skip(f"{prefix} not in this checkout")
    text = paths[0].read_text(encoding="utf-8")
    shape, minimum, (label, row_values) = EXPECTED_SHARED[prefix]
    tables = tables_of(text)
    assert len(tables) >= minimum
    assert all(t.shape == shape for t in tables)
    rows = [row for t in tables for row in t.grid()]
    assert any(row[0] == label and row[1 : 1 + len(row_values)] == row_values for row in rows) or any(
        label in row and row[row.index(label) + 1 : row.index(label) + 1 + len(row_values)] == row_values
        for row in rows
    )


@needs_shared
def test_shared_prose_documents_have_no_flat_tables(shared_dir: Path) -> None:
    """Seeds and corpus documents without flattened tables yield none."""
    flattened = tuple(EXPECTED_SHARED)
    docs = sorted((shared_dir / "seeds").glob("*.txt")) + [
        p for p in sorted((shared_dir / "corpus" / "docs").glob("*.txt")) if not p.name.startswith(flattened)
    ]
    for path in docs:
        assert tables_of(path.read_text(encoding="utf-8")) == (), path.name
