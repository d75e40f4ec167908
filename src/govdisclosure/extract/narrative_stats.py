"""Request, review, fee and proactive-disclosure figures stated in prose.

Fills only what the tables stage left ``None``.  Every value is a
:class:`~govdisclosure.model.Cell` with ``origin=NARRATIVE`` (or ``DERIVED``
for ``共办理N件(含上年结转M件)`` → new = N − M).  Approximate figures
(余/约/近) are never counts: they stay in the figures with GD301.  Zero only
where the text says so (没有发生 …, 均未收费); a negation followed by a number
(``无行政复议、行政诉讼1起``) is ambiguous → ``None`` + GD302.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, NamedTuple

import attrs

from govdisclosure import diagnostics
from govdisclosure._patterns import compile_fields
from govdisclosure.extract.labelled import Figure, TextIndex
from govdisclosure.extract.narrative_context import HeadingContext
from govdisclosure.lexicon.narrative import (
    ANSWERED_CUES,
    APPLICATION_VERBS,
    CARRIED_FORWARD_CUES,
    CARRIED_OVER_CUES,
    CASE_COST_WORDS,
    CHANNEL_CUES,
    CUMULATIVE_CUES,
    DISCLOSURE_CHANNEL_WORDS,
    FEE_CUES,
    FEE_ZERO_PATTERN,
    FEE_ZERO_STARTS,
    HANDLED_TOTAL_CUES,
    INFO_CATEGORY_TAILS,
    INFO_TOTAL_QUALIFIERS,
    NON_WEBSITE_CHANNEL_WORDS,
    NONE_PREFIXES,
    OTHER_CHANNEL_WORDS,
    OUTCOME_CUES,
    OUTCOME_REASON_CUES,
    OUTCOME_TOTAL_CUES,
    PART_CUES,
    PART_INTRO_PATTERN,
    RECEIVED_NOT_HANDLED_CUES,
    REQUEST_COUNT_TAILS,
    WEBSITE_WORDS,
)
from govdisclosure.model import (
    ActiveDisclosure,
    ApplicantCounts,
    ApplicationStats,
    Approximation,
    Cell,
    ChannelCounts,
    Diagnostic,
    DocumentKind,
    Number,
    Origin,
    OutcomeCounts,
    Report,
    ReviewLitigation,
    Span,
)

__all__ = ["NarrativeStats", "extract_stats"]

_REQUEST_UNITS: Final = frozenset({"件", "条", "份", "个", "宗", "次", "人次"})
_CASE_UNITS: Final = frozenset({"件", "起", "个", "宗", "次"})
_ITEM_UNITS: Final = frozenset({"条", "件"})
_PAREN_REACH: Final = 200  # how far back a figure looks for the bracket it stands in
#: Every unit a field of this module is counted in (cases, requests, items, fees, issues).
_FIELD_UNITS: Final = _REQUEST_UNITS | _CASE_UNITS | _ITEM_UNITS | {"元", "期"}
_NEG: Final = "|".join(sorted(NONE_PREFIXES, key=len, reverse=True))
_NONE_CASE: Final = rf"(?:{_NEG})[^。;!?,\n\d]{{0,30}}?(?:复议|诉讼)[^。;!?,\n]{{0,30}}"
_NONE_REQUEST: Final = rf"(?:{_NEG}|未|没有)(?:收到|受理|接到|接收)?[^。;!?,\n\d]{{0,24}}?申请[^。;!?,\n]{{0,12}}"
_FEE_ZERO: Final = FEE_ZERO_PATTERN
_FEE_ZERO_START: Final = f"[{FEE_ZERO_STARTS}]"
_PART_INTRO: Final = PART_INTRO_PATTERN


class _Patterns(NamedTuple):
    """The module's patterns, compiled (field ``x`` is the source ``_X`` above)."""

    none_case: re.Pattern[str]
    none_request: re.Pattern[str]
    fee_zero: re.Pattern[str]
    fee_zero_start: re.Pattern[str]
    part_intro: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    """The patterns, compiled on first use (CJK classes and word alternations are slow to compile)."""
    return compile_fields(_Patterns, globals())


