"""Cell-per-line tables: runs of lone pipes and cells closed together with blank cells.

Fixtures are synthetic: official template labels with invented numbers.
"""

from __future__ import annotations

from govdisclosure.extract.table2 import extract_table2
from govdisclosure.extract.table3 import extract_table3
from govdisclosure.ingest.flat import find_flat_tables
from tests.test_flat_tables import check_table

_HEADER = [
    "申请人情况 |",
    "||||||||",
    "自然人 |",
    "法人或其他组织 |",
    "总计 |",
    "|||||||",
    "商业企业 |",
    "科研机构 |",
    "社会公益组织 |",
    "法律服务机构 |",
    "其他 |",
    "|||||",
]


def _blank_row(label: str, total: str) -> list[str]:
    return [f"{label} |", *["|"] * 6, f"{total} |", "||"]


def test_run_of_lone_pipes_is_blank_cells_of_one_row() -> None:
    """Six lone-pipe lines after a label are six blank cells of that row, not six row breaks."""
    text = "\n".join([*_HEADER, *_blank_row("一、本年新收政府信息公开申请数量", "4"), ""])
    (table,) = find_flat_tables(text)
    check_table(text, table)
    row = next(r for r in table.grid() if r[0].startswith("一、"))
    assert row[1:8] == ["", "", "", "", "", "", "4"]


def test_single_lone_pipe_still_ends_a_row() -> None:
    """A lone pipe between cell lines closes the row (converters that end each row with a pipe)."""
    lines = ["信息内容 |", "本年制发件数 |", "本年废止件数 |", "现行有效件数 |", "|"]
    lines += ["规章 |", "2 |", "0 |", "7 |", "|", "行政规范性文件 |", "3 |", "1 |", "9 |", "|", ""]
    text = "\n".join(lines)
    (table,) = find_flat_tables(text)
    check_table(text, table)
    assert [r[:4] for r in table.grid()][-2:] == [["规章", "2", "0", "7"], ["行政规范性文件", "3", "1", "9"]]


def test_table_three_excerpt_with_blank_parts_is_read_under_a_named_header() -> None:
    """Rows 一 and 二 printing only 总计 are read when the header names the seven applicant columns."""
    lines = [*_HEADER, *_blank_row("一、本年新收政府信息公开申请数量", "4")]
    lines += [*_blank_row("二、上年结转政府信息公开申请数量", "1"), ""]
    apps, diags = extract_table3(find_flat_tables("\n".join(lines)))
    assert apps is not None
    assert apps.new_received is not None
    assert apps.new_received.total is not None
    assert apps.new_received.total.value == 4
    assert apps.carried_over is not None
    assert apps.carried_over.total is not None
    assert apps.carried_over.total.value == 1
    assert apps.new_received.natural_person is not None
    assert apps.new_received.natural_person.value is None
    assert any(d.code == "GD208" for d in diags)


def test_table_three_excerpt_with_some_parts_printed_needs_balance() -> None:
    """Under a named header a row whose printed parts do not add up to 总计 is still refused."""
    row = ["一、本年新收政府信息公开申请数量 |", "3 |", *["|"] * 5, "4 |", "||"]
    assert extract_table3(find_flat_tables("\n".join([*_HEADER, *row, ""])))[0] is None


def test_table_three_excerpt_without_header_is_not_read() -> None:
    """Without the applicant header, rows printing only 总计 do not prove the column order."""
    lines = [*_blank_row("一、本年新收政府信息公开申请数量", "4"), *_blank_row("二、上年结转政府信息公开申请数量", "1")]
    assert extract_table3(find_flat_tables("\n".join([*lines, ""])))[0] is None


def test_cell_closed_with_blank_cells_belongs_to_the_cell_block() -> None:
    """``text | ||`` lines (a cell, then blank cells) continue a cell-per-line table and end its row."""
    lines = [" 第二十条第(五)项  | |||", "| ", " 信息内容  | ", " 本年处理决定数量  | ||", "| "]
    lines += [" 行政许可  | ", " 6  | ||", "| ", " 第二十条第(六)项  | |||", "| ", " 信息内容  | "]
    lines += [" 本年处理决定数量  | ||", "| ", " 行政处罚  | ", " 2  | ||", "| ", " 行政强制  | ", " 0  | ||", "| ", ""]
    text = "\n".join(lines)
    (table,) = find_flat_tables(text)
    check_table(text, table)
    rows = [r[:2] for r in table.grid() if any(r)]
    assert ["行政许可", "6"] in rows
    assert ["行政处罚", "2"] in rows
    assert ["第二十条第(六)项", ""] in rows
    active, _ = extract_table2(find_flat_tables(text))
    assert active is not None
    assert active.licensing_decisions is not None
    assert active.licensing_decisions.value == 6
    assert active.punishment_decisions is not None
    assert active.punishment_decisions.value == 2


def test_cell_with_blank_cells_before_a_pipe_row_stays_with_the_pipe_table() -> None:
    """A title line ``text | |||`` directly above pipe rows is the pipe table's title row."""
    text = "第二十条第(一)项 | |||\n规章 | 1 | 0 | 5 |\n行政规范性文件 | 2 | 0 | 8 |\n"
    (table,) = find_flat_tables(text)
    assert table.shape == "flat_pipe"
    assert table.grid()[0][0] == "第二十条第(一)项"


def test_pdf_table_two_blocks_with_glued_header_words() -> None:
    """``label value`` lines under block titles and a header whose words lost their space make a table."""
    lines = ["二、主动公开政府信息情况", "第二十条第（五）项", "信息内容本年处理决定数量", "行政许可 31"]
    lines += ["第二十条第（六）项", "信息内容本年处理决定数量", "行政处罚 4", "行政强制 0", "第二十条第（八）项"]
    lines += ["信息内容本年收费金额（单位：万元）", "行政事业性收费 1.5", ""]
    text = "\n".join(lines)
    (table,) = find_flat_tables(text)
    check_table(text, table)
    assert table.shape == "flat_rows"
    active, _ = extract_table2([table])
    assert active is not None
    assert active.licensing_decisions is not None
    assert active.licensing_decisions.value == 31
    assert active.coercion_decisions is not None
    assert active.coercion_decisions.value == 0
    assert active.admin_fees_10k_yuan is not None
    assert str(active.admin_fees_10k_yuan.value) == "1.5"


def test_wrapped_prose_lines_with_a_figure_each_are_not_a_table() -> None:
    """Single-value rows whose wrapped label lines are long (a PDF page of prose) stay prose."""
    lines = ["全年围绕重点领域持续推进信息公开工作并及时更新门户网站各类栏目内容", "主动发布各类信息 120"]
    lines += ["同时进一步完善依申请公开办理流程并加强与相关业务部门之间的协调沟通", "办理依申请公开 15"]
    lines += ["此外还组织开展了面向全体机关工作人员的政府信息公开条例专题业务培训", "参加培训人员 60", ""]
    assert not find_flat_tables("\n".join(lines))
