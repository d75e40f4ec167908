"""Tasks of a flattened task table whose grid came out wrong, read from its cells in text order.

A table copied one cell per line (``1 |``, ``具体要求… |``, ``责任单位… |``)
loses its row breaks when blank cells vary from row to row, and the grid
the ingest stage builds puts cells under the wrong headers.  Read in text
order, the cells still follow the header: an optional chapter cell
(``一、…``, the group merged over its rows), the row's number, then one
cell per remaining header label.  Every row must fit that pattern and its
cells must read as their headers promise; otherwise no task is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from govdisclosure.extract.task_text import strip_span
from govdisclosure.extract.task_units import names_units, split_units
from govdisclosure.ingest.document import Document, Table
from govdisclosure.lexicon.tasks import UNIT_SUFFIXES
from govdisclosure.model import Span, WorkTask

__all__ = ["stream_tasks"]

_NUMBER: Final = re.compile(r"\s*\d{1,3}[、.]?\s*")
_CHAPTER: Final = re.compile(r"\s*[一二三四五六七八九十]{1,3}、")
_PUNCT: Final = " \t\n，,：:；;。.、|"
_DEADLINE_MAX: Final = 30
_MIN_ROWS: Final = 2


def _cells(doc: Document, table: Table) -> list[Span] | None:
    """The filled cells' spans in text order (None when a cell's text is not where its span says)."""
    spans: list[Span] = []
    for cell in table.cells:
        if not cell.text.strip():
            continue
        span = cell.span
        if span is None or span.end > len(doc.text) or doc.text[span.start : span.end].strip() != cell.text.strip():
            return None
        a, b = strip_span(doc.view, span.start, span.end)
        spans.append(Span(start=a, end=b))
    spans.sort(key=lambda s: s.start)
    return spans


def stream_tasks(doc: Document, table: Table, role: Callable[[str], str | None]) -> list[WorkTask]:
    """Tasks of *table* read from its filled cells in text order, or ``[]`` when they do not fit its header.

    *role* maps a header label (matching view) to its column role (``title``,
    ``responsible``, ``deadline`` …).  The first label heads the numbers; the
    others must be a requirement, a responsible and at most a deadline column.
    An unfinished last row (a copy cut short) is left out.
    """
    spans = _cells(doc, table)
    if not spans:
        return []
    view, text = doc.view, doc.text
    roles: list[str] = []
    while len(roles) < len(spans) and (r := role(view[spans[len(roles)].start : spans[len(roles)].end])) is not None:
        roles.append(r)
    after = roles[1:]
    if sorted(after) not in (["responsible", "title"], ["deadline", "responsible", "title"]):
        return []
    width = len(after)
    tasks: list[WorkTask] = []
    group: str | None = None
    i = len(roles)
    while i < len(spans):
        cell = view[spans[i].start : spans[i].end]
        if _CHAPTER.match(cell):
            group = text[spans[i].start : spans[i].end]
            i += 1
            continue
        if not _NUMBER.fullmatch(cell):
            return []
        row = spans[i + 1 : i + 1 + width]
        if any(_NUMBER.fullmatch(view[s.start : s.end]) or _CHAPTER.match(view[s.start : s.end]) for s in row):
            return []  # a row with cells missing: the cells no longer follow the header
        if len(row) < width:
            break  # the copy ends inside this row
        task = _task(doc, spans[i], dict(zip(after, row, strict=True)), group)
        if task is None:
            return []
        tasks.append(task)
        i += 1 + width
    return tasks if len(tasks) >= _MIN_ROWS else []


def _reads_as_units(view: str) -> bool:
    """Whether a responsible cell lists units: no sentence, and some unit ends like a unit name.

    >>> _reads_as_units("区直各部门、各镇(办)、经开区"), _reads_as_units("持续推进")
    (True, False)
    """
    if names_units(view):
        return True
    if "。" in view.rstrip("。"):
        return False
    return any(u.endswith(UNIT_SUFFIXES) for u in split_units(view, view).units)


def _task(doc: Document, number: Span, cells: dict[str, Span], group: str | None) -> WorkTask | None:
    """One row's task, or None when a cell does not read as its header promises."""
    view, text = doc.view, doc.text
    req, resp = cells["title"], cells["responsible"]
    req_view, resp_view = view[req.start : req.end], view[resp.start : resp.end]
    if _NUMBER.fullmatch(req_view) or names_units(req_view) or not _reads_as_units(resp_view):
        return None
    deadline: str | None = None
    if (d := cells.get("deadline")) is not None:
        d_view = view[d.start : d.end]
        if len(d_view) > _DEADLINE_MAX or "。" in d_view or names_units(d_view):
            return None
        deadline = text[d.start : d.end]
    stop = view.find("。", req.start, req.end)
    t_start, t_end = strip_span(view, req.start, req.end if stop < 0 else stop, _PUNCT)
    n_start, n_end = strip_span(view, number.start, number.end, _PUNCT)
    responsible_text = text[resp.start : resp.end]
    split = split_units(responsible_text, resp_view)
    return WorkTask(
        number=text[n_start:n_end],
        sequence=0,
        level=2 if group is not None else 1,
        title=text[t_start:t_end],
        body=text[req.start : req.end],
        group=group,
        responsible=split.units,
        responsible_text=responsible_text,
        lead_units=split.lead,
        deadline=deadline,
        span=Span(start=number.start, end=max(s.end for s in cells.values())),
    )
