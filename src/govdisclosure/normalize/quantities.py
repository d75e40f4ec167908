"""Counted figures: a number, its unit and how the text qualifies it (380余条)."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Final

from govdisclosure.lexicon.numerals import BIG_UNITS, DIGITS, NUMERAL_RUN_CHARS
from govdisclosure.lexicon.units import (
    APPROX_AFTER_NUMBER,
    APPROX_AFTER_UNIT,
    APPROX_BEFORE,
    APPROX_BLOCKERS,
    ARABIC_ONLY_UNITS,
    NON_QUANTITY_FOLLOWERS,
    PERCENT_PREFIXES,
    PERCENT_SIGNS,
    UNITS,
)
from govdisclosure.model import Approximation, Quantity, Span
from govdisclosure.normalize.contacts import find_contacts
from govdisclosure.normalize.dates import find_dates
from govdisclosure.normalize.docnumbers import find_doc_numbers
from govdisclosure.normalize.numbers import parse_number
from govdisclosure.normalize.text import matching_view

__all__ = ["find_quantities", "parse_quantity"]

Number = int | Decimal

_RUN_CLASS: Final = "".join(sorted(re.escape(ch) for ch in NUMERAL_RUN_CHARS))
_RUN: Final = re.compile(f"[{_RUN_CLASS}]+")
_NON_ARABIC_CLASS: Final = "".join(sorted(re.escape(ch) for ch in NUMERAL_RUN_CHARS - set("0123456789")))
# What may follow a Chinese numeral that is a figure: a unit, a percent sign, 余/多.
_FIGURE_FOLLOWERS: Final = frozenset(u[0] for u in UNITS) | set(PERCENT_SIGNS) | set(APPROX_AFTER_NUMBER)
_FOLLOWER_CLASS: Final = "".join(sorted(re.escape(ch) for ch in _FIGURE_FOLLOWERS))
# The numeral runs that can hold a figure when bare numbers need a unit (find_quantities):
# a run with an Arabic digit, or a Chinese-only run followed by a unit, a percent sign or
# 余/多, or preceded by 之 (百分之…).  Other runs (一些, 重点, 万物, （一）, and the list
# numbers 3. and (4) that _dead_end rejects) cannot, and are skipped inside the regex
# engine.  The pattern opens with a character class so the engine skips to candidates at
# C speed; the lookbehind keeps only run starts; possessive quantifiers never backtrack,
# so the scan stays linear.
_CANDIDATE_RUN: Final = re.compile(
    f"[{_RUN_CLASS}](?<![{_RUN_CLASS}][{_RUN_CLASS}])"
    f"(?!(?<=[0-9])(?:(?<!之.)[0-9]*+\\.(?![{_RUN_CLASS}])|(?<![^ \\t\\n(].)[0-9]*+\\)))"
    f"(?:(?<=[0-9])|[{_NON_ARABIC_CLASS}]*+[0-9]|[{_NON_ARABIC_CLASS}]*+(?=[{_FOLLOWER_CLASS}])|(?<=之.))"
    f"[{_RUN_CLASS}]*+"
)
_ARABIC_DIGITS: Final = frozenset("0123456789")
_HAS_ARABIC: Final = re.compile("[0-9]")
_TRIMMED: Final = ".,点"  # trimmed from both ends of a piece
_ARABIC_HEAD: Final = re.compile("[0-9,.]*")
_GROUPED: Final = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")

#: Characters no figure contains (figures hold numerals, units, approximation words and spaces).
_SEPARATORS: Final = "\n|\t"
_SEPARATOR: Final = re.compile("[\n|\t]")

# A percent sign, else the first unit that matches, longer units first (个工作日 before 个).
_UNIT: Final = re.compile("|".join(re.escape(u) for u in [*PERCENT_SIGNS, *sorted(UNITS, key=len, reverse=True)]))
_BEFORE_BY_LAST: Final[dict[str, tuple[str, ...]]] = {}
for _w in sorted(APPROX_BEFORE, key=len, reverse=True):
    _BEFORE_BY_LAST[_w[-1]] = (*_BEFORE_BY_LAST.get(_w[-1], ()), _w)
_AFTER_UNIT_WORDS: Final[dict[str, tuple[str, ...]]] = {}
for _w in sorted(APPROX_AFTER_UNIT, key=len, reverse=True):
    _AFTER_UNIT_WORDS[_w[0]] = (*_AFTER_UNIT_WORDS.get(_w[0], ()), _w)
_MULTIPLIERS: Final[dict[str, int]] = {**BIG_UNITS, "千": 1000, "百": 100}

# Unitless Arabic numbers are kept only when followed by one of these (or the end).
_UNITLESS_OK_AFTER: Final = frozenset(" \t\n\r,;。!?)》」』”\"'|，；")
# Before a number: codes (G20), ranges (1-9), times (16:03), paths, ordinals.
_BAD_BEFORE: Final = frozenset("-/:#_~")
_ORDINAL: Final = "第"
# No figure starts right after these: an ordinal, a code/range/time/path mark, a dot, a Latin letter or digit.
_NOT_BEFORE: Final = frozenset(_BAD_BEFORE | {_ORDINAL, "."} | set(string.ascii_letters + string.digits))
# After a number: a range (1-9月, 3至5天) is not one figure.
_RANGE_MARKS: Final = frozenset("-—~～至到")
# After a number, a character that leaves it a chance to be a figure when bare numbers need
# a unit: a unit, a percent sign, 余/多, a space (5500 余条) or a mark a bare number may precede.
# ")" is left out: whether it may follow depends on the character before the number.
_MAY_FOLLOW: Final = (_FIGURE_FOLLOWERS | {" "} | _UNITLESS_OK_AFTER) - {")"}


def _mask(text: str, view: str) -> bytearray:
    """1 where a date, 文号, phone, postcode, e-mail or URL covers the character."""
    mask = bytearray(len(view))
    spans = [d.span for d in find_dates(text, view=view)]
    spans += [d.span for d in find_doc_numbers(text, view=view)]
    contacts = find_contacts(text, view=view)
    for group in (contacts.phones, contacts.fax, contacts.postcodes, contacts.emails, contacts.urls):
        spans += [c.span for c in group]
    for span in spans:
        if span is not None:
            mask[span.start : span.end] = b"\x01" * (span.end - span.start)
    return mask


def _pieces(text: str, view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a numeral run at commas that are not thousands separators; trim dots."""
    run = view[start:end]
    if "," in run:
        head = _ARABIC_HEAD.match(run).group()  # type: ignore[union-attr]  # matches at least ""
        grouped = _GROUPED.fullmatch(head.rstrip(".")) is not None
        if grouped and not _same_width(text[start : start + len(head)], head):
            return []
        if not grouped:
            out: list[tuple[int, int]] = []
            pos = start
            for part in run.split(","):
                out.extend(_pieces(text, view, pos, pos + len(part)) if part else [])
                pos += len(part) + 1
            return out
    while start < end and view[start] in _TRIMMED:
        start += 1
    while end > start and view[end - 1] in _TRIMMED:
        end -= 1
    return [(start, end)] if end > start else []


