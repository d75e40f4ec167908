"""Service-hall metrics: named fields by label and unit, levels, and everything else in ``other``."""

from __future__ import annotations

import json
from pathlib import Path

import attrs

import govdisclosure as gd
from govdisclosure.extract.service_hall import classify_service_figure
from govdisclosure.model import Approximation, DocumentKind
from tests.conftest import needs_shared

HALL = (
    "某县2019年政府信息公开工作年度报告\n一、总体情况\n本年度工作平稳推进。\n四、政务服务工作情况\n"
    "县政务服务中心共有28家单位进驻，设置窗口60个，工作人员近150名，可办理事项900项，"
    "其中“最多跑一次”事项720项，共有300个事项实现“一窗受理”。全年办件12万件，群众满意率99.8%。"
    "县级网上可办率达95%，乡镇级网上可办率达80.5%。共享电子证照3000个。\n"
    "五、存在问题\n部分单位人员不足，培训2次。"
)


def values(entries: tuple[gd.LabelledQuantity, ...]) -> list[object]:
    return [e.quantity.value for e in entries]


def test_named_fields() -> None:
    """Common figures land in their named fields with their labels."""
    sh = gd.parse(HALL).service_hall
    assert values(sh.units_stationed) == [28]
    assert values(sh.windows) == [60]
    assert values(sh.staff) == [150]
    assert sh.staff[0].quantity.approximation is Approximation.NEARLY
    assert values(sh.items) == [900]
    assert values(sh.one_visit_items) == [720]
    assert sh.one_visit_items[0].field == "one_visit_items"
    assert values(sh.one_window_items) == [300]
    assert values(sh.handled) == [120000]
    assert [str(v) for v in values(sh.satisfaction_percent)] == ["99.8"]


def test_levels() -> None:
    """Rates per level keep the level the text names."""
    sh = gd.parse(HALL).service_hall
    assert [(e.level, str(e.quantity.value)) for e in sh.online_rate_percent] == [
        ("county", "95"),
        ("township", "80.5"),
    ]


def test_other_keeps_everything_else_in_scope() -> None:
    """Unnamed figures of the service section go to ``other``; text outside the section does not."""
    sh = gd.parse(HALL).service_hall
    assert 3000 in values(sh.other)
    assert 2 not in values(sh.other)


def test_sentence_scope_outside_sections() -> None:
    """A sentence about a service hall counts even under another heading."""
    r = gd.parse("一、总体情况\n区便民服务中心设置窗口12个，进驻部门8个。")
    assert values(r.service_hall.windows) == [12]
    assert values(r.service_hall.units_stationed) == [8]


def test_classifier_needs_fitting_unit() -> None:
    """A pattern only applies with a fitting unit (a percentage is not a count of items)."""
    assert classify_service_figure("事项", "其中62.7%的事项已网上办理", "%") == "online_rate_percent"
    assert classify_service_figure("窗口", "窗口工作人员30人", "人") == "staff"
    assert classify_service_figure("锦旗", "收到锦旗3面", "面") is None


def test_service_report_kind_takes_whole_document() -> None:
    """A service report's figures are all service-hall figures."""
    from govdisclosure.extract.narrative import extract_narrative
    from govdisclosure.ingest import read

    doc = read("一、网站建设\n市长信箱收到来信200件，回复率100%。")
    report = gd.Report(text=doc.text, kind=DocumentKind.SERVICE_REPORT)
    sh = extract_narrative(doc, report).service_hall
    assert 200 in values(sh.other) + values(sh.handled) + values(sh.complaints)


