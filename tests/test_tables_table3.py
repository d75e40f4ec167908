"""Table 三 in every input shape: HTML grid with merges, pipe rows, flattened PDF rows."""

from __future__ import annotations

import pytest

from govdisclosure.extract.table3 import COLUMNS, extract_table3
from govdisclosure.extract.tables import extract_tables
from govdisclosure.ingest.document import Table
from govdisclosure.model import ApplicantCounts, ApplicationStats, CellKind, Origin, Report
from govdisclosure.validate import validate
from tests.test_tables_support import CellSpec, build_table, flat_rows, make_document

HEAD_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
ORGS = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")

# Synthetic, balanced figures (six applicant columns; 总计 is their sum).
V: dict[str, list[int]] = {
    "new_received": [12, 2, 0, 1, 0, 1],
    "carried_over": [1, 0, 0, 0, 0, 0],
    "granted": [4, 1, 0, 0, 0, 0],
    "partially_granted": [1, 0, 0, 0, 0, 0],
    "denied_state_secret": [0, 0, 0, 0, 0, 0],
    "denied_prohibited_by_law": [1, 0, 0, 0, 0, 0],
    "denied_three_safeties": [0, 0, 0, 0, 0, 0],
    "denied_third_party": [0, 0, 0, 0, 0, 0],
    "denied_internal_affairs": [0, 0, 0, 0, 0, 0],
    "denied_process_info": [0, 0, 0, 0, 0, 0],
    "denied_enforcement_files": [0, 0, 0, 0, 0, 0],
    "denied_inquiry": [0, 0, 0, 0, 0, 0],
    "unable_not_held": [2, 1, 0, 0, 0, 0],
    "unable_needs_creation": [1, 0, 0, 0, 0, 0],
    "unable_unclear": [0, 0, 0, 0, 0, 0],
    "not_processed_complaint": [1, 0, 0, 0, 0, 0],
    "not_processed_repeat": [0, 0, 0, 0, 0, 0],
    "not_processed_publication": [0, 0, 0, 0, 0, 0],
    "not_processed_mass_repeat": [0, 0, 0, 0, 0, 0],
    "not_processed_confirm": [0, 0, 0, 0, 0, 0],
    "other_no_correction": [0, 0, 0, 1, 0, 0],
    "other_unpaid_fee": [0, 0, 0, 0, 0, 0],
    "other_other": [1, 0, 0, 0, 0, 1],
    "outcome_total": [11, 2, 0, 1, 0, 1],
    "carried_forward": [2, 0, 0, 0, 0, 0],
}
V2019 = {k: v for k, v in V.items() if not k.startswith("other_") or k == "outcome_total"}
V2019["other_processing"] = [1, 0, 0, 1, 0, 1]