def _same_width(printed: str, head: str) -> bool:
    """1,232 and １，２３２ are thousands; 12，345 (half-width digits, full-width comma) may be a list."""
    i = head.find(",")
    while i >= 0 and printed[i] == ",":  # the printed commas are half-width too
        i = head.find(",", i + 1)
    return i < 0 or not any(map(str.isascii, printed))


def _approx_before(view: str, start: int) -> tuple[int, Approximation]:
    """Approximation word ending at *start* (one space allowed): new start and kind."""
    pos = start - 1 if start > 0 and view[start - 1] == " " else start
    if pos == 0:
        return start, Approximation.EXACT
    for word in _BEFORE_BY_LAST.get(view[pos - 1], ()):
        w0 = pos - len(word)
        if w0 >= 0 and view.startswith(word, w0):
            if w0 > 0 and view[w0 - 1] in APPROX_BLOCKERS.get(word, ()):
                continue
            return w0, APPROX_BEFORE[word]
    return start, Approximation.EXACT


def _unit_at(view: str, pos: int) -> str | None:
    """The percent sign or the (longest) unit at *pos*, if any."""
    m = _UNIT.match(view, pos)
    return m.group() if m else None


def _is_chinese_only(s: str) -> bool:
    return _HAS_ARABIC.search(s) is None


