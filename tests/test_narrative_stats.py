"""Request, review, fee and proactive-disclosure figures read from prose (pre-2019 style reports)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure.extract import narrative_stats
from govdisclosure.model import Approximation, Origin
from tests.conftest import needs_shared


def codes(report: gd.Report) -> list[str]:
    return [d.code for d in report.diagnostics]


def test_received_and_channels() -> None:
    """A received total and its channel parts fill new_received and by_channel."""
    r = gd.parse("三、依申请公开情况\n今年一共收到信息公开申请20件，其中当面申请8件、网上申请9件、信函申请3件。")
    apps = r.applications
    assert apps.new_received is not None
    assert apps.new_received.total is not None
    assert apps.new_received.total.value == 20
    assert apps.new_received.total.origin is Origin.NARRATIVE
    assert apps.by_channel is not None
    assert apps.by_channel.in_person is not None
    assert apps.by_channel.in_person.value == 8
    assert apps.by_channel.online is not None
    assert apps.by_channel.online.value == 9
    assert apps.by_channel.letter is not None
    assert apps.by_channel.letter.value == 3
    assert apps.by_channel.fax is None


def test_number_first_request_count() -> None:
    """``共收到N件信息公开申请`` gives the received total too."""
    r = gd.parse("本所今年收到7件信息公开申请，都已如期回复。")
    assert r.applications.new_received is not None
    assert r.applications.new_received.total is not None
    assert r.applications.new_received.total.value == 7


def test_handled_including_carried_over_is_derived() -> None:
    """``共办理N件(含上年结转M件)`` → new = N − M (DERIVED), outcome and carried forward as printed."""
    r = gd.parse("本年度共办理信息公开申请50件（含上年结转5件），按期办结46件，结转下年度办理4件。")
    apps = r.applications
    assert apps.new_received is not None
    assert apps.new_received.total is not None
    assert apps.new_received.total.value == 45
    assert apps.new_received.total.origin is Origin.DERIVED
    assert apps.carried_over is not None
    assert apps.carried_over.total is not None
    assert apps.carried_over.total.value == 5
    assert apps.outcome_total is not None
    assert apps.outcome_total.total is not None
    assert apps.outcome_total.total.value == 46
    assert apps.carried_forward is not None
    assert apps.carried_forward.total is not None
    assert apps.carried_forward.total.value == 4
    assert "GD320" in codes(r)


def test_handled_alone_is_not_received() -> None:
    """A handled count without its carried-over part is not the received count."""
    r = gd.parse("今年我委共办理依申请公开事务13件，均在时限内回复。")
    assert r.applications.new_received is None


def test_information_made_on_request_is_not_requests() -> None:
    """``依申请公开信息N条`` counts items, not requests."""
    r = gd.parse("今年本委生成各类信息300条，其中主动公开信息200条，依申请公开信息40条。")
    assert r.applications.new_received is None
    assert r.active_disclosure.total_items is not None
    assert r.active_disclosure.total_items.value == 200


def test_zero_requests_only_where_stated() -> None:
    """``未收到…申请`` → 0; ``无不予公开…申请`` → denied 0."""
    r = gd.parse("三、依申请公开情况\n我办今年未收到任何政府信息公开申请；也无不予公开的申请。")
    assert r.applications.new_received is not None
    assert r.applications.new_received.total is not None
    assert r.applications.new_received.total.value == 0
    assert r.applications.denied_total is not None
    assert r.applications.denied_total.total is not None
    assert r.applications.denied_total.total.value == 0


def test_conflicting_values_left_none() -> None:
    """Two different received totals → None with GD302."""
    r = gd.parse("今年一共收到信息公开申请12件。另查，今年一共受理信息公开申请15件。")
    assert r.applications.new_received is None
    assert "GD302" in codes(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "今年本机关未发生因信息公开事项被提起的行政复议和行政诉讼。",
        "本年度无涉及信息公开的行政复议、行政诉讼案件。",
        "我局没有发生因公开信息事项而引起的行政复议、诉讼纠纷，信息公开工作平稳。",
    ],
)
def test_no_review_no_suit(sentence: str) -> None:
    """A negated review-and-suit phrase gives both totals 0."""
    r = gd.parse(sentence)
    rl = r.review_litigation
    assert rl.review is not None
    assert rl.review.total is not None
    assert rl.review.total.value == 0
    assert rl.litigation_total is not None
    assert rl.litigation_total.value == 0
    assert rl.litigation_direct is None


def test_negation_with_number_is_ambiguous() -> None:
    """``无行政复议、行政诉讼2起`` is ambiguous → None + GD302."""
    r = gd.parse("各项申请依法处理，无行政复议、行政诉讼3起，投诉1起。")
    assert r.review_litigation.review is None
    assert r.review_litigation.litigation_total is None
    assert "GD302" in codes(r)


def test_review_with_parts() -> None:
    """A review total and its 其中 parts fill the review block; a suit total fills litigation_total."""
    r = gd.parse(
        "因信息公开被申请行政复议9件，其中结果维持5件，结果纠正2件，尚未审结2件；因信息公开被提起行政诉讼4件。"
    )
    review = r.review_litigation.review
    assert review is not None
    assert review.total is not None
    assert review.total.value == 9
    assert review.maintained is not None
    assert review.maintained.value == 5
    assert review.corrected is not None
    assert review.corrected.value == 2
    assert review.pending is not None
    assert review.pending.value == 2
    assert r.review_litigation.litigation_total is not None
    assert r.review_litigation.litigation_total.value == 4


def test_fees_charged_and_none() -> None:
    """``收取信息处理费N元`` → fees; ``均未收费`` → 0 only where stated."""
    r = gd.parse("六、其他需要报告的事项\n本年度依申请公开收取信息处理费1200元。")
    assert r.applications.fees_charged is not None
    assert r.applications.fees_charged.value == 1200
    r0 = gd.parse("对全部信息公开申请一律未收取费用。")
    assert r0.applications.fees_charged is not None
    assert r0.applications.fees_charged.value == 0
    assert gd.parse("本年度工作情况良好。").applications.fees_charged is None


def test_admin_fees_are_not_information_fees() -> None:
    """行政事业性收费 amounts are not information-processing fees."""
    r = gd.parse("全年政府信息公开工作中，行政事业性收费收取费用300万元。")
    assert r.applications.fees_charged is None


def test_active_disclosure_total_and_channels() -> None:
    """A proactive total with website / other-channel parts fills the three fields."""
    r = gd.parse(
        "二、主动公开政府信息情况\n本年度主动公开各类政务信息8000条。其中，在门户网站上公开7000条，"
        "经由新媒体等其他渠道公开1500条。印发《政府公报》12期。"
    )
    ad = r.active_disclosure
    assert ad.total_items is not None
    assert ad.total_items.value == 8000
    assert ad.via_website is not None
    assert ad.via_website.value == 7000
    assert ad.via_other_channels is not None
    assert ad.via_other_channels.value == 1500
    assert ad.gazette_issues is not None
    assert ad.gazette_issues.value == 12


def test_approximate_total_is_not_a_count() -> None:
    """``N余条`` stays out of total_items, kept in figures with GD301."""
    r = gd.parse("二、主动公开政府信息情况\n全年主动公开政府信息2300余条。")
    assert r.active_disclosure.total_items is None
    assert "GD301" in codes(r)
    fig = next(f for f in r.figures if f.quantity.value == 2300)
    assert fig.quantity.approximation is Approximation.MORE_THAN


def test_specific_document_counts_are_not_the_total() -> None:
    """Counts of rules or documents are not a total of disclosed information."""
    r = gd.parse("二、主动公开政府信息情况\n主动公开规章12件，主动公开规范性文件40件。")
    assert r.active_disclosure.total_items is None


def test_channel_total_loses_to_stated_total() -> None:
    """A website count beside a stated total does not make the total ambiguous."""
    r = gd.parse("二、主动公开情况\n本街道今年主动公开信息共380条。门户网站上另公开了285条信息。")
    assert r.active_disclosure.total_items is not None
    assert r.active_disclosure.total_items.value == 380


def test_figures_carry_fields() -> None:
    """Figures that fill a statistic name the field they filled."""
    r = gd.parse("今年一共收到信息公开申请20件。")
    fig = next(f for f in r.figures if f.quantity.value == 20)
    assert fig.field == "applications.new_received"


@needs_shared
def test_shared_narrative_figures_are_exact(shared_dir: Path) -> None:
    """On the shared corpus, no narrative statistic disagrees with the truth (precision 100 %)."""
    for truth_file in sorted((shared_dir / "corpus" / "truth").glob("*.json")) + sorted(
        (shared_dir / "seeds" / "truth").glob("*.json")
    ):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        doc = next(p for p in truth_file.parent.parent.glob(f"**/{truth_file.stem}.*") if p.suffix != ".json")
        r = gd.parse_file(doc)
        apps = truth.get("applications") or {}
        if apps.get("new_received_total") is not None and r.applications.new_received is not None:
            cell = r.applications.new_received.total
            assert cell is None or cell.value == apps["new_received_total"], truth_file.stem
        ad = truth.get("active_disclosure") or {}
        if ad.get("total_items") is not None and r.active_disclosure.total_items is not None:
            assert r.active_disclosure.total_items.value == ad["total_items"], truth_file.stem


def test_prose_figures_tagged_when_table_holds_value() -> None:
    """A prose figure of a field the table already filled keeps its field tag, so GD407 can fire."""
    from govdisclosure.extract.narrative import extract_narrative
    from govdisclosure.ingest import read
    from govdisclosure.model import ApplicantCounts, ApplicationStats, Cell, OutcomeCounts, Report, ReviewLitigation
    from govdisclosure.validate import validate

    doc = read("一、总体情况\n今年一共收到信息公开申请9件。因信息公开被申请行政复议3件。")
    table_cell = Cell(value=6, raw="6", origin=Origin.TABLE)
    base = Report(
        text=doc.text,
        applications=ApplicationStats(new_received=ApplicantCounts(total=table_cell)),
        review_litigation=ReviewLitigation(review=OutcomeCounts(total=Cell(value=2, raw="2", origin=Origin.TABLE))),
    )
    r = extract_narrative(doc, base)
    assert r.applications.new_received is not None
    assert r.applications.new_received.total is table_cell  # the table's value stays
    fields = {f.quantity.value: f.field for f in r.figures}
    assert fields[9] == "applications.new_received"
    assert fields[3] == "review_litigation.review.total"
    gd407 = [d for d in validate(r) if d.code == "GD407"]
    assert {d.path for d in gd407} == {"applications.new_received", "review_litigation.review.total"}


def test_range_is_not_a_figure() -> None:
    """``每个窗口安排2至3名人员`` is a range: neither end is a count."""
    r = gd.parse("二、主动公开情况\n每个窗口安排2至3名人员值守。")
    assert all(f.quantity.value not in (2, 3) for f in r.figures)


def test_withheld_items_are_not_denied_requests() -> None:
    """``不予公开信息N条`` counts items of information, not denied requests."""
    r = gd.parse("今年本委生成各类信息500条，其中主动公开信息300条，依申请公开信息50条，不予公开信息150条。")
    assert r.applications.denied_total is None


def test_one_reason_is_not_its_group_total() -> None:
    """``信息不存在N件`` fills no group total; 不予处理 and 其他处理 groups are filled."""
    r = gd.parse(
        "三、依申请公开情况\n今年一共收到信息公开申请12件。答复中同意公开6件，“信息不存在”的2件，"
        "“非本机关信息”的2件，不予处理的1件，其他处理1件。"
    )
    apps = r.applications
    assert apps.unable_total is None
    assert apps.not_processed_total is not None
    assert apps.not_processed_total.total is not None
    assert apps.not_processed_total.total.value == 1
    assert apps.other_total is not None
    assert apps.other_total.total is not None
    assert apps.other_total.total.value == 1


def test_request_count_label() -> None:
    """``依申请公开数0件`` is the received count; ``已处理申请数0条`` the outcome total."""
    r = gd.parse("三、依申请公开情况\n本年依申请公开数0件。\n已处理申请情况数0条。")
    apps = r.applications
    assert apps.new_received is not None
    assert apps.new_received.total is not None
    assert apps.new_received.total.value == 0
    assert apps.outcome_total is not None
    assert apps.outcome_total.total is not None
    assert apps.outcome_total.total.value == 0


def test_total_split_into_website_and_one_channel() -> None:
    """``主动公开N条`` (no 信息) with a website part and one other part: that part is via other channels."""
    r = gd.parse("二、主动公开情况\n截至年底，本镇主动公开300条，其中在政府网站公开210条，通过微信公众号公开90条。")
    ad = r.active_disclosure
    assert ad.total_items is not None
    assert ad.total_items.value == 300
    assert ad.via_website is not None
    assert ad.via_website.value == 210
    assert ad.via_other_channels is not None
    assert ad.via_other_channels.value == 90


def test_two_other_channels_give_no_other_channel_figure() -> None:
    """With two non-website channels no single figure is "other channels"."""
    r = gd.parse(
        "今年主动公开政府信息累计300条，通过政府网站公开信息数250条，微信公众号公开信息30条，公开栏公开信息20条。"
    )
    ad = r.active_disclosure
    assert ad.total_items is not None
    assert ad.total_items.value == 300
    assert ad.via_website is not None
    assert ad.via_website.value == 250
    assert ad.via_other_channels is None


def test_channel_counts_without_total_do_not_make_one() -> None:
    """Per-channel counts under 主动公开 (公报 0 条 …) never become the total."""
    r = gd.parse(
        "在主动公开信息工作中，各渠道公开情况：政府网站公开信息900条，微信公开信息300条，政府公报公开信息0条。"
    )
    assert r.active_disclosure.total_items is None
    assert r.active_disclosure.via_website is not None
    assert r.active_disclosure.via_website.value == 900


@pytest.mark.parametrize(
    "sentence",
    [
        "本所今年办理信息公开申请，没有向申请人收取复印、邮寄等任何费用。",
        "今年本机关未收取与信息公开申请相关的任何费用。",
        "今年未发生信息公开申请的收费及减免情况。",
    ],
)
def test_fee_zero_phrasings(sentence: str) -> None:
    """Several ways of saying no fee was charged give fees 0."""
    r = gd.parse(sentence)
    assert r.applications.fees_charged is not None
    assert r.applications.fees_charged.value == 0


def test_fee_zero_under_fee_heading() -> None:
    """``未收取任何费用`` under a heading about fees counts although the sentence names no request."""
    r = gd.parse("四、信息公开的收费及减免情况\n今年未收取任何费用。")
    assert r.applications.fees_charged is not None
    assert r.applications.fees_charged.value == 0


def test_review_and_suit_not_produced() -> None:
    """``未產生…行政複議與行政訴訟`` (traditional) gives both totals 0."""
    r = gd.parse("今年未產生針對本局信息公開事項的行政複議與行政訴訟。")
    rl = r.review_litigation
    assert rl.review is not None
    assert rl.review.total is not None
    assert rl.review.total.value == 0
    assert rl.litigation_total is not None
    assert rl.litigation_total.value == 0


def test_heading_line_is_not_part_of_the_label() -> None:
    """A heading without closing punctuation does not run into the next line's clause."""
    r = gd.parse(
        "一、概述\n今年工作平稳。\n四、申请行政复议、提起行政诉讼的情况\n本镇收到有关信息公开的行政复议申请0件。"
    )
    assert r.review_litigation.review is not None
    assert r.review_litigation.review.total is not None
    assert r.review_litigation.review.total.value == 0
    assert r.review_litigation.litigation_total is None


_FEE_PIECES = st.sampled_from(
    [
        *"均都一全未没不无免零向收取费任何过用，。5 的",
        "全部未收费",
        "一律不收取费用",
        "都未曾收过任何费",
        "没有向申请人收取复印等任何费用",
        "未发生减免收费",
        "无收费",
        "免费提供",
        "零收费",
        "信息处理费",
    ]
)


@settings(max_examples=400)
@given(st.lists(_FEE_PIECES, max_size=14).map("".join))
def test_fee_zero_scan_equals_plain_finditer(s: str) -> None:
    """Trying the no-fee pattern only at its possible first characters finds what a plain scan finds."""
    fast = [m.span() for m in narrative_stats._fee_zero_matches(s)]
    assert fast == [m.span() for m in narrative_stats._patterns().fee_zero.finditer(s)]
