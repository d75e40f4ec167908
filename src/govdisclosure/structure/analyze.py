"""Fill a report's skeleton (kind, template, metadata, sections) from a Document.

See ``docs/structure.md`` for the rules of each field and their precedence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

import attrs

from govdisclosure import diagnostics
from govdisclosure.ingest.document import Document
from govdisclosure.lexicon.structure import POST2019_CHAPTERS, TRANSMITTAL_CUES
from govdisclosure.model import (
    Contact,
    Contacts,
    DateValue,
    Diagnostic,
    DocumentKind,
    DocumentNumber,
    MetaField,
    Period,
    Report,
    Section,
    SectionKind,
    Span,
    Template,
    TextValue,
)
from govdisclosure.normalize import find_contacts, find_doc_numbers, parse_doc_number
from govdisclosure.structure.kind import decide_kind
from govdisclosure.structure.lines import Line, Regions, split_lines
from govdisclosure.structure.metadata import (
    date_line,
    find_meta_block,
    find_period,
    find_signature,
    find_year_range,
    published_from_meta,
    source_date_line,
    title_month_period,
)
from govdisclosure.structure.organ import find_organ, full_name
from govdisclosure.structure.parts import find_declared_parts
from govdisclosure.structure.scan import OpeningPattern
from govdisclosure.structure.sections import build_sections, find_headings
from govdisclosure.structure.template import decide_template
from govdisclosure.structure.title import TitleFound, find_quoted_report_name, find_title, organ_over_title

__all__ = ["analyze"]

_YEAR_IN_TITLE: Final = re.compile(r"(?<!\d)((?:19|20)\d{2})[ \t]*年?")
# '(?<!\d)' follows the century so that the engine can scan for a '1' or '2' first.
_REPORT_YEAR: Final = re.compile(
    r"((?:19|20)(?<!\d..)\d{2})[ \t]*年度?[ \t]*(?:政府信息公开|政务公开|信息公开)?(?:工作)?(?:年度)?(?:报告|年报)"
)
_OPENING_YEAR: Final = OpeningPattern.compile(r"[。\n]", r"[ \t]*((?:19|20)\d{2})[ \t]*年度?(?:的|以来)?[,，]")
# '截至2023年12月31日' / '截止2023年底' in the body: a report's running totals end with its year.
_YEAR_END: Final = re.compile(r"截[至止][ \t]*((?:19|20)\d{2})[ \t]*年[ \t]*(?:12[ \t]*月[ \t]*31[ \t]*日|底|末)")
# '2022年共收到8项…申请' in the body: a statement of the year's totals names the year reported on.
_TOTALS_YEAR: Final = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[ \t]*年度?[ \t]*(?:全年)?(?:共|累计|全年)[ \t]*(?:收到|受理|办理|主动公开|公开|发布|处理)"
)
_DOCNUM_KEYS: Final = ("备注/文号", "文号", "发文字号")
_EARLY_BODY: Final = 800  # how far into the body a year-long date range still states the period


def _first_year(pattern: re.Pattern[str] | OpeningPattern, view: str, start: int, end: int) -> tuple[int, Span] | None:
    m = pattern.search(view, start, end)
    if m is None:
        return None
    return int(m.group(1)), Span(start=m.start(1), end=m.end(1))


def _year(
    view: str,
    *,
    title: TitleFound | None,
    period: Period | None,
    preamble_end: int,
    body_start: int,
    signed: DateValue | None,
) -> tuple[int | None, Span | None, list[Diagnostic]]:
    diags: list[Diagnostic] = []
    title_year = _first_year(_YEAR_IN_TITLE, view, title.span.start, title.span.end) if title else None
    period_year = (period.start.year, period.span) if period is not None and period.span is not None else None
    if title_year and period_year and title_year[0] != period_year[0]:
        diags.append(
            diagnostics.make(
                "GD106",
                f"title year {title_year[0]} differs from the period year {period_year[0]}",
                span=period.span if period else None,
            )
        )
    for found in (
        title_year,
        period_year,
        _first_year(_REPORT_YEAR, view, 0, preamble_end),
        _first_year(_OPENING_YEAR, view, 0, min(len(view), body_start + 600)),
    ):
        if found is not None:
            return found[0], found[1], diags
    year_end = _first_year(_YEAR_END, view, 0, min(len(view), body_start + 1500))
    if year_end is not None:
        diags.append(diagnostics.make("GD105", "year taken from a year-end date in the text", span=year_end[1]))
        return year_end[0], year_end[1], diags
    totals = _totals_year(view, body_start, min(len(view), body_start + 3000))
    if totals is not None:
        diags.append(diagnostics.make("GD105", "year taken from a statement of the year's totals", span=totals[1]))
        return totals[0], totals[1], diags
    if signed is not None and signed.span is not None:
        diags.append(diagnostics.make("GD105", "year taken from the signing date", span=signed.span))
        return signed.value.year, signed.span, diags
    diags.append(diagnostics.make("GD105", "the year reported on is not stated"))
    return None, None, diags


def _totals_year(view: str, start: int, end: int) -> tuple[int, Span] | None:
    """The year of the body's statements of totals (``2022年共收到…``), when they all name one year.

    Two different years (``2021年共收到3件，2022年共收到8件``) leave the year open: exact or absent.
    """
    found: tuple[int, Span] | None = None
    for m in _TOTALS_YEAR.finditer(view, start, end):
        year = int(m.group(1))
        if found is None:
            found = year, Span(start=m.start(1), end=m.end(1))
        elif found[0] != year:
            return None
    return found


def _line_start(line: Line) -> int:
    return line.start


def _line_at(lines: Sequence[Line], pos: int) -> Line | None:
    """The line whose content holds *pos*, or the blank line at *pos*."""
    k = bisect.bisect_right(lines, pos, key=_line_start) - 1
    if k < 0:
        return None
    ln = lines[k]
    return ln if ln.lo <= pos < ln.hi or ln.lo == pos else None


def _date_under_title(text: str, view: str, lines: Sequence[Line], title: TitleFound | None) -> DateValue | None:
    if title is None:
        return None
    seen = 0  # the two content lines under the title are read
    for k in range(bisect.bisect_left(lines, title.span.end, key=_line_start), len(lines)):
        ln = lines[k]
        if ln.lo >= ln.hi:
            continue
        d = date_line(text, view, ln) or source_date_line(text, view, ln)
        if d is not None:
            return d
        seen += 1
        if seen == 2:
            break
    return None


def _notice_date(
    text: str, view: str, lines: Sequence[Line], title: TitleFound | None, body_start: int
) -> DateValue | None:
    """The first bare date line after the title and before the body (a notice's issue date)."""
    after = title.span.end if title is not None else 0
    for ln in lines:
        if ln.start >= body_start:
            break
        if ln.lo >= after:
            d = date_line(text, view, ln)
            if d is not None:
                return d
    return None


def _document_numbers(
    text: str, view: str, meta: Sequence[MetaField], lines: Sequence[Line], *, body_start: int, noise: Regions
) -> tuple[DocumentNumber | None, tuple[DocumentNumber, ...]]:
    found = [
        d for d in find_doc_numbers(text, view=view) if d.span is None or not noise.covers(d.span.start, d.span.end)
    ]
    own: DocumentNumber | None = None
    for f in meta:
        key_view = view[f.span.start : f.span.start + len(f.key)] if f.span is not None else f.key
        if key_view.replace(" ", "") in _DOCNUM_KEYS:
            # Search the field's own span so the number's span points into the report text.
            if f.span is not None:
                in_field = find_doc_numbers(text[f.span.start : f.span.end], offset=f.span.start)
                own = in_field[0] if in_field else None
            else:
                own = parse_doc_number(f.value)
            if own is not None:
                break
    if own is None:
        for d in found:
            if d.span is None or d.span.start >= body_start:
                continue
            line = _line_at(lines, d.span.start)
            # A number alone on its line (in brackets or not), or opening the title line, is the document's own.
            if line is not None and (
                view[line.lo : line.hi].strip().strip("()[]").strip() == view[d.span.start : d.span.end].strip()
                or d.span.start == line.lo
            ):
                own = d
                break
    cited: list[DocumentNumber] = []
    seen = {own.canonical} if own is not None else set()
    for d in found:
        if d.canonical not in seen:
            seen.add(d.canonical)
            cited.append(d)
    return own, tuple(cited)


def _contacts(text: str, view: str, noise: Regions) -> Contacts:
    c = find_contacts(text, view=view)

    def keep(items: tuple[Contact, ...]) -> tuple[Contact, ...]:
        return tuple(x for x in items if x.span is None or not noise.overlaps(x.span.start, x.span.end))

    return Contacts(
        phones=keep(c.phones),
        fax=keep(c.fax),
        emails=keep(c.emails),
        urls=keep(c.urls),
        addresses=keep(c.addresses),
        postcodes=keep(c.postcodes),
    )


def _missing_chapters(top_views: Sequence[str]) -> list[str]:
    joined = "\n".join(top_views)
    return [words[0] for words in POST2019_CHAPTERS if not any(w in joined for w in words)]


def analyze(doc: Document, report: Report) -> Report:
    """Return *report* with kind, template, metadata and sections filled from *doc*."""
    text, view = doc.text, doc.view
    lines = split_lines(view)
    noise = Regions(n.span for n in doc.noise)
    skip = Regions([n.span for n in doc.noise] + [t.span for t in doc.tables])
    diags: list[Diagnostic] = []

    tables = Regions(t.span for t in doc.tables)
    headings, sec_diags = find_headings(view, lines, skip, tables=tables, noise=noise)
    sections: tuple[Section, ...] = build_sections(text, headings, noise)
    diags.extend(sec_diags)
    body_start = headings[0].line_start if headings else len(text)
    preamble_end = body_start if headings else min(len(text), 3000)
    top = [s for s in sections if s.kind is SectionKind.HEADING and s.level == 1]
    top_views = [view[s.heading_span.start : s.heading_span.end] for s in top if s.heading_span is not None]

    meta = find_meta_block(text, view, lines, preamble_end)
    title = find_title(text, view, lines, end=preamble_end, skip=skip, noise=noise)
    quoted = find_quoted_report_name(text, view, 0, preamble_end, noise)
    if title is None and quoted is not None:
        title = quoted
    if title is None:
        diags.append(diagnostics.make("GD103", "no title line before the body"))

    preamble_view = view[:preamble_end]
    kind, kind_diags = decide_kind([title.view] if title else [], top_views, view)
    diags.extend(kind_diags)

    signature = find_signature(text, view, lines, noise)
    signed = signature.signed if signature else None
    period = find_period(text, view)
    year, year_span, year_diags = _year(
        view, title=title, period=period, preamble_end=preamble_end, body_start=body_start, signed=signed
    )
    diags.extend(year_diags)
    if period is None and kind is DocumentKind.ANNUAL_REPORT:
        period = find_year_range(text, view, 0, preamble_end)
    if period is None and kind is DocumentKind.ANNUAL_REPORT and year is not None:
        # the overview opening the body often states the year as a date range (2009年1月1日至…12月31日)
        early = find_year_range(text, view, body_start, min(len(view), body_start + _EARLY_BODY))
        period = early if early is not None and early.start.year == year else None
    if period is None and title is not None and year is not None:
        period = title_month_period(view[title.span.start : title.span.end], year, title.span.start, text)
    if period is None and kind is DocumentKind.ANNUAL_REPORT:
        diags.append(diagnostics.make("GD109", "no statistics period stated"))

    published = published_from_meta(meta, view) or _date_under_title(text, view, lines, title)
    if (
        published is None
        and signature is not None
        and signed is not None
        and signed.span is not None
        and signed.span.start < body_start
        and any(c in preamble_view for c in TRANSMITTAL_CUES)
    ):
        published = signed  # a notice issuing a document: its date is the issue date
    if published is None and signature is None and any(c in preamble_view for c in TRANSMITTAL_CUES):
        published = _notice_date(text, view, lines, title, body_start)

    template: Template | None = None
    if kind is DocumentKind.ANNUAL_REPORT:
        template, tdiags = decide_template(view, top_views, preamble_view, year)
        diags.extend(tdiags)
        if template in (Template.T2019, Template.T2021):
            missing = _missing_chapters(top_views)
            if missing:
                diags.append(diagnostics.make("GD108", "chapters not found: " + "、".join(missing)))

    found_organ = find_organ(
        text,
        view,
        quoted=(quoted.span.start, quoted.span.end) if quoted else None,
        title=(title.span.start, title.span.end) if title else None,
        signatory=signature.signatory if signature else None,
        preamble=(0, preamble_end),
        body_start=body_start,
        meta=meta,
        service=kind is DocumentKind.SERVICE_REPORT,
        issuer=(title.issuer.start, title.issuer.end) if title is not None and title.issuer is not None else None,
        over_title=(over.start, over.end)
        if (over := organ_over_title(view, lines, end=preamble_end, skip=skip, noise=noise)) is not None
        else None,
    )
    organ: TextValue | None = full_name(text, view, found_organ)  # a declared short form stands for X
    if organ is None:
        diags.append(diagnostics.make("GD104", "the document does not name its issuing organ"))

    own_number, cited = _document_numbers(text, view, meta, lines, body_start=body_start, noise=noise)
    declared = find_declared_parts(text, view, 0, preamble_end)
    if declared and len(top) < len(declared):
        diags.append(
            diagnostics.make(
                "GD008",
                f"the preamble declares {len(declared)} parts but {len(top)} chapter(s) were found;"
                " the copy may be truncated",
                span=Span(start=declared[0].span.start, end=declared[-1].span.end)
                if declared[0].span and declared[-1].span
                else None,
            )
        )

    return attrs.evolve(
        report,
        kind=kind,
        template=template,
        title=TextValue(value=title.value, span=title.span) if title else None,
        organ=organ,
        year=year,
        year_span=year_span,
        period=period,
        published=published,
        signed=signed,
        signatory=signature.signatory if signature else None,
        document_number=own_number,
        metadata=meta,
        declared_parts=declared,
        contacts=_contacts(text, view, noise),
        cited_documents=cited,
        sections=sections,
        diagnostics=report.diagnostics + tuple(diags),
    )
