"""Key-area disclosures (重点领域): counts of items disclosed per area, with labels as written.

A figure is a key-area count when it counts disclosed items (条, 件, 项 …),
its sentence speaks of disclosing (公开, 发布, 公示, 公告 …) and an area of
the lexicon names it: in its own label, else (inside a 重点领域 section or
its sub-sections) the nearest area named before it in the same sentence or in
the heading above it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final, Literal

from govdisclosure.extract.labelled import Figure, TextIndex
from govdisclosure.extract.narrative_context import HeadingContext
from govdisclosure.lexicon.key_areas import (
    ALL_KEY_AREAS,
    ITEM_TOTAL_CUES,
    KEY_AREA_SECTION_CUES,
    LIST_CLOSERS,
    LIST_ITEM_UNITS,
    ORGAN_SUFFIXES,
    QUOTED_CHANNEL_TAILS,
    UNITLESS_COUNT_TAILS,
    area_of,
)
from govdisclosure.lexicon.narrative import COUNT_UNITS
from govdisclosure.lexicon.service_hall import THRESHOLD_TAILS
from govdisclosure.model import KeyAreaDisclosure, LabelledQuantity, Span

__all__ = ["extract_key_areas"]

_DISCLOSING: Final[tuple[str, ...]] = ("公开", "发布", "公示", "公告", "公布", "推送", "信息", "更新")
_NOT_DISCLOSURE: Final[tuple[str, ...]] = ("申请", "复议", "诉讼", "举报", "投诉")
_DISCLOSING_WORD: Final = re.compile("|".join(map(re.escape, _DISCLOSING)))
_NOT_DISCLOSURE_WORD: Final = re.compile("|".join(map(re.escape, _NOT_DISCLOSURE)))
_EXCLUDED_UNITS: Final = frozenset({"次", "起", "场", "批"})
_LOOK_BACK: Final = 400  # how far back in a paragraph a disclosing word may stand


def _last_area(text: str) -> tuple[str, int, int] | None:
    """The area named last in *text* (``(code, start, end)``); never the all-areas total.

    A heading or sentence about 重点领域 as a whole does not make each of its
    figures a key-area total: that code counts only when the figure's own
    label names it.
    """
    best: tuple[str, int, int] | None = None
    pos = 0
    while pos < len(text):
        hit = area_of(text, pos)
        if hit is None:
            break
        if hit[0] != ALL_KEY_AREAS:
            best = hit
        pos = hit[2]
    return best


def _names_other_thing(text: str, start: int, end: int) -> bool:
    """Whether the alias at ``text[start:end]`` is part of an organ's or a channel's name.

    >>> _names_other_thing("区教育局公开文件", 1, 3)
    True
    >>> _names_other_thing('通过"某某教育发布"微信公众号发布信息', 5, 7)
    True
    >>> _names_other_thing("教育信息", 0, 2)
    False
    """
    if text.startswith(ORGAN_SUFFIXES, end):
        return True
    if text.count('"', 0, start) % 2 == 0:
        return False  # not inside quotes
    close = text.find('"', end)
    return close >= 0 and text.startswith(QUOTED_CHANNEL_TAILS, close + 1)


_LIST_GAP: Final = 12  # two areas at most this far apart, with a list mark between, are items of one list
_LIST_MARKS: Final = ("、", "和", "及", "与", ",")


def _label_area(text: str) -> tuple[str, int, int] | Literal[False] | None:
    """The area a figure's label names: ``(code, start, end)``, ``None`` if none, ``False`` if unclear.

    Aliases inside an organ's or channel's name do not count.  A list of
    several areas (安全生产、应急管理类信息) counts them together, so it is no
    single area's count (``False``), unless an area after the list's closing
    等 names what is counted (…等各类行政执法信息).  Otherwise the first area
    named is the label's.

    >>> _label_area("环境保护信息")
    ('environment', 0, 4)
    >>> _label_area("安全生产、应急管理类信息")
    False
    >>> _label_area("安全生产、食品药品等各类行政执法信息")
    ('law_enforcement', 12, 16)
    """
    hits: list[tuple[str, int, int]] = []
    pos = 0
    while (hit := area_of(text, pos)) is not None:
        pos = hit[2]
        if not _names_other_thing(text, hit[1], hit[2]):
            hits.append(hit)
    if not hits:
        return None
    listed = any(
        a[0] != b[0]
        and ALL_KEY_AREAS not in (a[0], b[0])
        and b[1] - a[2] <= _LIST_GAP
        and any(mark in text[a[2] : b[1]] for mark in _LIST_MARKS)
        for a, b in itertools.pairwise(hits)
    )
    if not listed:
        return hits[0]
    closing = text.rfind("等")
    after = [h for h in hits if h[1] > closing] if closing >= 0 else []
    return after[-1] if after else False


def _not_its_part(part: Figure, whole: Figure | None) -> bool:
    """Whether a part (其中…) cannot be a key-area count given its whole.

    A part larger than its whole is misprinted (not exact); a part of a count
    of listed items (服务事项N项, 其中行政许可M项) is an item type, not disclosed
    information.
    """
    if whole is None:
        return False
    if part.quantity.value > whole.quantity.value:
        return True
    return any(cue in whole.label for cue in ITEM_TOTAL_CUES)


def extract_key_areas(
    figures: Sequence[Figure],
    labelled: Sequence[LabelledQuantity],
    index: TextIndex,
    context: HeadingContext,
) -> tuple[KeyAreaDisclosure, ...]:
    """Group key-area counts by (area, sentence), in reading order."""
    view, text = index.view, index.text
    by_index = {f.index: f for f in figures}
    groups: dict[tuple[str, int], tuple[str, Span, list[LabelledQuantity]]] = {}
    order: list[tuple[str, int]] = []
    for f in figures:
        unit = f.quantity.unit
        if unit is None:
            if not f.label.endswith(UNITLESS_COUNT_TAILS):  # a bare number counts only after 信息数
                continue
        elif unit not in COUNT_UNITS or unit in _EXCLUDED_UNITS:
            continue
        elif unit not in LIST_ITEM_UNITS and f.label.rstrip().endswith(LIST_CLOSERS):
            continue  # 教育局、林业局等30个 / 改革等五个(方面): counts the listed things, not information
        if view.startswith(THRESHOLD_TAILS, f.quantity.span.end):
            continue  # 两个及以上: a threshold inside a noun phrase, no count
        if f.part_of is not None and _not_its_part(f, by_index.get(f.part_of)):
            continue
        line = index.line(f.quantity.span.start)
        paragraph = view[max(line.start, f.quantity.span.start - _LOOK_BACK) : f.quantity.span.end]
        clause = view[f.clause.start : f.clause.end]
        if _DISCLOSING_WORD.search(paragraph) is None or _NOT_DISCLOSURE_WORD.search(clause) is not None:
            continue
        found: tuple[str, int, int] | None = None
        if f.label_span is not None:
            hit = _label_area(view[f.label_span.start : f.label_span.end])
            if hit is False:
                continue  # a list of areas: no single area's count
            if hit:
                found = (hit[0], f.label_span.start + hit[1], f.label_span.start + hit[2])
        heading = context.at(f.quantity.span.start)
        in_scope = any(cue in heading for cue in KEY_AREA_SECTION_CUES)
        if found is None and in_scope:
            hit = _last_area(view[f.sentence.start : f.quantity.span.start])
            if hit is not None:
                found = (hit[0], f.sentence.start + hit[1], f.sentence.start + hit[2])
        if found is None and in_scope:
            hit = _last_area(heading.rsplit(" / ", 1)[-1])
            if hit is not None:  # the sub-heading names the area; no span in this paragraph
                code = hit[0]
                area_label = heading.rsplit(" / ", 1)[-1][hit[1] : hit[2]]
                key = (code, f.sentence.start)
                if key not in groups:
                    groups[key] = (area_label, Span(start=line.start, end=line.start), [])
                    order.append(key)
                groups[key][2].append(labelled[f.index])
                continue
        if found is None:
            continue
        code, a, b = found
        key = (code, f.sentence.start)
        if key not in groups:
            groups[key] = (text[a:b], Span(start=a, end=b), [])
            order.append(key)
        groups[key][2].append(labelled[f.index])
    out: list[KeyAreaDisclosure] = []
    for key in order:
        label, span, counts = groups[key]
        out.append(
            KeyAreaDisclosure(
                area=key[0],
                label=label,
                counts=tuple(counts),
                span=Span(start=span.start, end=max(span.end, counts[-1].quantity.span.end)),
            )
        )
    return tuple(out)
