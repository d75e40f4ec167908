"""Work-plan tasks from task tables (工作任务 | 具体要求 | 责任单位 | 完成时限 …).

Columns are mapped by header keywords (lexicon :mod:`govdisclosure.lexicon.tasks`);
a column of bare numbers is the numbering column even without a 序号 header;
a group cell merged over several rows belongs to every row it covers.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from attrs import frozen

from govdisclosure.extract.task_outline import match_number
from govdisclosure.extract.task_stream import stream_tasks
from govdisclosure.extract.task_text import strip_span
from govdisclosure.extract.task_units import names_units, split_units
from govdisclosure.ingest.document import Document, Table, TableCell
from govdisclosure.lexicon.tasks import (
    COLUMN_DEADLINE,
    COLUMN_GROUP,
    COLUMN_NUMBER,
    COLUMN_RESPONSIBLE,
    COLUMN_TITLE,
    UNIT_SUFFIXES,
)
from govdisclosure.model import Span, WorkTask
from govdisclosure.normalize.text import matching_view

__all__ = ["ColumnMap", "TableTasks", "map_columns", "tasks_from_table", "tasks_from_tables"]

_PUNCT: Final = " \t\n，,：:；;。.、"
_BARE_NUMBER: Final = re.compile(
    r"\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|\(\d{1,3}\)|\([一二三四五六七八九十]{1,3}\))[、.]?\s*"
)
#: Roles in the order a header is tested against them (时限要求 is a deadline, not a 要求).
_ROLES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("number", COLUMN_NUMBER),
    ("deadline", COLUMN_DEADLINE),
    ("responsible", COLUMN_RESPONSIBLE),
    ("title", COLUMN_TITLE),
    ("group", COLUMN_GROUP),
)
_HEADER_ROWS: Final = 3  # a header is looked for in the first rows only
_HEADER_MAX: Final = 16  # a header label is short
_DEADLINE_MAX: Final = 30  # a deadline cell longer than this is not a deadline


@frozen(kw_only=True)
class ColumnMap:
    """Which grid column plays which role; ``header_row`` is the last header row."""

    header_row: int
    title: int
    number: int | None = None
    group: int | None = None
    responsible: tuple[int, ...] = ()
    lead: tuple[int, ...] = ()
    deadline: int | None = None


@frozen(kw_only=True)
class _Text:
    """A cell's printed text and its matching view (same length) with its offset."""

    text: str
    view: str
    start: int | None


def _cell_text(doc: Document, cell: TableCell | None) -> _Text:
    if cell is None:
        return _Text(text="", view="", start=None)
    span = cell.span
    if span is not None and span.end <= len(doc.text) and doc.text[span.start : span.end].strip() == cell.text.strip():
        return _Text(text=doc.text[span.start : span.end], view=doc.view[span.start : span.end], start=span.start)
    return _Text(text=cell.text, view=matching_view(cell.text), start=None)


class _Cells:
    """The texts of a document's table cells, each read once.

    Mapping a table's columns reads a column's cells for every header row and
    alignment tried; a cell's text is computed the first time only.  The cell
    is kept with its text, so that its ``id`` cannot be reused meanwhile.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._seen: dict[int, tuple[TableCell, _Text]] = {}

    def text(self, cell: TableCell | None) -> _Text:
        """The cell's printed text and matching view (empty for a missing cell)."""
        if cell is None:
            return _cell_text(self.doc, None)
        seen = self._seen.get(id(cell))
        if seen is None:
            seen = self._seen[id(cell)] = (cell, _cell_text(self.doc, cell))
        return seen[1]


@functools.lru_cache(maxsize=1024)  # header labels repeat over the header rows and alignments tried
def _role(header_view: str) -> str | None:
    compact = "".join(header_view.split())
    if len(compact) > _HEADER_MAX or any(p in compact for p in "。;；"):
        return None  # a sentence is content, not a column header (各责任科室 in a data row)
    for role, words in _ROLES:
        if any(w in compact for w in words):
            return role
    return None


def map_columns(doc: Document, table: Table, *, texts: _Cells | None = None) -> ColumnMap | None:
    """Map the columns of a task table, or ``None`` when the table is not one.

    A task table has a title column (or a group column standing in for it)
    and a responsible or deadline column.  A header row with fewer labels
    than the table has columns (its last cells empty) lost a header merged
    over two columns: each label is tried as the spanning one, and the first
    mapping whose columns hold plausible content is kept.
    """
    return _map(texts or _Cells(doc), table)[0]