_DOC_TYPES: Final[tuple[str, ...]] = ("规章", "规范性文件", "文件", "解读", "新闻", "申请", "复议", "诉讼")
_REQUEST_CONTEXT: Final[tuple[str, ...]] = ("依申请", "公开申请", "信息公开", "申请公开")
_REVIEW_PARTS: Final[tuple[tuple[str, str], ...]] = (
    ("未审结", "pending"),
    ("审理中", "pending"),
    ("维持", "maintained"),
    ("纠正", "corrected"),
    ("撤销", "corrected"),
    ("其他", "other"),
)


@attrs.define
class NarrativeStats:
    """The narrative stage's working state: the report parts it fills, field names, diagnostics."""

    applications: ApplicationStats
    review: ReviewLitigation
    active: ActiveDisclosure
    fields: dict[int, str] = attrs.field(factory=dict)
    diagnostics: list[Diagnostic] = attrs.field(factory=list)


def _flat(view: str, span: Span) -> str:
    return view[span.start : span.end].replace("\n", "")


def _cell(f: Figure, origin: Origin = Origin.NARRATIVE) -> Cell:
    q = f.quantity
    return Cell(
        value=q.value,
        raw=q.raw,
        origin=origin,
        span=q.span,
        label=f.label or None,
        unit=q.unit,
        approximation=q.approximation,
    )


def _zero(raw: str, span: Span, label: str) -> Cell:
    return Cell(value=0, raw=raw, origin=Origin.NARRATIVE, span=span, label=label)


def _has(text: str, cues: tuple[str, ...]) -> bool:
    """Whether any of *cues* occurs in *text* (one regex search instead of a scan per cue)."""
    return bool(cues) and _cue_pattern(cues).search(text) is not None


@functools.cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(c) for c in cues))


class _CueTable:
    """``(cue, name)`` pairs: the name of the first listed cue that occurs in a text."""

    def __init__(self, pairs: Sequence[tuple[str, str]]) -> None:
        self.pairs = tuple(pairs)

    @functools.cached_property
    def _any(self) -> re.Pattern[str]:
        """Any of the cues (compiled on first use, not at import)."""
        return re.compile("|".join(re.escape(cue) for cue, _ in self.pairs))

    def first(self, text: str) -> str | None:
        if self._any.search(text) is None:  # no cue at all (the usual case): one scan, no loop
            return None
        for cue, name in self.pairs:
            if cue in text:
                return name
        return None


_OUTCOMES: Final = _CueTable(OUTCOME_CUES)
_CHANNELS: Final = _CueTable(CHANNEL_CUES)
_REVIEW_PART: Final = _CueTable(_REVIEW_PARTS)


#: A candidate: the figure it comes from (if any) and its cell; a figure's cell is made when
#: the candidate is picked (``None`` until then), since most candidates are never picked.
_Cand = tuple[Figure | None, Cell | None]


def _cell_of(cand: _Cand) -> Cell:
    fig, cell = cand
    if cell is not None:
        return cell
    if fig is None:  # pragma: no cover - add() stores a cell, add_figure() a figure
        msg = "a candidate holds neither a figure nor a cell"
        raise ValueError(msg)
    return _cell(fig)


def _value_of(cand: _Cand) -> Number | None:
    """``_cell_of(cand).value`` without making the cell."""
    fig, cell = cand
    return fig.quantity.value if cell is None and fig is not None else _cell_of(cand).value


class _Picker:
    """Candidates per field; a field with disagreeing candidates is left ``None`` (GD302)."""

    def __init__(self) -> None:
        self.cands: dict[str, list[_Cand]] = {}

    def add(self, name: str, cell: Cell, figure: Figure | None = None) -> None:
        self.cands.setdefault(name, []).append((figure, cell))

    def add_figure(self, name: str, figure: Figure) -> None:
        """Add *figure* as a candidate, with the cell ``_cell(figure)`` made only if picked."""
        self.cands.setdefault(name, []).append((figure, None))

    def pick(self, name: str, out: NarrativeStats, path: str) -> Cell | None:
        cands = self.cands.get(name)
        if not cands:
            return None
        values = {_value_of(c) for c in cands}
        if len(values) > 1:
            shown = ", ".join(str(v) for v in sorted(values, key=float))  # type: ignore[arg-type]
            out.diagnostics.append(
                diagnostics.make(
                    "GD302",
                    f"{path}: the text states different values ({shown})",
                    span=_cell_of(cands[0]).span,
                    path=path,
                )
            )
            return None
        fig = cands[0][0]
        if fig is not None:
            out.fields.setdefault(fig.index, path)
        return _cell_of(cands[0])

    def tag(self, name: str, out: NarrativeStats, path: str) -> None:
        """Record *path* on every figure stated for a field the tables already hold.

        The value stays the table's; the tag lets validation compare prose and
        table (GD407 TXT.table), so disagreeing candidates are all kept.
        """
        for fig, _ in self.cands.get(name, []):
            if fig is not None:
                out.fields.setdefault(fig.index, path)


