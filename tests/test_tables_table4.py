"""Table 四 in every input shape: merged HTML header, one line of fifteen figures, three block rows."""

from __future__ import annotations

from govdisclosure.extract.table4 import BLOCKS, OUTCOMES, extract_table4
from govdisclosure.extract.tables import extract_tables
from govdisclosure.model import CellKind, Origin, Report, ReviewLitigation
from govdisclosure.validate import validate
from tests.test_tables_support import CellSpec, build_table, flat_rows, make_document

OUT_LABELS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
FIGURES = ["3", "1", "2", "1", "7", "2", "0", "1", "0", "3", "1", "1", "0", "2", "4"]


def html_grid(figures: list[str]) -> list[list[CellSpec]]:
    """The official merged header (3 rows) and one data row."""
    row1: list[CellSpec] = [("行政复议", 1, 5), None, None, None, None, ("行政诉讼", 1, 10)]
    row1 += [None] * 9
    row2: list[CellSpec] = []
    row2 += [(label, 2, 1) for label in OUT_LABELS]
    row2 += [("未经复议直接起诉", 1, 5), None, None, None, None, ("复议后起诉", 1, 5), None, None, None, None]
    row3: list[CellSpec] = [None, None, None, None, None]
    row3 += [*OUT_LABELS, *OUT_LABELS]
    return [row1, row2, row3, list(figures)]


def _values(rl: ReviewLitigation | None) -> list[object]:
    assert rl is not None
    out: list[object] = []
    for block in BLOCKS:
        counts = getattr(rl, block)
        out += [getattr(counts, o).value if getattr(counts, o) is not None else None for o in OUTCOMES]
    return out


def _ints(figures: list[str]) -> list[object]:
    return [int(f) if f else None for f in figures]


def test_html_grid_mapped_by_header_path() -> None:
    """Columns map by block and outcome labels; no fixed-order note is needed."""
    table, text = build_table(html_grid(FIGURES))
    rl, diags = extract_table4([table])
    assert _values(rl) == _ints(FIGURES)
    assert diags == ()
    assert rl is not None
    assert rl.review is not None
    assert rl.review.total is not None
    assert rl.review.total.span is not None
    assert rl.review.total.span.slice(text) == "7"


def test_html_grid_in_a_different_column_order() -> None:
    """A layout with 复议后起诉 before 直接起诉 is still read by label, not position."""
    grid = html_grid(FIGURES)
    grid[1][5], grid[1][10] = ("复议后起诉", 1, 5), ("未经复议直接起诉", 1, 5)
    table, _ = build_table(grid)
    rl, _ = extract_table4([table])
    assert rl is not None
    assert rl.litigation_after_review is not None
    assert rl.litigation_after_review.total is not None
    assert rl.litigation_after_review.total.value == 3


def test_one_line_of_fifteen_figures() -> None:
    """PDF text: the header wraps into the label; fifteen figures use the form's order (GD208)."""
    header = (
        "四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结 果\n维持 结 果\n纠正 其 他\n结果 尚 未\n审结 总计"
    )
    table, _ = flat_rows([header + " " + " ".join(FIGURES)])
    rl, diags = extract_table4([table])
    assert _values(rl) == _ints(FIGURES)
    assert [d.code for d in diags] == ["GD208"]


def test_three_block_rows() -> None:
    """A transposed layout of three labelled rows of five figures."""
    table, _ = flat_rows(
        [
            "行政复议 结果维持 结果纠正 其他结果 尚未审结 总计",
            "行政复议 " + " ".join(FIGURES[0:5]),
            "未经复议直接起诉 " + " ".join(FIGURES[5:10]),
            "复议后起诉 " + " ".join(FIGURES[10:15]),
        ]
    )
    rl, _ = extract_table4([table])
    assert _values(rl) == _ints(FIGURES)


def test_blank_total_is_derived_and_placeholder_kept() -> None:
    """A blank 总计 is derived from printed parts; a '—' block total is not."""
    figures = list(FIGURES)
    figures[4] = ""
    figures[14] = "—"
    table, _ = build_table(html_grid(figures))
    rl, diags = extract_table4([table])
    assert rl is not None
    assert rl.review is not None
    assert rl.review.total is not None
    assert rl.review.total.value == 7
    assert rl.review.total.origin is Origin.DERIVED
    assert rl.litigation_after_review is not None
    assert rl.litigation_after_review.total is not None
    assert rl.litigation_after_review.total.kind is CellKind.PLACEHOLDER
    assert {"GD203", "GD205"} <= {d.code for d in diags}


def test_not_table4_without_its_labels() -> None:
    """Fifteen figures under an unrelated header are not read as table 四."""
    table, _ = flat_rows(["甲 乙 丙 " + " ".join(FIGURES)])
    rl, diags = extract_table4([table])
    assert rl is None
    assert diags == ()


def test_unbalanced_block_is_reported_and_kept() -> None:
    """A block whose parts do not add up keeps its printed total and gets GD404 with the numbers."""
    figures = list(FIGURES)
    figures[9] = "9"
    table, text = build_table(html_grid(figures))
    report = extract_tables(make_document(text, [table]), Report(text=text))
    direct = report.review_litigation.litigation_direct
    assert direct is not None
    assert direct.total is not None
    assert direct.total.value == 9
    diags = [d for d in validate(report) if d.code == "GD404"]
    assert len(diags) == 1
    assert "未经复议直接起诉" in diags[0].message
    assert "= 3" in diags[0].message
    assert "总计 9" in diags[0].message


def _lone_row(figures: list[str]) -> tuple[ReviewLitigation | None, tuple[object, ...]]:
    from govdisclosure.ingest.flat import find_flat_tables

    text = "四、政府信息公开行政复议、行政诉讼情况\n行政复议行政诉讼\n| " + " | ".join(figures) + " |\n"
    tables = find_flat_tables(text)
    start = tables[0].span.start
    return extract_table4(tables, captions=[text[:start]])


def test_fifteen_figures_under_bare_chapter_heading_read_when_blocks_balance() -> None:
    """Fifteen figures under a heading naming only 行政复议/行政诉讼 are read when every block sums."""
    rl, diags = _lone_row(FIGURES)
    assert rl is not None
    assert rl.review is not None
    assert rl.review.total is not None
    assert rl.review.total.value == 7
    assert rl.litigation_after_review is not None
    assert rl.litigation_after_review.pending is not None
    assert rl.litigation_after_review.pending.value == 2
    assert "GD208" in {getattr(d, "code", None) for d in diags}


def test_fifteen_unbalanced_figures_under_bare_heading_are_not_read() -> None:
    """Without the column words, a block whose parts miss its 总计 leaves the whole row unread."""
    figures = [*FIGURES[:4], "8", *FIGURES[5:]]
    rl, _ = _lone_row(figures)
    assert rl is None
