"""Document kind: annual report, work plan, service report or other.

Decided first from the title (the words that name the document type), then
from the top-level headings, then from content cues counted over the text.
A decision that rests on content alone, or on a narrow margin, carries GD101.
"""

from __future__ import annotations

from collections.abc import Sequence

from govdisclosure import diagnostics
from govdisclosure.lexicon.structure import (
    ANNUAL_CHAPTER_WORDS,
    ANNUAL_CUES,
    INTERPRETATION_CUES,
    SERVICE_CUES,
    SERVICE_REPORT_WORDS,
    SERVICE_TITLE_CUES,
    WORK_PLAN_CUES,
    WORK_PLAN_TITLE_CUES,
)
from govdisclosure.model import Diagnostic, DocumentKind

__all__ = ["decide_kind"]

# Phrases in the text that say 'this report' about an annual disclosure report.
_ANNUAL_TEXT_CUES = (
    "本报告",
    "本年度报告",
    "本年报",
    "年度报告",
    "统计期限",
    "统计时限",
    "公开工作报告",
    "报告如下",
    "不予公开",
    # outcome categories of handled requests: reported results, not plans
    "予以公开",
    "部分公开",
    "无法提供",
    "不予处理",
    "上年结转",
)


# Chapter 一 of every annual-report layout (pre-2019 概述, 2019/2021 总体情况).
_FIRST_CHAPTER = ("概述", "概 述", "总体情况")


def _title_kind(title: str) -> DocumentKind | None:
    # The head noun after a quoted document decides: 关于《X要点》的政策解读 is an explanation.
    head = title[title.rfind("》") + 1 :]
    if any(c in head for c in INTERPRETATION_CUES):
        return DocumentKind.OTHER
    if any(c in title for c in ANNUAL_CUES):
        return DocumentKind.ANNUAL_REPORT
    # A service centre's report on its work and plans (…工作总结及工作计划的报告) is a report, not a plan.
    if any(c in title for c in SERVICE_TITLE_CUES) and any(w in title for w in SERVICE_REPORT_WORDS):
        return DocumentKind.SERVICE_REPORT
    if any(c in title for c in WORK_PLAN_TITLE_CUES):
        return DocumentKind.WORK_PLAN
    return None


def decide_kind(titles: Sequence[str], top_headings: Sequence[str], view: str) -> tuple[DocumentKind, list[Diagnostic]]:
    """Decide the :class:`DocumentKind` from title candidates, top-level headings and the text (all in the view).

    >>> decide_kind(["2023年某市政务公开工作要点"], [], "")[0].value
    'work_plan'
    >>> decide_kind([], ["一、总体情况", "二、主动公开政府信息情况"], "")[0].value
    'annual_report'
    >>> decide_kind(["关于《某区2022年政务公开工作要点》的政策解读"], [], "")[0].value
    'other'
    """
    for title in titles:
        kind = _title_kind(title)
        if kind is not None:
            return kind, []
    if top_headings and any(w in top_headings[0] for w in _FIRST_CHAPTER):
        return DocumentKind.ANNUAL_REPORT, []
    annual_heads = sum(1 for h in top_headings if any(w in h for w in ANNUAL_CHAPTER_WORDS))
    if top_headings and annual_heads * 2 > len(top_headings):
        return DocumentKind.ANNUAL_REPORT, []
    scores = {
        DocumentKind.ANNUAL_REPORT: sum(view.count(c) for c in _ANNUAL_TEXT_CUES) + 2 * annual_heads,
        DocumentKind.WORK_PLAN: sum(view.count(c) for c in WORK_PLAN_CUES),
        DocumentKind.SERVICE_REPORT: sum(view.count(c) for c in SERVICE_CUES),
    }
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < 2:
        return DocumentKind.OTHER, [diagnostics.make("GD101", "no title or content names the document type")]
    diags: list[Diagnostic] = []
    if ranked[0] < 2 * ranked[1] + 2:
        diags.append(
            diagnostics.make(
                "GD101",
                "document type decided from content cues only: "
                + ", ".join(f"{k.value}={v}" for k, v in scores.items()),
            )
        )
    return best, diags
