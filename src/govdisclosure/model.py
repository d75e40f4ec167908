"""The domain model: frozen attrs classes, no parsing and no I/O.

Every extracted value carries the :class:`Span` (character offsets into
:attr:`Report.text`) it came from.  Counts are ``int | None``: ``None`` means
"not printed / not determinable", never zero.  A table cell keeps what was
printed (:class:`Cell`): a number, a blank, or a placeholder such as ``/`` or
``无`` — those are not zero.  A figure computed by the library (for instance a
total the table left blank) has ``origin == Origin.DERIVED``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from attrs import field, frozen

__all__ = [
    "SCHEMA_VERSION",
    "ActiveDisclosure",
    "ApplicantCounts",
    "ApplicationStats",
    "Approximation",
    "Cell",
    "CellKind",
    "ChannelCounts",
    "Contact",
    "Contacts",
    "DateValue",
    "Diagnostic",
    "DocumentKind",
    "DocumentNumber",
    "KeyAreaDisclosure",
    "LabelledQuantity",
    "Language",
    "LegacyRow",
    "MetaField",
    "NoiseKind",
    "NoiseSpan",
    "Origin",
    "OutcomeCounts",
    "Period",
    "Quantity",
    "Report",
    "ReviewLitigation",
    "Section",
    "SectionKind",
    "ServiceHallMetrics",
    "Severity",
    "SourceInfo",
    "Span",
    "Template",
    "TextValue",
    "WorkTask",
]

#: Version of the JSON layout written by :func:`govdisclosure.dumps`.
SCHEMA_VERSION = "1.0"

Number = int | Decimal


class Severity(enum.Enum):
    """How serious a :class:`Diagnostic` is."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Approximation(enum.Enum):
    """How a printed figure qualifies its number (``380余条`` is ``MORE_THAN``)."""

    EXACT = "exact"
    ABOUT = "about"  # 约 / 大约 / 左右
    MORE_THAN = "more_than"  # 余 / 多 / 超过 / 以上
    AT_LEAST = "at_least"  # 至少 / 不少于
    NEARLY = "nearly"  # 近 / 将近 / 接近
    UNDER = "under"  # 不足 / 不到


class Origin(enum.Enum):
    """Where a statistical figure came from."""

    TABLE = "table"  # printed in an official table cell
    NARRATIVE = "narrative"  # stated in prose
    DERIVED = "derived"  # computed by the library from printed parts


class CellKind(enum.Enum):
    """What a table cell held as printed."""

    NUMBER = "number"
    BLANK = "blank"  # nothing printed: not reported
    PLACEHOLDER = "placeholder"  # "/", "—", "无", "不适用" …: not zero
    INVALID = "invalid"  # text that is not a figure


class DocumentKind(enum.Enum):
    """What sort of document a report is."""

    ANNUAL_REPORT = "annual_report"
    WORK_PLAN = "work_plan"
    SERVICE_REPORT = "service_report"
    OTHER = "other"


class Template(enum.Enum):
    """Which layout an annual report follows (TEMPLATE.md)."""

    T2021 = "2021"
    T2019 = "2019"
    PRE2019 = "pre2019"


class Language(enum.Enum):
    """Script of the document."""

    HANS = "zh-Hans"
    HANT = "zh-Hant"


class SectionKind(enum.Enum):
    """Role of a :class:`Section` in the tiling of the text."""

    PREAMBLE = "preamble"  # text before the first heading
    HEADING = "heading"  # a numbered heading and its body
    NOISE = "noise"  # set-aside text (page chrome, spam …) outside the body


class NoiseKind(enum.Enum):
    """Kinds of text that are not part of the document itself."""

    BREADCRUMB = "breadcrumb"
    NAVIGATION = "navigation"
    FOOTER = "footer"
    PAGE_CHROME = "page_chrome"
    MARKUP = "markup"
    SHARE = "share"
    SPAM = "spam"
    PAGE_HEADER = "page_header"
    PAGE_NUMBER = "page_number"