def extract_stats(
    report: Report, figures: Sequence[Figure], index: TextIndex, context: HeadingContext
) -> NarrativeStats:
    """Fill request, review, fee and proactive-disclosure figures from prose where tables left gaps."""
    out = NarrativeStats(report.applications, report.review_litigation, report.active_disclosure)
    view = index.view
    picker = _Picker()
    by_index = {f.index: f for f in figures}
    warned: set[int] = set()
    annual = report.kind is DocumentKind.ANNUAL_REPORT

    def approx(f: Figure, path: str) -> bool:
        if f.quantity.approximation is Approximation.EXACT:
            return False
        if f.index not in warned:
            warned.add(f.index)
            out.diagnostics.append(
                diagnostics.make(
                    "GD301", f"{path}: '{f.quantity.raw}' is approximate, not a count", span=f.quantity.span, path=path
                )
            )
        return True

    sentences: dict[int, str] = {}  # flat text by sentence start: figures of a sentence share it
    # channel figures per sentence (微信发布信息N条, 网站公开M条): one of several is no total
    channel_figures: dict[int, list[int]] = {}
    for f in figures:
        c = _flat(view, f.clause)
        if (
            f.quantity.unit in _ITEM_UNITS
            and "信息" in c
            and not _has(c, _DOC_TYPES)
            and _has(c, DISCLOSURE_CHANNEL_WORDS)
        ):
            channel_figures.setdefault(f.sentence.start, []).append(f.index)
    split_totals = _channel_split_totals(view, figures, by_index)
    for f in figures:
        unit = f.quantity.unit
        if unit not in _FIELD_UNITS:
            continue  # (%, 人, no unit …): none of the fields below counts in it
        clause = _flat(view, f.clause)
        sentence = sentences.get(f.sentence.start)
        if sentence is None:
            sentence = sentences[f.sentence.start] = _flat(view, f.sentence)
        heading = context.at(f.quantity.span.start)
        about_requests = _has(sentence, _REQUEST_CONTEXT) or "申请" in heading
        disclosure = "信息公开" in sentence or "信息公开" in heading or about_requests
        parent = by_index.get(f.part_of) if f.part_of is not None else None
        of_case = parent is not None and _has(parent.label, ("复议", "诉讼"))
        # in an annual report a chapter on 复议/诉讼 is about disclosure cases, even when it does not say so
        case_chapter = annual and _has(heading, ("复议", "诉讼"))
        if unit in _CASE_UNITS and (of_case or ((disclosure or case_chapter) and _has(clause, ("复议", "诉讼")))):
            _review_figure(f, clause=clause, by_index=by_index, picker=picker, out=out, approx=approx)
            continue
        if unit == "元" and _has(clause, FEE_CUES) and "行政事业性" not in clause and disclosure:
            if not approx(f, "applications.fees_charged"):
                picker.add_figure("fees_charged", f)
            continue
        of_request = parent is not None and "申请" in _flat(view, parent.clause)
        if (
            unit in _REQUEST_UNITS
            and about_requests
            and (of_request or "申请" in (clause + heading + sentence))
            and _request_figure(f, clause, by_index, picker, approx)
        ):
            continue
        if unit in _ITEM_UNITS or unit == "期":
            # a part of "主动公开政府信息N条" (其中通过网站公开M条) inherits what it counts
            inherited = _flat(view, parent.clause) if parent is not None else ""
            _active_figure(
                f,
                clause,
                heading,
                picker,
                approx,
                sentence=sentence,
                of_total="主动公开" in inherited or f.part_of in split_totals,
                split_total=f.index in split_totals,
                of_items=(parent is not None and parent.quantity.unit in _ITEM_UNITS and "信息" in inherited)
                or _in_part_parens(view, f)
                or _after_part_intro(view, f),
                before=view[f.clause.start : f.quantity.span.end].replace("\n", ""),
                rival_channel=any(
                    i != f.index and by_index[i].part_of != f.index and f.part_of != i
                    for i in channel_figures.get(f.sentence.start, ())
                ),
            )

    _drop_partial_outcome_totals(view, figures, picker)
    _zero_phrases(index, context, picker, out)
    _sibling_channel(view, by_index, channel_figures, picker)
    _fill(out, picker, figures)
    return out


