"""Deadlines labelled inside a responsibility bracket, and task tables whose cells slid out of their columns."""

from __future__ import annotations

from govdisclosure.extract.task_text import split_deadline
from govdisclosure.extract.tasks import extract_tasks
from govdisclosure.ingest import read
from govdisclosure.model import DocumentKind, Report, Span
from tests.test_tasks_tables import _report

PLAN = (
    "一、加强文件公开\n"
    "1.公开现行有效文件。按要求集中公开。（牵头单位：县司法局，责任单位：各乡镇，完成时限：长期坚持）\n"
    "2.更新文件目录。及时更新。（牵头单位：县政府办公室；完成时间：6月底前）\n"
    "3.做好解读工作。同步解读。（责任单位：各部门）\n"
)


def _tasks(text: str) -> Report:
    doc = read(text)
    return extract_tasks(doc, Report(text=doc.text, kind=DocumentKind.WORK_PLAN))


def test_deadline_split_off_responsibility() -> None:
    """A 完成时限/完成时间 label at the end of the bracket becomes the deadline, not a unit."""
    tasks = _tasks(PLAN).tasks
    assert [t.deadline for t in tasks] == ["长期坚持", "6月底前", None]
    assert tasks[0].responsible_text == "牵头单位：县司法局，责任单位：各乡镇"
    assert tasks[0].responsible == ("县司法局", "各乡镇")
    assert tasks[0].lead_units == ("县司法局",)
    assert tasks[1].responsible_text == "牵头单位：县政府办公室"
    assert tasks[2].responsible_text == "责任单位：各部门"


def test_split_deadline_needs_units_before_it() -> None:
    """A statement that is only a deadline, or has none, is returned unchanged."""
    for text in ("完成时限：年底前", "责任单位：县财政局、县审计局"):
        span = Span(start=0, end=len(text))
        assert split_deadline(text, span) == (span, None)


def test_unaligned_task_table_gives_no_tasks() -> None:
    """Numbers and unit lists under the requirement header: no task is read, GD503 says why."""
    rows: list[list[str | None]] = [
        ["工作任务", "具体要求", "责任单位", "完成时限"],
        ["一、深化公开", "1", "", ""],
        ["完善决策公开制度，明确征求意见范围。", "县司法局", "", ""],
        ["", "2", "公开决策草案。", "县政府办公室"],
        ["", "县财政局、县审计局", "", ""],
    ]
    report = _report(rows)
    assert report.tasks == ()
    assert "GD503" in [d.code for d in report.diagnostics]


def test_aligned_task_table_still_read() -> None:
    """A well-formed table keeps its tasks and raises no GD503."""
    rows: list[list[str | None]] = [
        ["工作任务", "序号", "具体要求", "责任单位", "完成时限"],
        ["深化公开", "1", "完善决策公开制度。", "县司法局", "年底前"],
        [None, "2", "公开决策草案。", "县政府办公室", "长期坚持"],
    ]
    report = _report(rows)
    assert [t.number for t in report.tasks] == ["1", "2"]
    assert "GD503" not in [d.code for d in report.diagnostics]
