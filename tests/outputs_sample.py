"""A hand-built synthetic Report with figures in every part of the model, for the output tests.

The report is built directly from the model (not parsed), so the output tests do
not depend on what the extractors find today.
"""

from __future__ import annotations

from decimal import Decimal

from govdisclosure.model import (
    ActiveDisclosure,
    ApplicantCounts,
    ApplicationStats,
    Approximation,
    Cell,
    CellKind,
    ChannelCounts,
    Diagnostic,
    DocumentKind,
    KeyAreaDisclosure,
    LabelledQuantity,
    LegacyRow,
    Origin,
    OutcomeCounts,
    Quantity,
    Report,
    ReviewLitigation,
    ServiceHallMetrics,
    Severity,
    SourceInfo,
    Span,
    Template,
    TextValue,
)

TEXT = (
    "样例区人民政府2022年政府信息公开工作年度报告\n"
    "一、总体情况\n本年新收申请12件，上年结转2件。\n"
    "二、主动公开政府信息情况\n规章 3 / 12\n收费 1.5\n"
    "三、收到和处理政府信息公开申请情况\n自然人 10 商业企业 2 总计 12\n"
    "四、政府信息公开行政复议、行政诉讼情况\n维持 1 纠正 0 总计 1\n"
    "办事大厅设置窗口30余个，财政预算公开8条。\n"
)


def _find(needle: str, start: int = 0) -> Span:
    """The span of the first *needle* at or after *start*."""
    i = TEXT.index(needle, start)
    return Span(start=i, end=i + len(needle))


def _cell(raw: str, anchor: str, *, label: str | None = None, value: int | Decimal | None = None) -> Cell:
    span = _find(raw, TEXT.index(anchor))
    if value is None and raw.strip().isdigit():
        value = int(raw)
    kind = CellKind.NUMBER if value is not None else CellKind.PLACEHOLDER
    return Cell(value=value, raw=raw, kind=kind, span=span, label=label)


def _quantity(raw: str, value: int, unit: str, approx: Approximation = Approximation.EXACT) -> Quantity:
    return Quantity(value=value, unit=unit, approximation=approx, raw=raw, span=_find(raw))


def sample_report() -> Report:
    """A 2021-template annual report with table 二/三/四 cells, narrative figures and diagnostics."""
    new_received = ApplicantCounts(
        label="一、本年新收政府信息公开申请数量",
        natural_person=_cell("10", "自然人", label="自然人"),
        commercial=_cell("2", "商业企业", label="商业企业"),
        total=_cell("12", "总计", label="总计"),
    )
    carried = ApplicantCounts(
        label="二、上年结转政府信息公开申请数量",
        total=Cell(value=2, raw="2", origin=Origin.NARRATIVE, span=_find("2", TEXT.index("结转"))),
    )
    review = OutcomeCounts(
        maintained=_cell("1", "维持", label="结果维持"),
        corrected=_cell("0", "纠正", label="结果纠正"),
        total=Cell(value=1, raw="", kind=CellKind.NUMBER, origin=Origin.DERIVED, label="总计"),
    )
    return Report(
        kind=DocumentKind.ANNUAL_REPORT,
        template=Template.T2021,
        title=TextValue(value=TEXT.split("\n", 1)[0], span=Span(start=0, end=TEXT.index("\n"))),
        organ=TextValue(value="样例区人民政府", span=_find("样例区人民政府")),
        year=2022,
        source=SourceInfo(format="text", encoding="utf-8", sha256="ab" * 32, size=len(TEXT.encode()), path="x.txt"),
        applications=ApplicationStats(
            new_received=new_received,
            carried_over=carried,
            by_channel=ChannelCounts(online=Cell(value=None, raw="", kind=CellKind.BLANK)),
            legacy_rows=(LegacyRow(label="申请总数", value=Cell(value=12, raw="12"), unit="条", code="10"),),
        ),
        review_litigation=ReviewLitigation(review=review),
        active_disclosure=ActiveDisclosure(
            regulations_made=_cell("3", "规章", label="规章"),
            regulations_repealed=_cell("/", "规章", label="规章"),
            regulations_valid=_cell("12", "规章", label="规章"),
            admin_fees_10k_yuan=Cell(
                value=Decimal("1.5"), raw="1.5", span=_find("1.5"), label="行政事业性收费", unit="万元"
            ),
        ),
        key_areas=(
            KeyAreaDisclosure(
                area="budget",
                label="财政预算",
                counts=(LabelledQuantity(label="财政预算公开", quantity=_quantity("8条", 8, "条")),),
            ),
        ),
        service_hall=ServiceHallMetrics(
            windows=(
                LabelledQuantity(
                    label="设置窗口",
                    field="windows",
                    level="county",
                    quantity=_quantity("30余个", 30, "个", Approximation.MORE_THAN),
                ),
            )
        ),
        figures=(LabelledQuantity(label="新收申请", quantity=_quantity("12件", 12, "件")),),
        diagnostics=(
            Diagnostic(code="GD203", severity=Severity.INFO, message="derived total", path="review_litigation"),
            Diagnostic(
                code="GD402", severity=Severity.ERROR, message="outcomes | do not sum", span=Span(start=0, end=3)
            ),
        ),
        text=TEXT,
    )


#: Number of figures in :func:`sample_report` (cells and quantities, blanks and placeholders included).
SAMPLE_FIGURES = 16