LABELS: dict[str, tuple[str, str, str]] = {
    # field: (column A, column B, column C) as in the official form
    "new_received": ("一、本年新收政府信息公开申请数量", "", ""),
    "carried_over": ("二、上年结转政府信息公开申请数量", "", ""),
    "granted": ("三、本年度办理结果", "（一）予以公开", ""),
    "partially_granted": ("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""),
    "denied_state_secret": ("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"),
    "denied_prohibited_by_law": ("三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开"),
    "denied_three_safeties": ("三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"),
    "denied_third_party": ("三、本年度办理结果", "（三）不予公开", "4.保护第三方合法权益"),
    "denied_internal_affairs": ("三、本年度办理结果", "（三）不予公开", "5.属于三类内部事务信息"),
    "denied_process_info": ("三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息"),
    "denied_enforcement_files": ("三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷"),
    "denied_inquiry": ("三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项"),
    "unable_not_held": ("三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    "unable_needs_creation": ("三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作"),
    "unable_unclear": ("三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确"),
    "not_processed_complaint": ("三、本年度办理结果", "（五）不予处理", "1.信访举报投诉类申请"),
    "not_processed_repeat": ("三、本年度办理结果", "（五）不予处理", "2.重复申请"),
    "not_processed_publication": ("三、本年度办理结果", "（五）不予处理", "3.要求提供公开出版物"),
    "not_processed_mass_repeat": ("三、本年度办理结果", "（五）不予处理", "4.无正当理由大量反复申请"),
    "not_processed_confirm": ("三、本年度办理结果", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    "other_no_correction": (
        "三、本年度办理结果",
        "（六）其他处理",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    ),
    "other_unpaid_fee": (
        "三、本年度办理结果",
        "（六）其他处理",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    ),
    "other_other": ("三、本年度办理结果", "（六）其他处理", "3.其他"),
    "other_processing": ("三、本年度办理结果", "（六）其他处理", ""),
    "outcome_total": ("三、本年度办理结果", "（七）总计", ""),
    "carried_forward": ("四、结转下年度继续办理", "", ""),
}


#: Printed 总计 overrides (to build unbalanced tables): field -> printed total.
WRONG: dict[str, int] = {}


def _numbers(values: list[int], *, blank_total: bool = False, name: str = "") -> list[str]:
    total = WRONG.get(name, sum(values))
    return [str(v) for v in values] + ["" if blank_total else str(total)]


def html_grid(values: dict[str, list[int]], *, blank_totals: bool = False) -> list[list[CellSpec]]:
    """The official grid with merged cells (header 3 rows × 10 columns)."""
    rows: list[list[CellSpec]] = [
        [(HEAD_NOTE, 3, 3), None, None, ("申请人情况", 1, 7), None, None, None, None, None, None],
        [None, None, None, ("自然人", 2, 1), ("法人或其他组织", 1, 5), None, None, None, None, ("总计", 2, 1)],
        [None, None, None, None, *ORGS, None],
    ]
    names = list(values)
    outcome_rows = [n for n in names if LABELS[n][0] == "三、本年度办理结果"]
    prev_b = ""
    for name in names:
        a, b, c = LABELS[name]
        blank = blank_totals and name in outcome_rows and name != "outcome_total"
        nums: list[CellSpec] = list(_numbers(values[name], blank_total=blank, name=name))
        if a != "三、本年度办理结果":
            rows.append([(a, 1, 3), None, None, *nums])
            continue
        first_a: CellSpec = (a, len(outcome_rows), 1) if name == outcome_rows[0] else None
        if not c:
            rows.append([first_a, (b, 1, 2), None, *nums])
            prev_b = b
            continue
        span_b = sum(1 for n in outcome_rows if LABELS[n][1] == b)
        cell_b: CellSpec = (b, span_b, 1) if b != prev_b else None
        prev_b = b
        rows.append([first_a, cell_b, c, *nums])
    return rows


def pipe_rows(values: dict[str, list[int]]) -> list[list[CellSpec]]:
    """Rows as a pipe-separated paste gives them: no merges, header cells shifted left."""
    rows: list[list[CellSpec]] = [[HEAD_NOTE, "申请人情况"], ["自然人", "法人或其他组织", "总计"], list(ORGS)]
    for name, nums in values.items():
        a, b, c = LABELS[name]
        label = [x for x in (a if not b else "", b if not c else "", c) if x] or [a]
        rows.append([*label, *_numbers(nums, name=name)])
    return rows


def pdf_lines(values: dict[str, list[int]]) -> list[str]:
    """Flattened PDF text: header words wrapped, labels accumulated with the next figures."""
    lines = ["三、收到和处理政府信息公开申请情况"]
    header = (
        f"{HEAD_NOTE} 申请人情况 自然人 法人或其他组织 总计商 业 企\n业 科研机\n构 社 会 公 益\n"
        "组织 法 律 服 务\n机构 其他 "
    )
    first = True
    for name, nums in values.items():
        a, b, c = LABELS[name]
        label = c or b or a
        if name == "granted":
            label = "三、\n本\n年\n度\n办\n理\n结\n果\n" + b
        if c.startswith("1."):
            label = b[:4] + "\n" + b[4:] + "\n" + c
        if name == "unable_needs_creation":
            label = "- 3 -\n" + c
        lines.append((header if first else "") + label + " " + " ".join(_numbers(nums, name=name)))
        first = False
    return lines


def _totals(apps: ApplicationStats) -> dict[str, object]:
    out: dict[str, object] = {}
    for name in V:
        row: ApplicantCounts | None = getattr(apps, name)
        out[name] = None if row is None else [getattr(row, c).value for c in COLUMNS]
    return out


def _expected(values: dict[str, list[int]]) -> dict[str, object]:
    return {k: [*v, sum(v)] for k, v in values.items()}


def test_html_grid_2021_every_cell() -> None:
    """The official 2021 grid with merges maps every row and column by label."""
    table, _ = build_table(html_grid(V))
    assert (table.n_rows, table.n_cols) == (28, 10)
    apps, diags = extract_table3([table])
    assert apps is not None
    assert _totals(apps) == _expected(V)
    assert apps.denied_total is not None
    assert apps.denied_total.total is not None
    assert apps.denied_total.total.value == 1
    assert apps.denied_total.total.origin is Origin.DERIVED
    assert apps.other_total is not None
    assert apps.other_total.total is not None
    assert apps.other_total.total.value == 3
    assert apps.other_processing is None
    assert {d.code for d in diags} == {"GD203"}


def test_html_grid_2019_blank_totals_are_derived() -> None:
    """2019 grid: （六） is one row; blank 总计 cells are derived only from printed parts."""
    table, _ = build_table(html_grid(V2019, blank_totals=True))
    apps, diags = extract_table3([table])
    assert apps is not None
    assert apps.other_processing is not None
    assert apps.other_processing.total is not None
    assert apps.other_processing.total.value == 3
    assert apps.other_processing.total.origin is Origin.DERIVED
    assert apps.other_total is None
    assert apps.other_no_correction is None
    assert apps.outcome_total is not None
    assert apps.outcome_total.total is not None
    assert apps.outcome_total.total.origin is Origin.TABLE
    assert "GD203" in {d.code for d in diags}


def test_pipe_rows_use_the_fixed_column_order() -> None:
    """Shifted header cells cannot be mapped: seven figures per row are read in the form's order."""
    table, _ = build_table(pipe_rows(V), shape="flat_pipe")
    apps, diags = extract_table3([table])
    assert apps is not None
    assert _totals(apps) == _expected(V)
    assert "GD208" in {d.code for d in diags}


def test_flattened_pdf_rows_with_wrapped_labels() -> None:
    """PDF rows: labels accumulated over lines, page footers inside, header in the first label."""
    table, _ = flat_rows(pdf_lines(V))
    apps, diags = extract_table3([table])
    assert apps is not None
    assert _totals(apps) == _expected(V)
    assert apps.unable_needs_creation is not None
    assert apps.unable_needs_creation.label == "2.没有现成信息需要另行制作"
    assert "GD208" in {d.code for d in diags}


def test_spans_point_at_printed_cells() -> None:
    """Each cell's span slices its printed figure out of the text."""
    table, text = build_table(html_grid(V))
    apps, _ = extract_table3([table])
    assert apps is not None
    assert apps.granted is not None
    cell = apps.granted.natural_person
    assert cell is not None
    assert cell.span is not None
    assert cell.span.slice(text) == "4"


def test_subtotal_column_is_mapped_by_header() -> None:
    """An added 法人或其他组织 subtotal column goes to legal_persons_subtotal."""
    rows: list[list[CellSpec]] = [
        [(HEAD_NOTE, 3, 2), None, ("申请人情况", 1, 8), None, None, None, None, None, None, None],
        [None, None, ("自然人", 2, 1), ("法人或其他组织", 1, 6), None, None, None, None, None, ("总计", 2, 1)],
        [None, None, None, *ORGS, "小计", None],
    ]
    for name in ("new_received", "carried_over", "outcome_total", "carried_forward"):
        nums = V[name]
        rows.append(
            [(LABELS[name][1] or LABELS[name][0], 1, 2), None, *map(str, nums), str(sum(nums[1:])), str(sum(nums))]
        )
    table, _ = build_table(rows)
    apps, _ = extract_table3([table])
    assert apps is not None
    assert apps.new_received is not None
    assert apps.new_received.legal_persons_subtotal is not None
    assert apps.new_received.legal_persons_subtotal.value == 4
    assert apps.new_received.total is not None
    assert apps.new_received.total.value == 16


def test_printed_group_subtotal_rows_are_kept() -> None:
    """A report that adds a （三）不予公开 subtotal row keeps it as printed (not derived)."""
    values = dict(V)
    lines = pdf_lines(values)
    index = next(i for i, line in enumerate(lines) if "行政查询事项" in line)
    lines.insert(index + 1, "（三）不予公开小计 1 0 0 0 0 0 1")
    table, _ = flat_rows(lines)
    apps, _ = extract_table3([table])
    assert apps is not None
    assert apps.denied_total is not None
    assert apps.denied_total.total is not None
    assert apps.denied_total.total.origin is Origin.TABLE


def test_group_row_without_its_reasons_is_not_trusted() -> None:
    """A lone （四）无法提供 row (reason labels lost) is dropped, not read as the group total."""
    lines = [line for line in pdf_lines(V) if "不掌握" not in line and "仍不明确" not in line]
    lines = [line.replace("2.没有现成信息需要另行制作", "（四）无法提供") for line in lines]
    table, _ = flat_rows(lines)
    apps, diags = extract_table3([table])
    assert apps is not None
    assert apps.unable_total is None
    assert "GD201" in {d.code for d in diags}


def test_placeholders_and_blanks_are_not_zero() -> None:
    """'/' and blank cells keep their kind; a total over them is not derived."""
    grid = html_grid(V)
    row = next(r for r in grid if r and r[0] == ("二、上年结转政府信息公开申请数量", 1, 3))
    row[4], row[9] = "/", ""
    table, _ = build_table(grid)
    apps, diags = extract_table3([table])
    assert apps is not None
    assert apps.carried_over is not None
    assert apps.carried_over.commercial is not None
    assert apps.carried_over.commercial.kind is CellKind.PLACEHOLDER
    assert apps.carried_over.total is not None
    assert apps.carried_over.total.kind is CellKind.BLANK
    assert "GD205" in {d.code for d in diags}


def test_unmatched_labels_give_none_not_shifted_numbers() -> None:
    """Rows whose labels match nothing yield no figures and a diagnostic."""
    lines = ["三、收到和处理政府信息公开申请情况"] + [f"甲乙丙{i} 1 2 3 4 5 6 21" for i in range(6)]
    table, _ = flat_rows(lines)
    apps, diags = extract_table3([table])
    assert apps is None
    assert diags == ()


def test_wrong_number_of_figures_skips_the_row() -> None:
    """A row with six figures in a seven-column table is skipped (GD206), others are read."""
    lines = pdf_lines(V)
    lines = [line.replace("2.重复申请 0 0 0 0 0 0 0", "2.重复申请 0 0 0 0 0 0") for line in lines]
    table, _ = flat_rows(lines)
    apps, diags = extract_table3([table])
    assert apps is not None
    assert apps.not_processed_repeat is None
    assert apps.not_processed_total is None  # a part is missing: no derived group
    assert apps.granted is not None
    assert "GD206" in {d.code for d in diags}


def test_out_of_order_row_is_rejected() -> None:
    """A row matching an earlier form row after later ones is not used."""
    lines = pdf_lines(V)
    lines.append("本年新收申请（补） 9 9 9 9 9 9 54")
    table, _ = flat_rows(lines)
    apps, diags = extract_table3([table])
    assert apps is not None
    assert apps.new_received is not None
    assert apps.new_received.total is not None
    assert apps.new_received.total.value == 16
    assert "GD201" in {d.code for d in diags}


@pytest.mark.parametrize("shape", ["html", "pipe", "pdf"])
def test_unbalanced_table_keeps_figures_and_reports(shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unbalanced table keeps every printed figure; validation reports each broken identity."""
    values = {k: list(v) for k, v in V.items()}
    values["carried_forward"] = [5, 0, 0, 0, 0, 0]  # breaks T3.balance in 自然人 and 总计
    monkeypatch.setitem(WRONG, "granted", 7)  # 予以公开 总计 printed 7, parts sum to 5
    if shape == "html":
        table, text = build_table(html_grid(values))
    elif shape == "pipe":
        table, text = build_table(pipe_rows(values), shape="flat_pipe")
    else:
        table, text = flat_rows(pdf_lines(values))
    report = extract_tables(make_document(text, [table]), Report(text=text))
    apps = report.applications
    assert apps.carried_forward is not None
    assert apps.carried_forward.natural_person is not None
    assert apps.carried_forward.natural_person.value == 5
    assert apps.granted is not None
    assert apps.granted.total is not None
    assert apps.granted.total.value == 7  # kept as printed, never repaired
    diags = validate(report)
    codes = [d.code for d in diags]
    balance = [d for d in diags if d.code == "GD401"]
    assert len(balance) == 2
    assert "(difference -3)" in balance[0].message
    assert all(d.span is not None for d in balance)
    rowsum = [d for d in diags if d.code == "GD403"]
    assert len(rowsum) == 1
    assert "≠ 总计 7" in rowsum[0].message
    assert rowsum[0].span is not None
    assert "7" in rowsum[0].span.slice(text)
    outcomes = [d for d in diags if d.code == "GD402"]
    assert len(outcomes) == 1
    assert "总计" in outcomes[0].message
    assert "GD404" not in codes


def _excerpt_tables(rows: list[str]) -> list[Table]:
    from govdisclosure.ingest.flat import find_flat_tables

    head = [
        "| 自然人 | 法人或其他组织 | 总计 | ||||",
        "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ||",
    ]
    return list(find_flat_tables("\n".join([*head, *rows, ""])))


def test_excerpt_with_only_rows_one_and_two_is_read_when_each_row_balances() -> None:
    """Fewer than three rows are table 三 when each prints seven figures whose parts sum to 总计."""
    tables = _excerpt_tables(
        [
            "| 一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 2 | 0 | 8 |",
            "| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
        ]
    )
    apps, _ = extract_table3(tables)
    assert apps is not None
    assert apps.new_received is not None
    assert apps.new_received.total is not None
    assert apps.new_received.total.value == 8
    assert apps.new_received.legal is not None
    assert apps.new_received.legal.value == 2
    assert apps.carried_over is not None
    assert apps.carried_over.total is not None
    assert apps.carried_over.total.value == 1


def test_excerpt_row_that_does_not_balance_is_not_read() -> None:
    """A lone row whose six parts do not add up to its last figure gives no figures at all."""
    tables = _excerpt_tables(["| 一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 2 | 0 | 9 |"])
    apps, _ = extract_table3(tables)
    assert apps is None
