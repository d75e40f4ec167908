"""The issuing organ, as written.

Precedence (the first rule that gives a name wins):

0. A notice that issues the document (某市人民政府办公室关于印发〈X〉的通知): its
   issuer, named before 关于.
1. The report's own name quoted in the preamble (现将《X2018年…年度报告》予以公布):
   the organ or place before its year.  It says whose report it is even when
   the page heading names the office that published it.
2. An organ named in the title before the year or before 关于
   (``某县人民政府办公室2020年…``), expanded to the fuller form the text uses
   for the same organ as a sentence subject (``，某县某镇人民政府办公室坚持``);
   a signatory that is a fuller form of the same name (the title drops a
   character of it) is preferred.
2b. An organ name alone on the line above a title line starting with its year or
   关于 (``某县某镇人民政府`` / ``关于2021年度…年度报告``), when the title names none.
3. The signatory of the 落款 (organ line over a date).
4. A place named alone in the title (``某市2024年…``, ``2022年某市政府信息公开…``):
   a report titled by a place is its people's government's (place + 人民政府).
5. The report named, unquoted, in the preamble: ``现公布X(以下简称Y)2022年…年度报告``,
   a preamble opening ``X2015年…年度报告(以下简称年报)…``, or the year first
   (``现向社会公布2021年X政府信息公开工作年度报告``).
6. The preamble's compiler (由 X 编制 / 由 X 根据…编制), where a disclosure office
   of a government (X人民政府信息公开办) stands for that government, and so does
   its general office (办公厅/办公室) when the report sums up other bodies' reports
   (汇总, 综合各…, 在…基础上).  An internal office (某街道综合办公室, 党政办) gives no organ.
7. Service reports: the service centre the text is about (X政务服务中心).
8. The subject opening the body: ``…，X人民政府信息公开工作…`` or ``YYYY年，X坚持…``.
9. '请与 X 办公室联系': the organ whose office is the contact.
10. The metadata block's 发布机构 / 来源 when it is a full name.

Names starting with 我/本/全/各 (我局, 本市) are not names, nor, in rules 6, 8 and 9,
short forms starting with the place word alone (区政府办公室, 市政府): without another
rule the organ is None (GD104).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from govdisclosure._patterns import compile_fields
from govdisclosure.lexicon.structure import (
    ALIAS_LEAD_WORDS,
    CLAUSE_PREFIXES,
    CONTACT_OFFICE_SUFFIXES,
    DISCLOSURE_OFFICE_WORDS,
    GOVERNMENT_OFFICE_WORDS,
    INTERNAL_OFFICE_WORDS,
    ORGAN_CONTINUATION_CHARS,
    ORGAN_SUFFIXES,
    PLACE_SUFFIXES,
    RELATIVE_PREFIXES,
    SUBJECT_PHRASES,
    SUMMARY_REPORT_CUES,
)
from govdisclosure.model import MetaField, Span, TextValue
from govdisclosure.structure.scan import OpeningPattern

__all__ = ["NameRef", "classify_name", "find_organ", "full_name", "name_in_title"]

_HAN: Final = r"\u4e00-\u9fff"
_NAME_CHAR: Final = rf"[{_HAN}()]"
_YEAR_OR_RANGE: Final = r"\d{4}[ \t]*年度?|\d{1,2}[ \t]*[—\-~][ \t]*\d{1,2}[ \t]*月"
# The report named without quotes: '现公布X(以下简称Y)2022年…年度报告', or opening the preamble.
# (Written as two patterns, see structure.scan: '(?:(?:^|[。\n])LEAD|公布|发布)NAME'.)
_NAMED_LEAD: Final = r"[ \t]*(?:现将|现|特|兹)?(?:公布|发布)?"
_NAMED_TAIL: Final = (
    rf"[ \t]*(?P<name>[{_HAN}]{{2,30}}?)"
    r"(?:\([^()\n]{1,20}\))?[ \t]*\d{4}[ \t]*年度?"
    r"[^。\n]{0,16}?(?:年度报告|工作报告|年报)"
)
_NAMED_REPORT: Final = (_NAMED_LEAD + _NAMED_TAIL, rf"(?:。{_NAMED_LEAD}|\n{_NAMED_LEAD}|公布|发布){_NAMED_TAIL}")
# '现向社会公布2021年某市某局政府信息公开工作年度报告': the report named year first, unquoted.
_NAMED_YEAR_FIRST: Final = (
    r"(?:公布|发布)了?[ \t]*(?P<report>\d{4}[ \t]*年度?[^。\n,，;；《》]{2,40}?(?:年度报告|工作报告|年报))"
)
_SINGLE_PLACE_WORDS: Final = "".join(w for w in PLACE_SUFFIXES if len(w) == 1)
_CLAUSE_MARK: Final = "[,，。;；:：\n]"
_COMPILER: Final = rf"由(?P<name>[{_HAN}()]{{2,40}}?)(?:根据|结合|按照|依据|依照|汇总|负责|组织|编制)"
_CONTACT: Final = (
    rf"请(?:与|联系)(?P<name>[{_HAN}()]{{3,40}}?)联系|请联系[ \t]*:?[ \t]*(?P<name2>[{_HAN}()]{{3,40}}?)(?=[,。;])"
)
_SERVICE_CENTRE: Final = (
    rf"(?:^|[^{_HAN}]|的)(?P<name>(?:(?!的)[{_HAN}]){{0,12}}?(?:政务服务中心|行政服务中心|便民服务中心))"
)
_SERVICE_CENTRE_REACH: Final = 15
_SUBJECT_VERBS: Final = "坚持|认真|按照|根据|高度|紧紧|深入|进一步|全面|严格|继续|始终|着力|切实|不断|积极|在|以习近平"
# '(以下简称“Y”)' may follow the name before the verb: the alias is not part of the name.
_ALIAS_NOTE: Final = r"(?:\(以下简称[^()\n]{1,20}\))?"
_OPENING_ORGAN: Final = (
    rf"\d{{4}}[ \t]*年(?:度)?[,，][ \t]*(?P<name>[{_HAN}()]{{3,30}}?){_ALIAS_NOTE}(?:{_SUBJECT_VERBS})"
)
#: (mark, tail) of an OpeningPattern.
_OPENING_GOV: Final = (
    "|".join(",，。\n") + "|年的",
    rf"[ \t]*(?P<name>[{_HAN}]{{2,20}}?)(?:人民)?政府信息公开工作(?=[,，]|{_SUBJECT_VERBS})",
)
_RANGE_FULL_NAME: Final = 2


class _Patterns(NamedTuple):
    """The module's patterns, compiled (field ``x`` is the source ``_X`` above)."""

    name_char: re.Pattern[str]
    year_or_range: re.Pattern[str]
    named_report: OpeningPattern
    named_year_first: re.Pattern[str]
    compiler: re.Pattern[str]
    contact: re.Pattern[str]
    service_centre: re.Pattern[str]
    opening_organ: re.Pattern[str]
    opening_gov: OpeningPattern


