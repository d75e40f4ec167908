"""The long format: one row per statistical figure of a report.

Every :class:`~govdisclosure.model.Cell` (table cells and narrative cells,
blanks and placeholders included), every
:class:`~govdisclosure.model.LabelledQuantity` and every bare
:class:`~govdisclosure.model.Quantity` found anywhere in a
:class:`~govdisclosure.model.Report` becomes one row.  The model is walked
generically with :func:`attrs.fields`, so a field added to the model shows up
in the rows without a change here.  :data:`COLUMNS` is the single definition
of the column names, their order and their types (CSV, Parquet and pandas
all use it).

>>> import govdisclosure as gd
>>> from govdisclosure.model import ActiveDisclosure, Cell, Report
>>> r = Report(active_disclosure=ActiveDisclosure(regulations_made=Cell(value=3, raw="3", label="规章")))
>>> [(row["field_path"], row["value"], row["origin"]) for row in to_rows(r)]
[('active_disclosure.regulations_made', 3, 'table')]
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, Final, NamedTuple

import attrs

from govdisclosure.model import Cell, CellKind, LabelledQuantity, Origin, Quantity, Report, Span

__all__ = ["COLUMNS", "Column", "Row", "column_names", "format_value", "iter_rows", "rows_of", "to_rows"]

#: One row of the long format: column name -> value (``None`` when empty).
Row = dict[str, Any]


class Column(NamedTuple):
    """A column of the long format: name, type (``str``, ``int`` or ``decimal``) and meaning."""

    name: str
    type: str
    doc: str


#: The columns of the long format, in order.  CSV, Parquet and DataFrame output use exactly these.
COLUMNS: Final[tuple[Column, ...]] = (
    Column("document_id", "str", "SHA-256 of the source bytes (empty when the report has no source)"),
    Column("source_path", "str", "path of the source file, when read from a file"),
    Column("organ", "str", "issuing organ as printed"),
    Column("year", "int", "year reported on"),
    Column("template", "str", "annual-report template: 2021, 2019 or pre2019"),
    Column("kind", "str", "document kind: annual_report, work_plan, service_report, other"),
    Column("group", "str", "top-level part of the report holding the figure (applications, key_areas …)"),
    Column("field_path", "str", "path of the figure in the report, e.g. applications.new_received.total"),
    Column("field", "str", "canonical field name (the model attribute, or the lexicon name of a labelled figure)"),
    Column("label", "str", "the label of the figure as printed"),
    Column("row", "str", "table row (field of the row) where the figure is a cell of a grid row"),
    Column("column", "str", "table column (applicant column of table 三, outcome of table 四 …)"),
    Column("column_label", "str", "the column's label as printed, where the figure is a cell of a grid row"),
    Column("level", "str", "administrative level of a labelled figure (county, township …)"),
    Column("value", "decimal", "the number (exact; empty for blanks and placeholders)"),
    Column("unit", "str", "unit as normalized (件, 条, 元, % …)"),
    Column("approximation", "str", "exact, about, more_than, at_least, nearly or under"),
    Column("origin", "str", "table (printed in a table cell), narrative (stated in prose) or derived (computed)"),
    Column("cell_kind", "str", "number, blank, placeholder or invalid, as printed"),
    Column("span_start", "int", "start offset of the figure in Report.text"),
    Column("span_end", "int", "end offset of the figure in Report.text"),
    Column("raw", "str", "the figure as printed"),
)


def column_names() -> tuple[str, ...]:
    """Return the column names in order.

    >>> column_names()[:3]
    ('document_id', 'source_path', 'organ')
    """
    return tuple(c.name for c in COLUMNS)


def format_value(value: int | Decimal | None) -> str:
    """Write a figure exactly, without exponent notation (``Decimal('1E+3')`` is ``'1000'``).

    >>> format_value(Decimal("1E+3")), format_value(7), format_value(None), format_value(Decimal("0.50"))
    ('1000', '7', '', '0.50')
    """
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _contains_figures(tp: Any, seen: frozenset[type] = frozenset()) -> bool:
    """Whether a value of type *tp* can hold a figure somewhere inside it."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType, tuple):
        return any(_contains_figures(a, seen) for a in typing.get_args(tp) if a is not Ellipsis)
    if not (isinstance(tp, type) and attrs.has(tp)):
        return False
    if tp in (Cell, Quantity, LabelledQuantity):
        return True
    if tp in seen:
        return False
    return any(_contains_figures(t, seen | {tp}) for t in _field_types(tp).values())


@functools.cache
def _field_types(cls: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in attrs.fields(cls)}


@functools.cache
def _figure_fields(cls: Any) -> tuple[str, ...]:
    """The fields of *cls* that can hold figures, in declaration order."""
    return tuple(name for name, tp in _field_types(cls).items() if _contains_figures(tp))


