"""Document numbers (文号) such as ``张政办函〔2018〕74号``."""

from __future__ import annotations

import functools
import re
from typing import Final

from govdisclosure.lexicon.docnumbers import (
    CANONICAL_BRACKETS,
    DOC_BRACKETS,
    ISSUER_JOINERS,
    ISSUER_STOP_WORDS,
    MAX_ISSUER_LEN,
    SERIAL_SUFFIXES,
)
from govdisclosure.model import DocumentNumber, Span
from govdisclosure.normalize.text import fold_width, matching_view

__all__ = ["find_doc_numbers", "parse_doc_number"]

_OPEN: Final = "".join(re.escape(ch) for ch in DOC_BRACKETS)
_CLOSE: Final = "".join(re.escape(ch) for ch in DOC_BRACKETS.values())
_SUFFIX: Final = "".join(re.escape(ch) for ch in SERIAL_SUFFIXES)
# The part after the issuer: bracketed year, serial, 号 (spaces tolerated).
_TAIL: Final = re.compile(
    rf"[{_OPEN}][ \t]*(?P<year>(?:19|20)[0-9]{{2}})[ \t]*[{_CLOSE}][ \t]*"
    rf"(?P<di>第?)[ \t]*(?P<serial>[0-9]{{1,6}})[ \t]*[{_SUFFIX}]"
)
_STOP: Final = re.compile("|".join(re.escape(w) for w in sorted(ISSUER_STOP_WORDS, key=len, reverse=True)))
_LOOKBACK: Final[int] = MAX_ISSUER_LEN + 8


def _is_han(ch: str) -> bool:
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF


def _issuer_start(view: str, end: int, floor: int) -> int | None:
    """Start of the issuer code that ends at *end*, or ``None`` when unclear."""
    while end > floor and view[end - 1] in " \t":
        end -= 1  # 某府发 〔2019〕: spaces before the bracket
    start = end
    while start > floor and end - start < _LOOKBACK and _is_han(view[start - 1]):
        start -= 1
    if start == end:
        return None
    cut, after_number = start, False
    for m in _STOP.finditer(view, start, end):
        cut, after_number = m.end(), m.group() == "号"
    if after_number or cut == start:
        # joiners after a previous citation (…1号和…), or at the very start
        while cut < end and view[cut] in ISSUER_JOINERS and (after_number or cut == start):
            cut += 1
    if cut >= end or end - cut > MAX_ISSUER_LEN:
        return None
    return cut


def _build(text: str, view: str, start: int, m: re.Match[str], offset: int) -> DocumentNumber:
    issuer = "".join(text[start : m.start()].split())
    serial_raw = fold_width(m.group("serial"))
    suffix = text[m.end() - 1]
    opening, closing = CANONICAL_BRACKETS
    canonical = f"{issuer}{opening}{m.group('year')}{closing}{m.group('di')}{serial_raw}{suffix}"
    return DocumentNumber(
        issuer=issuer,
        year=int(m.group("year")),
        serial=int(serial_raw),
        canonical=canonical,
        raw=text[start : m.end()],
        span=Span(start=start + offset, end=m.end() + offset),
    )


def find_doc_numbers(text: str, *, offset: int = 0, view: str | None = None) -> list[DocumentNumber]:
    """Every 文号 in *text*, in reading order, with raw text and span (+ *offset*).

    The issuer is the short code right before the bracketed year; running
    text before it (按照, 根据, 《…》, a previous 文号) is not part of it.
    *view*, when given, must be ``matching_view(text)``.

    >>> [d.canonical for d in find_doc_numbers("按照《某某通知》(吉辦發[2016]43號)和通辦發［2016］36號要求")]
    ['吉辦發〔2016〕43號', '通辦發〔2016〕36號']
    >>> d = find_doc_numbers("见某政发〔2008〕 4 号文", offset=10)[0]
    >>> d.issuer, d.year, d.serial, d.canonical, d.span.start
    ('某政发', 2008, 4, '某政发〔2008〕4号', 11)
    """
    if view is None or len(view) != len(text):
        view = matching_view(text)
    return list(_find_doc_numbers(text, view, offset))


# Both the structure and the narrative stage scan a document's text (see contacts._find_contacts);
# the cached result is a tuple, and each caller gets its own list.
@functools.lru_cache(maxsize=4)
def _find_doc_numbers(text: str, view: str, offset: int) -> tuple[DocumentNumber, ...]:
    out: list[DocumentNumber] = []
    floor = 0
    for m in _TAIL.finditer(view):
        start = _issuer_start(view, m.start(), floor)
        if start is not None:
            out.append(_build(text, view, start, m, offset))
        floor = m.end()
    return tuple(out)


def parse_doc_number(s: str) -> DocumentNumber | None:
    """Read *s* as exactly one 文号 (surrounding spaces allowed), else ``None``.

    The span is relative to *s* (like :func:`~govdisclosure.normalize.parse_quantity`);
    to get a span into a larger text use ``find_doc_numbers(text[a:b], offset=a)``.

    Brackets ``［］ [] 〔〕 【】 () （）`` become 〔〕 in ``canonical``, inner spaces
    are removed, characters are kept as written (號 stays 號).

    >>> parse_doc_number("张政办函[2018]74号").canonical
    '张政办函〔2018〕74号'
    >>> parse_doc_number("國辦發（2017）47號").canonical
    '國辦發〔2017〕47號'
    >>> parse_doc_number("2018年74号") is None
    True
    """
    stripped = s.strip()
    lead = len(s) - len(s.lstrip())
    found = find_doc_numbers(stripped)
    if len(found) != 1:
        return None
    d = found[0]
    if d.span is None or d.span.start != 0 or d.span.end != len(stripped):
        return None
    if lead:
        return DocumentNumber(
            issuer=d.issuer,
            year=d.year,
            serial=d.serial,
            canonical=d.canonical,
            raw=d.raw,
            span=Span(start=d.span.start + lead, end=d.span.end + lead),
        )
    return d
