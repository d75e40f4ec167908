"""Narrative figures: labelled quantities, prose statistics, key areas and service-hall metrics.

The stage finds every quantity of the text (:func:`govdisclosure.normalize.find_quantities`
on the matching view), labels it and links parts to totals
(:mod:`~govdisclosure.extract.labelled`), then fills, only where the tables
stage left them ``None``, the request / review / fee / proactive-disclosure
figures stated in prose (:mod:`~govdisclosure.extract.narrative_stats`), the
key-area disclosures (:mod:`~govdisclosure.extract.key_areas`) and the
service-hall metrics (:mod:`~govdisclosure.extract.service_hall`).
"""

from __future__ import annotations

import re

import attrs

from govdisclosure.extract.key_areas import extract_key_areas
from govdisclosure.extract.labelled import TextIndex, find_figures, to_labelled
from govdisclosure.extract.narrative_context import HeadingContext
from govdisclosure.extract.narrative_stats import extract_stats
from govdisclosure.extract.service_hall import extract_service_hall, service_metrics
from govdisclosure.ingest.document import Document
from govdisclosure.model import DocumentKind, Quantity, Report
from govdisclosure.normalize import find_quantities

__all__ = ["extract_narrative"]

_SERVICE_TITLE_WORDS = ("政务服务", "行政服务", "便民服务")
_CJK = re.compile(r"[\u4e00-\u9fff]")  # a line of text, not a stray table rule ``|``
_NUMBERED = re.compile(r"\s*(?:[一二三四五六七八九十\d]{1,3}\s*[、.]|\()")


def _quantities(doc: Document, index: TextIndex) -> list[Quantity]:
    """The quantities of the text, matched on the view with paragraph line wraps read as spaces.

    Tables are read by the tables stage and their figures dropped here, so
    their inner stretches are not read at all.
    """
    return find_quantities(doc.text, view=index.unwrapped, skip=index.table_regions())


def _service_document(doc: Document, report: Report) -> bool:
    if report.kind is DocumentKind.SERVICE_REPORT:
        return True
    if report.kind is not DocumentKind.OTHER:
        return False
    # the first line (title or lead sentence) says what the whole document is about
    first = next((line for line in doc.view.split("\n", 5) if _CJK.search(line)), "")
    if _NUMBERED.match(first):
        return False
    return any(w in first for w in _SERVICE_TITLE_WORDS) and "年度报告" not in first and "要点" not in first


def extract_narrative(doc: Document, report: Report) -> Report:
    """Return *report* with narrative figures filled where the tables left fields empty.

    >>> from govdisclosure import parse
    >>> r = parse("三、收到和处理政府信息公开申请情况\\n本年共收到政府信息公开申请12件，其中网上申请7件。")
    >>> r.applications.new_received.total.value, r.applications.by_channel.online.value
    (12, 7)
    """
    headings = [s.heading_span for s in report.sections if s.heading_span is not None]
    index = TextIndex(doc.text, doc.view, doc.noise, tables=[t.span for t in doc.tables], headings=headings)
    figures = find_figures(index, _quantities(doc, index))
    context = HeadingContext(doc.view, report)
    stats = extract_stats(report, figures, index, context)
    buckets, service_fields, service_diagnostics = extract_service_hall(
        figures, index, context, whole_document=_service_document(doc, report)
    )
    labelled = to_labelled(figures, {**stats.fields, **service_fields})
    service = service_metrics(buckets, labelled)
    key_areas = extract_key_areas(figures, labelled, index, context)
    return attrs.evolve(
        report,
        figures=labelled,
        applications=stats.applications,
        review_litigation=stats.review,
        active_disclosure=stats.active,
        key_areas=report.key_areas + key_areas,
        service_hall=service,
        diagnostics=report.diagnostics + tuple(stats.diagnostics) + tuple(service_diagnostics),
    )