def _map(texts: _Cells, table: Table) -> tuple[ColumnMap | None, bool]:
    """The column map (or None) and whether some header row names two task-table roles."""
    grid = table.cell_grid()
    headed = False
    for h in range(min(_HEADER_ROWS, table.n_rows - 1)):
        labels = [texts.text(cell).view for cell in grid[h]]
        rows = grid[h + 1 :]
        headed = headed or len({r for label in labels if (r := _role(label)) is not None}) >= 2
        variants = _label_variants(labels)
        fallback: ColumnMap | None = None
        for i, variant in enumerate(variants):
            columns = _map_labels(texts, variant, rows, h)
            if columns is None:
                continue
            if not _titles_read_as_text(texts, grid, columns) or _numbers_in_groups(texts, grid, columns):
                continue
            if len(variants) == 1 or _plausible(texts, rows, columns, i == 0):
                if i == 0 and _fills_unlabelled(texts, rows, labels):
                    # rows reach past the labelled columns: a header merged over columns fits better if one does
                    fallback = columns
                    continue
                return columns, True
        if fallback is not None:
            return fallback, True
    return None, headed


def _fills_unlabelled(texts: _Cells, rows: list[list[TableCell | None]], labels: list[str]) -> bool:
    """Whether some row has text in a column whose header label is empty."""
    blank = [c for c, label in enumerate(labels) if not label.strip()]
    return any(texts.text(row[c]).view.strip() for row in rows for c in blank)


def _titles_read_as_text(texts: _Cells, grid: list[list[TableCell | None]], columns: ColumnMap) -> bool:
    """Whether most filled cells of the title column read as requirements, not numbers or unit lists.

    Rows are taken as :func:`_realign` shifts them.  A grid whose cells slid
    out of their columns in a way realigning does not undo (a flattened
    table the ingest stage could not align) puts numbers and unit names
    under the requirement header; such a mapping would give wrong tasks.
    """
    filled = []
    for r in range(columns.header_row + 1, len(grid)):
        cell = _realign(texts, grid[r], r, columns)[columns.title]
        if v := texts.text(cell).view.strip():
            filled.append(v)
    odd = sum(1 for v in filled if _BARE_NUMBER.fullmatch(v) or names_units(v))
    return 2 * odd < len(filled)


def _numbers_in_groups(texts: _Cells, grid: list[list[TableCell | None]], columns: ColumnMap) -> bool:
    """Whether the group column holds a bare number in some row (rows taken as realigned).

    A column of all numbers is the number column; a group column with some
    numbers among its headings is a grid whose cells slid out of their
    columns, and its rows would give tasks under the wrong headers.
    """
    if columns.group is None:
        return False
    for r in range(columns.header_row + 1, len(grid)):
        cell = _realign(texts, grid[r], r, columns)[columns.group]
        if cell is not None and cell.row == r and _BARE_NUMBER.fullmatch(texts.text(cell).view.strip()):
            return True
    return False


def _label_variants(labels: list[str]) -> list[list[str]]:
    """The header labels as given, then (when the last ones are empty) with one label spanning the gap."""
    k = 0
    while k < len(labels) and not labels[len(labels) - 1 - k].strip():
        k += 1
    variants = [labels]
    if 0 < k < len(labels):
        filled = labels[: len(labels) - k]
        variants.extend(filled[: i + 1] + [filled[i]] * k + filled[i + 1 :] for i in range(len(filled)))
    return variants


def _map_labels(texts: _Cells, labels: list[str], rows: list[list[TableCell | None]], h: int) -> ColumnMap | None:
    roles: dict[str, list[int]] = {}
    for c, label in enumerate(labels):
        role = _role(label)
        if role is not None:
            roles.setdefault(role, []).append(c)
    title_cols = roles.get("title") or roles.get("group") or []
    if not title_cols or not (roles.get("responsible") or roles.get("deadline")):
        return None
    group_cols = roles.get("group", []) if roles.get("title") else []
    number = roles.get("number", [None])[0]
    if number is None:
        unmapped = [c for c in range(len(labels)) if c not in _mapped(roles)]
        number = _number_column(texts, rows, h + 1, unmapped + title_cols + group_cols)
    title_cols = [c for c in title_cols if c != number]
    group_cols = [c for c in group_cols if c != number]
    if not title_cols:
        return None
    responsible = tuple(roles.get("responsible", ()))
    return ColumnMap(
        header_row=h,
        title=title_cols[0],
        number=number,
        group=group_cols[0] if group_cols else None,
        responsible=responsible,
        lead=tuple(c for c in responsible if "牵头" in labels[c]),
        deadline=roles.get("deadline", [None])[0],
    )


