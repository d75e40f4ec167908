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

from govdisclosure import diagnostics
from govdisclosure.extract.labelled import Figure, TextIndex
from govdisclosure.extract.narrative_context import HeadingContext
from govdisclosure.lexicon.service_hall import (
    DISCLOSURE_WORK_CUES,
    HONOUR_CUES,
    RESOURCE_FIELDS,
    SERVICE_FIELDS,
    SERVICE_SCOPE_CUES,
    SERVICE_SENTENCE_CUES,
    SHARE_RATE_TAILS,
    THRESHOLD_TAILS,
    TRANSFER_VERBS,
)
from govdisclosure.model import Diagnostic, LabelledQuantity, ServiceHallMetrics

__all__ = ["classify_service_figure", "extract_service_hall", "service_metrics"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_SCOPE_CUE = re.compile("|".join(re.escape(c) for c in SERVICE_SCOPE_CUES))
_SENTENCE_CUE = re.compile("|".join(re.escape(c) for c in SERVICE_SENTENCE_CUES))
_DISCLOSURE_WORK = re.compile("|".join(re.escape(c) for c in DISCLOSURE_WORK_CUES))
_HONOUR = re.compile("|".join(re.escape(c) for c in HONOUR_CUES))
# a hall named as the recipient of papers (向市服务中心报送): bounded gaps, no backtracking blow-up
_RECIPIENT = re.compile(
    "向[^,;。，；]{0,30}?(?:"
    + "|".join(re.escape(c) for c in SERVICE_SENTENCE_CUES)
    + ")[^,;。，；]{0,6}?(?:"
    + "|".join(re.escape(v) for v in TRANSFER_VERBS)
    + ")"
)
_RATE_MAX = 100  # a share of cases (办结率, 满意率, 网办率) cannot exceed 100 %


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str], frozenset[str] | None, re.Pattern[str] | None], ...]:
    return tuple(
        (f.name, re.compile(f.pattern), f.units, re.compile(f.unless) if f.unless else None) for f in SERVICE_FIELDS
    )


def classify_service_figure(label: str, clause: str, unit: str | None) -> str | None:
    """The named ServiceHallMetrics field for a figure, or ``None`` (→ ``other``).

    >>> classify_service_figure("乡镇级网上可办率", "乡镇级网上可办率达90.1%", "%")
    'online_rate_percent'
    >>> classify_service_figure("工作人员", "工作人员近270人", "人")
    'staff'
    >>> classify_service_figure("回复率", "回复率100%", "%") is None
    True
    >>> classify_service_figure("清理取消证明事项", "清理取消证明事项12项", "项") is None
    True
    """
    for name, pattern, units, unless in _patterns():
        if (units is None or unit in units) and (pattern.search(label) or pattern.search(clause)):
            if unless is not None and (unless.search(label) or unless.search(clause)):
                continue  # the cue word is there, but the figure counts something else
            return name
    return None


def _names_hall(sentence: str) -> bool:
    """Whether *sentence* names a service hall other than as the recipient of papers sent to it.

    >>> _names_hall("政务服务中心受理办件300件")
    True
    >>> _names_hall("文件印发后向县政务服务中心报送,共报送50份")
    False
    """
    return _SENTENCE_CUE.search(_RECIPIENT.sub("", sentence)) is not None


def _about_disclosure_work(clause: str) -> bool:
    """Whether *clause* counts disclosure work (政务公开 …) and names no service hall itself.

    >>> _about_disclosure_work("安排了3名工作人员负责政务公开工作")
    True
    >>> _about_disclosure_work("政务服务中心公开办事指南300项")
    False
    """
    return _DISCLOSURE_WORK.search(clause) is not None and _SENTENCE_CUE.search(clause) is None


def extract_service_hall(
    figures: Sequence[Figure],
    index: TextIndex,
    context: HeadingContext,
    *,
    whole_document: bool,
) -> tuple[dict[str, list[int]], dict[int, str], list[Diagnostic]]:
    """Collect service-hall figures: figure indices per metric (``other`` for the rest), field names, diagnostics.

    The metrics are then :func:`service_metrics` of the labelled figures, labelled with these
    field names (which take precedence over any other field name of the figure).  A figure
    of a rate field (``*_percent``) above 100 % is impossible as printed (a garbled copy);
    it is dropped with a GD504 warning rather than reported.
    """
    view = index.view
    buckets: dict[str, list[int]] = {}
    fields: dict[int, str] = {}
    found: list[Diagnostic] = []
    in_scope: dict[tuple[str, int], bool] = {}  # by (heading, sentence start): figures share both
    for f in figures:
        clause = view[f.clause.start : f.clause.end].replace("\n", "")
        if not whole_document:
            key = (context.at(f.quantity.span.start), f.sentence.start)
            scoped = in_scope.get(key)
            if scoped is None:
                sentence = view[f.sentence.start : f.sentence.end].replace("\n", "")
                scoped = in_scope[key] = _SCOPE_CUE.search(key[0]) is not None or _names_hall(sentence)
            if not scoped:
                continue
            if _SCOPE_CUE.search(key[0]) is None and _about_disclosure_work(clause):
                continue  # a sentence naming a centre, but this clause counts disclosure work
        if view.startswith(THRESHOLD_TAILS, f.quantity.span.end):
            continue  # 两个及以上部门: a threshold inside a noun phrase, no count
        if f.quantity.unit is None and not _CJK.search(f.label):
            continue  # a bare number with no words before it (a stray digit in noise) is no metric
        name = classify_service_figure(f.label, clause, f.quantity.unit)
        if name in RESOURCE_FIELDS and _HONOUR.search(clause) is not None:
            name = None  # the windows / staff that won an honour are some of them, not the count
        rate = (name is not None and name.endswith("_percent")) or (
            f.quantity.unit == "%" and f.label.rstrip().endswith(SHARE_RATE_TAILS)
        )
        if rate and f.quantity.value > _RATE_MAX:
            found.append(
                diagnostics.make(
                    "GD504",
                    f"rate {f.label}{view[f.quantity.span.start : f.quantity.span.end]} is above 100 %; dropped",
                    span=f.quantity.span,
                )
            )
            continue
        if name is not None:
            fields[f.index] = name
        buckets.setdefault(name or "other", []).append(f.index)
    return buckets, fields, found


def service_metrics(buckets: dict[str, list[int]], labelled: Sequence[LabelledQuantity]) -> ServiceHallMetrics:
    """The metrics holding, per field, the labelled figures of the indices in *buckets*."""
    return ServiceHallMetrics(**{name: tuple(labelled[i] for i in indices) for name, indices in buckets.items()})