def _scan_piece(
    text: str, view: str, ps: int, pe: int, *, lenient: bool
) -> tuple[int, int, Number, str | None, Approximation] | None:
    """Read the quantity whose number is ``view[ps:pe]``; ``None`` when it is not one."""
    if pe < len(view) and view[pe] in NON_QUANTITY_FOLLOWERS and _unit_at(view, pe) is None:
        return None  # 2018年, 3月, 188号 (but 5分钟): cheap early exit before parsing
    num = view[ps:pe]
    value = parse_number(num)
    percent_prefix = None
    for prefix, sign in PERCENT_PREFIXES.items() if ps > 0 and view[ps - 1] == "之" else ():
        if ps >= len(prefix) and view.startswith(prefix, ps - len(prefix)):
            percent_prefix = (prefix, sign)
            if value is None and prefix == "百分之" and num == "百":
                value = 100  # 百分之百
    if value is None:
        return None
    chinese = not (num.isascii() and num.isdigit()) and _is_chinese_only(num)
    start = ps - len(percent_prefix[0]) if percent_prefix else ps
    before = view[start - 1] if start > 0 else ""
    if before in _NOT_BEFORE:
        return None
    if chinese and all(ch in DIGITS for ch in num) and len(num) > 1:
        return None  # 二〇一九, 五一: read digit by digit, never a count
    if before == " " or before in _BEFORE_BY_LAST:  # else no approximation word can end here
        start, approx = _approx_before(view, start)
    else:
        approx = Approximation.EXACT
    if start > 0 and view[start - 1] == _ORDINAL:
        return None
    pos = pe
    if not chinese and pos + 1 < len(view) and view[pos] == " " and view[pos + 1] in APPROX_AFTER_NUMBER:
        pos += 1  # PDF text layers put a space between the digits and 余: 5500 余条
    if pos < len(view) and view[pos] in APPROX_AFTER_NUMBER and approx is Approximation.EXACT:
        approx = APPROX_AFTER_NUMBER[view[pos]]
        pos += 1
        mult = _MULTIPLIERS.get(view[pos]) if pos < len(view) else None
        if mult is not None:  # 10余万人: the multiplier follows 余
            value = value * mult
            pos += 1
    unit: str | None
    if percent_prefix is not None:
        unit = percent_prefix[1]
    else:
        space = 1 if pos < len(view) and view[pos] == " " and not chinese else 0
        unit = _unit_at(view, pos + space)
        if unit in ARABIC_ONLY_UNITS and chinese:
            unit = None
        if unit is not None:
            pos += space + len(unit)
    if unit is None:
        if chinese and not lenient:
            return None
        nxt = view[pos] if pos < len(view) else ""
        ahead = _next_visible(view, pos)
        if ahead in NON_QUANTITY_FOLLOWERS or ahead in _RANGE_MARKS:
            return None
        if not lenient and not _plausible_unitless(num, value, nxt, before):
            return None
    else:
        if unit in PERCENT_SIGNS.values() and isinstance(value, int) and 1900 <= value <= 2099 and not lenient:
            return None  # a year glued to a percent sign
        if not lenient and chinese and value == 1 and num == "一":
            return None  # 一个, 一次, 一家: idioms far more often than counts
        for word in _AFTER_UNIT_WORDS.get(view[pos], ()) if pos < len(view) else ():
            if view.startswith(word, pos) and approx in (Approximation.EXACT, APPROX_AFTER_UNIT[word]):
                approx = APPROX_AFTER_UNIT[word]
                pos += len(word)
                break
    return start, pos, value, unit, approx


def _dead_end(view: str, ps: int, pe: int) -> bool:
    """Whether ``view[ps:pe]`` surely reads as no figure when bare numbers need a unit.

    A cheap exact test, without parsing the number, for the list numbers that
    open headings (``3.依申请公开``, ``(4)平台建设``): the next character starts
    no unit, percent sign or 余/多 and a bare number may not stand before it,
    so :func:`_scan_piece` (not *lenient*) returns ``None``.

    >>> v = "3.依申请公开 (4)平台 5件"
    >>> _dead_end(v, 0, 1), _dead_end(v, 9, 10), _dead_end(v, 14, 15)
    (True, True, False)
    """
    if pe >= len(view) or (ps > 0 and view[ps - 1] == "之"):
        return False  # at the end, or 百分之…: the unit stands before the number
    nxt = view[pe]
    if nxt in _MAY_FOLLOW:
        return False
    # (2), 2) numbering; else nothing may follow a bare number here
    return nxt != ")" or ps == 0 or view[ps - 1] in " \t\n("


def _next_visible(view: str, pos: int) -> str:
    """The first character at or after *pos* that is not a space or tab ("" at the end)."""
    for i in range(pos, min(len(view), pos + 4)):
        if view[i] not in " \t":
            return view[i]
    return ""


def _plausible_unitless(num: str, value: Number, nxt: str, before: str) -> bool:
    """A bare Arabic number that is a figure, not a year, code, phone or list number."""
    digits = num.replace(",", "")
    if isinstance(value, int):
        if len(digits) > 1 and digits[0] == "0":
            return False
        if len(digits) >= 7 and "," not in num:
            return False
        if len(digits) == 4 and 1900 <= value <= 2099:
            return False
    if nxt and nxt not in _UNITLESS_OK_AFTER:
        return False
    return not (nxt == ")" and (not before or before in " \t\n("))  # (2), 2) numbering


