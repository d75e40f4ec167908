"""Table 三 rows whose label is printed above the grid that holds their figures (PDF-to-Markdown).

Fixtures are synthetic: official template labels with invented numbers.
"""

from __future__ import annotations

import govdisclosure
from govdisclosure.extract.table3 import extract_table3
from govdisclosure.ingest.flat import find_flat_tables

_HEAD = [
    "| 三、本年度办理结果 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
    "|---|---|---|---|---|---|---|---|",
    "| 一、本年新收政府信息公开申请数量 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |",
    "| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
    "| （一）予以公开 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |",
]
_TAIL = [
    "| 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
    "|---|---|---|---|---|---|---|",
    "| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
    "| 2.其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
]


def _read(above: list[str]) -> tuple[str, govdisclosure.Report]:
    text = "\n".join([*_HEAD, "", *above, *_TAIL, ""])
    return text, govdisclosure.parse(text)


def test_label_above_the_grid_is_attached_when_the_form_order_places_it() -> None:
    """The one item between 予以公开 and 属于国家秘密 takes the unlabelled first row of the next grid."""
    _, report = _read(["（二）部分公开（区分处理的，只计这一", "情形，不计其他情形）"])
    text = report.text
    row = report.applications.partially_granted
    assert row is not None
    assert row.total is not None
    assert row.total.value == 3
    assert row.span is not None
    assert text[row.span.start : row.span.end].startswith("（二）部分公开")
    assert text[row.span.start : row.span.end].endswith("情形）")
    assert any(d.code == "GD211" for d in report.diagnostics)
    assert report.applications.denied_prohibited_by_law is not None


def test_two_items_above_the_grid_are_not_attached() -> None:
    """Text above naming two items is ambiguous: the unlabelled row stays unread."""
    _, report = _read(["（二）部分公开", "1.属于国家秘密"])
    assert report.applications.partially_granted is None
    assert not any(d.code == "GD211" for d in report.diagnostics)


def test_item_that_is_not_the_missing_row_is_not_attached() -> None:
    """A label whose row is not the one the form's order leaves open is not attached."""
    _, report = _read(["4.保护第三方合法权益"])
    assert report.applications.denied_third_party is None
    assert not any(d.code == "GD211" for d in report.diagnostics)


def test_sentence_or_page_number_above_the_grid_gives_no_label() -> None:
    """Prose or a page number just above the grid is never taken as a row label."""
    for above in (["（二）部分公开情况详见附件。"], ["（二）部分公开", "- 3 -"]):
        _, report = _read(above)
        assert report.applications.partially_granted is None


def test_without_leads_nothing_is_attached() -> None:
    """extract_table3 called without the text above its grids reads only labelled rows."""
    text = "\n".join([*_HEAD, "", "（二）部分公开", *_TAIL, ""])
    apps, _ = extract_table3(find_flat_tables(text))
    assert apps is not None
    assert apps.granted is not None
    assert apps.partially_granted is None
