"""The document's title as printed.

Rules: the first title-like line before the body — a short line (no 。, not a
breadcrumb, metadata field, salutation, contact sentence or date) that names a
document type (报告, 要点, 方案, 通知 …) before its first comma, or the very first line of the page when a bare date
line follows it (a page title over its date, as on reposted copies).  A line
ending in an organ name just before a title line that starts with the year is
joined to it (``某县林业局`` / ``2020年…报告``); so is a line holding the
year before a title line that names neither a year nor an organ (``某街道办事处2024年度政府`` /
``信息公开工作年度报告``), and a notice heading broken after 关于 (``某市人民政府办公室关于公布`` /
``某市2009年度…报告的通知``).  A transmittal notice (关于印发/公布/转发〈X〉的通知) is titled by the
document it issues, X, and its issuer (the name before 关于) is kept.  A page title carrying the site
or viewer name (``Page 9 - X``, ``X - 某某网``) keeps the part that names a document type.  The
title ends where the body starts, even inside a line; in a page flattened into one line, a
title naming its year and a document type ends where an opening word of the first paragraph
follows (``某县2030年…实施方案为深入贯彻…``).  When no line qualifies, the report's name
quoted in the preamble (《…年度报告》) is used.  A file name (``X.docx``) is never a title, nor a
line opening with the second half of a split title (``工作年度报告``) when no first half precedes it.
Noise spans inside a title (injected spam) are left out of the value.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final

from attrs import frozen

from govdisclosure.lexicon.structure import (
    CONTACT_LINE_CUES,
    DOC_TYPE_CUES,
    FILE_NAME_EXTENSIONS,
    ORGAN_SUFFIXES,
    PLACE_SUFFIXES,
    PREAMBLE_OPENINGS,
    TITLE_TAIL_OPENINGS,
    TRANSMITTAL_VERBS,
)
from govdisclosure.model import Span
from govdisclosure.structure.lines import Line, Regions, lines_before
from govdisclosure.structure.metadata import date_line

__all__ = ["TitleFound", "find_quoted_report_name", "find_title", "organ_over_title"]

_MAX_TITLE_LINE: Final = 80
_VERB_ALT: Final = "|".join(TRANSMITTAL_VERBS)
# A parenthesised non-Han annotation (a reading aid) after the verb is not part of the issued title.
_TRANSMITTAL: Final = re.compile(
    rf"关于(?:{_VERB_ALT})[ \t\n]*(?:\([^\u4e00-\u9fff()]{{1,8}}\))?[《〈<\"]?[ \t\n]*"
    r"(?P<inner>[^《》〈〉<>\"]{4,60}?)[》〉>\"]?[ \t\n]*的通知"
)
_BROKEN_AFTER_GUANYU: Final = re.compile(rf"关于(?:{_VERB_ALT})?$")
_YEAR_WORD: Final = re.compile(r"\d{4}[ \t]*年")
# A page title 'X - site' / 'viewer - X': parts split at a spaced dash, bar or underscore.
_PAGE_TITLE_SEP: Final = re.compile(r"[ \t]+[-|_][ \t]+")
_MAX_FRAGMENT: Final = 40
_QUOTED_REPORT: Final = re.compile(r"《(?P<inner>[^《》\n]{4,80}?报告)》")
_YEAR: Final = re.compile(r"\d{4}")
_LINE_BREAK: Final = re.compile(r"[ \t]*\n\s*")  # a title split over lines is joined
_META_LINE: Final = re.compile(r"[^\s:]{1,8}[ \t]*:")
_FIRST_CLAUSE: Final = re.compile("[,，]")
# A title run straight into its first paragraph in a page flattened into one line
# (``某县2030年…实施方案为深入贯彻…``): the shortest start of the line, free of sentence
# punctuation, ending in a document-type word that an opening word follows.  Anchored and
# bounded, so a match costs a fixed number of steps.
_RUN_IN_TITLE: Final = re.compile(
    rf"[^\n。,;:!?()《》\"“”]{{4,{_MAX_TITLE_LINE}}}?(?:{'|'.join(DOC_TYPE_CUES)})"
    rf"(?=[ \t]*(?:{'|'.join(PREAMBLE_OPENINGS)}))"
)


@frozen(kw_only=True)
class TitleFound:
    """A title with its value (noise removed), span and matching-view text."""

    value: str
    span: Span
    view: str
    issuer: Span | None = None  # a transmittal notice: its issuer's name before 关于


def _strip_noise(text: str, start: int, end: int, noise: Regions) -> str:
    return _LINE_BREAK.sub("", noise.cut(text, start, end).strip())


def _make(text: str, view: str, start: int, end: int, noise: Regions, *, issuer: Span | None = None) -> TitleFound:
    return TitleFound(
        value=_strip_noise(text, start, end, noise),
        span=Span(start=start, end=end),
        view=_strip_noise(view, start, end, noise),
        issuer=issuer,
    )


def _trim(view: str, lo: int, hi: int) -> tuple[int, int]:
    while hi > lo and view[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _page_title_part(view: str, lo: int, hi: int) -> tuple[int, int]:
    """The part of a page title that names a document type when site or viewer names are attached."""
    cuts = list(_PAGE_TITLE_SEP.finditer(view, lo, hi))
    if not cuts:
        return lo, hi
    parts = [(lo, cuts[0].start())]
    parts += [(a.end(), b.start()) for a, b in itertools.pairwise(cuts)]
    parts.append((cuts[-1].end(), hi))
    named = [(a, b) for a, b in parts if any(c in view[a:b] for c in DOC_TYPE_CUES)]
    return max(named, key=lambda ab: ab[1] - ab[0]) if named else (lo, hi)


def _joins_previous(prev: str, cur: str) -> bool:
    """Whether the line *prev* is the first half of the title line *cur* split by the page."""
    if not _is_candidate_shape(prev) or any(ch in prev for ch in ",，;；"):
        return False
    if _BROKEN_AFTER_GUANYU.search(prev) and cur.endswith("通知"):
        return True  # '…办公室关于公布' / '…报告的通知'
    if len(prev) > _MAX_FRAGMENT or any(c in prev for c in DOC_TYPE_CUES):
        return False
    if _YEAR.match(cur):
        return _fragment_before(prev)  # '某县林业局' / '2023年…报告'
    # '某街道办事处2024年度政府' / '信息公开工作年度报告': the year is on the first line only.
    return _YEAR_WORD.search(prev) is not None and _YEAR_WORD.search(cur) is None


def _is_candidate_shape(s: str) -> bool:
    return (
        2 <= len(s) <= _MAX_TITLE_LINE
        and "。" not in s
        and ">" not in s
        and not s.endswith((":", "："))
        and not s.startswith(("•", "·"))
        and _META_LINE.match(s) is None
        and not s.casefold().endswith(FILE_NAME_EXTENSIONS)  # a file name (X.docx): a download link
    )


def _names_type(s: str) -> bool:
    """Whether the title line *s* names a document type, as a title does.

    A contact sentence (``如对本报告有疑问，请联系…``) never is a title, nor a sentence naming the
    type only after a comma (``…制度，加大…清单``: a cell or body line); a notice heading
    (``关于…，…的通知``) may hold a comma.
    """
    if any(c in s for c in CONTACT_LINE_CUES):
        return False
    head = s if "关于" in s else _FIRST_CLAUSE.split(s, maxsplit=1)[0]
    return any(c in head for c in DOC_TYPE_CUES)


def _fragment_before(s: str) -> bool:
    """A line that can be the first half of a split title (an organ or place name)."""
    return (
        _is_candidate_shape(s)
        and len(s) <= 30
        and not any(ch in s for ch in ",，、;；")
        and s.endswith(ORGAN_SUFFIXES + PLACE_SUFFIXES)
    )


def find_title(
    text: str, view: str, lines: Sequence[Line], *, end: int, skip: Regions, noise: Regions
) -> TitleFound | None:
    """Find the title among the lines starting before *end* (the first heading)."""
    content = [ln for ln in lines_before(lines, end) if ln.lo < ln.hi and not skip.covers(ln.lo, ln.hi)]
    for k, line in enumerate(content):
        lo, hi = _trim(view, line.lo, min(line.hi, end))  # the body may start inside the line
        lo, hi = _page_title_part(view, lo, hi)
        s = _strip_noise(view, lo, hi, noise)
        if not _is_candidate_shape(s) or date_line(text, view, line) is not None:
            run_in = _RUN_IN_TITLE.match(view, lo, hi)
            if run_in is not None and _YEAR_WORD.search(run_in.group()) and not noise.overlaps(lo, run_in.end()):
                return _make(text, view, lo, run_in.end(), noise)
            continue
        start = lo
        if k > 0:
            prev = content[k - 1]
            if _joins_previous(_strip_noise(view, prev.lo, prev.hi, noise), s):
                start = prev.lo
        m = _TRANSMITTAL.search(view, start, hi)
        if m is not None:
            issuer = Span(start=start, end=view.find("关于", start, hi))
            return _make(text, view, m.start("inner"), m.end("inner"), noise, issuer=issuer)
        if start == lo and s.startswith(TITLE_TAIL_OPENINGS):
            continue  # the second half of a split title, its first half not printed: a fragment
        cue = _names_type(s)
        page_title = k == 0 and k + 1 < len(content) and date_line(text, view, content[k + 1]) is not None
        if not (cue or page_title):
            continue
        if k + 1 < len(content) and start == lo:
            # a running header followed by the report's own heading, the same name with its year:
            # '某局…年度报告' / '2009年某局 …年度报告' → the heading is the title
            nlo, nhi = _trim(view, content[k + 1].lo, min(content[k + 1].hi, end))
            nxt = "".join(view[nlo:nhi].split())
            ym = _YEAR_WORD.match(nxt)
            if ym is not None and _YEAR_WORD.search(s) is None and nxt[ym.end() :] == "".join(s.split()):
                return _make(text, view, nlo, nhi, noise)
        return _make(text, view, start, hi, noise)
    return None


def find_quoted_report_name(text: str, view: str, start: int, end: int, noise: Regions) -> TitleFound | None:
    """The report's own name quoted in ``view[start:end]`` (《…2018年…年度报告》), if any."""
    for m in _QUOTED_REPORT.finditer(view, start, end):
        inner = _strip_noise(view, m.start("inner"), m.end("inner"), noise)
        if _YEAR.search(inner):
            return _make(text, view, m.start("inner"), m.end("inner"), noise)
    return None


def organ_over_title(view: str, lines: Sequence[Line], *, end: int, skip: Regions, noise: Regions) -> Span | None:
    """An organ name alone on the line above a title line that starts with its year or 关于.

    ``某县某镇人民政府`` / ``关于2021年度政府信息公开工作的年度报告``: the heading printed in two lines,
    the issuer first (a page title above may repeat the second line alone).  Lines before *end* only.
    """
    content = [ln for ln in lines_before(lines, end) if ln.lo < ln.hi and not skip.covers(ln.lo, ln.hi)]
    for prev, cur in itertools.pairwise(content):
        s = _strip_noise(view, cur.lo, min(cur.hi, end), noise)
        if not (_YEAR.match(s) or s.startswith("关于")) or not _is_candidate_shape(s) or not _names_type(s):
            continue
        lo, hi = _trim(view, prev.lo, prev.hi)
        name = _strip_noise(view, lo, hi, noise)
        if _fragment_before(name) and name.endswith(ORGAN_SUFFIXES) and not noise.overlaps(lo, hi):
            return Span(start=lo, end=hi)
    return None