def _names_outcome(clause: str) -> bool:
    return _OUTCOMES.first(clause) is not None or "不予" in clause or _has(clause, OUTCOME_REASON_CUES)


def _drop_partial_outcome_totals(view: str, figures: Sequence[Figure], picker: _Picker) -> None:
    """``答复7件,不予受理4件``: a concluded count followed by other outcomes it does not add up to is one outcome.

    The later outcome figures of the sentence (not parts of it, and not introduced
    as parts by 其中/包括/…中) are its breakdown only when they sum to it;
    otherwise it is no total of all outcomes.
    """
    cands = picker.cands.get("outcome_total")
    if not cands:
        return
    # figures by sentence, in order: each candidate looks at its own sentence only (linear, not
    # candidates x figures)
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for h in figures:
        by_sentence.setdefault((h.sentence.start, h.sentence.end), []).append(h)
    kept: list[_Cand] = []
    for cand in cands:
        g = cand[0]
        if g is not None:
            later = [
                h
                for h in by_sentence.get((g.sentence.start, g.sentence.end), ())
                if h.index > g.index
                and h.part_of != g.index
                and h.quantity.unit in _REQUEST_UNITS
                and _names_outcome(_flat(view, h.clause))
            ]
            # '答复9件,其中…' / '在答复的9件中,…': what follows is framed as its parts
            gap = view[g.quantity.span.end : later[0].quantity.span.start] if later else ""
            framed = any(w in gap for w in (*PART_CUES, "中", "。", ";"))
            if later and not framed and sum(h.quantity.value for h in later) != g.quantity.value:
                continue
        kept.append(cand)
    picker.cands["outcome_total"] = kept


def _in_part_parens(view: str, f: Figure) -> bool:
    """The figure stands inside an open bracket that starts with 其中/含/包括 (a part, whatever else parsed)."""
    end = f.quantity.span.start
    seg = view[max(f.sentence.start, end - _PAREN_REACH) : end]
    at = seg.rfind("(")
    return at >= 0 and ")" not in seg[at:] and seg[at + 1 :].lstrip().startswith(PART_CUES)


def _sibling_channel(
    view: str, by_index: dict[int, Figure], channel_figures: dict[int, list[int]], picker: _Picker
) -> None:
    """``微信发布信息N条,网站发布信息M条`` (no total): N is the one other channel, so ``via_other_channels``.

    Only when the website count is the one read, no total holds it, and the
    sentence states exactly one other channel's count, with no further
    count of items on its line (then N could be only part of the others).
    """
    sites = picker.cands.get("via_website", [])
    if len(sites) != 1 or picker.cands.get("via_other_channels"):
        return
    site = sites[0][0]
    if site is None or site.part_of is not None:
        return
    # every count of items on the line, channel or not (a third channel may name no channel word)
    rivals = [
        f for f in by_index.values() if f.line == site.line and f.index != site.index and f.quantity.unit in _ITEM_UNITS
    ]
    if len(rivals) != 1 or rivals[0].index not in channel_figures.get(site.sentence.start, ()):
        return
    g = rivals[0]
    clause = _flat(view, g.clause)
    if (
        g.sentence == site.sentence
        and g.part_of is None
        and g.quantity.unit == site.quantity.unit
        and g.quantity.approximation is Approximation.EXACT
        and not _has(clause, WEBSITE_WORDS)
        and not _has(clause, CUMULATIVE_CUES)
        and ("公开" in clause or "发布" in clause)
    ):
        picker.add_figure("via_other_channels", g)


def _review_figure(
    f: Figure,
    *,
    clause: str,
    by_index: dict[int, Figure],
    picker: _Picker,
    out: NarrativeStats,
    approx: Callable[[Figure, str], bool],
) -> None:
    review, suit = "复议" in clause, "诉讼" in clause
    if f.part_of is not None:
        parent = by_index[f.part_of]
        if "复议" in parent.label and "诉讼" not in parent.label:
            part = _REVIEW_PART.first(clause)
            if part and not approx(f, f"review_litigation.review.{part}"):
                picker.add_figure(f"review.{part}", f)
        return
    if review and suit:
        out.diagnostics.append(
            diagnostics.make(
                "GD302",
                f"'{f.label}{f.quantity.raw}' does not say whether it counts reviews or suits",
                span=f.quantity.span,
                path="review_litigation",
            )
        )
        return
    name = "review.total" if review else "litigation_total"
    if not approx(f, f"review_litigation.{name}"):
        picker.add_figure(name, f)


