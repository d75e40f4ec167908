"""The document's title as printed.

Rules: the first title-like line before the body — a short line (no 。, not a
breadcrumb, metadata field, salutation or date) that names a document type
(报告, 要点, 方案, 通知 …), or the very first line of the page when a bare date
line follows it (a page title over its date, as on reposted copies).  A line
ending in an organ name just before a title line that starts with the year is
joined to it (``孝感市人民政府办公室`` / ``2020年…报告``).  A transmittal notice
(关于印发〈X〉的通知) is titled by the document it issues, X.  When no line
qualifies, the report's name quoted in the preamble (《…年度报告》) is used.
Noise spans inside a title (injected spam) are left out of the value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from attrs import frozen

from govdisclosure.lexicon.structure import DOC_TYPE_CUES, ORGAN_SUFFIXES, PLACE_SUFFIXES
from govdisclosure.model import Span
from govdisclosure.structure.lines import Line, Regions
from govdisclosure.structure.metadata import date_line

__all__ = ["TitleFound", "find_quoted_report_name", "find_title"]

_MAX_TITLE_LINE: Final = 80
_TRANSMITTAL: Final = re.compile(r"关于印发[《〈<\"]?(?P<inner>[^《》〈〉<>\"]{4,60}?)[》〉>\"]?的通知")
_QUOTED_REPORT: Final = re.compile(r"《(?P<inner>[^《》\n]{4,80}?报告)》")
_YEAR: Final = re.compile(r"\d{4}")
_LINE_BREAK: Final = re.compile(r"[ \t]*\n\s*")  # a title split over lines is joined
_META_LINE: Final = re.compile(r"[^\s:]{1,8}[ \t]*:")


@frozen(kw_only=True)
class TitleFound:
    """A title with its value (noise removed), span and matching-view text."""

    value: str
    span: Span
    view: str


def _strip_noise(text: str, start: int, end: int, noise: Regions) -> str:
    out: list[str] = []
    pos = start
    for a, b in noise.spans:
        if b <= pos or a >= end:
            continue
        if a > pos:
            out.append(text[pos:a])
        pos = max(pos, b)
    if pos < end:
        out.append(text[pos:end])
    return _LINE_BREAK.sub("", "".join(out).strip())


def _make(text: str, view: str, start: int, end: int, noise: Regions) -> TitleFound:
    return TitleFound(
        value=_strip_noise(text, start, end, noise),
        span=Span(start=start, end=end),
        view=_strip_noise(view, start, end, noise),
    )


def _is_candidate_shape(s: str) -> bool:
    return (
        2 <= len(s) <= _MAX_TITLE_LINE
        and "。" not in s
        and ">" not in s
        and not s.endswith((":", "："))
        and not s.startswith(("•", "·"))
        and _META_LINE.match(s) is None
    )


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
    content = [ln for ln in lines if not ln.blank and ln.start < end and not skip.covers(ln.lo, ln.hi)]
    for k, line in enumerate(content):
        s = _strip_noise(view, line.lo, line.hi, noise)
        if not _is_candidate_shape(s) or date_line(text, view, line) is not None:
            continue
        m = _TRANSMITTAL.search(view, line.lo, line.hi)
        if m is not None:
            return _make(text, view, m.start("inner"), m.end("inner"), noise)
        cue = any(c in s for c in DOC_TYPE_CUES)
        page_title = k == 0 and k + 1 < len(content) and date_line(text, view, content[k + 1]) is not None
        if not (cue or page_title):
            continue
        start = line.lo
        if k > 0 and _YEAR.match(s):
            prev = content[k - 1]
            if _fragment_before(view[prev.lo : prev.hi]):
                start = prev.lo
        return _make(text, view, start, line.hi, noise)
    return None


def find_quoted_report_name(text: str, view: str, start: int, end: int, noise: Regions) -> TitleFound | None:
    """The report's own name quoted in ``view[start:end]`` (《…2018年…年度报告》), if any."""
    for m in _QUOTED_REPORT.finditer(view, start, end):
        inner = _strip_noise(view, m.start("inner"), m.end("inner"), noise)
        if _YEAR.search(inner):
            return _make(text, view, m.start("inner"), m.end("inner"), noise)
    return None