def _stretches(view: str, regions: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Per region ``[a, b)``: the stretch between its first and its last separator, sorted and merged.

    A stretch starts right after a separator and ends at one, so a numeral run
    lies wholly inside it or wholly outside.
    """
    found: list[tuple[int, int]] = []
    for a, b in regions:
        first = _SEPARATOR.search(view, a, b)
        if first is None:
            continue
        last = max(view.rfind(sep, a, b) for sep in _SEPARATORS)
        if first.start() < last:
            found.append((first.start() + 1, last))
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(found):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _runs(runs: re.Pattern[str], view: str, skipped: Sequence[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The numeral runs of *view* outside the *skipped* stretches (sorted, disjoint)."""
    pos = 0
    for lo, hi in skipped:
        yield from runs.finditer(view, pos, lo)  # view[lo - 1] is a separator: no run is cut short
        pos = hi
    yield from runs.finditer(view, pos)


def _quantities(
    text: str,
    view: str,
    offset: int,
    *,
    lenient: bool,
    mask: bytearray | None,
    runs: re.Pattern[str] = _RUN,
    skipped: Sequence[tuple[int, int]] = (),
) -> list[Quantity]:
    """The figures of *view*; *runs* finds the numeral runs (``_CANDIDATE_RUN`` only when not *lenient*).

    Runs inside the *skipped* stretches are not read.  No figure contains a
    separator, so the figures outside them are the same as without skipping.
    """
    out: list[Quantity] = []
    last_end = 0
    for m in _runs(runs, view, skipped) if skipped else runs.finditer(view):
        run_start, run_end = m.span()
        if view[run_start] not in _TRIMMED and view[run_end - 1] not in _TRIMMED and "," not in view[run_start:run_end]:
            pieces: Sequence[tuple[int, int]] = ((run_start, run_end),)  # the usual run: one piece, nothing to trim
        else:
            pieces = _pieces(text, view, run_start, run_end)
        for ps, pe in pieces:
            if ps < last_end:
                continue
            if not lenient and _dead_end(view, ps, pe):
                continue  # a heading's list number (3.依申请公开): no need to parse it
            if mask is not None and mask.find(1, ps, pe) != -1:
                continue
            found = _scan_piece(text, view, ps, pe, lenient=lenient)
            if found is None:
                continue
            start, end, value, unit, approx = found
            start = max(start, last_end)
            out.append(
                Quantity(
                    value=value,
                    unit=unit,
                    approximation=approx,
                    raw=text[start:end],
                    span=Span(start=start + offset, end=end + offset),
                )
            )
            last_end = end
    return out


def find_quantities(
    text: str, *, offset: int = 0, view: str | None = None, skip: Iterable[tuple[int, int]] = ()
) -> list[Quantity]:
    """Counted figures in *text*, in reading order, spans shifted by *offset*.

    A figure is a number (Arabic, Chinese or mixed) with its unit (条 件 项 人次
    元 % …) and approximation (约/余/多/近/超过/不足/以上/左右 …).  Money is
    in 元 (``5.1亿元`` → 510000000), percentages in ``%`` (``百分之六十二点七``
    → 62.7).  Years, dates, times, 文号, phone numbers, postcodes, ordinals
    (第二十条) and list numbering are not reported; nor are bare Chinese
    numerals without a unit.  *view*, when given, must be ``matching_view(text)``.

    *skip* lists regions ``[a, b)`` of *text* read elsewhere (tables): the
    stretch of each between its first and its last separator (line break,
    ``|``, tab) is not read, and its figures are left out.  No figure contains
    a separator, so the figures outside the stretches do not change.

    >>> [(q.value, q.unit, q.approximation.value) for q in find_quantities("2018年共办理13万余人次，增长62.7%")]
    [(130000, '人次', 'more_than'), (Decimal('62.7'), '%', 'exact')]
    >>> [(q.value, q.raw) for q in find_quantities("（一）根据国办发〔2017〕47号，近270人，节约5.1亿元")]
    [(270, '近270人'), (510000000, '5.1亿元')]
    """
    if view is None or len(view) != len(text):
        view = matching_view(text)
    return _quantities(
        text, view, offset, lenient=False, mask=_mask(text, view), runs=_CANDIDATE_RUN, skipped=_stretches(view, skip)
    )


def parse_quantity(s: str) -> Quantity | None:
    """Read *s* as exactly one figure (spaces around it allowed), else ``None``.

    Unlike :func:`find_quantities` a bare number is accepted (``"三百"``,
    ``"12"``; unit ``None``); the span is relative to *s*.

    >>> q = parse_quantity("1320余项")
    >>> q.value, q.unit, q.approximation.value, q.raw
    (1320, '项', 'more_than', '1320余项')
    >>> parse_quantity("百分之六十二点七").value, parse_quantity("约3.5万元").value
    (Decimal('62.7'), 35000)
    >>> parse_quantity("2018年") is None, parse_quantity("12件和3件") is None
    (True, True)
    """
    view = matching_view(s)
    lead = len(s) - len(s.lstrip())
    trail = len(s.rstrip())
    found = _quantities(s, view, 0, lenient=True, mask=None)
    if len(found) != 1:
        return None
    q = found[0]
    if q.span.start != lead or q.span.end != trail:
        return None
    return q
