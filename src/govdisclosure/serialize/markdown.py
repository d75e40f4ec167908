"""A human-readable Markdown summary of a report.

Metadata, the three official tables (二, 三, 四) as Markdown tables, key figures
(narrative, key areas, service halls), work-plan tasks and diagnostics.  The
tables are laid out from the model with :func:`attrs.fields`, so a field added
to the model appears without a change here.

>>> from govdisclosure.model import Report
>>> print(to_markdown(Report(year=2022)).splitlines()[0])
# (untitled document)
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Final

import attrs

from govdisclosure.model import (
    ActiveDisclosure,
    ApplicantCounts,
    ApplicationStats,
    Approximation,
    Cell,
    CellKind,
    ChannelCounts,
    Origin,
    OutcomeCounts,
    Report,
    ReviewLitigation,
)
from govdisclosure.serialize.rows import format_value, iter_rows

__all__ = ["cell_text", "to_markdown"]

_APPROX: Final[dict[Approximation, str]] = {
    Approximation.EXACT: "",
    Approximation.ABOUT: "≈",
    Approximation.MORE_THAN: ">",
    Approximation.AT_LEAST: "≥",
    Approximation.NEARLY: "≲",
    Approximation.UNDER: "<",
}
_TABLE_GROUPS: Final = frozenset({"applications", "review_litigation", "active_disclosure"})


def _esc(text: object) -> str:
    """Make *text* safe inside a Markdown table cell."""
    s = "" if text is None else str(text)
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _number(value: int | Decimal | None, approximation: Approximation, unit: str | None) -> str:
    return f"{_APPROX[approximation]}{format_value(value)}{unit or ''}"


def cell_text(cell: Cell | None) -> str:
    """Show a cell as in a table: its number, ``(blank)``, the placeholder as printed, ``*`` when derived.

    >>> cell_text(Cell(value=None, raw="/", kind=CellKind.PLACEHOLDER))
    '/'
    >>> cell_text(Cell(value=5, raw="", origin=Origin.DERIVED))
    '5*'
    """
    if cell is None:
        return ""
    if cell.kind is CellKind.NUMBER and cell.value is not None:
        text = _number(cell.value, cell.approximation, None)
        return text + "*" if cell.origin is Origin.DERIVED else text
    if cell.kind is CellKind.BLANK:
        return "(blank)"
    return _esc(cell.raw) or f"({cell.kind.value})"


def _table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> list[str]:
    head = list(header)
    lines = ["| " + " | ".join(_esc(h) for h in head) + " |", "|" + "---|" * len(head)]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return lines


@functools.cache
def _cell_fields(cls: Any) -> tuple[str, ...]:
    hints = typing.get_type_hints(cls)
    return tuple(f.name for f in attrs.fields(cls) if hints[f.name] in (Cell, Cell | None))


@functools.cache
def _fields_of_type(cls: Any, member: Any) -> tuple[str, ...]:
    hints = typing.get_type_hints(cls)
    return tuple(f.name for f in attrs.fields(cls) if hints[f.name] in (member, member | None))


def _metadata(report: Report) -> list[str]:
    src = report.source
    period = f"{report.period.start.isoformat()} – {report.period.end.isoformat()}" if report.period else None
    items: list[tuple[str, Any]] = [
        ("kind", report.kind.value),
        ("template", report.template.value if report.template else None),
        ("organ", report.organ.value if report.organ else None),
        ("year", report.year),
        ("period", period),
        ("published", report.published.value.isoformat() if report.published else None),
        ("signed", report.signed.value.isoformat() if report.signed else None),
        ("language", report.language.value),
        ("document number", report.document_number.canonical if report.document_number else None),
        ("source", src.path if src else None),
        ("format / encoding", f"{src.format} / {src.encoding or '-'}" if src else None),
        ("sha256", src.sha256 if src else None),
        ("sections", len(report.top_sections()) or None),
        ("tasks", len(report.tasks) or None),
    ]
    return _table(("field", "value"), ([k, _esc(v)] for k, v in items if v is not None))


def _grid(rows: list[tuple[str, Any]], cls: type) -> list[str]:
    """A table with one line per row object and one column per Cell field of *cls* that is used."""
    columns = [c for c in _cell_fields(cls) if any(getattr(obj, c) is not None for _, obj in rows)]
    body = ([_esc(name), *(cell_text(getattr(obj, c)) for c in columns)] for name, obj in rows)
    return _table(("row", *columns), body)


def _table_two(active: ActiveDisclosure) -> list[str]:
    rows = [
        [_esc(name), _esc(cell.label), cell_text(cell), _esc(cell.unit)]
        for name in _cell_fields(ActiveDisclosure)
        if (cell := getattr(active, name)) is not None
    ]
    return _table(("field", "label", "value", "unit"), rows) if rows else []


def _table_three(apps: ApplicationStats) -> list[str]:
    rows: list[tuple[str, Any]] = []
    for name in _fields_of_type(ApplicationStats, ApplicantCounts):
        counts = getattr(apps, name)
        if counts is not None:
            rows.append((f"{name} {counts.label}" if counts.label else name, counts))
    lines = _grid(rows, ApplicantCounts) if rows else []
    others = [
        [_esc(name), _esc(cell.label), cell_text(cell)]
        for name in _cell_fields(ApplicationStats)
        if (cell := getattr(apps, name)) is not None
    ]
    if apps.by_channel is not None:
        others.extend(
            [_esc(f"by_channel.{name}"), _esc(cell.label), cell_text(cell)]
            for name in _cell_fields(ChannelCounts)
            if (cell := getattr(apps.by_channel, name)) is not None
        )
    if others:
        lines += ["", *_table(("field", "label", "value"), others)]
    return lines


def _table_four(rl: ReviewLitigation) -> list[str]:
    rows = [(name, obj) for name in _fields_of_type(ReviewLitigation, OutcomeCounts) if (obj := getattr(rl, name))]
    lines = _grid(rows, OutcomeCounts) if rows else []
    others = [[_esc(name), cell_text(cell)] for name in _cell_fields(ReviewLitigation) if (cell := getattr(rl, name))]
    if others:
        lines += ["", *_table(("field", "value"), others)]
    return lines


def _key_figures(report: Report) -> list[str]:
    rows = [
        [
            _esc(row["field_path"]),
            _esc(row["label"]),
            _esc(_APPROX[Approximation(row["approximation"])] + format_value(row["value"]) + (row["unit"] or "")),
            _esc(row["raw"]),
        ]
        for row in iter_rows(report)
        if row["group"] not in _TABLE_GROUPS or ".legacy_rows[" in row["field_path"]
    ]
    return _table(("where", "label", "value", "as printed"), rows) if rows else []


def _tasks(report: Report) -> list[str]:
    rows = [
        [_esc(t.number or ""), _esc(t.title), _esc("、".join(t.responsible) or t.responsible_text or "")]
        for t in report.tasks
    ]
    return _table(("number", "title", "responsible"), rows) if rows else []


def _diagnostics(report: Report) -> list[str]:
    rows = []
    for d in report.diagnostics:
        where = d.path or ""
        if d.span is not None:
            where = f"{where} [{d.span.start}, {d.span.end})".strip()
        rows.append([d.severity.value, d.code, _esc(d.message), _esc(where)])
    return _table(("severity", "code", "message", "where"), rows) if rows else []


def to_markdown(report: Report) -> str:
    """Return a Markdown summary of *report* (ends with a newline).

    Values are exact; ``*`` marks a figure derived by the library, ``>``/``≈``/… an
    approximate one (余, 约 …); placeholders are shown as printed.
    """
    title = report.title.value if report.title else "(untitled document)"
    out = [f"# {_esc(title)}", "", "## Metadata", "", *_metadata(report)]
    parts = (
        ("## 二、主动公开政府信息情况 (active disclosure)", _table_two(report.active_disclosure)),
        ("## 三、收到和处理政府信息公开申请情况 (requests)", _table_three(report.applications)),
        ("## 四、行政复议、行政诉讼情况 (review and litigation)", _table_four(report.review_litigation)),
        ("## Key figures", _key_figures(report)),
        ("## Tasks", _tasks(report)),
        ("## Diagnostics", _diagnostics(report)),
    )
    for heading, lines in parts:
        if lines:
            out += ["", heading, "", *lines]
    if any(d for d in parts[:3] if d[1]):
        out += ["", "`*` derived by the library from printed parts; `(blank)` nothing printed."]
    return "\n".join(out) + "\n"
