"""Work-plan tasks (numbered items with their responsible units), from sections and task tables.

Only reports whose kind is :attr:`~govdisclosure.model.DocumentKind.WORK_PLAN`
get tasks.  Two sources are read and merged in reading order:

* the numbered outline of the plan (the section tree when it has at least
  two levels, otherwise a scan of the text lines, see
  :mod:`govdisclosure.extract.task_outline`);
* task tables (:mod:`govdisclosure.extract.task_tables`).

An outline item whose text holds the rows of a task table flattened one cell
per line (content paragraphs each closed by a responsibility line, see
:mod:`govdisclosure.extract.task_rows`) gives one unnumbered task per row.

Which outline level holds the tasks (the rule is general, see docs/tasks.md):
items under *frame* chapters (总体要求, 指导思想, 工作目标, 保障措施 …) and frame
items themselves are never tasks; among the rest, the level whose items most
often end with a responsibility statement is the task level (ties go to the
higher level); with no responsibility anywhere, the second level when the
chapters have numbered items, else the first.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
from attrs import frozen

from govdisclosure import diagnostics
from govdisclosure.extract.task_outline import Item, cn_ordinal, items_from_lines, items_from_sections
from govdisclosure.extract.task_rows import Row, table_rows
from govdisclosure.extract.task_tables import tasks_from_tables
from govdisclosure.extract.task_text import (
    Responsibility,
    find_responsibility,
    is_frame_title,
    sentence_end,
    split_deadline,
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


class _Reader:
    """Titles and responsibility statements of outline items, each read once per document.

    The section tree and the line scan mostly give the same items (same number
    and extent): both outlines share one reader.
    """

    def __init__(self, doc: Document) -> None:
        self.view = doc.view
        self._heads: dict[tuple[int, int], tuple[int, tuple[int, int]]] = {}
        self._resps: dict[tuple[int, int], Responsibility | None] = {}
        self._frames: dict[tuple[int, int], bool] = {}
        self._rows: dict[tuple[int, int], list[Row]] = {}

    def _head(self, item: Item) -> tuple[int, tuple[int, int]]:
        key = (item.number_end, item.end)
        head = self._heads.get(key)
        if head is None:
            stop = sentence_end(self.view, item.number_end, item.end)
            head = self._heads[key] = (stop, title_span(self.view, item.number_end, item.end, stop=stop))
        return head

    def title(self, item: Item) -> tuple[int, int]:
        """The item's title span."""
        return self._head(item)[1]

    def frame(self, item: Item) -> bool:
        """Whether the item's title only names a frame part of the plan."""
        span = self.title(item)
        frame = self._frames.get(span)
        if frame is None:
            frame = self._frames[span] = is_frame_title(self.view[span[0] : span[1]])
        return frame

    def responsibility(self, item: Item) -> Responsibility | None:
        """The responsibility statement of the item's own text."""
        key = (item.number_end, item.end)
        if key not in self._resps:
            self._resps[key] = find_responsibility(self.view, item.number_end, item.end, self._head(item)[0])
        return self._resps[key]

    def rows(self, item: Item) -> list[Row]:
        """The rows of a flattened task table under the item's heading line (see :mod:`.task_rows`)."""
        key = (item.number_end, item.end)
        rows = self._rows.get(key)
        if rows is None:
            nl = self.view.find("\n", item.number_end, item.end)
            rows = self._rows[key] = [] if nl < 0 else table_rows(self.view, nl + 1, item.end)
        return rows


@frozen
class _Plan:
    """The task items an outline gives (indices into ``items``), before the tasks are built."""

    items: list[Item]
    chosen: list[int]
    resps: list[Responsibility | None]
    rows: list[list[Row]]

    @property
    def score(self) -> int:
        """How many tasks of the chosen items name their responsible units."""
        return sum(
            sum(r.responsibility is not None for r in self.rows[i]) if self.rows[i] else self.resps[i] is not None
            for i in self.chosen
        )


def _excluded(items: list[Item], reader: _Reader) -> list[bool]:
    """Items that are frame parts of the plan (or inside one)."""
    out: list[bool] = []
    for item in items:
        parent_excluded = item.parent is not None and out[item.parent]
        out.append(reader.frame(item) or parent_excluded)
    return out


def _task_level(items: list[Item], eligible: list[bool], has_resp: list[bool]) -> int | None:
    counts: dict[int, int] = {}  # items with a responsibility, by level
    for it, ok, r in zip(items, eligible, has_resp, strict=True):
        if ok and r:
            counts[it.level] = counts.get(it.level, 0) + 1
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
    reader = _Reader(doc)
    return _build(doc, _plan(items, reader), reader)