@functools.cache
def _patterns() -> _Patterns:
    """The patterns, compiled on first use: CJK character classes take a millisecond each to compile."""
    return compile_fields(
        _Patterns,
        globals(),
        named_report=OpeningPattern(re.compile(_NAMED_REPORT[0]), re.compile(_NAMED_REPORT[1])),
        opening_gov=OpeningPattern.compile(*_OPENING_GOV),
    )


class NameRef:
    """A name found in the text: its kind (organ or place), view form and span."""

    __slots__ = ("end", "kind", "start", "view")

    def __init__(self, kind: str, view: str, start: int, end: int) -> None:
        self.kind, self.view, self.start, self.end = kind, view, start, end


def classify_name(name: str) -> str | None:
    """``'organ'``, ``'place'`` or None for a candidate name (matching view).

    >>> [classify_name(x) for x in ("青岚市人民政府办公室", "青岚市", "全县", "我局", "工作", "在某法院")]
    ['organ', 'place', None, None, None, None]
    """
    if len(name) < 2 or name.startswith(RELATIVE_PREFIXES) or name.startswith(CLAUSE_PREFIXES):
        return None
    if name.endswith(ORGAN_SUFFIXES) and len(name) > 2:
        return "organ"
    if name.endswith(PLACE_SUFFIXES):
        return "place"
    return None