def _plausible(texts: _Cells, rows: list[list[TableCell | None]], columns: ColumnMap, as_given: bool) -> bool:
    """Whether a mapping's columns hold what their headers promise (used to pick a header alignment)."""

    def filled(c: int) -> list[str]:
        return [v for row in rows if (v := texts.text(row[c]).view.strip())]

    titles = filled(columns.title)
    if not titles or all(_BARE_NUMBER.fullmatch(v) for v in titles):
        return False
    for c in columns.responsible:
        units = filled(c)
        if units and 2 * sum(names_units(v) for v in units) < len(units):
            return False
    if columns.deadline is not None and any(len(v) > _DEADLINE_MAX for v in filled(columns.deadline)):
        return False
    return as_given or columns.number is not None or columns.group is not None


def _mapped(roles: dict[str, list[int]]) -> set[int]:
    return {c for cols in roles.values() for c in cols}


def _number_column(
    texts: _Cells, rows: list[list[TableCell | None]], first_row: int, candidates: list[int]
) -> int | None:
    """The first candidate column whose filled cells are all bare numbers.

    Rows that slid left by that column's index (:func:`_slid`) are left out:
    their number sits at their start.
    """
    for c in candidates:
        filled = [
            v
            for r, row in enumerate(rows, first_row)
            if not _slid(texts, row, r, c) and (v := texts.text(row[c]).view.strip())
        ]
        if filled and all(_BARE_NUMBER.fullmatch(v) for v in filled):
            return c
    return None


def _slid(texts: _Cells, row: list[TableCell | None], r: int, by: int) -> bool:
    """Whether row *r* lost its *by* leading (merged) cells: it starts with its number and ends *by* cells short.

    A pipe table copies only a group's first row with its group cells
    (``一、… | （一）… | 1 | …``); the next rows start at their number.
    """
    if by <= 0 or by >= len(row):
        return False
    first = row[0]
    if first is None or first.row != r or not _BARE_NUMBER.fullmatch(texts.text(first).view.strip()):
        return False
    if _BARE_NUMBER.fullmatch(texts.text(row[by]).view.strip()):
        return False  # the number is already in place
    return all(cell is None or (cell.row == r and not cell.text.strip()) for cell in row[len(row) - by :])


def _row_span(cells: list[TableCell | None], row: int, fallback: Span) -> Span:
    spans = [c.span for c in cells if c is not None and c.row == row and c.span is not None]
    if not spans:
        return fallback
    return Span(start=min(s.start for s in spans), end=max(s.end for s in spans))


def _strip(t: _Text) -> str:
    a, b = strip_span(t.view, 0, len(t.view), " \t\n")
    return t.text[a:b]


def _title(t: _Text) -> tuple[str, str | None]:
    """First sentence of a requirement cell (and a number printed at its start)."""
    view = t.view
    start = 0
    number: str | None = None
    hit = match_number(view, 0)
    if hit is not None:
        number = t.text[hit[1] : hit[2]].rstrip("、.．")
        start = hit[2]
    stop = view.find("。", start)
    stop = len(view) if stop < 0 else stop
    a, b = strip_span(view, start, stop, _PUNCT)
    return t.text[a:b], number


def _realign(texts: _Cells, row: list[TableCell | None], r: int, columns: ColumnMap) -> list[TableCell | None]:
    """Shift a row whose leading (merged) cells were left out and its cells slid left.

    Flattened tables often drop the cells a merge covers, so the row's cells
    slide left and its last positions stay empty.  A row that starts with its
    number is shifted to put it under the number column; otherwise the row
    is shifted right when that puts unit names into the (otherwise empty)
    responsible column.  The positions opened at its start continue the
    cells above.
    """
    if columns.number is not None and _slid(texts, row, r, columns.number):
        # the row starts with its number: shift it under the number column
        return [None] * columns.number + row[: len(row) - columns.number]
    if not columns.responsible:
        return row

    def empty(cell: TableCell | None) -> bool:
        return cell is None or (cell.row == r and not cell.text.strip())

    if not empty(row[columns.responsible[0]]):
        return row
    k = 0
    while k < len(row) and empty(row[len(row) - 1 - k]):
        k += 1
    first = row[0]
    if k == 0 or k >= len(row) or first is None or first.row != r:
        return row
    shifted: list[TableCell | None] = [None] * k
    shifted.extend(row[: len(row) - k])
    moved = shifted[columns.responsible[0]]
    if moved is None or not names_units(texts.text(moved).view.strip()):
        return row
    return shifted


