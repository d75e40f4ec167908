"""Ingest: every shared document reads without error and its noise stays off the content."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govdisclosure.ingest import read
from govdisclosure.model import Language
from tests.conftest import SHARED_DOCS, needs_shared


def _truth(path: Path) -> dict[str, object]:
    truth = path.parent.parent / "truth" / (path.stem + ".json")
    if not truth.is_file():
        truth = path.parent / "truth" / (path.stem + ".json")
    return json.loads(truth.read_text(encoding="utf-8")) if truth.is_file() else {}


@needs_shared
@pytest.mark.parametrize("path", SHARED_DOCS, ids=lambda p: p.name)
def test_shared_document_ingests(path: Path) -> None:
    """Each shared document gives a Document whose spans all point into its text."""
    doc = read(path)
    assert doc.text
    assert len(doc.view) == len(doc.text)
    for ns in doc.noise:
        assert doc.text[ns.span.start : ns.span.end] == ns.text
    for table in doc.tables:
        for cell in table.cells:
            if cell.span is not None:
                assert doc.text[cell.span.start : cell.span.end] == cell.text


@needs_shared
@pytest.mark.parametrize("path", SHARED_DOCS, ids=lambda p: p.name)
def test_shared_document_language_and_title(path: Path) -> None:
    """The language matches the truth, and the printed title is never marked as noise."""
    doc = read(path)
    truth = _truth(path)
    if truth.get("language"):
        assert doc.language is Language(truth["language"])
    title = truth.get("title")
    if isinstance(title, str):
        first_line = title.split("\n")[0][:12]
        at = doc.text.find(first_line)
        if at >= 0:
            assert not any(n.span.start <= at < n.span.end for n in doc.noise), title