def _trailing_name(view: str, start: int, end: int) -> tuple[int, int]:
    name_char = _patterns().name_char
    while end > start and view[end - 1].isspace():
        end -= 1
    pos = end
    while pos > start and name_char.match(view[pos - 1]):
        pos -= 1
    return pos, end


def _before_subject(view: str, a: int, b: int) -> int:
    """End of the name in ``view[a:b]`` when a subject phrase (政府信息公开 …) follows it, else *a*."""
    hits = [i for p in SUBJECT_PHRASES if (i := view.find(p, a, b)) > a]
    if not hits:
        return a
    cut = min(hits)
    return cut + 2 if view.endswith("人民", a, cut) else cut


def name_in_title(view: str, start: int, end: int) -> NameRef | None:
    """The organ or place a title names before its year (or 关于), or right after a leading year."""
    rx = _patterns()
    cut_m = rx.year_or_range.search(view, start, end)
    guanyu = view.find("关于", start, end)
    cut = min(x for x in (cut_m.start() if cut_m else end, guanyu if guanyu >= 0 else end))
    a, b = _trailing_name(view, start, cut)
    if b - a >= 2:
        kind = classify_name(view[a:b])
        if kind is None:
            # '某局政府信息公开工作2021年度报告': the subject phrase stands between the name and the year
            b = _before_subject(view, a, b)
            kind = classify_name(view[a:b]) if b - a >= 2 else None
        return NameRef(kind, view[a:b], a, b) if kind else None
    if cut_m is None or view[start : cut_m.start()].strip():
        return None
    # '2022年青岚市政府信息公开…': the name follows the year, up to the subject phrase.
    pos = cut_m.end()
    while pos < end and view[pos] in " \t":
        pos += 1
    stop = pos
    while stop < end and (rx.name_char.match(view[stop]) or view[stop] in "\n \t"):
        stop += 1  # a title split over lines: the subject phrase may open the next line
    hits = [i for p in SUBJECT_PHRASES if (i := view.find(p, pos, stop)) >= 0]
    if not hits:
        return None
    b = min(hits)
    while b > pos and view[b - 1].isspace():
        b -= 1
    if any(ch.isspace() for ch in view[pos:b]):
        return None
    name = view[pos:b]
    if name.endswith("人民"):
        b += 2  # '…市人民政府信息公开': the government's name runs into 政府
        name = view[pos:b]
    kind = classify_name(name)
    return NameRef(kind, name, pos, b) if kind else None


def _value(text: str, ref: NameRef) -> TextValue:
    if ref.kind == "place":
        return TextValue(value=text[ref.start : ref.end].strip() + "人民政府", span=Span(start=ref.start, end=ref.end))
    return TextValue(value=text[ref.start : ref.end], span=Span(start=ref.start, end=ref.end))


def _expand(text: str, view: str, ref: NameRef) -> TextValue:
    """The fuller form of an organ's name used as a sentence subject (place prefix + name)."""
    m = _fuller_name(view, ref.view)
    # '我市…' is no fuller name, nor '请联系某市…' (a request opening the clause)
    if m is None or m.group("full").startswith(RELATIVE_PREFIXES) or m.group("full").startswith(CLAUSE_PREFIXES):
        return _value(text, ref)
    start = m.start("full")
    return TextValue(value=text[start : m.end()], span=Span(start=start, end=m.end()))