def tasks_from_table(doc: Document, table: Table, columns: ColumnMap, *, texts: _Cells | None = None) -> list[WorkTask]:
    """The tasks of one mapped task table (``sequence`` is set by the caller)."""
    texts = _Cells(doc) if texts is None else texts
    grid = table.cell_grid()
    tasks: list[WorkTask] = []
    group: str | None = None
    headers = {_strip(texts.text(cell)) for cell in grid[columns.header_row]}
    for r in range(columns.header_row + 1, table.n_rows):
        cells = _realign(texts, grid[r], r, columns)
        title_cell = cells[columns.title]
        if title_cell is not None and title_cell.colspan >= table.n_cols:
            group = _strip(texts.text(title_cell)) or group  # a row that heads a group of rows
            continue
        if columns.group is not None:
            # an empty group cell continues the group above (a merge the grid did not resolve)
            group = _strip(texts.text(cells[columns.group])) or group
        body_text = texts.text(title_cell)
        body = _strip(body_text)
        if not body or body in headers:
            continue
        title, printed_number = _title(body_text)
        number = _strip(texts.text(cells[columns.number])) if columns.number is not None else ""
        number = number or printed_number or ""
        units: list[str] = []
        lead: list[str] = []
        responsible_text: str | None = None
        cut = r == table.n_rows - 1 and _cut_at_end(doc, texts, table, cells, columns)
        for c in columns.responsible if not cut else ():
            rt = texts.text(cells[c])
            split = split_units(rt.text, rt.view)
            units.extend(split.units)
            lead.extend(split.units if c in columns.lead else split.lead)
            if responsible_text is None and _strip(rt):
                responsible_text = _strip(rt)
        deadline = _strip(texts.text(cells[columns.deadline])) if columns.deadline is not None else ""
        tasks.append(
            WorkTask(
                number=number or None,
                sequence=0,
                level=2 if columns.group is not None else 1,
                title=title,
                body=body,
                group=group if columns.group is not None else None,
                responsible=tuple(units),
                responsible_text=responsible_text,
                lead_units=tuple(lead),
                deadline=deadline or None,
                span=_row_span(cells, r, table.span),
            )
        )
    return tasks


def _cut_at_end(doc: Document, texts: _Cells, table: Table, cells: list[TableCell | None], columns: ColumnMap) -> bool:
    """Whether the table's last row is a copy cut short inside its responsible cell.

    The document ends with the table, the row's last filled cell is its
    (first) responsible cell, and the last unit named there does not end
    like a unit name (``…等政府各有关``): the units are left out rather
    than given cut.
    """
    if not columns.responsible or doc.view[table.span.end :].strip():
        return False
    filled = [c for c, cell in enumerate(cells) if cell is not None and texts.text(cell).view.strip()]
    if not filled or filled[-1] != columns.responsible[0]:
        return False
    rt = texts.text(cells[filled[-1]])
    units = split_units(rt.text, rt.view).units
    return bool(units) and not matching_view(units[-1]).endswith(UNIT_SUFFIXES)


@frozen(kw_only=True)
class TableTasks:
    """Tasks read from task tables, the spans of the tables read, and of those that could not be read.

    ``unaligned`` are tables whose header names task-table columns but whose
    cells do not sit under those headers (numbers or unit lists under the
    requirement header): no task is read from them, and outline items inside
    them are table cells, not tasks.
    """

    tasks: tuple[WorkTask, ...]
    spans: tuple[Span, ...]
    unaligned: tuple[Span, ...]


def tasks_from_tables(doc: Document) -> TableTasks:
    """Tasks of every task table of *doc*, with the spans of the tables read and left unread."""
    tasks: list[WorkTask] = []
    spans: list[Span] = []
    unaligned: list[Span] = []
    texts = _Cells(doc)
    for table in doc.tables:
        columns, headed = _map(texts, table)
        if columns is None:
            if headed:
                # the grid is wrong; the cells in text order may still follow the header
                streamed = stream_tasks(doc, table, _role)
                tasks.extend(streamed)
                (spans if streamed else unaligned).append(table.span)
            continue
        found = tasks_from_table(doc, table, columns, texts=texts)
        if found:
            tasks.extend(found)
            spans.append(table.span)
    return TableTasks(tasks=tuple(tasks), spans=tuple(spans), unaligned=tuple(unaligned))