def _request_figure(
    f: Figure,
    clause: str,
    by_index: dict[int, Figure],
    picker: _Picker,
    approx: Callable[[Figure, str], bool],
) -> bool:
    """Classify a figure of a sentence about requests; ``False`` when it is none of their fields."""
    parent = by_index.get(f.part_of) if f.part_of is not None else None
    if f.quantity.unit == "条" and "信息" in clause and "申请" not in clause:
        return False  # items of information (不予公开信息N条), not requests
    if _has(clause, CARRIED_FORWARD_CUES):
        name = "carried_forward"
    elif _has(clause, CARRIED_OVER_CUES):
        name = "carried_over"
    elif len({field for cue, field in OUTCOME_CUES if cue in f.label}) > 1:
        return True  # '予以公开与部分公开N件': one count of two outcome groups fills neither
    elif (outcome := _OUTCOMES.first(clause)) is not None:
        name = outcome
    elif _has(clause, OUTCOME_REASON_CUES):
        return True  # one reason of a group: no field, and not a total either
    elif (channel := _CHANNELS.first(f.label)) is not None and (
        "申请" in f.label or (parent is not None and "申请" in _flat_label(parent))
    ):
        name = f"by_channel.{channel}"
    elif _has(clause, OUTCOME_TOTAL_CUES) and parent is None:
        name = "outcome_total"
        if _has(clause, ANSWERED_CUES) and not approx(f, "applications.answered"):
            picker.add("answered", _cell(f))
    elif _has(clause, HANDLED_TOTAL_CUES) and parent is None:
        name = "handled_total"
    elif (
        parent is None
        and "申请" in clause
        and (_has(clause, APPLICATION_VERBS) or _flat_label(f).endswith(REQUEST_COUNT_TAILS))
        and not _has(clause, RECEIVED_NOT_HANDLED_CUES)
    ):
        name = "new_received"
    else:
        return False
    if not approx(f, f"applications.{name}"):
        picker.add_figure(name, f)
    return True


def _flat_label(f: Figure) -> str:
    return f.label.replace("\n", "")


def _active_figure(
    f: Figure,
    clause: str,
    heading: str,
    picker: _Picker,
    approx: Callable[[Figure, str], bool],
    *,
    sentence: str = "",
    of_total: bool = False,
    of_items: bool = False,
    rival_channel: bool = False,
    split_total: bool = False,
    before: str | None = None,
) -> None:
    """Proactive-disclosure figures; *of_total*: a part of a stated 主动公开 total.

    *of_items*: a part (其中…) of a count of information items that does not say
    主动公开: the part is never that total, whatever tier the parent falls in.
    *rival_channel*: the sentence counts items of another channel too (微信发布
    N条, 网站公开M条): a figure that does not say 主动公开 is then one channel's
    count, never the total.  *split_total*: a count of information disclosed
    that the text splits into channels (see :func:`_channel_split_totals`).
    """
    if f.quantity.unit == "期":
        if _has(clause, ("公报", "政报")) and not approx(f, "active_disclosure.gazette_issues"):
            picker.add_figure("gazette_issues", f)
        return
    explicit = "主动公开" in clause or of_total
    # 条 after 主动公开 counts items of information even when 信息 is not repeated (主动公开166条)
    counts_items = "信息" in clause or (explicit and f.quantity.unit == "条")
    # a part of a disclosed total may say 发布 (其中通过网站发布信息N条): the total says 公开
    discloses = "公开" in clause or (of_total and "发布" in clause)
    if not counts_items or not discloses or _has(clause, _DOC_TYPES):
        return
    if not explicit and not split_total and "主动公开" not in heading and "主动公开" not in sentence:
        return
    # '网站、新媒体及报刊共公开N条' sums several channels: not the website's own count
    # *before*: the clause up to the number (its noun after may name the next channel)
    website = _has(clause, WEBSITE_WORDS) and not _has(clause if before is None else before, NON_WEBSITE_CHANNEL_WORDS)
    if _has(clause, CUMULATIVE_CUES):
        return  # a running count over the years (历年累计), not the year's
    other = _has(clause, OTHER_CHANNEL_WORDS)
    channel = other or _has(clause, DISCLOSURE_CHANNEL_WORDS)
    # tiers: 0-1 say 主动公开 (1: of one channel), 2 is split into channels, 3-4 the rest
    tier = 2 if split_total and not explicit else (0 if explicit and not of_total else 3) + (1 if channel else 0)
    if approx(f, "active_disclosure.total_items"):
        # an approximate count where a total would be read: no worse-ranked exact figure is the total
        picker.add_figure(f"total_items.approx{tier}", f)
        return
    one_of_channels = rival_channel and channel and not explicit
    if _names_category(clause if before is None else before):
        one_of_channels = True  # 采购信息N条, 工作动态信息N条: one kind of information, never the total
    if (of_total or not of_items or "主动公开" in clause) and not one_of_channels:
        # '共制作信息N条,其中主动公开M条': M is the total
        picker.add_figure(f"total_items.tier{tier}", f)
    if other:
        picker.add_figure("via_other_channels", f)
    elif website:
        picker.add_figure("via_website", f)
    elif channel and of_total:
        picker.add_figure("channel_part", f)


