"""Validation rules GD401–GD410 on hand-built reports: each fires with its numbers, or stays silent."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from attrs import evolve

from govdisclosure.model import (
    ActiveDisclosure,
    ApplicantCounts,
    ApplicationStats,
    Approximation,
    Cell,
    CellKind,
    LabelledQuantity,
    Origin,
    OutcomeCounts,
    Quantity,
    Report,
    ReviewLitigation,
    Section,
    SectionKind,
    Span,
)
from govdisclosure.validate import validate

COLS = ("natural_person", "commercial", "research", "social", "legal", "other", "total")


def c(value: int | Decimal | None, *, start: int = 0, origin: Origin = Origin.TABLE, raw: str | None = None) -> Cell:
    """A printed cell (``None`` → blank)."""
    if value is None:
        return Cell(value=None, raw="", kind=CellKind.BLANK)
    return Cell(value=value, raw=raw or str(value), origin=origin, span=Span(start=start, end=start + 1))


def row(*values: int | None, label: str = "") -> ApplicantCounts:
    """Seven columns (the last is 总计)."""
    cells: dict[str, Any] = {k: c(v, start=i) for i, (k, v) in enumerate(zip(COLS, values, strict=True))}
    return ApplicantCounts(label=label, **cells)


def balanced() -> ApplicationStats:
    """A small balanced table 三 (2019 form)."""
    return ApplicationStats(
        new_received=row(5, 1, 0, 0, 0, 0, 6),
        carried_over=row(1, 0, 0, 0, 0, 0, 1),
        granted=row(3, 1, 0, 0, 0, 0, 4),
        partially_granted=row(1, 0, 0, 0, 0, 0, 1),
        denied_total=row(0, 0, 0, 0, 0, 0, 0),
        unable_total=row(1, 0, 0, 0, 0, 0, 1),
        not_processed_total=row(0, 0, 0, 0, 0, 0, 0),
        other_processing=row(0, 0, 0, 0, 0, 0, 0),
        outcome_total=row(5, 1, 0, 0, 0, 0, 6),
        carried_forward=row(1, 0, 0, 0, 0, 0, 1),
    )


def codes(report: Report) -> list[str]:
    return [d.code for d in validate(report)]


def test_balanced_table_passes() -> None:
    """A balanced table 三 gives no diagnostics at all."""
    assert codes(Report(applications=balanced())) == []


def test_balance_failure_names_numbers_and_spans() -> None:
    """GD401 per failing column, with both sides, the difference and a span."""
    report = Report(
        applications=ApplicationStats(
            new_received=row(5, 1, 0, 0, 0, 0, 6),
            carried_over=row(1, 0, 0, 0, 0, 0, 1),
            outcome_total=row(5, 1, 0, 0, 0, 0, 6),
            carried_forward=row(2, 0, 0, 0, 0, 0, 2),
        )
    )
    diags = [d for d in validate(report) if d.code == "GD401"]
    assert len(diags) == 2
    assert "一 5 + 二 1 = 6 ≠ （七）总计 5 + 四 2 = 7 (difference -1)" in diags[0].message
    assert diags[0].span is not None


def test_outcome_sum_failure() -> None:
    """GD402 when the outcome rows do not add up to （七）总计."""
    report = Report(applications=evolve(balanced(), granted=row(3, 1, 0, 0, 0, 0, 5)))
    found = [d for d in validate(report) if d.code == "GD402"]
    assert len(found) == 1
    assert "= 7 ≠ （七）总计 6" in found[0].message


def test_printed_subtotal_must_match_reasons() -> None:
    """A printed group subtotal that differs from its reason rows is GD402."""
    zero = row(0, 0, 0, 0, 0, 0, 0)
    apps = ApplicationStats(
        unable_not_held=row(1, 0, 0, 0, 0, 0, 1),
        unable_needs_creation=zero,
        unable_unclear=zero,
        unable_total=row(2, 0, 0, 0, 0, 0, 2),
    )
    msgs = [d.message for d in validate(Report(applications=apps)) if d.code == "GD402"]
    assert len(msgs) == 2
    assert "reason rows sum to 1 ≠ printed subtotal 2" in msgs[0]


def test_row_sum_failure_and_derived_total_not_checked() -> None:
    """GD403 for a printed total; a derived total is never checked against its own parts."""
    bad = row(1, 1, 0, 0, 0, 0, 3, label="（一）予以公开")
    parts: dict[str, Any] = {k: c(1) for k in COLS[:-1]}
    derived = ApplicantCounts(**parts, total=Cell(value=6, raw="", origin=Origin.DERIVED, span=None))
    report = Report(applications=ApplicationStats(granted=bad, partially_granted=derived))
    msgs = [d.message for d in validate(report) if d.code == "GD403"]
    assert msgs == ["T3.rowsum （一）予以公开: 1 + 1 + 0 + 0 + 0 + 0 = 2 ≠ 总计 3 (difference -1)"]


def test_missing_operand_is_skipped_with_info() -> None:
    """A blank or placeholder operand skips the check (GD409 info), it never fails it."""
    apps = ApplicationStats(
        new_received=row(5, 1, 0, 0, 0, 0, 6),
        carried_over=row(1, None, 0, 0, 0, 0, 1),
        outcome_total=row(5, 1, 0, 0, 0, 0, 6),
        carried_forward=row(1, 0, 0, 0, 0, 0, 1),
    )
    diags = validate(Report(applications=apps))
    assert [d.code for d in diags] == ["GD409", "GD409"]
    assert "T3.balance: 1 instance(s)" in diags[0].message
    assert "T3.rowsum" in diags[1].message


def test_table4_block_sum() -> None:
    """GD404 names the block and its numbers."""
    block = OutcomeCounts(maintained=c(1), corrected=c(1), other=c(0), pending=c(0), total=c(3))
    diags = validate(Report(review_litigation=ReviewLitigation(review=block)))
    assert [d.code for d in diags] == ["GD404"]
    assert "行政复议" in diags[0].message
    assert "= 2" in diags[0].message
    assert "总计 3" in diags[0].message


def test_negative_and_fractional_counts() -> None:
    """GD405 for a negative or fractional count; a signed 本年增/减 is not a count."""
    ad = ActiveDisclosure(
        regulations_made=c(-1, raw="-1"),
        licensing_decisions=c(Decimal("2.5")),
        licensing_change=c(-3, raw="-3"),
        admin_fees_10k_yuan=c(Decimal("0.5")),
    )
    diags = [d for d in validate(Report(active_disclosure=ad)) if d.code == "GD405"]
    assert sorted(d.path or "" for d in diags) == [
        "active_disclosure.licensing_decisions",
        "active_disclosure.regulations_made",
    ]


def test_table2_plausibility() -> None:
    """GD406 when 现行有效 < 制发 − 废止 or 对外公开总数量 < 本年新公开数量."""
    ad = ActiveDisclosure(
        normative_docs_made=c(10),
        normative_docs_repealed=c(2),
        normative_docs_valid=c(5),
        regulations_published=c(4),
        regulations_public_total=c(3),
    )
    assert codes(Report(active_disclosure=ad)) == ["GD406", "GD406"]


def _figure(value: int, field: str, start: int = 100) -> LabelledQuantity:
    q = Quantity(
        value=value,
        unit="件",
        approximation=Approximation.EXACT,
        raw=f"{value}件",
        span=Span(start=start, end=start + 3),
    )
    return LabelledQuantity(label="收到申请", quantity=q, field=field)


def test_narrative_contradicting_table() -> None:
    """GD407 when a narrative figure of a table field differs from the table's 总计."""
    report = Report(applications=balanced(), figures=(_figure(9, "applications.new_received"),))
    diags = [d for d in validate(report) if d.code == "GD407"]
    assert len(diags) == 1
    assert "9" in diags[0].message
    assert "总计 is 6" in diags[0].message
    agree = Report(applications=balanced(), figures=(_figure(6, "applications.new_received"),))
    assert "GD407" not in codes(agree)


