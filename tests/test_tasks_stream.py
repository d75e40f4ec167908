"""Tasks of a flattened task table whose grid is wrong, read from its cells in text order."""

from __future__ import annotations

from govdisclosure.extract.task_tables import tasks_from_tables
from govdisclosure.extract.tasks import extract_tasks
from govdisclosure.ingest import Document, read
from govdisclosure.model import DocumentKind, Report

HEADER = ["工作任务", "具体工作要求", "责任单位", "完成时限"]
ROW1 = ["一、深化财政信息公开", "1", "按时公开部门预算和决算，细化到项目。", "县财政局、各乡镇", "持续推进"]
ROW2 = ["2", "做好专项资金公开，及时更新分配结果。", "县财政局、县审计局等相关部门", "年底前"]
ROW3 = ["3", "推进采购信息公开，公开采购意向。", "县财政局、各乡镇", "持续推进"]
ROW4 = ["二、深化决策公开", "4", "公开重大决策草案，听取公众意见。", "县司法局、各部门", "长期坚持"]


def _doc(*rows: list[str]) -> Document:
    """One cell per line ending in ' |', rows separated by one or two '|' lines."""
    lines = ["|", *(h + " |" for h in HEADER), "|", "|"]
    for i, row in enumerate(rows):
        lines.extend(c + " |" for c in row)
        lines.extend(["|"] * (1 + i % 2))
    return read("\n".join(lines) + "\n")


def test_cells_in_text_order_follow_the_header() -> None:
    """Rows are cut at their number cells; chapter cells are the groups of the rows after them."""
    doc = _doc(ROW1, ROW2, ROW3, ROW4)
    assert len(doc.tables) == 1
    tasks = extract_tasks(doc, Report(text=doc.text, kind=DocumentKind.WORK_PLAN)).tasks
    assert [t.number for t in tasks] == ["1", "2", "3", "4"]
    assert [t.title for t in tasks] == [
        "按时公开部门预算和决算，细化到项目",
        "做好专项资金公开，及时更新分配结果",
        "推进采购信息公开，公开采购意向",
        "公开重大决策草案，听取公众意见",
    ]
    assert [t.group for t in tasks] == ["一、深化财政信息公开"] * 3 + ["二、深化决策公开"]
    assert tasks[1].responsible == ("县财政局", "县审计局等相关部门")
    assert [t.deadline for t in tasks] == ["持续推进", "年底前", "持续推进", "长期坚持"]
    for t in tasks:
        assert t.span is not None
        assert doc.text[t.span.start : t.span.end].startswith(t.number or "")


def test_unfinished_last_row_is_left_out() -> None:
    """A copy cut inside its last row gives the complete rows only."""
    doc = _doc(ROW1, ROW2, ROW3, ["二、深化决策公开", "4", "公开重大决策草案"])
    assert [t.number for t in tasks_from_tables(doc).tasks] == ["1", "2", "3"]


def test_row_not_reading_as_its_header_gives_nothing() -> None:
    """A row whose responsible cell is a sentence does not fit: no task is read and the table is unaligned."""
    bad = ["2", "做好专项资金公开。", "及时更新分配结果并接受监督。做好解读。", "年底前"]
    found = tasks_from_tables(_doc(ROW1, bad, ROW3, ROW4))
    assert found.tasks == ()
    assert len(found.unaligned) == 1


def test_row_with_a_missing_cell_gives_nothing() -> None:
    """A row that lacks a cell would shift the rest under the wrong headers: no task is read."""
    short = ["2", "做好专项资金公开，及时更新分配结果。", "年底前"]
    assert tasks_from_tables(_doc(ROW1, short, ROW3, ROW4)).tasks == ()