@functools.cache
def _is_grid_row(cls: Any) -> bool:
    """A grid row is a class whose figures are all direct ``Cell`` fields (ApplicantCounts, OutcomeCounts …)."""
    figure_fields = _figure_fields(cls)
    types_ = _field_types(cls)
    return len(figure_fields) >= 2 and all(types_[n] in (Cell, Cell | None) for n in figure_fields)


class _Context(NamedTuple):
    group: str
    row: str | None
    label: str | None
    field: str | None
    level: str | None
    unit: str | None


def _span(span: Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def _segment(path: str) -> str:
    return path.rsplit(".", 1)[-1]


def _cell_row(cell: Cell, path: str, parent: type, parent_path: str, ctx: _Context) -> Row:
    row: str | None
    column: str | None = None
    label, column_label = cell.label or ctx.label, None
    if _is_grid_row(parent):
        row, column = _segment(parent_path), _segment(path)
        if row.endswith("]"):  # an element of a tuple of rows (LegacyRow): its label names it
            row = None
        label, column_label = ctx.label or cell.label, cell.label
    else:
        row = _segment(path)
    start, end = _span(cell.span)
    return {
        "group": ctx.group,
        "field_path": path,
        "field": ctx.field or row,
        "label": label,
        "row": row,
        "column": column,
        "column_label": column_label,
        "level": ctx.level,
        "value": cell.value,
        "unit": cell.unit or ctx.unit,
        "approximation": cell.approximation.value,
        "origin": cell.origin.value,
        "cell_kind": cell.kind.value,
        "span_start": start,
        "span_end": end,
        "raw": cell.raw,
    }


def _quantity_row(q: Quantity, path: str, ctx: _Context) -> Row:
    start, end = _span(q.span)
    return {
        "group": ctx.group,
        "field_path": path,
        "field": ctx.field,
        "label": ctx.label,
        "row": ctx.row,
        "column": None,
        "column_label": None,
        "level": ctx.level,
        "value": q.value,
        "unit": q.unit,
        "approximation": q.approximation.value,
        "origin": Origin.NARRATIVE.value,
        "cell_kind": CellKind.NUMBER.value,
        "span_start": start,
        "span_end": end,
        "raw": q.raw,
    }


def _str_attr(obj: object, name: str) -> str | None:
    value = getattr(obj, name, None)
    return value if isinstance(value, str) else None


def _walk(obj: object, path: str, parent: type, parent_path: str, ctx: _Context) -> Iterator[Row]:
    if isinstance(obj, Cell):
        yield _cell_row(obj, path, parent, parent_path, ctx)
    elif isinstance(obj, LabelledQuantity):
        inner = ctx._replace(label=obj.label, field=obj.field or ctx.field, level=obj.level or ctx.level)
        yield _quantity_row(obj.quantity, path, inner)
    elif isinstance(obj, Quantity):
        yield _quantity_row(obj, path, ctx)
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from _walk(item, f"{path}[{i}]", parent, parent_path, ctx)
    elif attrs.has(type(obj)):
        cls: Any = type(obj)
        # A labelled container (LegacyRow, ApplicantCounts, KeyAreaDisclosure …) labels its figures.
        ctx = ctx._replace(
            label=_str_attr(obj, "label") or ctx.label,
            field=_str_attr(obj, "field") or ctx.field,
            row=_str_attr(obj, "area") or ctx.row,
            level=_str_attr(obj, "level") or ctx.level,
            unit=_str_attr(obj, "unit") or ctx.unit,
        )
        for name in _figure_fields(cls):
            value = getattr(obj, name)
            if value is not None:
                yield from _walk(value, f"{path}.{name}", cls, path, ctx)


def iter_rows(report: Report) -> Iterator[Row]:
    """Yield the long-format rows of *report* lazily, in model order (see :func:`to_rows`)."""
    doc: Row = {
        "document_id": report.source.sha256 if report.source is not None else "",
        "source_path": report.source.path if report.source is not None else None,
        "organ": report.organ.value if report.organ is not None else None,
        "year": report.year,
        "template": report.template.value if report.template is not None else None,
        "kind": report.kind.value,
    }
    names = column_names()
    for group in _figure_fields(Report):
        ctx = _Context(group=group, row=None, label=None, field=None, level=None, unit=None)
        value = getattr(report, group)
        if value is None:
            continue
        for figure in _walk(value, group, Report, "", ctx):
            merged = doc | figure
            yield {name: merged.get(name) for name in names}


def to_rows(report: Report) -> list[Row]:
    """Return every figure of *report* as a row of the long format (columns: :data:`COLUMNS`).

    Values are ``int`` / :class:`~decimal.Decimal` / ``None``; enums are their
    string values.  Blank and placeholder cells are rows too (``value`` is
    ``None``, ``cell_kind`` says what was printed).
    """
    return list(iter_rows(report))


def rows_of(reports: Iterable[Report]) -> Iterator[Row]:
    """Yield the rows of several reports, one report after the other."""
    for report in reports:
        yield from iter_rows(report)
