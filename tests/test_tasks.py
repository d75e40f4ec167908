"""Work-plan tasks from the outline (section tree and line scan), with diagnostics."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import attrs
import pytest

from govdisclosure.extract.tasks import extract_tasks
from govdisclosure.ingest import Document, read
from govdisclosure.model import DocumentKind, NoiseKind, NoiseSpan, Report, Section, SectionKind, Span
from tests.conftest import needs_shared

PLAN = """\
某县2030年政务公开工作要点

一、总体要求
（一）指导思想
坚持公开为常态，不公开为例外。
（二）工作目标
到年底，公开质量明显提升。
二、聚焦重点领域公开
（一）推进预算信息公开。及时公开本级预算和决算，细化到功能分类。（县财政局牵头，各乡镇、县直各部门按职责分工负责）
（二）做好建设项目信息公开。集中公开项目审批和招标信息。
项目建设单位要逐项公开进展。（县发改委、县住建局负责）
三、提升平台建设水平
（三）优化政府网站栏目。整合栏目，方便查询（按季度更新）。（县政府办公室负责落实）
（四）加强培训。每年组织一次培训。
"""

HEADING = re.compile(r"(?m)^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^\n]*")


def _doc(text: str) -> Document:
    return read(text)


def _plan_report(doc: Document, *, sections: tuple[Section, ...] = ()) -> Report:
    return Report(text=doc.text, kind=DocumentKind.WORK_PLAN, sections=sections)


def _sections(text: str) -> tuple[Section, ...]:
    """A two-level section tree for a plan (what the structure stage would give)."""
    heads = [(m.start(), m.end(), 1 if "、" in m.group()[:4] else 2) for m in HEADING.finditer(text)]
    sections: list[Section] = [Section(kind=SectionKind.PREAMBLE, span=Span(start=0, end=heads[0][0]))]
    parent_top: int | None = None
    for i, (start, line_end, level) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        index = len(sections)
        sections.append(
            Section(
                kind=SectionKind.HEADING,
                span=Span(start=start, end=end),
                level=level,
                heading=text[start:line_end],
                heading_span=Span(start=start, end=line_end),
                parent=None if level == 1 else parent_top,
            )
        )
        if level == 1:
            parent_top = index
    return tuple(sections)


def _run(text: str, *, tree: bool = False) -> Report:
    doc = _doc(text)
    return extract_tasks(doc, _plan_report(doc, sections=_sections(text) if tree else ()))


@pytest.mark.parametrize("tree", [True, False], ids=["section-tree", "line-scan"])
def test_plan_tasks_with_responsibility(tree: bool) -> None:
    """Tasks are the second-level items of the working chapters, with responsibility split into units."""
    tasks = _run(PLAN, tree=tree).tasks
    assert [t.number for t in tasks] == ["（一）", "（二）", "（三）", "（四）"]
    assert [t.sequence for t in tasks] == [1, 2, 3, 4]
    assert [t.title for t in tasks] == ["推进预算信息公开", "做好建设项目信息公开", "优化政府网站栏目", "加强培训"]
    first = tasks[0]
    assert first.group == "二、聚焦重点领域公开"
    assert first.responsible_text == "县财政局牵头，各乡镇、县直各部门按职责分工负责"
    assert first.responsible == ("县财政局", "各乡镇", "县直各部门")
    assert first.lead_units == ("县财政局",)
    assert first.level == 2
    assert tasks[1].responsible == ("县发改委", "县住建局")
    assert tasks[2].responsible_text == "县政府办公室负责落实"
    assert tasks[2].group == "三、提升平台建设水平"
    assert tasks[3].responsible == ()


def test_spans_point_into_text() -> None:
    """Each task's span starts at its number and its title lies inside the span."""
    report = _run(PLAN)
    for task in report.tasks:
        assert task.span is not None
        covered = task.span.slice(report.text)
        assert task.number is not None
        assert covered.startswith(task.number)
        assert task.title in covered
        assert task.body in covered


def test_intro_items_are_not_tasks() -> None:
    """指导思想 / 工作目标 under 总体要求 never become tasks."""
    titles = [t.title for t in _run(PLAN).tasks]
    assert "指导思想" not in titles
    assert "工作目标" not in titles


def test_missing_responsible_diagnosed() -> None:
    """A task without a responsible unit gets GD502 pointing at it."""
    report = _run(PLAN)
    gd502 = [d for d in report.diagnostics if d.code == "GD502"]
    assert [d.path for d in gd502] == ["tasks[3].responsible"]