def _fuller_name(view: str, name: str) -> re.Match[str] | None:
    """The first clause opening with a place-prefixed *name*: ``(^|clause mark) [year] place name``.

    The clause start is split in two patterns: one matched at the start of the text, one searched
    from a clause mark, which the regex engine finds by a quick character scan (an alternative
    with ``^`` would make it try the whole pattern at every position).
    """
    rest = (
        rf"[ \t]*(?:\d{{4}}[ \t]*年[,，]?[ \t]*)?"
        rf"(?P<full>[{_HAN}]{{1,12}}?[{_SINGLE_PLACE_WORDS}]){re.escape(name)}"
        rf"(?![{ORGAN_CONTINUATION_CHARS}])"
    )
    at_start = re.compile(rest).match(view)
    return at_start if at_start is not None else re.compile(_CLAUSE_MARK + rest).search(view)


def _service_centre(view: str) -> re.Match[str] | None:
    """The first service centre name: searched from just before the first '服务中心' (none without it)."""
    first = view.find("服务中心")
    if first < 0:
        return None
    # A match starts at most 15 characters before its '服务中心' (a mark, 12 name characters, 政务).
    return _patterns().service_centre.search(view, max(0, first - _SERVICE_CENTRE_REACH))


def _short_form(name: str) -> bool:
    """A name made of the place word alone plus an organ (区政府办公室, 市政府): a short form, not a name."""
    return name[:1] in _SINGLE_PLACE_WORDS


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _reduce_office(view: str, start: int, end: int, words: Sequence[str]) -> tuple[int, int] | None:
    name = view[start:end]
    if _short_form(name):
        return None
    for w in sorted(words, key=len, reverse=True):
        if name.endswith(w) and classify_name(name[: -len(w)]) == "organ":
            return start, end - len(w)
    return (start, end) if classify_name(name) == "organ" else None


def full_name(text: str, view: str, found: TextValue | None) -> TextValue | None:
    """A name the text declares as a short form (``X(以下简称“Y”)``) stands for the full name X."""
    if found is None or found.span is None:
        return found
    name = view[found.span.start : found.span.end]
    for quote_open, quote_close in (("“", "”"), ('"', '"'), ("", "")):
        at = view.find(f"(以下简称{quote_open}{name}{quote_close})")
        if at > 0:
            a, b = _trailing_name(view, max(0, at - 40), at)
            a = max([a] + [i + len(w) for w in ALIAS_LEAD_WORDS if (i := view.rfind(w, a, b)) >= 0])
            if b - a > len(name) and classify_name(view[a:b]) == "organ" and not _short_form(view[a:b]):
                return TextValue(value=text[a:b], span=Span(start=a, end=b))
            return found
    return found


