"""Task tables whose later rows lost their group cells, copies cut short, items naming units twice."""

from __future__ import annotations

from govdisclosure.extract.tasks import extract_tasks
from govdisclosure.ingest import read
from govdisclosure.model import DocumentKind, Report

HEADER = "工作任务 | 具体要求 | 责任单位 | 时限要求 | ||\n"
FIRST = (
    "一、深化财政信息公开。 | （一）做好预算公开。 | 1 | "
    "按时公开部门预算和决算，细化到项目。 | 县财政局负责落实 | 长期坚持 |\n"
)
SECOND = "2 | 做好专项资金公开，及时更新资金分配结果。 | 县财政局、各乡镇人民政府 | 年底前 | ||\n"
THIRD_CUT = "3 | 推进政府采购信息公开，公开采购意向和结果。 | 县财政局牵头，县公共资源交易中心等各有\n"
THIRD_FULL = "3 | 推进政府采购信息公开，公开采购意向和结果。 | 县财政局牵头，县公共资源交易中心配合 | 年底前 | ||\n"


def _tasks(text: str) -> Report:
    doc = read(text)
    return extract_tasks(doc, Report(text=doc.text, kind=DocumentKind.WORK_PLAN))


def test_rows_starting_with_their_number_are_shifted_under_the_number_column() -> None:
    """Rows after a group's first row start at their number; they are read as tasks, not shifted groups."""
    tasks = _tasks(HEADER + FIRST + SECOND + THIRD_FULL).tasks
    assert [t.number for t in tasks] == ["1", "2", "3"]
    assert [t.title for t in tasks] == [
        "按时公开部门预算和决算，细化到项目",
        "做好专项资金公开，及时更新资金分配结果",
        "推进政府采购信息公开，公开采购意向和结果",
    ]
    assert [t.responsible for t in tasks] == [
        ("县财政局",),
        ("县财政局", "各乡镇人民政府"),
        ("县财政局", "县公共资源交易中心"),
    ]
    assert [t.deadline for t in tasks] == ["长期坚持", "年底前", "年底前"]
    assert {t.group for t in tasks} == {"一、深化财政信息公开。"}


def test_last_row_cut_inside_its_units_gives_no_units() -> None:
    """A copy ending inside the last row's responsible cell keeps the task but not its cut units."""
    tasks = _tasks(HEADER + FIRST + SECOND + THIRD_CUT).tasks
    assert [t.number for t in tasks] == ["1", "2", "3"]
    assert tasks[2].title == "推进政府采购信息公开，公开采购意向和结果"
    assert tasks[2].responsible == ()
    assert tasks[2].responsible_text is None
    assert tasks[1].responsible == ("县财政局", "各乡镇人民政府")


def test_last_row_ending_in_a_unit_name_keeps_its_units() -> None:
    """A last row whose units end like unit names is not taken as cut."""
    last = "3 | 推进政府采购信息公开，公开采购意向和结果。 | 县财政局牵头，县公共资源交易中心配合\n"
    tasks = _tasks(HEADER + FIRST + SECOND + last).tasks
    assert tasks[2].responsible == ("县财政局", "县公共资源交易中心")


PLAN = (
    "一、深化主动公开\n"
    "（一）做好预算公开。按时公开部门预算。（牵头单位：县财政局）细化公开专项资金。\n"
    "（牵头单位：县审计局）\n"
    "（二）做好决策公开。公开决策草案。\n"
    "（牵头单位：县司法局）\n"
)


def test_item_naming_units_for_two_parts_gives_no_responsibility() -> None:
    """An item whose parts each name their lead units has no one statement: its units are left out."""
    tasks = _tasks(PLAN).tasks
    assert [t.number for t in tasks] == ["（一）", "（二）"]
    assert tasks[0].responsible == ()
    assert tasks[0].responsible_text is None
    assert tasks[1].responsible == ("县司法局",)
    assert tasks[1].lead_units == ("县司法局",)


def test_bracket_naming_no_role_does_not_hide_the_statement() -> None:
    """A bracket inside the item that is not a statement (an abbreviation) keeps the item's statement."""
    text = (
        "一、深化主动公开\n（一）做好预算公开。公开政府预算（以下简称预算）。\n（牵头单位：县财政局）\n"
        "（二）做好决算公开。\n（县审计局牵头）\n"
    )
    tasks = _tasks(text).tasks
    assert [t.responsible for t in tasks] == [("县财政局",), ("县审计局",)]