def test_only_work_plans() -> None:
    """Reports of another kind pass through untouched."""
    doc = _doc(PLAN)
    report = Report(text=doc.text, kind=DocumentKind.ANNUAL_REPORT)
    assert extract_tasks(doc, report) is report


REPEATING = """\
一、公开工作
（一）做好甲项工作。内容。（县政府办负责）
（二）做好乙项工作。内容。（县财政局负责）
二、保障工作
（二）做好丙项工作。内容。
（二）做好丁项工作。内容。
（一）做好戊项工作。内容。
"""


def test_repeating_numbers_kept_and_diagnosed() -> None:
    """Numbers are kept as printed when they repeat or restart, with GD501 for each break."""
    report = _run(REPEATING)
    assert [t.number for t in report.tasks] == ["（一）", "（二）", "（二）", "（二）", "（一）"]
    gd501 = [d.path for d in report.diagnostics if d.code == "GD501"]
    assert gd501 == ["tasks[2].number", "tasks[3].number", "tasks[4].number"]


def test_numbering_restarting_per_chapter_is_normal() -> None:
    """Numbering that starts again at （一） in each chapter is not a GD501."""
    text = "一、甲\n（一）做好甲项。（县政府办负责）\n二、乙\n（一）做好乙项。（县财政局负责）\n"
    report = _run(text)
    assert [t.group for t in report.tasks] == ["一、甲", "二、乙"]
    assert not [d for d in report.diagnostics if d.code == "GD501"]


NO_RESPONSIBILITY = """\
一、总体要求
（一）指导思想
略。
二、重点任务
（一）深化决策公开
内容一。
（二）推进结果公开
内容二。
三、保障措施
（一）加强组织领导
内容三。
"""


def test_plan_without_responsibilities() -> None:
    """Without responsibilities, tasks are the items of the working chapters; one GD502 for the plan."""
    report = _run(NO_RESPONSIBILITY)
    assert [(t.number, t.title) for t in report.tasks] == [("（一）", "深化决策公开"), ("（二）", "推进结果公开")]
    assert all(t.responsible_text is None for t in report.tasks)
    gd502 = [d for d in report.diagnostics if d.code == "GD502"]
    assert len(gd502) == 1
    assert gd502[0].path is None


THIRD_LEVEL = """\
一、深化公开
（一）决策公开
1.推进决策预公开。内容。（县司法局负责）
2.做好意见征集。内容。（县政府办负责）
（二）执行公开
1.公开重点工作进展。内容。（县督查室负责）
"""


def test_task_level_follows_responsibilities() -> None:
    """When the third-level items carry the responsibilities, they are the tasks."""
    tasks = _run(THIRD_LEVEL).tasks
    assert [t.number for t in tasks] == ["1", "2", "1"]
    assert [t.group for t in tasks] == ["（一）决策公开", "（一）决策公开", "（二）执行公开"]
    assert [t.level for t in tasks] == [3, 3, 3]
    assert tasks[2].responsible == ("县督查室",)


LABELLED = """\
（一）推进政策解读。内容一。
牵头单位：县政府办
配合单位：县发改委、县财政局
（二）回应社会关切。内容二。
责任单位：各乡镇人民政府。
"""


def test_labelled_responsibility_lines() -> None:
    """Labelled lines (牵头单位：… 配合单位：…) are the responsibility; the lead label marks lead units."""
    tasks = _run(LABELLED).tasks
    assert len(tasks) == 2
    assert tasks[0].responsible_text == "牵头单位：县政府办\n配合单位：县发改委、县财政局"
    assert tasks[0].responsible == ("县政府办", "县发改委", "县财政局")
    assert tasks[0].lead_units == ("县政府办",)
    assert tasks[1].responsible == ("各乡镇人民政府",)


TRADITIONAL = """\
一、深化公開
（一）推進預算公開，細化公開內容。依法公開預決算。（縣財政局牽頭，各部門按職能分別負責落實）
"""


def test_traditional_text_output_as_printed() -> None:
    """Matching runs on the simplified view; strings come back as printed (traditional, full-width)."""
    task = _run(TRADITIONAL).tasks[0]
    assert task.number == "（一）"
    assert task.title == "推進預算公開，細化公開內容"
    assert task.responsible == ("縣財政局", "各部門")
    assert task.lead_units == ("縣財政局",)


def test_responsibility_in_heading_sentence() -> None:
    """A responsibility bracket closing the title sentence is found and left out of the title."""
    task = _run("一、公开\n（一）做好年报工作（县政府办牵头）。按时发布年报，并做好解读。\n").tasks[0]
    assert task.title == "做好年报工作"
    assert task.lead_units == ("县政府办",)


