"""Tables 三 and 四 broken into several grids, and table 四 whose header sits outside its grid."""

from __future__ import annotations

import govdisclosure as gd
from govdisclosure.model import Origin

GENERIC_HEAD = "| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |\n|---|---|---|---|---|---|---|---|\n"


def _group(title: str, rows: list[tuple[str, list[int]]]) -> str:
    """One Markdown grid per row group, as some converters print table 三."""
    body = "".join(f"| {label} | {' | '.join(map(str, v))} | {sum(v)} |\n" for label, v in rows)
    return f"### {title}\n{GENERIC_HEAD}{body}\n"


SPLIT_T3 = (
    "三、收到和处理政府信息公开申请情况\n\n"
    + _group("一、本年新收政府信息公开申请数量", [("本年新收政府信息公开申请数量", [20, 3, 0, 0, 1, 0])])
    + _group("二、上年结转政府信息公开申请数量", [("上年结转政府信息公开申请数量", [2, 0, 0, 0, 0, 0])])
    + _group("(一) 予以公开", [("予以公开", [9, 1, 0, 0, 0, 0])])
    + _group(
        "(三) 不予公开",
        [
            ("1. 属于国家秘密", [0, 0, 0, 0, 0, 0]),
            ("2. 其他法律行政法规禁止公开", [1, 0, 0, 0, 0, 0]),
            ("3. 危及“三安全一稳定”", [0, 0, 0, 0, 0, 0]),
            ("4. 保护第三方合法权益", [0, 0, 0, 0, 0, 0]),
            ("5. 属于三类内部事务信息", [2, 0, 0, 0, 0, 0]),
            ("6. 属于四类过程性信息", [0, 0, 0, 0, 0, 0]),
            ("7. 属于行政执法案卷", [0, 0, 0, 0, 0, 0]),
            ("8. 属于行政查询事项", [0, 1, 0, 0, 0, 0]),
        ],
    )
    + _group("(七) 总计", [("（七）总计", [18, 3, 0, 0, 1, 0]), ("四、结转下年度继续办理", [4, 0, 0, 0, 0, 0])])
)


def test_table3_split_into_markdown_grids_is_read_as_one() -> None:
    """Consecutive grids that each hold table-三 rows are one table; each row keeps its printed figures."""
    apps = gd.parse(SPLIT_T3).applications
    assert apps.new_received is not None
    assert apps.new_received.total is not None
    assert apps.new_received.total.value == 24
    assert apps.new_received.natural_person is not None
    assert apps.new_received.natural_person.value == 20
    assert apps.carried_over is not None
    assert apps.carried_over.total is not None
    assert apps.carried_over.total.value == 2
    assert apps.outcome_total is not None
    assert apps.outcome_total.total is not None
    assert apps.outcome_total.total.value == 22
    assert apps.carried_forward is not None
    assert apps.carried_forward.total is not None
    assert apps.carried_forward.total.value == 4
    # The group total is derived from its eight printed reason rows.
    assert apps.denied_total is not None
    assert apps.denied_total.total is not None
    assert apps.denied_total.total.value == 4
    assert apps.denied_total.total.origin is Origin.DERIVED


def test_a_row_repeated_out_of_order_in_a_later_grid_is_not_used() -> None:
    """A later grid repeating a row after the table's end does not override it (GD201)."""
    text = SPLIT_T3 + _group("(七) 总计", [("（七）总计", [17, 3, 0, 0, 1, 0])])
    report = gd.parse(text)
    total = report.applications.outcome_total
    assert total is not None
    assert total.total is not None
    assert total.total.value == 22
    assert any(d.code == "GD201" and "order" in d.message for d in report.diagnostics)