@frozen(kw_only=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into :attr:`Report.text`."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            msg = f"invalid span [{self.start}, {self.end})"
            raise ValueError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of *text* this span covers."""
        return text[self.start : self.end]


@frozen(kw_only=True)
class Diagnostic:
    """A problem or remark about the content, with a stable ``code``.

    The code table lives in :mod:`govdisclosure.diagnostics`.
    """

    code: str
    severity: Severity
    message: str
    span: Span | None = None
    path: str | None = None


@frozen(kw_only=True)
class Quantity:
    """A counted figure as printed: ``380余条`` → 380, 条, more_than.

    Money is normalized to 元 (``unit == "元"``) and percentages to ``"%"``;
    ``raw`` keeps the printed text.
    """

    value: Number
    unit: str | None
    approximation: Approximation
    raw: str
    span: Span


@frozen(kw_only=True)
class LabelledQuantity:
    """A quantity with the phrase that names it (``有效信件242封``).

    ``part_of`` is the index (in the same tuple) of the figure this one is a
    part of, where the sentence says so (其中, 包括 …); ``field`` is the
    canonical name where the label maps to one.
    """

    label: str
    quantity: Quantity
    label_span: Span | None = None
    field: str | None = None
    level: str | None = None
    part_of: int | None = None


@frozen(kw_only=True)
class Cell:
    """One statistical figure: a table cell or a narrative figure.

    ``value`` is ``None`` unless ``kind`` is :attr:`CellKind.NUMBER`.
    ``label`` is the row/column label as printed.
    """

    value: Number | None
    raw: str
    kind: CellKind = CellKind.NUMBER
    origin: Origin = Origin.TABLE
    span: Span | None = None
    label: str | None = None
    unit: str | None = None
    approximation: Approximation = Approximation.EXACT


@frozen(kw_only=True)
class TextValue:
    """A piece of text found in the document, as printed, with its span."""

    value: str
    span: Span | None = None


@frozen(kw_only=True)
class DateValue:
    """A date found in the document, with the raw text and span."""

    value: date
    raw: str
    span: Span | None = None


@frozen(kw_only=True)
class Period:
    """Statistics period ``[start, end]`` (both inclusive)."""

    start: date
    end: date
    raw: str = ""
    span: Span | None = None


@frozen(kw_only=True)
class MetaField:
    """One key/value of a page's metadata block (撰写时间, 来源, 编辑 …)."""

    key: str
    value: str
    span: Span | None = None


@frozen(kw_only=True)
class DocumentNumber:
    """A 文号 such as ``张政办函〔2018〕74号``; ``canonical`` uses 〔〕."""

    issuer: str
    year: int
    serial: int
    canonical: str
    raw: str
    span: Span | None = None


@frozen(kw_only=True)
class Contact:
    """One phone number, fax, e-mail or URL as printed."""

    value: str
    raw: str
    span: Span | None = None


@frozen(kw_only=True)
class Contacts:
    """Contact details printed in the document."""

    phones: tuple[Contact, ...] = ()
    fax: tuple[Contact, ...] = ()
    emails: tuple[Contact, ...] = ()
    urls: tuple[Contact, ...] = ()
    addresses: tuple[Contact, ...] = ()
    postcodes: tuple[Contact, ...] = ()


@frozen(kw_only=True)
class SourceInfo:
    """Where the report came from: format, encoding, SHA-256 and size of the bytes."""

    format: str
    encoding: str | None
    sha256: str
    size: int
    path: str | None = None
    url: str | None = None


@frozen(kw_only=True)
class NoiseSpan:
    """Text set aside as not being part of the document."""

    kind: NoiseKind
    span: Span
    text: str = ""


@frozen(kw_only=True)
class Section:
    """One section of the tiling of :attr:`Report.text`.

    Sections are stored flat in reading order; ``parent`` is the index of the
    enclosing section (``None`` at top level).  ``span`` covers the heading and
    the section's own body up to the next heading of any level, so the spans
    of all sections tile the text.  ``heading`` is the heading as printed,
    numbering included (``一、总体情况``); ``number`` the numbering as printed
    (``一、``, ``（一）``); ``ordinal`` its value.
    """

    kind: SectionKind
    span: Span
    level: int = 0
    number: str | None = None
    ordinal: int | None = None
    style: str | None = None
    heading: str | None = None
    title: str | None = None
    heading_span: Span | None = None
    body_span: Span | None = None
    parent: int | None = None


@frozen(kw_only=True)
class ApplicantCounts:
    """One row of table 三 across the seven applicant columns.

    ``legal_persons_subtotal`` holds the 法人或其他组织 subtotal column that
    some reports add (not in the official form).
    """

    label: str | None = None
    span: Span | None = None
    natural_person: Cell | None = None
    commercial: Cell | None = None
    research: Cell | None = None
    social: Cell | None = None
    legal: Cell | None = None
    other: Cell | None = None
    total: Cell | None = None
    legal_persons_subtotal: Cell | None = None


@frozen(kw_only=True)
class ChannelCounts:
    """Requests received by channel (older reports and narrative)."""

    in_person: Cell | None = None
    online: Cell | None = None
    letter: Cell | None = None
    fax: Cell | None = None
    email: Cell | None = None
    phone: Cell | None = None
    other: Cell | None = None


@frozen(kw_only=True)
class LegacyRow:
    """A row of a pre-2019 statistics annex, kept with its old label."""

    label: str
    value: Cell
    unit: str | None = None
    code: str | None = None
    cumulative: Cell | None = None
    field: str | None = None


@frozen(kw_only=True)
class ApplicationStats:
    """Table 三 (requests received and handled) of both templates, plus narrative figures.

    Row fields follow TEMPLATE.md §4b.  The ``*_total`` group fields hold a
    printed subtotal row when a report adds one, otherwise a derived sum of
    the reason rows when every part is printed.  ``other_processing`` is the
    2019 form's single （六）其他处理 row.
    """

    new_received: ApplicantCounts | None = None
    carried_over: ApplicantCounts | None = None
    granted: ApplicantCounts | None = None
    partially_granted: ApplicantCounts | None = None
    denied_state_secret: ApplicantCounts | None = None
    denied_prohibited_by_law: ApplicantCounts | None = None
    denied_three_safeties: ApplicantCounts | None = None
    denied_third_party: ApplicantCounts | None = None
    denied_internal_affairs: ApplicantCounts | None = None
    denied_process_info: ApplicantCounts | None = None
    denied_enforcement_files: ApplicantCounts | None = None
    denied_inquiry: ApplicantCounts | None = None
    denied_total: ApplicantCounts | None = None
    unable_not_held: ApplicantCounts | None = None
    unable_needs_creation: ApplicantCounts | None = None
    unable_unclear: ApplicantCounts | None = None
    unable_total: ApplicantCounts | None = None
    not_processed_complaint: ApplicantCounts | None = None
    not_processed_repeat: ApplicantCounts | None = None
    not_processed_publication: ApplicantCounts | None = None
    not_processed_mass_repeat: ApplicantCounts | None = None
    not_processed_confirm: ApplicantCounts | None = None
    not_processed_total: ApplicantCounts | None = None
    other_no_correction: ApplicantCounts | None = None
    other_unpaid_fee: ApplicantCounts | None = None
    other_other: ApplicantCounts | None = None
    other_processing: ApplicantCounts | None = None
    other_total: ApplicantCounts | None = None
    outcome_total: ApplicantCounts | None = None
    carried_forward: ApplicantCounts | None = None
    by_channel: ChannelCounts | None = None
    answered: Cell | None = None
    fees_charged: Cell | None = None
    fees_waived: Cell | None = None
    legacy_rows: tuple[LegacyRow, ...] = ()


@frozen(kw_only=True)
class OutcomeCounts:
    """One block of table 四: maintained / corrected / other / pending / total."""

    maintained: Cell | None = None
    corrected: Cell | None = None
    other: Cell | None = None
    pending: Cell | None = None
    total: Cell | None = None


@frozen(kw_only=True)
class ReviewLitigation:
    """Table 四: administrative review and the two litigation blocks.

    ``litigation_total`` is a stated (or derived) total of both litigation
    blocks; narrative reports often give only that.
    """

    review: OutcomeCounts | None = None
    litigation_direct: OutcomeCounts | None = None
    litigation_after_review: OutcomeCounts | None = None
    litigation_total: Cell | None = None
    complaints: Cell | None = None
    legacy_rows: tuple[LegacyRow, ...] = ()


@frozen(kw_only=True)
class ActiveDisclosure:
    """Table 二 of both templates, plus narrative totals of proactive disclosure.

    2021 form: ``*_made`` (本年制发件数), ``*_repealed``, ``*_valid``, decisions,
    ``admin_fees_10k_yuan`` (万元).  2019 form: ``*_made`` (本年新制作数量),
    ``*_published`` (本年新公开数量), ``*_public_total`` (对外公开总数量),
    ``*_prev_count`` (上一年项目数量), ``*_change`` (本年增/减), procurement.
    """

    regulations_made: Cell | None = None
    regulations_repealed: Cell | None = None
    regulations_valid: Cell | None = None
    regulations_published: Cell | None = None
    regulations_public_total: Cell | None = None
    normative_docs_made: Cell | None = None
    normative_docs_repealed: Cell | None = None
    normative_docs_valid: Cell | None = None
    normative_docs_published: Cell | None = None
    normative_docs_public_total: Cell | None = None
    other_docs_made: Cell | None = None
    other_docs_published: Cell | None = None
    other_docs_public_total: Cell | None = None
    licensing_prev_count: Cell | None = None
    licensing_change: Cell | None = None
    licensing_decisions: Cell | None = None
    other_services_prev_count: Cell | None = None
    other_services_change: Cell | None = None
    other_services_decisions: Cell | None = None
    punishment_prev_count: Cell | None = None
    punishment_change: Cell | None = None
    punishment_decisions: Cell | None = None
    coercion_prev_count: Cell | None = None
    coercion_change: Cell | None = None
    coercion_decisions: Cell | None = None
    admin_fees_prev_count: Cell | None = None
    admin_fees_change: Cell | None = None
    admin_fees_10k_yuan: Cell | None = None
    procurement_projects: Cell | None = None
    procurement_amount: Cell | None = None
    total_items: Cell | None = None
    via_website: Cell | None = None
    via_other_channels: Cell | None = None
    gazette_issues: Cell | None = None
    legacy_rows: tuple[LegacyRow, ...] = ()


@frozen(kw_only=True)
class KeyAreaDisclosure:
    """Disclosure in one key area (财政预决算, 重大建设项目 …).

    ``area`` is the lexicon code; ``label`` the area as written.
    """

    area: str
    label: str
    counts: tuple[LabelledQuantity, ...] = ()
    span: Span | None = None


@frozen(kw_only=True)
class ServiceHallMetrics:
    """Figures about service halls and platforms, each a labelled quantity.

    Named fields hold the common figures (one entry per level mentioned:
    county, township, village …); ``other`` holds every other labelled
    quantity found in service-hall text, so nothing printed is dropped.
    """

    units_stationed: tuple[LabelledQuantity, ...] = ()
    windows: tuple[LabelledQuantity, ...] = ()
    staff: tuple[LabelledQuantity, ...] = ()
    items: tuple[LabelledQuantity, ...] = ()
    handled: tuple[LabelledQuantity, ...] = ()
    one_visit_items: tuple[LabelledQuantity, ...] = ()
    one_window_items: tuple[LabelledQuantity, ...] = ()
    online_rate_percent: tuple[LabelledQuantity, ...] = ()
    on_time_rate_percent: tuple[LabelledQuantity, ...] = ()
    satisfaction_percent: tuple[LabelledQuantity, ...] = ()
    visits_served: tuple[LabelledQuantity, ...] = ()
    hotline_calls: tuple[LabelledQuantity, ...] = ()
    complaints: tuple[LabelledQuantity, ...] = ()
    other: tuple[LabelledQuantity, ...] = ()


@frozen(kw_only=True)
class WorkTask:
    """One task of a work plan, with its responsible units."""

    number: str | None
    sequence: int
    level: int
    title: str
    body: str = ""
    group: str | None = None
    responsible: tuple[str, ...] = ()
    responsible_text: str | None = None
    lead_units: tuple[str, ...] = ()
    deadline: str | None = None
    span: Span | None = None


@frozen(kw_only=True)
class Report:
    """A parsed government information-disclosure document.

    ``text`` is the readable text as printed (decoded, markup removed); every
    span in the report points into it.  ``sections`` tile ``text``.
    """

    schema_version: str = SCHEMA_VERSION
    kind: DocumentKind = DocumentKind.OTHER
    template: Template | None = None
    title: TextValue | None = None
    organ: TextValue | None = None
    year: int | None = None
    year_span: Span | None = None
    period: Period | None = None
    published: DateValue | None = None
    signed: DateValue | None = None
    signatory: TextValue | None = None
    language: Language = Language.HANS
    document_number: DocumentNumber | None = None
    metadata: tuple[MetaField, ...] = ()
    declared_parts: tuple[TextValue, ...] = ()
    source: SourceInfo | None = None
    contacts: Contacts = field(factory=Contacts)
    cited_documents: tuple[DocumentNumber, ...] = ()
    sections: tuple[Section, ...] = ()
    applications: ApplicationStats = field(factory=ApplicationStats)
    review_litigation: ReviewLitigation = field(factory=ReviewLitigation)
    active_disclosure: ActiveDisclosure = field(factory=ActiveDisclosure)
    key_areas: tuple[KeyAreaDisclosure, ...] = ()
    service_hall: ServiceHallMetrics = field(factory=ServiceHallMetrics)
    tasks: tuple[WorkTask, ...] = ()
    figures: tuple[LabelledQuantity, ...] = ()
    noise: tuple[NoiseSpan, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    text: str = ""

    def top_sections(self) -> tuple[Section, ...]:
        """Return the top-level heading sections in reading order."""
        return tuple(s for s in self.sections if s.kind is SectionKind.HEADING and s.level == 1)

    def children(self, index: int) -> tuple[Section, ...]:
        """Return the sections whose parent is ``sections[index]``."""
        return tuple(s for s in self.sections if s.parent == index)
