"""Service-hall metrics (政务服务): named figures per level, and every other figure in that text.

Scope: the whole document for a service report; otherwise figures under a
heading about service halls (政务服务, 便民服务, 网上办事 …) or in a sentence
that names one.  Each figure goes to the first named field whose pattern
matches its label (then its clause) and whose unit fits; the rest go to
``other``, so nothing printed there is dropped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from govdisclosure.extract.labelled import Figure, TextIndex
from govdisclosure.extract.narrative_context import HeadingContext
from govdisclosure.lexicon.service_hall import SERVICE_FIELDS, SERVICE_SCOPE_CUES, SERVICE_SENTENCE_CUES
from govdisclosure.model import LabelledQuantity, ServiceHallMetrics

__all__ = ["classify_service_figure", "extract_service_hall"]

_CJK = re.compile(r"[\u4e00-\u9fff]")


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str], frozenset[str] | None], ...]:
    return tuple((f.name, re.compile(f.pattern), f.units) for f in SERVICE_FIELDS)


def classify_service_figure(label: str, clause: str, unit: str | None) -> str | None:
    """The named ServiceHallMetrics field for a figure, or ``None`` (→ ``other``).

    >>> classify_service_figure("乡镇级网上可办率", "乡镇级网上可办率达90.1%", "%")
    'online_rate_percent'
    >>> classify_service_figure("工作人员", "工作人员近270人", "人")
    'staff'
    >>> classify_service_figure("回复率", "回复率100%", "%") is None
    True
    """
    for name, pattern, units in _patterns():
        if (units is None or unit in units) and (pattern.search(label) or pattern.search(clause)):
            return name
    return None


def extract_service_hall(
    figures: Sequence[Figure],
    labelled: Sequence[LabelledQuantity],
    index: TextIndex,
    context: HeadingContext,
    *,
    whole_document: bool,
) -> tuple[ServiceHallMetrics, dict[int, str]]:
    """Collect service-hall figures; return the metrics and the field name given to each figure."""
    view = index.view
    buckets: dict[str, list[LabelledQuantity]] = {}
    fields: dict[int, str] = {}
    for f in figures:
        heading = context.at(f.quantity.span.start)
        sentence = view[f.sentence.start : f.sentence.end].replace("\n", "")
        if not (
            whole_document
            or any(cue in heading for cue in SERVICE_SCOPE_CUES)
            or any(cue in sentence for cue in SERVICE_SENTENCE_CUES)
        ):
            continue
        if f.quantity.unit is None and not _CJK.search(f.label):
            continue  # a bare number with no words before it (a stray digit in noise) is no metric
        clause = view[f.clause.start : f.clause.end].replace("\n", "")
        name = classify_service_figure(f.label, clause, f.quantity.unit)
        lq = labelled[f.index]
        if name is not None:
            fields[f.index] = name
            lq = LabelledQuantity(
                label=lq.label,
                quantity=lq.quantity,
                label_span=lq.label_span,
                field=name,
                level=lq.level,
                part_of=lq.part_of,
            )
        buckets.setdefault(name or "other", []).append(lq)
    metrics = ServiceHallMetrics(**{k: tuple(v) for k, v in buckets.items()})
    return metrics, fields