def _after_part_intro(view: str, f: Figure) -> bool:
    """Whether *f* follows, in its sentence, an opening like 在主动公开的信息中 (its parts follow)."""
    return _patterns().part_intro.search(view, f.sentence.start, f.clause.start) is not None


def _names_category(before: str) -> bool:
    """Whether the 信息 counted right before the number is one kind of it (采购信息, 概况类信息).

    >>> _names_category("主动公开各类政府采购信息37"), _names_category("主动公开各类信息37")
    (True, False)
    >>> _names_category("全年主动公开政府信息37")
    False
    """
    k = before.rfind("信息")
    if k < 0:
        return False
    head = before[:k].rstrip("的 ")
    return head.endswith(INFO_CATEGORY_TAILS) and not head.endswith(INFO_TOTAL_QUALIFIERS)


_CLAUSE_END: Final = re.compile(r"[。;!?,\n]")
_TAIL_REACH: Final = 16  # how far past a negation's window its clause is read


def _clause_tail(view: str, end: int) -> str:
    """The rest of the clause after *end* (at most ``_TAIL_REACH`` characters)."""
    m = _CLAUSE_END.search(view, end, end + _TAIL_REACH)
    return view[end : m.start() if m else min(len(view), end + _TAIL_REACH)]


def _zero_phrases(index: TextIndex, context: HeadingContext, picker: _Picker, out: NarrativeStats) -> None:
    """'没有发生…行政复议和行政诉讼', '未收到…申请', '均未收费' → zero where the text says so."""
    rx = _patterns()
    view = index.view
    for m in rx.none_case.finditer(view):
        if index.in_table(m.start()) or index.in_noise(m.start(), m.end()):
            continue
        window = m.group(0)
        if _has(window + _clause_tail(view, m.end()), CASE_COST_WORDS):
            continue  # 未产生…诉讼相关的费用: no costs, which says nothing of the number of suits
        sentence = _flat(view, index.sentence(m.start()))
        heading = context.at(m.start())
        if not ("信息公开" in sentence or "申请" in sentence or "复议" in heading or "信息公开" in heading):
            continue
        span = Span(start=m.start(), end=m.end())
        if any(ch.isdigit() for ch in window):
            out.diagnostics.append(
                diagnostics.make(
                    "GD302",
                    f"'{index.text[m.start() : m.end()]}': a negation followed by a number; review and suit left None",
                    span=span,
                    path="review_litigation",
                )
            )
            continue
        if "复议" in window:
            picker.add(
                "review.total", _zero(index.text[span.start : span.end], span, index.text[span.start : span.end])
            )
        if "诉讼" in window:
            picker.add(
                "litigation_total", _zero(index.text[span.start : span.end], span, index.text[span.start : span.end])
            )
    for m in rx.none_request.finditer(view):
        if index.in_table(m.start()) or index.in_noise(m.start(), m.end()):
            continue
        window = m.group(0)
        # the clause may go on past the window: 未发生依申请公开…方面的行政复议 is about cases, not requests
        reach = window + _clause_tail(view, m.end())
        if any(ch.isdigit() for ch in window) or _has(reach, ("复议", "诉讼", "收费", "费用")):
            continue
        span = Span(start=m.start(), end=m.end())
        heading = context.at(m.start())
        # a bare '无申请' counts requests only under the 依申请 chapter (not its fee or review chapters)
        bare_ok = "依申请" in heading and not _has(heading, ("收费", "费用", "复议", "诉讼"))
        if "不予公开" in window:
            picker.add(
                "denied_total", _zero(index.text[span.start : span.end], span, index.text[span.start : span.end])
            )
        elif not _has(window, ("不予", "部分", "同意")) and (
            _has(window, ("收到", "受理", "接到", "接收")) or "依申请" in window or "公开申请" in window or bare_ok
        ):
            picker.add(
                "new_received", _zero(index.text[span.start : span.end], span, index.text[span.start : span.end])
            )
    for m in _fee_zero_matches(view):
        if index.in_table(m.start()) or index.in_noise(m.start(), m.end()):
            continue
        sentence = _flat(view, index.sentence(m.start())) + " " + context.at(m.start())
        if "申请" in sentence or "信息公开" in sentence or "信息处理费" in sentence:
            raw = index.text[m.start() : m.end()]  # as printed, not the matching view
            picker.add("fees_charged", _zero(raw, Span(start=m.start(), end=m.end()), raw))


