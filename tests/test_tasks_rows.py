"""Task rows: a task table flattened one cell per line under an outline item, and bare statement lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.extract.task_rows import table_rows
from govdisclosure.extract.task_units import is_statement
from govdisclosure.extract.tasks import extract_tasks
from govdisclosure.ingest import read
from govdisclosure.model import DocumentKind, Report

ROWS_PLAN = """\
某市2030年政务公开工作要点实施方案
目标
任务
主要内容
责任单位
一、以公开促进发展
（一）稳定社会预期
围绕全年发展目标，通过发布会等形式做好解读。
市发展改革委牵头落实
加强就业政策公开，解读政策依据和适用范围。
市人力资源局、市统计局分别牵头落实
做好舆情收集研判，及时发布权威信息，澄清事实。
"""


def _tasks(text: str) -> list[tuple[str | None, str, str | None, str | None]]:
    doc = read(text)
    report = extract_tasks(doc, Report(text=doc.text, kind=DocumentKind.WORK_PLAN))
    return [(t.number, t.title, t.responsible_text, t.group) for t in report.tasks]


def test_rows_under_a_heading_become_tasks() -> None:
    """Each content paragraph closed by a statement line is an unnumbered task grouped under the heading."""
    assert _tasks(ROWS_PLAN) == [
        (None, "围绕全年发展目标，通过发布会等形式做好解读", "市发展改革委牵头落实", "（一）稳定社会预期"),
        (None, "加强就业政策公开，解读政策依据和适用范围", "市人力资源局、市统计局分别牵头落实", "（一）稳定社会预期"),
        (None, "做好舆情收集研判，及时发布权威信息，澄清事实", None, "（一）稳定社会预期"),
    ]


def test_rows_split_units_and_leads() -> None:
    """A row's statement is split into units, 牵头 marking the leads."""
    doc = read(ROWS_PLAN)
    report = extract_tasks(doc, Report(text=doc.text, kind=DocumentKind.WORK_PLAN))
    assert report.tasks[1].responsible == ("市人力资源局", "市统计局")
    assert report.tasks[1].lead_units == ("市人力资源局", "市统计局")
    assert [t.sequence for t in report.tasks] == [1, 2, 3]


def test_single_statement_line_is_the_items_own_responsibility() -> None:
    """One statement line under a numbered item is that item's responsibility, not a row."""
    plan = "一、深化公开\n（一）做好预算公开。\n按时公开预决算。\n县财政局负责\n（二）做好项目公开。\n县发改委牵头\n"
    assert _tasks(plan) == [
        ("（一）", "做好预算公开", "县财政局负责", "一、深化公开"),
        ("（二）", "做好项目公开", "县发改委牵头", "一、深化公开"),
    ]


def test_labelled_rows_split_too() -> None:
    """Labelled statements (责任单位：…) closing content paragraphs split the item into rows as well."""
    plan = (
        "一、深化公开\n（一）基础工作\n更新目录，按季核对。\n责任单位：县政府办\n规范申请办理。\n责任单位：县司法局\n"
    )
    assert [(t[1], t[2]) for t in _tasks(plan)] == [
        ("更新目录，按季核对", "责任单位：县政府办"),
        ("规范申请办理", "责任单位：县司法局"),
    ]


def test_no_rows_without_content_first() -> None:
    """Statements with no content before the first one are not rows."""
    v = "县财政局牵头落实\n做好甲事。\n县统计局负责\n"
    assert table_rows(v, 0, len(v)) == []


def test_trailing_fragment_without_sentence_is_not_a_row() -> None:
    """After the last statement, a short line that is no sentence (a signature) is left out."""
    v = "做好甲事,按月公开。\n县财政局牵头落实\n做好乙事,按季公开。\n县统计局负责\n某县人民政府办公室\n"
    rows = table_rows(v, 0, len(v))
    assert [v[r.start : r.end] for r in rows] == ["做好甲事,按月公开。", "做好乙事,按季公开。"]


def test_signature_after_one_statement_is_kept_out() -> None:
    """An organ's name on its own line is not a statement (no role word), so it does not make rows."""
    assert not is_statement("某县人民政府办公室")
    assert not is_statement("责任单位")
    assert not is_statement("各单位要按职责分工，认真负责。")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="县市局办委牵头负责落实配合各部门、,。:甲乙 ", max_size=30))
def test_is_statement_needs_a_role_word(s: str) -> None:
    """No line without a role word is a statement, and a statement never holds an inner full stop."""
    if is_statement(s):
        assert any(w in s for w in ("牵头", "负责", "配合"))
        assert "。" not in s.rstrip("。.")


def test_bracketed_statement_lines_close_rows() -> None:
    """A statement alone in brackets on its line closes a row too; the brackets are left out."""
    v = "做好甲事,按月公开。\n(县财政局牵头落实)\n做好乙事。\n(责任单位:县统计局)\n"
    rows = table_rows(v, 0, len(v))
    spans = [r.responsibility.span for r in rows if r.responsibility is not None]
    assert [v[s.start : s.end] for s in spans] == ["县财政局牵头落实", "责任单位:县统计局"]
    assert all(r.responsibility is not None and r.responsibility.bracketed for r in rows)