def test_narrative_parts_exceeding_total() -> None:
    """GD408 when parts (其中 …) add up to more than the stated total."""
    total = _figure(10, "x", start=0)
    part_a = LabelledQuantity(label="网站", quantity=_figure(8, "y", start=10).quantity, part_of=0)
    part_b = LabelledQuantity(label="其他", quantity=_figure(5, "z", start=20).quantity, part_of=0)
    assert codes(Report(figures=(total, part_a, part_b))) == ["GD408"]
    smaller = LabelledQuantity(label="其他", quantity=_figure(1, "z", start=20).quantity, part_of=0)
    assert codes(Report(figures=(total, part_a, smaller))) == []


def test_fee_reported_but_chapter_six_says_none() -> None:
    """GD410 when fees were charged but chapter 六 is just 无."""
    text = "六、其他需要报告的事项\n无。"
    sec = Section(
        kind=SectionKind.HEADING,
        span=Span(start=0, end=len(text)),
        level=1,
        heading="六、其他需要报告的事项",
        heading_span=Span(start=0, end=11),
        body_span=Span(start=12, end=len(text)),
    )
    apps = ApplicationStats(fees_charged=Cell(value=120, raw="120元", unit="元"))
    assert codes(Report(text=text, sections=(sec,), applications=apps)) == ["GD410"]
    free = ApplicationStats(fees_charged=Cell(value=0, raw="0元", unit="元"))
    assert codes(Report(text=text, sections=(sec,), applications=free)) == []


def test_litigation_total_in_prose_against_both_blocks() -> None:
    """A prose litigation total is checked against the sum of the two table-四 litigation blocks."""
    from govdisclosure.model import Approximation as Approx
    from govdisclosure.model import Cell as TableCell
    from govdisclosure.model import (
        LabelledQuantity,
        Origin,
        OutcomeCounts,
        Quantity,
        Report,
        ReviewLitigation,
        Span,
    )
    from govdisclosure.validate import validate as run_validate

    def block(total: int) -> OutcomeCounts:
        return OutcomeCounts(total=TableCell(value=total, raw=str(total), origin=Origin.TABLE))

    prose = LabelledQuantity(
        label="行政诉讼",
        quantity=Quantity(value=9, unit="件", approximation=Approx.EXACT, raw="9件", span=Span(start=0, end=2)),
        field="review_litigation.litigation_total",
    )
    rl = ReviewLitigation(litigation_direct=block(4), litigation_after_review=block(3))
    bad = Report(text="9件", review_litigation=rl, figures=(prose,))
    assert [d.path for d in run_validate(bad) if d.code == "GD407"] == ["review_litigation.litigation_total"]
    good_rl = ReviewLitigation(litigation_direct=block(5), litigation_after_review=block(4))
    good = Report(text="9件", review_litigation=good_rl, figures=(prose,))
    assert not [d for d in run_validate(good) if d.code == "GD407"]
