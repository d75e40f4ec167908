"""Validation: arithmetic identities of the official tables and consistency checks.

Checks report; they never repair a printed figure.  Each rule of
TEMPLATE.md §7 has a code:

========  =====================================================================
GD401     T3.balance — per column: 一 + 二 = （七）总计 + 四
GD402     T3.outcomes — per column: （一）+（二）+（三）+（四）+（五）+（六） = （七）;
          a printed group subtotal that differs from its reason rows
GD403     T3.rowsum — per row: the six applicant columns sum to 总计
          (and the five organisation columns to a printed 法人或其他组织 subtotal)
GD404     T4.sum — per block: 维持 + 纠正 + 其他 + 尚未审结 = 总计
GD405     T3/T4/T2 non-negative integer counts (万元 amounts: non-negative)
GD406     T2 plausibility: 现行有效 ≥ 本年制发 − 本年废止; 对外公开总数量 ≥ 本年新公开数量
GD407     TXT.table — a narrative figure differs from the table cell of the same field
GD408     narrative parts (其中 …) add up to more than their stated total
GD409     an identity with some operands missing could not be checked (info)
GD410     SEC.fee6 — information-processing fees charged but chapter 六 says 无
========  =====================================================================

A missing operand (not printed, blank, placeholder) skips the check; a figure
the library derived is never checked against the parts it came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Final

import attrs

from govdisclosure import diagnostics
from govdisclosure.model import (
    ActiveDisclosure,
    ApplicantCounts,
    ApplicationStats,
    Cell,
    CellKind,
    Diagnostic,
    Origin,
    OutcomeCounts,
    Report,
    ReviewLitigation,
    SectionKind,
    Span,
)

__all__ = ["validate"]

Number = int | Decimal

_COLUMNS: Final = ("natural_person", "commercial", "research", "social", "legal", "other", "total")
_COLUMN_LABELS: Final = {
    "natural_person": "自然人",
    "commercial": "商业企业",
    "research": "科研机构",
    "social": "社会公益组织",
    "legal": "法律服务机构",
    "other": "其他",
    "total": "总计",
    "legal_persons_subtotal": "法人或其他组织",
}
_GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "denied_total": (
        "denied_state_secret",
        "denied_prohibited_by_law",
        "denied_three_safeties",
        "denied_third_party",
        "denied_internal_affairs",
        "denied_process_info",
        "denied_enforcement_files",
        "denied_inquiry",
    ),
    "unable_total": ("unable_not_held", "unable_needs_creation", "unable_unclear"),
    "not_processed_total": (
        "not_processed_complaint",
        "not_processed_repeat",
        "not_processed_publication",
        "not_processed_mass_repeat",
        "not_processed_confirm",
    ),
    "other_total": ("other_no_correction", "other_unpaid_fee", "other_other"),
}
_ROW_NAMES: Final = tuple(a.name for a in attrs.fields(ApplicationStats) if "ApplicantCounts" in str(a.type))
_OUTCOMES: Final = ("maintained", "corrected", "other", "pending")
_BLOCK_LABELS: Final = {
    "review": "行政复议",
    "litigation_direct": "未经复议直接起诉",
    "litigation_after_review": "复议后起诉",
}
# Table 二 fields that are not counts (signed changes, money).
_NOT_COUNTS: Final = re.compile(r"_change$|_10k_yuan$|^procurement_amount$")
_NONE_BODY = re.compile(r"^[\s　]*(?:无|暂无|本年度无|无其他需要报告的事项)[。.．]?[\s　]*$")


# --------------------------------------------------------------------------- helpers


def _num(cell: Cell | None) -> Number | None:
    if cell is None or cell.kind is not CellKind.NUMBER or cell.value is None:
        return None
    return cell.value


def _printed(cell: Cell | None) -> Number | None:
    """The value of a printed (not derived) figure."""
    if cell is None or cell.origin is Origin.DERIVED:
        return None
    return _num(cell)


def _from_table(cell: Cell | None) -> bool:
    """Whether *cell* is a printed table cell (skipped checks are only worth a note for those)."""
    return cell is not None and cell.origin is Origin.TABLE


def _span(cells: Iterable[Cell | None]) -> Span | None:
    spans = [c.span for c in cells if c is not None and c.span is not None]
    if not spans:
        return None
    return Span(start=min(s.start for s in spans), end=max(s.end for s in spans))


def _fmt(v: Number) -> str:
    return str(v)


def _cell(row: ApplicantCounts | None, col: str) -> Cell | None:
    return None if row is None else getattr(row, col)


def _sum(values: Sequence[Number | None]) -> Number | None:
    if any(v is None for v in values):
        return None
    total: Number = 0
    for v in values:
        total = total + v  # type: ignore[operator]
    return total


class _Skips:
    """Counts identities that could not be checked, per rule (reported once as GD409)."""

    def __init__(self) -> None:
        self.rules: dict[str, int] = {}

    def skip(self, rule: str) -> None:
        self.rules[rule] = self.rules.get(rule, 0) + 1

    def diagnostics(self) -> list[Diagnostic]:
        return [
            diagnostics.make("GD409", f"{rule}: {n} instance(s) not checked, an operand is missing")
            for rule, n in sorted(self.rules.items())
        ]


# --------------------------------------------------------------------------- table 三


def _t3_balance(apps: ApplicationStats, skips: _Skips) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    rows = (apps.new_received, apps.carried_over, apps.outcome_total, apps.carried_forward)
    if all(r is None for r in rows):
        return out
    for col in _COLUMNS:
        cells = [_cell(r, col) for r in rows]
        vals = [_num(c) for c in cells]
        if any(v is None for v in vals):
            if any(_from_table(c) for c in cells):
                skips.skip("T3.balance")
            continue
        a, b, c, d = vals
        left, right = a + b, c + d  # type: ignore[operator]
        if left != right:
            out.append(
                diagnostics.make(
                    "GD401",
                    f"T3.balance {_COLUMN_LABELS[col]}: 一 {a} + 二 {b} = {left} ≠ （七）总计 {c} + 四 {d} = {right} "
                    f"(difference {left - right})",
                    span=_span(cells),
                    path=f"applications.*.{col}",
                )
            )
    return out


def _t3_outcomes(apps: ApplicationStats, skips: _Skips) -> list[Diagnostic]:
    out = _t3_groups(apps, skips)
    if apps.outcome_total is None:
        return out
    sixth = "other_processing" if apps.other_processing is not None else "other_total"
    terms = ("granted", "partially_granted", "denied_total", "unable_total", "not_processed_total", sixth)
    for col in _COLUMNS:
        total_cell = _cell(apps.outcome_total, col)
        total = _printed(total_cell)
        cells = [_cell(getattr(apps, t), col) for t in terms]
        vals = [_num(c) for c in cells]
        s = _sum(vals)
        if total is None or s is None:
            if _from_table(total_cell) and any(v is not None for v in vals):
                skips.skip("T3.outcomes")
            continue
        if s != total:
            shown = " + ".join(f"{v}" for v in vals)
            out.append(
                diagnostics.make(
                    "GD402",
                    f"T3.outcomes {_COLUMN_LABELS[col]}: （一）…（六） {shown} = {s} ≠ （七）总计 {total} "
                    f"(difference {s - total})",
                    span=_span([total_cell, *cells]),
                    path=f"applications.outcome_total.{col}",
                )
            )
    return out


def _t3_groups(apps: ApplicationStats, skips: _Skips) -> list[Diagnostic]:
    """A printed group subtotal row against its reason rows."""
    out: list[Diagnostic] = []
    for group, parts in _GROUPS.items():
        row = getattr(apps, group)
        if row is None:
            continue
        for col in _COLUMNS:
            gcell = _cell(row, col)
            g = _printed(gcell)
            if g is None:
                continue
            pcells = [_cell(getattr(apps, p), col) for p in parts]
            s = _sum([_num(c) for c in pcells])
            if s is None:
                if any(c is not None for c in pcells):
                    skips.skip("T3.outcomes")
                continue
            if s != g:
                out.append(
                    diagnostics.make(
                        "GD402",
                        f"T3.outcomes {row.label or group} {_COLUMN_LABELS[col]}: reason rows sum to {s} ≠ "
                        f"printed subtotal {g} (difference {s - g})",
                        span=_span([gcell, *pcells]),
                        path=f"applications.{group}.{col}",
                    )
                )
    return out


def _t3_rowsum(apps: ApplicationStats, skips: _Skips) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for name in _ROW_NAMES:
        row: ApplicantCounts | None = getattr(apps, name)
        if row is None:
            continue
        parts = [getattr(row, c) for c in _COLUMNS[:-1]]
        total = _printed(row.total)
        vals = [_num(c) for c in parts]
        s = _sum(vals)
        if total is not None and s is not None and all(c is not None and c.origin is not Origin.DERIVED for c in parts):
            if s != total:
                out.append(
                    diagnostics.make(
                        "GD403",
                        f"T3.rowsum {row.label or name}: " + " + ".join(str(v) for v in vals) + f" = {s} ≠ 总计 "
                        f"{total} (difference {s - total})",
                        span=_span([row.total, *parts]),
                        path=f"applications.{name}",
                    )
                )
        elif _from_table(row.total):
            skips.skip("T3.rowsum")
        sub = _printed(row.legal_persons_subtotal)
        orgs = [_num(getattr(row, c)) for c in _COLUMNS[1:-1]]
        so = _sum(orgs)
        if sub is not None and so is not None and so != sub:
            out.append(
                diagnostics.make(
                    "GD403",
                    f"T3.rowsum {row.label or name}: organisations sum to {so} ≠ 法人或其他组织 {sub}",
                    span=_span([row.legal_persons_subtotal, *(getattr(row, c) for c in _COLUMNS[1:-1])]),
                    path=f"applications.{name}.legal_persons_subtotal",
                )
            )
    return out


# --------------------------------------------------------------------------- table 四


def _t4_sum(rl: ReviewLitigation, skips: _Skips) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for name, label in _BLOCK_LABELS.items():
        block: OutcomeCounts | None = getattr(rl, name)
        if block is None:
            continue
        total = _printed(block.total)
        parts = [getattr(block, o) for o in _OUTCOMES]
        vals = [_num(c) for c in parts]
        s = _sum(vals)
        if total is None or s is None:
            if _from_table(block.total):
                skips.skip("T4.sum")
            continue
        if s != total:
            out.append(
                diagnostics.make(
                    "GD404",
                    f"T4.sum {label}: 维持 {vals[0]} + 纠正 {vals[1]} + 其他 {vals[2]} + 尚未审结 {vals[3]} = {s} "
                    f"≠ 总计 {total} (difference {s - total})",
                    span=_span([block.total, *parts]),
                    path=f"review_litigation.{name}",
                )
            )
    return out


# --------------------------------------------------------------------------- counts and table 二


def _count_cells(report: Report) -> Iterable[tuple[str, Cell]]:
    apps = report.applications
    for name in _ROW_NAMES:
        row = getattr(apps, name)
        if row is None:
            continue
        for col in (*_COLUMNS, "legal_persons_subtotal"):
            cell = getattr(row, col)
            if cell is not None:
                yield f"applications.{name}.{col}", cell
    for name in _BLOCK_LABELS:
        block = getattr(report.review_litigation, name)
        if block is None:
            continue
        for o in (*_OUTCOMES, "total"):
            cell = getattr(block, o)
            if cell is not None:
                yield f"review_litigation.{name}.{o}", cell
    ad = report.active_disclosure
    for attr in attrs.fields(ActiveDisclosure):
        if attr.name == "legacy_rows":
            continue
        cell = getattr(ad, attr.name)
        if cell is not None and not _NOT_COUNTS.search(attr.name):
            yield f"active_disclosure.{attr.name}", cell


def _nonneg(report: Report) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for path, cell in _count_cells(report):
        v = _num(cell)
        if v is None:
            continue
        if v < 0 or (isinstance(v, Decimal) and v != v.to_integral_value()):
            out.append(
                diagnostics.make(
                    "GD405",
                    f"{path}: {cell.raw or v} is not a non-negative whole count",
                    span=cell.span,
                    path=path,
                )
            )
    for name in ("admin_fees_10k_yuan", "procurement_amount"):
        cell = getattr(report.active_disclosure, name)
        v = _num(cell)
        if v is not None and v < 0:
            out.append(
                diagnostics.make(
                    "GD405", f"active_disclosure.{name}: amount {v} is negative", span=cell.span if cell else None
                )
            )
    return out


def _t2(ad: ActiveDisclosure) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for row in ("regulations", "normative_docs"):
        made = getattr(ad, f"{row}_made")
        rep = getattr(ad, f"{row}_repealed")
        valid = getattr(ad, f"{row}_valid")
        m, r, v = _num(made), _num(rep), _num(valid)
        if m is not None and r is not None and v is not None and v < m - r:
            out.append(
                diagnostics.make(
                    "GD406",
                    f"T2.stock {row}: 现行有效件数 {v} < 本年制发件数 {m} − 本年废止件数 {r} = {m - r}",
                    span=_span([made, rep, valid]),
                    path=f"active_disclosure.{row}_valid",
                )
            )
    for row in ("regulations", "normative_docs", "other_docs"):
        pub = getattr(ad, f"{row}_published")
        tot = getattr(ad, f"{row}_public_total")
        p, t = _num(pub), _num(tot)
        if p is not None and t is not None and t < p:
            out.append(
                diagnostics.make(
                    "GD406",
                    f"T2.2019 {row}: 对外公开总数量 {t} < 本年新公开数量 {p}",
                    span=_span([pub, tot]),
                    path=f"active_disclosure.{row}_public_total",
                )
            )
    return out


# --------------------------------------------------------------------------- narrative


def _table_value(report: Report, field: str) -> Cell | None:
    """The table cell (总计 column / block total) a narrative field name refers to."""
    name = field.removeprefix("applications.").removeprefix("review_litigation.")
    apps, rl = report.applications, report.review_litigation
    name = name.removesuffix("_total") if name.endswith(("new_received_total", "carried_over_total")) else name
    if name in _ROW_NAMES:
        row: ApplicantCounts | None = getattr(apps, name)
        return None if row is None else row.total
    if name == "litigation_total":
        # Prose gives one figure for both litigation blocks; the table prints them apart.
        totals = [b.total if b is not None else None for b in (rl.litigation_direct, rl.litigation_after_review)]
        if any(t is None or t.origin is not Origin.TABLE or not isinstance(t.value, int) for t in totals):
            return None
        value = sum(t.value for t in totals if t is not None and isinstance(t.value, int))
        return Cell(value=value, raw=" + ".join(t.raw for t in totals if t is not None), origin=Origin.TABLE)
    block_name = name.split(".", 1)[0]
    if block_name in _BLOCK_LABELS and name.endswith(".total"):
        block: OutcomeCounts | None = getattr(rl, block_name)
        return None if block is None else block.total
    return None


def _narrative(report: Report) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for lq in report.figures:
        if lq.field is None:
            continue
        cell = _table_value(report, lq.field)
        if cell is None or cell.origin is not Origin.TABLE:
            continue
        table_v = _num(cell)
        q = lq.quantity
        if table_v is None or q.approximation.value != "exact" or q.span is None:
            continue
        if cell.span is not None and cell.span == q.span:
            continue  # the figure is the cell itself
        if q.value != table_v:
            out.append(
                diagnostics.make(
                    "GD407",
                    f"TXT.table {lq.field}: the text says {q.raw} ({q.value}) but the table's 总计 is {table_v}",
                    span=q.span,
                    path=lq.field,
                )
            )
    out.extend(_parts(report))
    return out


def _parts(report: Report) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    figs = report.figures
    groups: dict[int, list[int]] = {}
    for i, lq in enumerate(figs):
        if lq.part_of is not None and 0 <= lq.part_of < len(figs):
            groups.setdefault(lq.part_of, []).append(i)
    for total_i, parts in groups.items():
        total = figs[total_i].quantity
        qs = [figs[i].quantity for i in parts]
        if any(q.unit != total.unit or q.approximation.value != "exact" for q in qs):
            continue
        if total.approximation.value != "exact":
            continue
        s = sum((q.value for q in qs), start=Decimal(0))
        if s > total.value:
            shown = " + ".join(q.raw for q in qs)
            out.append(
                diagnostics.make(
                    "GD408",
                    f"parts {shown} = {s.normalize() if isinstance(s, Decimal) else s} exceed the stated total "
                    f"{total.raw} ({figs[total_i].label})",
                    span=total.span,
                )
            )
    return out


def _fee6(report: Report) -> list[Diagnostic]:
    fee = _num(report.applications.fees_charged)
    if fee is None or fee <= 0:
        return []
    for sec in report.sections:
        if sec.kind is not SectionKind.HEADING or sec.level != 1 or not sec.heading:
            continue
        if "其他需要报告" not in sec.heading:
            continue
        body = sec.body_span.slice(report.text) if sec.body_span is not None else ""
        if not body and sec.heading_span is not None:
            body = report.text[sec.heading_span.end : sec.span.end]
        if _NONE_BODY.match(body):
            return [
                diagnostics.make(
                    "GD410",
                    f"SEC.fee6: information-processing fees of {fee} 元 are reported but chapter 六 says 无",
                    span=sec.span,
                    path="applications.fees_charged",
                )
            ]
    return []


# --------------------------------------------------------------------------- entry point


def validate(report: Report) -> tuple[Diagnostic, ...]:
    """Return the diagnostics of every identity and consistency rule that fails on *report*.

    >>> from govdisclosure.model import Report
    >>> validate(Report())
    ()
    """
    skips = _Skips()
    apps = report.applications
    out: list[Diagnostic] = []
    out += _t3_balance(apps, skips)
    out += _t3_outcomes(apps, skips)
    out += _t3_rowsum(apps, skips)
    out += _t4_sum(report.review_litigation, skips)
    out += _nonneg(report)
    out += _t2(report.active_disclosure)
    out += _narrative(report)
    out += _fee6(report)
    out += skips.diagnostics()
    return tuple(out)
