"""Official statistical tables (二, 三, 四 of both templates, pre-2019 annex) from Document tables.

The stage reads :attr:`Document.tables` (grids of every input shape) and fills
only table fields: ``applications`` rows of table 三, ``review_litigation``
blocks of table 四, ``active_disclosure`` cells of table 二, and, for reports
without table 三, the pre-2019 annex (with its rows kept as ``legacy_rows``).
Labels are matched by keyword, never by position alone; a figure we are not
sure of stays ``None`` with a diagnostic.
"""

from __future__ import annotations

from typing import Any, Final

import attrs

from govdisclosure import diagnostics
from govdisclosure.extract.legacy_annex import AnnexResult, extract_annex
from govdisclosure.extract.rows import table_rows
from govdisclosure.extract.table2 import extract_table2
from govdisclosure.extract.table3 import extract_table3
from govdisclosure.extract.table4 import extract_table4, merge_review
from govdisclosure.ingest.document import Document, Table
from govdisclosure.model import (
    ActiveDisclosure,
    ApplicantCounts,
    ApplicationStats,
    Cell,
    ChannelCounts,
    Diagnostic,
    LegacyRow,
    OutcomeCounts,
    Report,
    ReviewLitigation,
)

__all__ = ["MAX_TABLE_CELLS", "MAX_TABLE_ROWS", "extract_tables"]

#: Tables with more rows than this are not read as statistics tables (the forms have < 100).
MAX_TABLE_ROWS = 1000
#: Likewise for the grid size (table 三 of the 2021 form is 28 × 10).
MAX_TABLE_CELLS = 20_000


def _set_fields(base: Any, found: Any) -> Any:
    """*base* with every field that *found* sets (not ``None``, not empty)."""
    changes = {
        a.name: getattr(found, a.name) for a in attrs.fields(type(found)) if getattr(found, a.name) not in (None, ())
    }
    return attrs.evolve(base, **changes) if changes else base


def extract_tables(doc: Document, report: Report) -> Report:
    """Return *report* with ``applications``, ``review_litigation`` and ``active_disclosure`` from tables."""
    # The official tables have a few dozen rows; a grid of thousands is some other listing.
    tables = tuple(t for t in doc.tables if t.n_rows <= MAX_TABLE_ROWS and t.n_rows * t.n_cols <= MAX_TABLE_CELLS)
    if not tables:
        return report
    diags: list[Diagnostic] = []
    applications = report.applications
    review = report.review_litigation
    active = report.active_disclosure
    rows = [table_rows(t) for t in tables]
    apps, d3 = extract_table3(tables, rows, _leads(doc, tables))
    diags.extend(d3)
    if apps is not None:
        applications = _set_fields(applications, apps)
    rl, d4 = extract_table4(tables, rows, _captions(doc, tables))
    diags.extend(d4)
    if rl is not None:
        review = merge_review(review, rl)
    ad, d2 = extract_table2(tables, rows)
    diags.extend(d2)
    if ad is not None:
        active = _set_fields(active, ad)
    if apps is None and rl is None:
        annex = extract_annex(tables, rows)
        if annex is not None:
            applications, review, active = _apply_annex(annex, applications, review, active)
            diags.append(
                diagnostics.make(
                    "GD207",
                    f"pre-2019 statistics annex: {len(annex.rows)} rows kept, {len(annex.fields)} mapped to fields",
                    path="applications.legacy_rows",
                )
            )
    return attrs.evolve(
        report,
        applications=applications,
        review_litigation=review,
        active_disclosure=active,
        diagnostics=report.diagnostics + tuple(diags),
    )


# A grid's caption: at most this many characters of text just above it (never before the previous grid).
_MAX_CAPTION: Final = 240


def _captions(doc: Document, tables: tuple[Table, ...]) -> list[str]:
    """The printed text between each grid and the one before it (its last :data:`_MAX_CAPTION` characters)."""
    out: list[str] = []
    prev_end = 0
    for t in tables:
        start = max(prev_end, t.span.start - _MAX_CAPTION)
        out.append(doc.view[start : t.span.start] if start < t.span.start else "")
        prev_end = max(prev_end, t.span.end)
    return out


def _leads(doc: Document, tables: tuple[Table, ...]) -> list[tuple[int, str]]:
    """The printed text just above each grid, as for :func:`_captions`, with its offset."""
    out: list[tuple[int, str]] = []
    prev_end = 0
    for t in tables:
        start = max(prev_end, t.span.start - _MAX_CAPTION)
        out.append((start, doc.text[start : t.span.start] if start < t.span.start else ""))
        prev_end = max(prev_end, t.span.end)
    return out


def _apply_annex(
    annex: AnnexResult, apps: ApplicationStats, review: ReviewLitigation, active: ActiveDisclosure
) -> tuple[ApplicationStats, ReviewLitigation, ActiveDisclosure]:
    f = annex.fields
    app_changes: dict[str, Any] = {}
    for row in ("new_received", "granted", "partially_granted", "denied_total"):
        cell = f.get(f"applications.{row}.total")
        if cell is not None and getattr(apps, row) is None:
            app_changes[row] = ApplicantCounts(label=cell.label, span=cell.span, total=cell)
    channels = {
        name: f[f"applications.by_channel.{name}"]
        for name in ("in_person", "fax", "email", "online", "letter", "other")
        if f"applications.by_channel.{name}" in f
    }
    if channels and apps.by_channel is None:
        app_changes["by_channel"] = ChannelCounts(**channels)
    if "applications.answered" in f and apps.answered is None:
        app_changes["answered"] = f["applications.answered"]
    review_rows = tuple(r for r in annex.rows if _area(r) == "review")
    active_rows = tuple(r for r in annex.rows if _area(r) == "active")
    app_rows = tuple(r for r in annex.rows if _area(r) == "applications")
    app_changes["legacy_rows"] = apps.legacy_rows + app_rows
    rl_changes: dict[str, Any] = {"legacy_rows": review.legacy_rows + review_rows}
    review_total: Cell | None = f.get("review_litigation.review.total")
    if review_total is not None and review.review is None:
        rl_changes["review"] = OutcomeCounts(total=review_total)
    for name in ("litigation_total", "complaints"):
        cell = f.get(f"review_litigation.{name}")
        if cell is not None and getattr(review, name) is None:
            rl_changes[name] = cell
    ad_changes: dict[str, Any] = {"legacy_rows": active.legacy_rows + active_rows}
    if "active_disclosure.total_items" in f and active.total_items is None:
        ad_changes["total_items"] = f["active_disclosure.total_items"]
    return (
        attrs.evolve(apps, **app_changes),
        attrs.evolve(review, **rl_changes),
        attrs.evolve(active, **ad_changes),
    )


def _area(row: LegacyRow) -> str:
    """Which part of the report an annex row belongs to: by its field, else by its label."""
    if row.field is not None:
        head = row.field.split(".", 1)[0]
        return {"review_litigation": "review", "active_disclosure": "active"}.get(head, "applications")
    if "主动公开" in row.label:
        return "active"
    if any(w in row.label for w in ("复议", "诉讼", "申诉")):
        return "review"
    return "applications"