def _plan(items: list[Item], reader: _Reader) -> _Plan:
    """Choose the task level of *items* and the items on it."""
    excluded = _excluded(items, reader)
    eligible = [not ex and (it.level == 1 or it.parent is not None) for it, ex in zip(items, excluded, strict=True)]
    # only eligible items can be tasks: the others' responsibility is never read
    resps = [reader.responsibility(it) if ok else None for it, ok in zip(items, eligible, strict=True)]
    rows = [reader.rows(it) if ok else [] for it, ok in zip(items, eligible, strict=True)]
    level = _task_level(items, eligible, [r is not None or bool(rw) for r, rw in zip(resps, rows, strict=True)])
    chosen = [i for i, (it, ok) in enumerate(zip(items, eligible, strict=True)) if ok and it.level == level]
    return _Plan(items=items, chosen=chosen, resps=resps, rows=rows)


def _build(doc: Document, plan: _Plan, reader: _Reader) -> list[WorkTask]:
    """The tasks of the chosen items of *plan*."""
    view, text, items = doc.view, doc.text, plan.items
    tasks: list[WorkTask] = []
    for i in plan.chosen:
        item, resp = items[i], plan.resps[i]
        if plan.rows[i]:
            tasks.extend(_row_tasks(doc, item, plan.rows[i], reader))
            continue
        t_start, t_end = reader.title(item)
        b_start, b_end = strip_span(view, t_end, item.tree_end, _PUNCT)
        s_start, s_end = strip_span(view, item.start, item.tree_end)
        number = text[item.start : item.number_end].strip().rstrip("、.．")
        group: str | None = None
        if item.parent is not None:
            # the parent's title is the group
            g_start, g_end = strip_span(view, items[item.parent].start, reader.title(items[item.parent])[1])
            group = text[g_start:g_end] or None
        tasks.append(
            _task(
                doc,
                number=number or None,
                level=item.level,
                title=(t_start, t_end),
                body=(b_start, b_end),
                group=group,
                resp=resp,
                span=Span(start=s_start, end=s_end),
            )
        )
    return tasks


def _task(
    doc: Document,
    *,
    number: str | None,
    level: int,
    title: tuple[int, int],
    body: tuple[int, int],
    group: str | None,
    resp: Responsibility | None,
    span: Span,
) -> WorkTask:
    """A task with its title and body sliced from the text and its responsibility split into units."""
    text = doc.text
    responsible_text: str | None = None
    units: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    deadline: str | None = None
    if resp is not None:
        r_span, d_span = split_deadline(doc.view, resp.span)
        responsible_text = text[r_span.start : r_span.end]
        split = split_units(responsible_text, doc.view[r_span.start : r_span.end])
        units, lead = split.units, split.lead
        if d_span is not None:
            deadline = text[d_span.start : d_span.end]
    return WorkTask(
        number=number,
        sequence=0,
        level=level,
        title=text[title[0] : title[1]],
        body=text[body[0] : body[1]],
        group=group,
        responsible=units,
        responsible_text=responsible_text,
        lead_units=lead,
        deadline=deadline,
        span=span,
    )


def _row_tasks(doc: Document, item: Item, rows: Sequence[Row], reader: _Reader) -> list[WorkTask]:
    """Unnumbered tasks for the rows under *item*, which becomes their group."""
    view, text = doc.view, doc.text
    g_start, g_end = strip_span(view, item.start, reader.title(item)[1])
    group = text[g_start:g_end] or None
    out: list[WorkTask] = []
    for row in rows:
        t_start, t_end = title_span(view, row.start, row.end)
        b_start, b_end = strip_span(view, t_end, row.end, _PUNCT)
        end = row.responsibility.span.end if row.responsibility is not None else row.end
        out.append(
            _task(
                doc,
                number=None,
                level=item.level + 1,
                title=(t_start, t_end),
                body=(b_start, b_end),
                group=group,
                resp=row.responsibility,
                span=Span(start=row.start, end=end),
            )
        )
    return out


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
    from_tables = tasks_from_tables(doc)
    table_tasks = from_tables.tasks
    table_spans = [*from_tables.spans, *from_tables.unaligned]
    stops = sorted(n.span.start for n in (*doc.noise, *report.noise))
    # the section tree wins unless the line scan finds more tasks with a responsibility;
    # only the winner's tasks are built
    reader = _Reader(doc)
    chosen: _Plan | None = None
    for items in _outline_items(doc, report, table_spans):
        plan = _plan(_clip(items, stops), reader)
        if plan.chosen and (chosen is None or plan.score > chosen.score):
            chosen = plan
    outline_tasks = _build(doc, chosen, reader) if chosen is not None else []
    merged = sorted(
        [(t, False) for t in outline_tasks] + [(t, True) for t in table_tasks],
        key=lambda pair: pair[0].span.start if pair[0].span is not None else 0,
    )
    tasks = tuple(attrs.evolve(t, sequence=i) for i, (t, _) in enumerate(merged, start=1))
    found = _diagnose(tasks, [flag for _, flag in merged])
    found.extend(
        diagnostics.make(
            "GD503", "a task table's cells do not sit under its headers; its rows were not read", span=span
        )
        for span in from_tables.unaligned
    )
    return attrs.evolve(report, tasks=tasks, diagnostics=report.diagnostics + tuple(found))