def _fee_zero_matches(view: str) -> Iterator[re.Match[str]]:
    """``re.finditer(_FEE_ZERO, view)``, trying the pattern only where a match can start.

    The pattern opens with an optional word, so a plain scan tries every
    branch at every character; its possible first characters are few.
    """
    rx = _patterns()
    end = 0
    for c in rx.fee_zero_start.finditer(view):
        if c.start() >= end and (m := rx.fee_zero.match(view, c.start())) is not None:
            end = m.end()
            yield m


def _row(cell: Cell) -> ApplicantCounts:
    return ApplicantCounts(label=cell.label, span=cell.span, total=cell)


def _fill(out: NarrativeStats, picker: _Picker, figures: Sequence[Figure]) -> None:
    apps = out.applications
    changes: dict[str, Any] = {}
    for name in (
        "new_received",
        "carried_over",
        "granted",
        "partially_granted",
        "denied_total",
        "unable_total",
        "not_processed_total",
        "other_total",
        "outcome_total",
        "carried_forward",
    ):
        if getattr(apps, name) is not None:
            picker.tag(name, out, f"applications.{name}")
        elif (cell := picker.pick(name, out, f"applications.{name}")) is not None:
            changes[name] = _row(cell)
    if apps.new_received is None and "new_received" not in changes:
        derived = _derived_new(picker, figures, out)
        if derived is not None:
            changes["new_received"] = _row(derived)
    for name in ("answered", "fees_charged"):
        if getattr(apps, name) is None and (cell := picker.pick(name, out, f"applications.{name}")) is not None:
            changes[name] = cell
    channels = {
        key: cell
        for key in ("in_person", "online", "letter", "fax", "email", "phone", "other")
        if (cell := picker.pick(f"by_channel.{key}", out, f"applications.by_channel.{key}")) is not None
    }
    if channels and apps.by_channel is None:
        changes["by_channel"] = ChannelCounts(**channels)
    if changes:  # (evolve copies every field; most documents fill nothing here)
        out.applications = attrs.evolve(apps, **changes)

    rl = out.review
    review = rl.review or OutcomeCounts()
    rchanges: dict[str, Cell] = {}
    for key in ("total", "maintained", "corrected", "other", "pending"):
        if getattr(review, key) is not None:
            picker.tag(f"review.{key}", out, f"review_litigation.review.{key}")
        elif cell := picker.pick(f"review.{key}", out, f"review_litigation.review.{key}"):
            rchanges[key] = cell
    if rchanges:
        rl = attrs.evolve(rl, review=attrs.evolve(review, **rchanges))
    if rl.litigation_total is not None:
        picker.tag("litigation_total", out, "review_litigation.litigation_total")
    elif cell := picker.pick("litigation_total", out, "review_litigation.litigation_total"):
        rl = attrs.evolve(rl, litigation_total=cell)
    out.review = rl

    ad = out.active
    achanges: dict[str, Cell] = {}
    if ad.total_items is None:
        for tier in range(5):
            if picker.cands.get(f"total_items.approx{tier}"):
                break  # the best-ranked statement is approximate (约44条): no exact total
            if picker.cands.get(f"total_items.tier{tier}"):
                cell = picker.pick(f"total_items.tier{tier}", out, "active_disclosure.total_items")
                if cell is not None:
                    achanges["total_items"] = cell
                break
    total = achanges.get("total_items") or ad.total_items
    for name in ("via_website", "via_other_channels", "channel_part"):
        cands = picker.cands.get(name, [])
        parts = [c for c in cands if total is not None and c[0] is not None and _parent_cell_is(c[0], figures, total)]
        if parts or name == "channel_part":  # a channel figure stated as part of the total is the one meant
            picker.cands[name] = parts
    website_parts = picker.cands.get("via_website", [])
    if not picker.cands.get("via_other_channels") and len(website_parts) == 1:
        # the total split into the website and one other channel: that one is "other channels"
        others = picker.cands.get("channel_part", [])
        site = website_parts[0][0]
        if (
            len(others) == 1
            and site is not None
            and _parent_cell_is(site, figures, total)  # type: ignore[arg-type]
            and sum(g.part_of == site.part_of for g in figures) == 2  # no third part (公告栏 …)
        ):
            picker.cands["via_other_channels"] = others
    for name in ("via_website", "via_other_channels", "gazette_issues"):
        if getattr(ad, name) is None and (cell := picker.pick(name, out, f"active_disclosure.{name}")):
            achanges[name] = cell
    if achanges:
        out.active = attrs.evolve(ad, **achanges)  # type: ignore[arg-type]


