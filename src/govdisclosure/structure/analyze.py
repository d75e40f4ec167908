"""Fill a report's skeleton (kind, template, metadata, sections) from a Document."""

from __future__ import annotations

import re

import attrs

from govdisclosure.ingest.document import Document
from govdisclosure.model import Report, Section, SectionKind, Span

__all__ = ["analyze"]

_TOP_HEADING = re.compile(r"(?m)^[ \t]*[一二三四五六七八九十]{1,3}、[^\n]{1,60}$")


def _sections(text: str, view: str) -> tuple[Section, ...]:
    sections: list[Section] = []
    starts = [m.start() for m in _TOP_HEADING.finditer(view)]
    if not starts or starts[0] > 0:
        end = starts[0] if starts else len(text)
        sections.append(Section(kind=SectionKind.PREAMBLE, span=Span(start=0, end=end), level=0))
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        line_end = text.find("\n", start)
        line_end = end if line_end < 0 or line_end > end else line_end
        heading = text[start:line_end].strip()
        sections.append(
            Section(
                kind=SectionKind.HEADING,
                span=Span(start=start, end=end),
                level=1,
                heading=heading,
                title=heading.split("、", 1)[-1],
                heading_span=Span(start=start, end=line_end),
            )
        )
    return tuple(sections)


def analyze(doc: Document, report: Report) -> Report:
    """Return *report* with the structure fields filled from *doc*."""
    return attrs.evolve(report, sections=_sections(doc.text, doc.view))