def test_unlabelled_fragment_does_not_break_the_run() -> None:
    """A grid of figures whose labels were split off sits between parts without ending the table."""
    text = (
        _group("一、本年新收政府信息公开申请数量", [("一、本年新收政府信息公开申请数量", [5, 0, 0, 0, 0, 0])])
        + _group("二、上年结转政府信息公开申请数量", [("二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0])])
        + "（二）部分公开\n\n| 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n|---|---|---|---|---|---|---|\n\n"
        + _group("(七) 总计", [("（七）总计", [6, 0, 0, 0, 0, 0]), ("四、结转下年度继续办理", [0, 0, 0, 0, 0, 0])])
    )
    apps = gd.parse(text).applications
    assert apps.outcome_total is not None
    assert apps.outcome_total.total is not None
    assert apps.outcome_total.total.value == 6
    # The unlabelled figures are not assigned to any row.
    assert apps.partially_granted is None


OUTCOME_HEAD = "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n"


def test_table4_one_grid_per_block_named_by_its_caption() -> None:
    """Three five-column grids, each under a line naming its block, fill the three blocks."""
    text = (
        "四、政府信息公开行政复议、行政诉讼情况\n\n"
        f"### 行政复议\n{OUTCOME_HEAD}| 6 | 1 | 2 | 3 | 12 |\n\n"
        f"### 行政诉讼（未经复议直接起诉）\n{OUTCOME_HEAD}| 2 | 0 | 0 | 1 | 3 |\n\n"
        f"### 行政诉讼（复议后起诉）\n{OUTCOME_HEAD}| 1 | 0 | 1 | 0 | 2 |\n"
    )
    rl = gd.parse(text).review_litigation
    assert rl.review is not None
    assert rl.review.total is not None
    assert rl.review.total.value == 12
    assert rl.review.pending is not None
    assert rl.review.pending.value == 3
    assert rl.litigation_direct is not None
    assert rl.litigation_direct.maintained is not None
    assert rl.litigation_direct.maintained.value == 2
    assert rl.litigation_after_review is not None
    assert rl.litigation_after_review.other is not None
    assert rl.litigation_after_review.other.value == 1


def test_table4_block_grid_without_a_block_caption_is_not_read() -> None:
    """A five-outcome grid under a caption that names no block stays unread."""
    text = f"四、政府信息公开行政复议、行政诉讼情况\n\n### 统计\n{OUTCOME_HEAD}| 6 | 1 | 2 | 3 | 12 |\n"
    rl = gd.parse(text).review_litigation
    assert rl.review is None
    assert rl.litigation_direct is None
    assert rl.litigation_after_review is None


def test_table4_fifteen_figures_under_a_header_left_outside_the_grid() -> None:
    """The header lines above a grid (its caption) identify a row of fifteen figures."""
    text = (
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "行政复议行政诉讼\n未经复议直接起诉复议后起诉\n结果结果其他尚未\n维持纠正结果审结\n"
        "| 维持 | 纠正 | 结果 | 审结 | 总计 | 总计 |\n|---|---|---|---|---|---|\n"
        "| 7 | 1 | 0 | 2 | 10 | 3 | 0 | 1 | 1 | 5 | 2 | 1 | 0 | 0 | 3 |\n"
    )
    rl = gd.parse(text).review_litigation
    assert rl.review is not None
    assert rl.review.total is not None
    assert rl.review.total.value == 10
    assert rl.litigation_direct is not None
    assert rl.litigation_direct.total is not None
    assert rl.litigation_direct.total.value == 5
    assert rl.litigation_after_review is not None
    assert rl.litigation_after_review.corrected is not None
    assert rl.litigation_after_review.corrected.value == 1


def test_table4_vertical_header_names_the_blocks() -> None:
    """Outcome labels printed one character per line still leave the three block names to go by."""
    text = (
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "行政复议 行政诉讼\n"
        "未经复议直接起诉 复议后起诉\n"
        "结 结 其 尚 结 结 其 尚 结 结 其 尚\n"
        "果 果 他 未 总 果 果 他 未 总 果 果 他 未 总\n"
        "维 纠 结 审 计 维 纠 结 审 计 维 纠 结 审 计\n"
        "持 正 果 结 持 正 果 结 持 正 果 结\n"
        "4 0 1 0 5 1 0 0 1 2 0 0 0 0 0\n"
        "五、存在的主要问题及改进情况\n"
    )
    rl = gd.parse(text).review_litigation
    assert rl.review is not None
    assert rl.review.maintained is not None
    assert rl.review.maintained.value == 4
    assert rl.litigation_direct is not None
    assert rl.litigation_direct.pending is not None
    assert rl.litigation_direct.pending.value == 1


def test_fifteen_figures_without_block_names_are_not_table4() -> None:
    """Fifteen figures under one-character header words and no block names are not read as table 四."""
    text = (
        "四、其他统计\n"
        "结 结 其 尚 结 结 其 尚 结 结 其 尚\n"
        "4 0 1 0 5 1 0 0 1 2 0 0 0 0 0\n"
        "五、存在的主要问题及改进情况\n"
    )
    rl = gd.parse(text).review_litigation
    assert rl.review is None
    assert rl.litigation_direct is None
