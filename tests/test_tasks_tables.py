"""Work-plan tasks from task tables (grids built here the way the flat-table reader would)."""

from __future__ import annotations

import attrs

from govdisclosure.extract.task_tables import map_columns
from govdisclosure.extract.tasks import extract_tasks
from govdisclosure.ingest import Document, read
from govdisclosure.ingest.document import Table, TableCell
from govdisclosure.model import DocumentKind, Report, Span

# One cell per line, rows of cells; None marks a position covered by the merged cell above.
ROWS: list[list[str | None]] = [
    ["重点任务", "序号", "工作内容", "责任单位", "完成时限"],
    ["深化决策公开", "1", "完善重大决策预公开制度。明确征求意见范围。", "县司法局", "6月底前"],
    [None, "2", "公开决策草案及说明", "县政府办公室、各部门", "长期坚持"],
    ["加强平台建设", "3", "优化网站栏目设置。", "县政府办公室牵头，各部门配合", "年底前"],
]


def _flat_table_doc(
    rows: list[list[str | None]], *, header_colspan: bool = False
) -> tuple[Document, tuple[TableCell, ...]]:
    """Write *rows* one cell per line and return the document with the cells' spans."""
    lines: list[str] = []
    cells: list[TableCell] = []
    offset = 0
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            rowspan = 1
            while r + rowspan < len(rows) and rows[r + rowspan][c] is None:
                rowspan += 1
            cells.append(
                TableCell(text=value, row=r, col=c, rowspan=rowspan, span=Span(start=offset, end=offset + len(value)))
            )
            lines.append(value)
            offset += len(value) + 1
    text = "\n".join(lines) + "\n"
    if header_colspan:  # header "工作内容" spanning the number column too, no 序号 header
        cells = [c for c in cells if not (c.row == 0 and c.col == 1)]
        cells = [attrs.evolve(c, col=1, colspan=2) if (c.row == 0 and c.col == 2) else c for c in cells]
    return read(text), tuple(cells)


def _report(rows: list[list[str | None]], *, header_colspan: bool = False) -> Report:
    doc, cells = _flat_table_doc(rows, header_colspan=header_colspan)
    table = Table(
        cells=cells, n_rows=len(rows), n_cols=len(rows[0]), span=Span(start=0, end=len(doc.text)), shape="flat_cells"
    )
    doc = attrs.evolve(doc, tables=(table,))
    return extract_tasks(doc, Report(text=doc.text, kind=DocumentKind.WORK_PLAN))


def test_table_tasks_with_merged_group() -> None:
    """Each row is a task; the group cell merged over two rows belongs to both."""
    tasks = _report(ROWS).tasks
    assert [t.number for t in tasks] == ["1", "2", "3"]
    assert [t.group for t in tasks] == ["深化决策公开", "深化决策公开", "加强平台建设"]
    assert [t.title for t in tasks] == ["完善重大决策预公开制度", "公开决策草案及说明", "优化网站栏目设置"]
    assert tasks[0].body == "完善重大决策预公开制度。明确征求意见范围。"
    assert [t.deadline for t in tasks] == ["6月底前", "长期坚持", "年底前"]
    assert tasks[1].responsible == ("县政府办公室", "各部门")
    assert tasks[2].responsible_text == "县政府办公室牵头，各部门配合"
    assert tasks[2].lead_units == ("县政府办公室",)
    assert [t.sequence for t in tasks] == [1, 2, 3]


def test_number_column_without_header() -> None:
    """A column of bare numbers under a spanning header is the numbering column."""
    tasks = _report(ROWS, header_colspan=True).tasks
    assert [t.number for t in tasks] == ["1", "2", "3"]
    assert tasks[0].title == "完善重大决策预公开制度"


def test_unresolved_merge_continues_group() -> None:
    """A blank group cell (a merge the grid did not resolve) continues the group above."""
    rows = [list(r) for r in ROWS]
    rows[2][0] = ""
    tasks = _report(rows).tasks
    assert tasks[1].group == "深化决策公开"


