"""Cell reading and table-二 column rules added for the round-4 held-out shapes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure.extract.cells import parse_cell
from govdisclosure.ingest.flat_tokens import drop_lost_mark, is_number
from govdisclosure.model import Cell, CellKind


def _v(cell: Cell | None) -> object:
    """The value of a cell, ``None`` when the cell is absent."""
    return None if cell is None else cell.value


@settings(max_examples=60)
@given(st.integers(min_value=0, max_value=10**7), st.sampled_from(["?", "\ufffd", "??"]), st.sampled_from([" ", "  "]))
def test_lost_mark_then_space_reads_the_figure(n: int, mark: str, gap: str) -> None:
    """A lost-character mark and a space before a figure leave the figure itself."""
    cell = parse_cell(f"{mark}{gap}{n}")
    assert cell.kind is CellKind.NUMBER
    assert cell.value == n
    assert is_number(f"{mark}{gap}{n}")


@settings(max_examples=60)
@given(st.integers(min_value=0, max_value=10**7))
def test_lost_mark_glued_to_a_figure_is_not_a_figure(n: int) -> None:
    """``?5`` may have lost a digit or sign: it stays invalid, never a number."""
    assert parse_cell(f"?{n}").kind is CellKind.INVALID
    assert not is_number(f"?{n}")
    assert drop_lost_mark(f"?{n}") == f"?{n}"


def test_lost_mark_before_a_label_is_kept() -> None:
    """Only a figure loses the mark; text after it is left alone."""
    assert drop_lost_mark("? 规章") == "? 规章"
    assert parse_cell("? 规章").kind is CellKind.INVALID


def test_header_shifted_over_the_label_column_is_not_used_by_position() -> None:
    """A header wrapped so its column labels sit over the row labels gives no column to a lone figure."""
    cells = [
        "第二十条第(一)项",
        "信息内容",
        "本年新制作数量",
        "本年新公开数量",
        "对外公开总数量",
        "规章",
        "1",
        "1",
        "5",
        "规范性文件",
        "2",
        "2",
        "9",
        "第二十条第(五)项",
        "信息内容",
        "上一年项目数量",
        "本年增/减",
        "处理决定数量",
        "行政许可",
        "6",
        "0",
        "8",
        "第二十条第(八)项",
        "信息内容",
        "上一年项目数量",
        "本年增/减",
        "行政事业性收费",
        "3",
        "第二十条第(九)项",
        "信息内容",
        "采购项目数量",
        "采购总金额",
        "政府集中采购",
        "4",
        "7",
    ]
    report = gd.parse_text("二、主动公开政府信息情况\n\n" + "\n\n".join(cells) + "\n")
    ad = report.active_disclosure
    # One figure for two columns, the header shifted: neither column is claimed.
    assert _v(ad.admin_fees_change) is None
    assert _v(ad.admin_fees_prev_count) is None
    assert _v(ad.licensing_decisions) == 8