def _channel_split_totals(view: str, figures: Sequence[Figure], by_index: dict[int, Figure]) -> frozenset[int]:
    """Counts of disclosed information that the text splits into channels: each a proactive-disclosure total.

    ``公开各类信息N条,其中通过网站发布信息M条…``: the parts name the channels
    of disclosure, so the whole counts what was disclosed, even where the
    sentence does not say 主动公开.  The total itself names no channel, counts
    items of information (条, 件) and says 公开 (not only 发布, which also
    counts news items).
    """
    parents: set[int] = set()
    for f in figures:
        if f.part_of is None or f.quantity.unit not in _ITEM_UNITS:
            continue
        part = _flat(view, f.clause)
        if "信息" in part and _has(part, DISCLOSURE_CHANNEL_WORDS):
            parents.add(f.part_of)
    out: set[int] = set()
    for i in parents:
        clause = _flat(view, by_index[i].clause)
        if (
            by_index[i].quantity.unit in _ITEM_UNITS
            and "公开" in clause
            and "信息" in clause
            and not _has(clause, DISCLOSURE_CHANNEL_WORDS)
            and not _has(clause, _DOC_TYPES)
            and not _has(clause, CUMULATIVE_CUES)
        ):
            out.add(i)
    return frozenset(out)


def _parent_cell_is(f: Figure, figures: Sequence[Figure], cell: Cell) -> bool:
    if f.part_of is None:
        return False
    parent = figures[f.part_of]
    return parent.quantity.span == cell.span


def _derived_new(picker: _Picker, figures: Sequence[Figure], out: NarrativeStats) -> Cell | None:
    """``共办理N件(含上年结转M件)`` → new received = N − M (Origin.DERIVED)."""
    children: dict[int, list[Figure]] | None = None  # parts by parent, built once when first needed
    for cand in picker.cands.get("handled_total", []):
        fig = cand[0]
        if fig is None:
            continue
        if children is None:
            children = {}
            for g in figures:
                if g.part_of is not None:
                    children.setdefault(g.part_of, []).append(g)
        parts = [g for g in children.get(fig.index, ()) if g.opener in ("含", "包含") and g.in_parens]
        carried = [g for g in parts if _has(g.label, CARRIED_OVER_CUES)]
        if len(carried) != 1 or carried[0].quantity.approximation is not Approximation.EXACT:
            continue
        total, over = fig.quantity.value, carried[0].quantity.value
        if over > total:
            continue
        out.diagnostics.append(
            diagnostics.make(
                "GD320",
                f"new requests {total - over} derived as {total} handled minus {over} carried over",
                span=fig.quantity.span,
                path="applications.new_received",
            )
        )
        if _value_of(cand) is None:  # pragma: no cover - narrative cells always hold a number
            return None
        return Cell(
            value=total - over,
            raw=f"{fig.quantity.raw} - {carried[0].quantity.raw}",
            origin=Origin.DERIVED,
            span=Span(start=fig.quantity.span.start, end=carried[0].quantity.span.end),
            label=fig.label or None,
            unit=fig.quantity.unit,
        )
    return None