def test_table_spans_point_at_rows() -> None:
    """A table task's span covers its row's cells in the text."""
    report = _report(ROWS)
    task = report.tasks[1]
    assert task.span is not None
    covered = task.span.slice(report.text)
    assert covered.startswith("2")
    assert covered.endswith("长期坚持")


def test_statistics_table_is_not_a_task_table() -> None:
    """A table without task and responsibility/deadline headers gives no tasks."""
    rows: list[list[str | None]] = [["项目", "数量"], ["主动公开", "12"], ["依申请公开", "3"]]
    doc, cells = _flat_table_doc(rows)
    table = Table(cells=cells, n_rows=3, n_cols=2, span=Span(start=0, end=len(doc.text)))
    assert map_columns(doc, table) is None
    assert _report(rows).tasks == ()


def test_table_without_group_column() -> None:
    """A table of 主要任务 | 责任单位 has tasks without group, numbered from the cell text."""
    rows: list[list[str | None]] = [
        ["主要任务", "责任单位"],
        ["1.做好年报发布。按时发布。", "县政府办"],
        ["2.规范依申请公开", "各部门"],
    ]
    tasks = _report(rows).tasks
    assert [(t.number, t.title, t.group) for t in tasks] == [("1", "做好年报发布", None), ("2", "规范依申请公开", None)]
    assert tasks[1].responsible == ("各部门",)


def test_row_with_dropped_merged_cells_is_realigned() -> None:
    """A row whose merged group cell was dropped (cells slid left) is shifted back, group continued."""
    rows: list[list[str | None]] = [
        ["工作任务", "具体要求", "责任部门"],
        ["一、做好财政公开。", "1.公开本单位预算。", "财务科"],
        ["2.公开本单位决算。", "办公室牵头，各科室配合", ""],
        ["二、做好网站公开。", "3.及时更新栏目。", "办公室"],
    ]
    tasks = _report(rows).tasks
    assert [(t.number, t.title) for t in tasks] == [
        ("1", "公开本单位预算"),
        ("2", "公开本单位决算"),
        ("3", "及时更新栏目"),
    ]
    assert [t.group for t in tasks] == ["一、做好财政公开。", "一、做好财政公开。", "二、做好网站公开。"]
    assert tasks[1].lead_units == ("办公室",)
    assert tasks[1].responsible == ("办公室", "各科室")


def test_header_with_fewer_labels_is_realigned() -> None:
    """A header whose label over two columns came out as one cell (last header cell empty) is realigned."""
    rows: list[list[str | None]] = [
        ["重点任务", "工作内容", "责任单位", "完成时限", ""],
        ["深化决策公开", "1", "完善预公开制度。明确范围。", "县司法局", "6月底前"],
        ["加强平台建设", "2", "优化网站栏目设置。", "县政府办公室", "年底前"],
    ]
    tasks = _report(rows).tasks
    assert [(t.number, t.group, t.title) for t in tasks] == [
        ("1", "深化决策公开", "完善预公开制度"),
        ("2", "加强平台建设", "优化网站栏目设置"),
    ]
    assert [t.responsible for t in tasks] == [("县司法局",), ("县政府办公室",)]
    assert [t.deadline for t in tasks] == ["6月底前", "年底前"]


def test_misaligned_header_without_plausible_fit_gives_nothing() -> None:
    """When no alignment of a short header fits the content, the table yields no (wrong) tasks."""
    rows: list[list[str | None]] = [
        ["工作内容", "责任单位", ""],
        ["完善预公开制度。", "很长的一段说明文字而不是单位名称或者期限要求的描述内容", "x"],
    ]
    assert _report(rows).tasks == ()


def test_header_with_fuze_column_and_unit_words_in_data_rows() -> None:
    """A 负责科室 header is the responsible column; a data row naming 各责任科室 is not a header."""
    rows: list[list[str | None]] = [
        ["重点任务", "工作内容", "负责科室"],
        ["解读", "对本部门起草的文件开展解读，方便群众理解。", "各责任科室"],
        ["回应", "对社会关注的问题及时回应。", "办公室"],
    ]
    tasks = _report(rows).tasks
    assert [t.responsible_text for t in tasks] == ["各责任科室", "办公室"]
    assert [t.group for t in tasks] == ["解读", "回应"]