def test_non_unit_brackets_are_not_responsibility() -> None:
    """A closing bracket that names no unit (以下简称…, a date) is not a responsibility."""
    text = "一、公开\n（一）推进五公开。全面推进五项公开（以下简称五公开）。\n（二）做好年报。年底前完成（2030年）。\n"
    tasks = _run(text).tasks
    assert [t.responsible_text for t in tasks] == [None, None]


def test_noise_ends_the_last_task() -> None:
    """Text set aside as noise is not part of the last task's body."""
    text = PLAN + "网站首页 关于我们 联系我们\n"
    doc = _doc(text)
    start = text.index("网站首页")
    doc = attrs.evolve(doc, noise=(NoiseSpan(kind=NoiseKind.NAVIGATION, span=Span(start=start, end=len(text))),))
    last = extract_tasks(doc, _plan_report(doc)).tasks[-1]
    assert "网站首页" not in last.body
    assert last.span is not None
    assert last.span.end <= start


def test_large_plan_is_fast() -> None:
    """A plan with thousands of items is handled in linear time."""
    parts = []
    for chapter in range(1, 40):
        parts.append(f"{'一二三四五六七八九'[chapter % 9]}、第{chapter}章\n")
        parts.extend(f"（{'一二三四五六七八九'[k % 9]}）做好第{k}项。内容。（县政府办负责）\n" for k in range(60))
    text = "".join(parts)
    began = time.perf_counter()
    report = _run(text)
    assert len(report.tasks) == 39 * 60
    assert time.perf_counter() - began < 10


def _truth_tasks(doc_path: Path) -> list[dict[str, object]]:
    truth_dir = doc_path.parent / "truth" if doc_path.parent.name != "docs" else doc_path.parent.parent / "truth"
    data = json.loads((truth_dir / f"{doc_path.stem}.json").read_text(encoding="utf-8"))
    tasks: list[dict[str, object]] = data.get("tasks") or []
    return tasks


def _compact(value: object) -> str:
    return "".join(str(value).split())


@needs_shared
def test_shared_work_plans_match_truth(shared_dir: Path) -> None:
    """On the shared work plans written as outlines, every truth task is found with number, title, responsible."""
    docs = [
        p
        for p in sorted(shared_dir.glob("seeds/*.txt")) + sorted(shared_dir.glob("corpus/docs/*"))
        if (p.parent / "truth" / f"{p.stem}.json").exists() or (p.parent.parent / "truth" / f"{p.stem}.json").exists()
    ]
    checked = 0
    for path in docs:
        truth = _truth_tasks(path)
        if not truth or any("deadline" in t for t in truth):  # task tables need the flat-table grids
            continue
        doc = read(path)
        tasks = extract_tasks(doc, Report(text=doc.text, kind=DocumentKind.WORK_PLAN, noise=doc.noise)).tasks
        assert len(tasks) >= len(truth), path.name
        for want, got in zip(truth, tasks, strict=False):
            assert _compact(want["number"]) == _compact(got.number), path.name
            assert _compact(want["title"]) == _compact(got.title), path.name
            if want.get("responsible") is not None:
                assert _compact(want["responsible"]) == _compact(got.responsible_text), path.name
            if want.get("group") is not None:
                assert _compact(want["group"]) == _compact(got.group), path.name
        checked += 1
    assert checked >= 1


def test_nested_brackets_in_responsibility() -> None:
    """A responsibility bracket holding a bracketed unit name is read whole."""
    text = "一、公开\n（一）做好能源信息公开。内容。（县发改委（县能源局）、县财政局负责）\n"
    task = _run(text).tasks[0]
    assert task.responsible_text == "县发改委（县能源局）、县财政局负责"
    assert task.responsible == ("县发改委（县能源局）", "县财政局")


def test_poor_section_tree_loses_to_line_scan() -> None:
    """A section tree that misses the task level gives way to the line scan when that finds responsibilities."""
    doc = _doc(PLAN)
    heads = [s for s in _sections(PLAN) if s.level == 1 or s.kind is SectionKind.PREAMBLE]
    # a tree whose second level is a single unnumbered heading: no responsibilities found through it
    odd = (
        *heads,
        Section(kind=SectionKind.HEADING, span=Span(start=0, end=3), level=2, heading_span=Span(start=0, end=3)),
    )
    tasks = extract_tasks(doc, _plan_report(doc, sections=odd)).tasks
    assert [t.title for t in tasks][:2] == ["推进预算信息公开", "做好建设项目信息公开"]
