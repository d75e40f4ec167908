"""Tables of the shared real documents: no table figure may contradict the hand-checked truth."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import govdisclosure as gd
from govdisclosure.model import Cell, Origin
from tests.conftest import SHARED_DOCS, needs_shared

_TABLE_PATHS = ("applications", "review_litigation", "active_disclosure")


def _truth(doc: Path) -> dict[str, object] | None:
    path = doc.parent.parent / "truth" / f"{doc.stem}.json"
    if not path.is_file():
        path = doc.parent / "truth" / f"{doc.stem}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _table_cells(report: gd.Report) -> dict[str, Cell]:
    """Table-origin total cells by truth path."""
    out: dict[str, Cell] = {}
    apps = report.applications
    names = {
        "new_received": "new_received_total",
        "carried_over": "carried_over_total",
        "granted": "granted",
        "partially_granted": "partially_granted",
        "outcome_total": "outcome_total",
        "carried_forward": "carried_forward",
    }
    for attr, key in names.items():
        row = getattr(apps, attr)
        if row is not None and row.total is not None and row.total.origin is Origin.TABLE:
            out[f"applications.{key}"] = row.total
    for block in ("review", "litigation_direct", "litigation_after_review"):
        counts = getattr(report.review_litigation, block)
        for o in ("maintained", "corrected", "other", "pending", "total"):
            cell = getattr(counts, o) if counts is not None else None
            if cell is not None and cell.origin is Origin.TABLE and cell.label and "/" in cell.label:
                out[f"review_litigation.{block}.{o}"] = cell
    ad = report.active_disclosure
    for field in attrs.fields(gd.ActiveDisclosure):
        cell = getattr(ad, field.name)
        if isinstance(cell, Cell) and cell.label and " / " in cell.label:
            out[f"active_disclosure.{field.name}"] = cell
    return out


def _lookup(truth: dict[str, object], path: str) -> object:
    node: object = truth
    for part in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


@needs_shared
@pytest.mark.parametrize("doc", SHARED_DOCS, ids=lambda p: p.stem)
def test_table_figures_never_contradict_truth(doc: Path) -> None:
    """Every figure read from a table equals the truth wherever the truth has a value."""
    truth = _truth(doc)
    if truth is None:
        pytest.skip("no truth file")
    report = gd.parse_file(doc)
    for path, cell in _table_cells(report).items():
        expected = _lookup(truth, path)
        if expected is not None and cell.value is not None:
            assert float(cell.value) == pytest.approx(float(expected)), (path, cell.raw)  # type: ignore[arg-type]
        if cell.span is not None:
            assert cell.span.slice(report.text) == cell.raw


@needs_shared
def test_flattened_pdf_report_reads_all_three_tables(shared_dir: Path) -> None:
    """The flattened PDF-text report yields tables 二, 三 and 四, balanced."""
    doc = shared_dir / "corpus" / "docs" / "f01_huaian_2024_pdftext.txt"
    if not doc.is_file():
        pytest.skip("document not present")
    report = gd.parse_file(doc)
    apps = report.applications
    assert apps.outcome_total is not None
    assert apps.outcome_total.total is not None
    assert apps.other_other is not None
    assert apps.other_unpaid_fee is not None
    rl = report.review_litigation
    assert rl.litigation_after_review is not None
    assert rl.litigation_after_review.total is not None
    assert report.active_disclosure.admin_fees_10k_yuan is not None
    assert not [d for d in report.diagnostics if d.code in {"GD401", "GD402", "GD403", "GD404", "GD405"}]
