"""The synthetic example report shipped with the package parses exactly."""

from __future__ import annotations

from importlib import resources

import govdisclosure as gd
from govdisclosure.model import Severity


def _example() -> gd.Report:
    data = resources.files("govdisclosure.examples").joinpath("annual_report_2021.txt").read_bytes()
    return gd.parse(data)


def test_example_tables_exact() -> None:
    """Every table of the example is read with its printed figures, in the right columns."""
    r = _example()
    apps = r.applications
    assert apps.new_received is not None
    row = apps.new_received
    got = [
        getattr(row, c).value for c in ("natural_person", "commercial", "research", "social", "legal", "other", "total")
    ]
    assert got == [40, 5, 0, 1, 2, 0, 48]
    assert apps.outcome_total is not None
    assert apps.outcome_total.total is not None
    assert apps.outcome_total.total.value == 45
    assert apps.carried_forward is not None
    assert apps.carried_forward.total is not None
    assert apps.carried_forward.total.value == 6
    rl = r.review_litigation
    assert rl.review is not None
    assert rl.review.total is not None
    assert rl.review.total.value == 4
    ad = r.active_disclosure
    assert ad.licensing_decisions is not None
    assert ad.licensing_decisions.value == 1520


def test_example_balances() -> None:
    """The example's figures satisfy every identity: no warning or error diagnostics."""
    r = _example()
    bad = [d for d in r.diagnostics if d.severity is not Severity.INFO and d.code.startswith("GD4")]
    assert bad == []


def test_header_one_column_off_is_not_used() -> None:
    """A header row written with a leading pipe over rows written without one does not shift figures."""
    header = "| | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计\n"
    rows = (
        "一、本年新收政府信息公开申请数量 | | 7 | 1 | 0 | 0 | 0 | 0 | 8\n"
        "二、上年结转政府信息公开申请数量 | | 1 | 0 | 0 | 0 | 0 | 0 | 1\n"
        "四、结转下年度继续办理 | | 2 | 0 | 0 | 0 | 0 | 0 | 2\n"
    )
    r = gd.parse("三、收到和处理政府信息公开申请情况\n" + header + rows)
    row = r.applications.new_received
    assert row is not None
    assert row.natural_person is not None
    assert row.natural_person.value == 7
    assert row.total is not None
    assert row.total.value == 8
    assert "GD208" in [d.code for d in r.diagnostics]  # read in the form's order, not by the shifted header
