"""Work-plan tasks (numbered items with their responsible units), from sections and task tables.

Only reports whose kind is :attr:`~govdisclosure.model.DocumentKind.WORK_PLAN`
get tasks.  Two sources are read and merged in reading order:

* the numbered outline of the plan (the section tree when it has at least
  two levels, otherwise a scan of the text lines, see
  :mod:`govdisclosure.extract.task_outline`);
* task tables (:mod:`govdisclosure.extract.task_tables`).

Which outline level holds the tasks (the rule is general, see docs/tasks.md):
items under *frame* chapters (总体要求, 指导思想, 工作目标, 保障措施 …) and frame
items themselves are never tasks; among the rest, the level whose items most
often end with a responsibility statement is the task level (ties go to the
higher level); with no responsibility anywhere, the second level when the
chapters have numbered items, else the first.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

import attrs

from govdisclosure import diagnostics
from govdisclosure.extract.task_outline import Item, cn_ordinal, items_from_lines, items_from_sections
from govdisclosure.extract.task_tables import tasks_from_tables
from govdisclosure.extract.task_text import (
    find_responsibility,
    is_frame_title,
    sentence_end,
    strip_span,
    title_span,
)
from govdisclosure.extract.task_units import split_units
from govdisclosure.ingest.document import Document
from govdisclosure.model import Diagnostic, DocumentKind, Report, SectionKind, Span, WorkTask

__all__ = ["extract_tasks", "tasks_from_outline"]

_PUNCT = " \t\n，,：:；;。.、"


def _clip(items: list[Item], stops: Sequence[int]) -> list[Item]:
    """End items (and subtrees) at the first noise start after their start."""
    if not stops:
        return items
    out = []
    for item in items:
        k = bisect.bisect_right(stops, item.start)
        stop = stops[k] if k < len(stops) else None
        if stop is None or stop >= item.tree_end:
            out.append(item)
        else:
            out.append(attrs.evolve(item, end=min(item.end, stop), tree_end=stop))
    return out


def _excluded(doc: Document, items: list[Item]) -> list[bool]:
    """Items that are frame parts of the plan (or inside one)."""
    out: list[bool] = []
    for item in items:
        t_start, t_end = title_span(doc.view, item.number_end, item.end)
        frame = is_frame_title(doc.view[t_start:t_end])
        parent_excluded = item.parent is not None and out[item.parent]
        out.append(frame or parent_excluded)
    return out


def _task_level(items: list[Item], eligible: list[bool], has_resp: list[bool]) -> int | None:
    counts = Counter(it.level for it, ok, r in zip(items, eligible, has_resp, strict=True) if ok and r)
    if counts:
        best = max(counts.values())
        return min(level for level, n in counts.items() if n == best)
    levels = {it.level for it, ok in zip(items, eligible, strict=True) if ok}
    if not levels:
        return None
    top = min(levels)
    has_children = any(
        ok and it.parent is not None and items[it.parent].level == top for it, ok in zip(items, eligible, strict=True)
    )
    return top + 1 if has_children else top


def tasks_from_outline(doc: Document, items: list[Item]) -> list[WorkTask]:
    """Tasks among outline *items* (``sequence`` left 0 for the caller)."""
    view, text = doc.view, doc.text
    excluded = _excluded(doc, items)
    eligible = [not ex and (it.level == 1 or it.parent is not None) for it, ex in zip(items, excluded, strict=True)]
    resps = [
        find_responsibility(view, it.number_end, it.end, sentence_end(view, it.number_end, it.end)) for it in items
    ]
    level = _task_level(items, eligible, [r is not None for r in resps])
    tasks: list[WorkTask] = []
    for item, ok, resp in zip(items, eligible, resps, strict=True):
        if not ok or item.level != level:
            continue
        t_start, t_end = title_span(view, item.number_end, item.end)
        b_start, b_end = strip_span(view, t_end, item.tree_end, _PUNCT)
        s_start, s_end = strip_span(view, item.start, item.tree_end)
        number = text[item.start : item.number_end].strip().rstrip("、.．")
        group: str | None = None
        if item.parent is not None:
            parent = items[item.parent]
            g_start, g_end = title_span(view, parent.number_end, parent.end)
            g_start, g_end = strip_span(view, parent.start, g_end)
            group = text[g_start:g_end] or None
        responsible_text: str | None = None
        units: tuple[str, ...] = ()
        lead: tuple[str, ...] = ()
        if resp is not None:
            r_start, r_end = resp.span.start, resp.span.end
            responsible_text = text[r_start:r_end]
            split = split_units(responsible_text, view[r_start:r_end])
            units, lead = split.units, split.lead
        tasks.append(
            WorkTask(
                number=number or None,
                sequence=0,
                level=item.level,
                title=text[t_start:t_end],
                body=text[b_start:b_end],
                group=group,
                responsible=units,
                responsible_text=responsible_text,
                lead_units=lead,
                span=Span(start=s_start, end=s_end),
            )
        )
    return tasks


def _outline_items(doc: Document, report: Report, skip: list[Span]) -> list[list[Item]]:
    """Outline candidates in order of preference: the section tree (2+ levels), then the line scan."""
    out: list[list[Item]] = []
    headings = [s for s in report.sections if s.kind is SectionKind.HEADING]
    if len({s.level for s in headings}) >= 2:
        items = items_from_sections(doc.view, report.sections)
        if not any(s.start <= it.start < s.end for it in items for s in skip):
            out.append(items)
    noise = [n.span for n in (*doc.noise, *report.noise)]
    out.append(items_from_lines(doc.view, skip=[*skip, *noise]))
    return out


def _ordinal(number: str | None) -> int | None:
    if not number:
        return None
    core = number.strip("()（）〔〕 ")
    if core.isdigit():
        return int(core)
    return cn_ordinal(core)


def _diagnose(tasks: Sequence[WorkTask], table_flags: Sequence[bool]) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    prev: tuple[bool, str | None, int] | None = None
    for i, (task, from_table) in enumerate(zip(tasks, table_flags, strict=True)):
        ordinal = _ordinal(task.number)
        if ordinal is None:
            continue
        if prev is not None and prev[0] == from_table:
            same_group = prev[1] == task.group
            if (same_group and ordinal <= prev[2]) or (not same_group and ordinal not in {1, prev[2] + 1}):
                kind = "repeats" if ordinal == prev[2] else "restarts"
                found.append(
                    diagnostics.make(
                        "GD501",
                        f"task number {task.number} {kind} the numbering (previous {prev[2]})",
                        span=task.span,
                        path=f"tasks[{i}].number",
                    )
                )
        prev = (from_table, task.group, ordinal)
    missing = [i for i, t in enumerate(tasks) if not t.responsible]
    if missing and len(missing) == len(tasks):
        found.append(diagnostics.make("GD502", f"none of the {len(tasks)} tasks names a responsible unit"))
    else:
        found.extend(
            diagnostics.make(
                "GD502",
                f"task {tasks[i].number or tasks[i].sequence} names no responsible unit",
                span=tasks[i].span,
                path=f"tasks[{i}].responsible",
            )
            for i in missing
        )
    return found


def extract_tasks(doc: Document, report: Report) -> Report:
    """Return *report* with ``tasks`` filled for work plans (other kinds pass through unchanged)."""
    if report.kind is not DocumentKind.WORK_PLAN:
        return report
    table_tasks, table_spans = tasks_from_tables(doc)
    stops = sorted(n.span.start for n in (*doc.noise, *report.noise))
    # the section tree wins unless the line scan finds more tasks with a responsibility
    outline_tasks: list[WorkTask] = []
    best = -1
    for items in _outline_items(doc, report, table_spans):
        candidate = tasks_from_outline(doc, _clip(items, stops))
        score = sum(t.responsible_text is not None for t in candidate)
        if candidate and score > best:
            outline_tasks, best = candidate, score
    merged = sorted(
        [(t, False) for t in outline_tasks] + [(t, True) for t in table_tasks],
        key=lambda pair: pair[0].span.start if pair[0].span is not None else 0,
    )
    tasks = tuple(attrs.evolve(t, sequence=i) for i, (t, _) in enumerate(merged, start=1))
    found = _diagnose(tasks, [flag for _, flag in merged])
    return attrs.evolve(report, tasks=tasks, diagnostics=report.diagnostics + tuple(found))