@needs_shared
def test_shared_service_figures_found(shared_dir: Path) -> None:
    """Plain service-hall truth values of the seeds are among the service-hall figures."""
    for truth_file in sorted((shared_dir / "seeds" / "truth").glob("*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        if not truth.get("service_hall"):
            continue
        sh = gd.parse_file(shared_dir / "seeds" / f"{truth_file.stem}.txt").service_hall
        found = {float(e.quantity.value) for name in sh.__attrs_attrs__ for e in getattr(sh, name.name)}
        missing = [k for k, v in truth["service_hall"].items() if isinstance(v, int | float) and float(v) not in found]
        assert missing in ([], ["banners"]), (truth_file.stem, missing)  # 锦旗N面: unit 面 not read upstream


def test_received_items_and_service_projects() -> None:
    """``收件N件`` is handled; ``服务项目N项`` counts items."""
    sh = gd.parse("四、政务服务工作情况\n政务服务中心涉及各类服务项目120项，运行以来共收件2400件。").service_hall
    assert 120 in values(sh.items)
    assert 2400 in values(sh.handled)


def test_service_document_with_a_stray_first_line() -> None:
    """A first line without words (``|``) does not hide the service title of the next line."""
    r = gd.parse("|\n上月，市政务服务中心共受理审批事项800件。\n群众满意率99%，与上月持平。")
    assert values(r.service_hall.satisfaction_percent) == [99]


def test_bare_numbers_in_noise_are_not_metrics() -> None:
    """Digits in scraped noise (no words, no unit) are left out of the service figures."""
    r = gd.parse("|\n上月，市政务服务中心共受理审批事项800件。 k$ p+ i) d* b& h9\n群众满意率99%。")
    assert all(lq.quantity.value != 9 for lq in r.service_hall.other)


def test_rate_above_hundred_percent_dropped() -> None:
    """A garbled rate (按时办结率20230%) is dropped with GD504; a valid rate and the counts stay."""
    r = gd.parse("四、政务服务工作情况\n政务服务中心共受理事项4575件，按时办结率为20230%，群众满意率99.5%。")
    sh = r.service_hall
    assert values(sh.on_time_rate_percent) == []
    assert values(sh.satisfaction_percent) == [99.5]
    assert 4575 in values(sh.handled)
    assert "GD504" in [d.code for d in r.diagnostics]


def test_honoured_windows_are_not_the_window_count() -> None:
    """Windows or staff that won an honour (锦旗, 评为) are some of them: ``other``, not the named field."""
    text = (
        "某区政务服务中心上半年工作总结\n中心设置窗口30个。上半年，中心有5个窗口获赠群众锦旗，"
        "有2名工作人员被评为服务标兵。\n"
    )
    sh = gd.parse(text).service_hall
    assert values(sh.windows) == [30]
    assert sh.staff == ()
    assert {5, 2} <= set(values(sh.other))


def test_disclosure_staff_are_not_hall_staff() -> None:
    """In an annual report, staff assigned to 政务公开 work are not service-hall staff."""
    text = (
        "某街道2018年政府信息公开工作年度报告\n一、总体情况\n"
        "成立领导小组，由便民服务中心主任具体负责，安排了4名工作人员负责政务公开日常工作。\n"
    )
    sh = gd.parse(text).service_hall
    assert sh.staff == ()
    assert 4 not in values(sh.other)


def test_early_finish_rate_is_not_on_time_rate() -> None:
    """``提前办结率`` (finished before the deadline) stays out of on_time_rate_percent."""
    sh = gd.parse("一、总体情况\n县政务服务中心全年按时办结率99.5%,提前办结率61.2%。").service_hall
    assert [str(v) for v in values(sh.on_time_rate_percent)] == ["99.5"]
    assert "61.2" in [str(v) for v in values(sh.other)]


def test_share_rate_above_hundred_is_dropped_even_unnamed() -> None:
    """A garbled ``提前办结率20230%`` is no share of cases: it is not kept in ``other`` either."""
    r = gd.parse("一、总体情况\n县政务服务中心全年提前办结率20230%,办件增长了150%。")
    assert "20230" not in [str(v) for v in values(r.service_hall.other)]
    assert "150" in [str(v) for v in values(r.service_hall.other)]
    assert "GD504" in [d.code for d in r.diagnostics]


def _hall(sentence: str) -> gd.ServiceHallMetrics:
    text = (
        "某县2019年政府信息公开工作年度报告\n一、总体情况\n本年度工作平稳推进。\n四、政务服务工作情况\n"
        + sentence
        + "\n"
    )
    return gd.parse(text).service_hall


def _all_values(sh: gd.ServiceHallMetrics) -> list[object]:
    return [lq.quantity.value for field in attrs.fields(type(sh)) for lq in getattr(sh, field.name)]


def test_threshold_is_no_count() -> None:
    """``2个及以上部门办理的事项`` is a threshold qualifying a noun, no count of items."""
    sh = _hall("对涉及2个及以上部门办理的事项，实行并联审批。")
    assert values(sh.items) == []
    assert 2 not in _all_values(sh)


def test_abolished_items_are_not_hall_items() -> None:
    """Items abolished or cut (取消证明事项N项) count a reduction, not the hall's items."""
    sh = _hall("全县取消证明事项12项，精简审批事项8项，中心可办理事项500项。")
    assert values(sh.items) == [500]
    assert sorted(values(sh.other)) == [8, 12]  # kept as printed, in no named field


def test_mailbox_letters_are_not_complaints() -> None:
    """Letters to a mailbox are correspondence even when a column is named 投诉; real complaints stay."""
    sh = _hall("通过“县长信箱”和“投诉建议”栏目收到群众信件40件。政务服务中心收到投诉3件。")
    assert values(sh.complaints) == [3]
    assert 40 in values(sh.other)


def test_hall_as_recipient_of_papers_is_out_of_scope() -> None:
    """A sentence naming a hall only as where papers are sent (向…服务中心报送) is not about the hall."""
    text = (
        "某县2019年政府信息公开工作年度报告\n一、主动公开情况\n"
        "文件印发后向县档案馆和县政务服务中心报送，全年共报送90份。县政务服务中心办件300件。\n"
    )
    sh = gd.parse(text).service_hall
    assert 90 not in _all_values(sh)
    assert values(sh.handled) == [300]


def test_classify_voids_field_on_unless_cue() -> None:
    """A field's void cue sends the figure to ``other``; without it the field still applies."""
    assert classify_service_figure("取消事项", "取消事项5项", "项") is None
    assert classify_service_figure("可办事项", "可办事项5项", "项") == "items"
    assert classify_service_figure("市长信箱投诉", "市长信箱投诉5件", "件") is None
    assert classify_service_figure("投诉", "收到投诉5件", "件") == "complaints"