def find_organ(
    text: str,
    view: str,
    *,
    quoted: tuple[int, int] | None,
    title: tuple[int, int] | None,
    signatory: TextValue | None,
    preamble: tuple[int, int],
    body_start: int,
    meta: Sequence[MetaField],
    service: bool,
    issuer: tuple[int, int] | None = None,
    over_title: tuple[int, int] | None = None,
) -> TextValue | None:
    """Apply the precedence of the module docstring; spans are (start, end) into *view*."""
    rx = _patterns()
    if issuer is not None:
        a, b = _trailing_name(view, *issuer)
        while a < b and view[a] in "()":
            a += 1  # a bracket closing an annotation before the name is not part of it
        if classify_name(view[a:b]) == "organ" and not _short_form(view[a:b]):
            return TextValue(value=text[a:b], span=Span(start=a, end=b))
    if quoted is not None:
        ref = name_in_title(view, *quoted)
        if ref is not None:
            return _value(text, ref)
    title_ref = name_in_title(view, *title) if title is not None else None
    if title_ref is not None and title_ref.kind == "organ":
        if signatory is not None and signatory.span is not None:
            sig = view[signatory.span.start : signatory.span.end]
            if len(sig) > len(title_ref.view) and _is_subsequence(title_ref.view, sig):
                return signatory
        return _expand(text, view, title_ref)
    if over_title is not None:
        a, b = over_title
        if classify_name(view[a:b]) == "organ" and not _short_form(view[a:b]):
            return TextValue(value=text[a:b], span=Span(start=a, end=b))
    if signatory is not None:
        return signatory
    if title_ref is not None:
        return _value(text, title_ref)
    pre_a, pre_b = preamble
    nm = rx.named_report.search(view, pre_a, pre_b)
    if nm is not None:
        ref = NameRef(classify_name(nm.group("name")) or "", nm.group("name"), nm.start("name"), nm.end("name"))
        if ref.kind and not _short_form(ref.view):
            return _value(text, ref)
    ym = rx.named_year_first.search(view, pre_a, pre_b)
    if ym is not None:
        ref = name_in_title(view, ym.start("report"), ym.end("report"))
        if ref is not None and not _short_form(ref.view):
            return _value(text, ref)
    m = rx.compiler.search(view, pre_a, pre_b)
    if m is not None:
        words = DISCLOSURE_OFFICE_WORDS
        if any(c in view[pre_a:pre_b] for c in SUMMARY_REPORT_CUES):
            words = (*DISCLOSURE_OFFICE_WORDS, *GOVERNMENT_OFFICE_WORDS)
        # an internal office (某街道综合办公室) compiles its body's report: no organ from it
        red = None if m.group("name").endswith(INTERNAL_OFFICE_WORDS) else _reduce_office(view, *m.span("name"), words)
        if red is not None:
            return TextValue(value=text[red[0] : red[1]], span=Span(start=red[0], end=red[1]))
    if service:
        sm = _service_centre(view)
        if (sm is not None and classify_name(sm.group("name")) is not None) or (
            sm is not None and sm.group("name")[:1] in PLACE_SUFFIXES
        ):
            return TextValue(
                value=text[sm.start("name") : sm.end("name")], span=Span(start=sm.start("name"), end=sm.end("name"))
            )
    window_end = min(len(view), body_start + 400)
    for pat in (rx.opening_gov, rx.opening_organ):
        for om in pat.finditer(view, pre_a, window_end):
            name = om.group("name")
            if pat is rx.opening_gov:
                full = name + ("政府" if name.endswith("人民") else "")
                if classify_name(full) == "place":
                    return TextValue(
                        value=text[om.start("name") : om.end("name")] + "人民政府",
                        span=Span(start=om.start("name"), end=om.end("name")),
                    )
                if classify_name(full) == "organ" and name.endswith("人民"):
                    s, e = om.start("name"), om.end("name") + 2
                    return TextValue(value=text[s:e], span=Span(start=s, end=e))
            elif classify_name(name) == "organ" and not _short_form(name):
                return TextValue(
                    value=text[om.start("name") : om.end("name")], span=Span(start=om.start("name"), end=om.end("name"))
                )
    cm = rx.contact.search(view, pre_a, window_end)
    if cm is not None:
        g = "name" if cm.group("name") is not None else "name2"
        a, b = cm.start(g), cm.end(g)
        # '请联系:某县某乡信息公开领导小组办公室': a place's disclosure office stands for its government.
        for w in sorted(DISCLOSURE_OFFICE_WORDS, key=len, reverse=True):
            place = view[a:b][: -len(w)]
            if view[a:b].endswith(w) and classify_name(place) == "place" and not _short_form(place):
                return TextValue(value=text[a : b - len(w)] + "人民政府", span=Span(start=a, end=b - len(w)))
        red = _reduce_office(view, a, b, CONTACT_OFFICE_SUFFIXES)
        if red is not None and red != (a, b):
            return TextValue(value=text[red[0] : red[1]], span=Span(start=red[0], end=red[1]))
    for f in meta:
        key = f.key.replace(" ", "")
        if (
            key in ("发布机构", "發布機構", "来源", "來源")
            and classify_name(f.value) == "organ"
            and len(f.value) >= 4
            and f.value[:1] not in PLACE_SUFFIXES
        ):
            return TextValue(value=f.value, span=f.span)
    return None
