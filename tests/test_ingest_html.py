"""Ingest: HTML text, table grids with merged cells, deep nesting."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.ingest import read
from govdisclosure.ingest.html import html_to_text, nesting_depth

# A header laid out like the official table 三: merged cells over applicant columns.
TABLE_3 = """<html><body>
<p>三、收到和处理政府信息公开申请情况</p>
<table border="1">
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>
    <td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>
    <td>7</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>8</td></tr>
<tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>
    <td>5</td><td>&nbsp;</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>
<tr><td colspan="2">（二）部分公开</td><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
</table>
<p>四、行政复议情况</p>
</body></html>"""


def test_merged_header_cells_resolve_to_a_rectangular_grid() -> None:
    """rowspan/colspan are resolved; a merged cell's text fills every position it covers."""
    doc = read(TABLE_3)
    assert doc.format == "html"
    (table,) = doc.tables
    grid = table.grid()
    assert table.n_rows == 6
    assert table.n_cols == 10
    assert all(len(row) == 10 for row in grid)
    assert grid[0][3:] == ["申请人情况"] * 7
    assert grid[1][3] == grid[2][3] == "自然人"
    assert grid[2][4:9] == ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    assert grid[1][9] == grid[2][9] == "总计"
    assert grid[3][3:] == ["7", "1", "0", "0", "0", "0", "8"]
    assert grid[4][0] == grid[5][0] == "三、本年度办理结果"
    assert grid[4][4] == ""  # &nbsp; is blank
    origin = table.cell_grid()[2][3]
    assert origin is not None
    assert (origin.row, origin.col, origin.rowspan) == (1, 3, 2)


def test_cell_spans_point_into_the_text() -> None:
    """Every non-empty cell's span slices its text out of Document.text; rows are lines."""
    doc = read(TABLE_3)
    (table,) = doc.tables
    for cell in table.cells:
        if cell.text:
            assert cell.span is not None
            assert doc.text[cell.span.start : cell.span.end] == cell.text
        else:
            assert cell.span is None
    assert "一、本年新收政府信息公开申请数量 | 7 | 1 | 0 | 0 | 0 | 0 | 8" in doc.text.split("\n")
    assert doc.text[table.span.start : table.span.end].startswith("（本列数据")
    assert doc.text.endswith("四、行政复议情况")


def test_scripts_styles_comments_dropped_entities_decoded() -> None:
    """Scripts, styles and comments vanish; entities are decoded; blocks become lines."""
    page = (
        "<html><head><title>t</title><style>p{color:red}</style></head><body>"
        "<script>var a = '<p>不可见</p>';</script><!-- 注释 -->"
        "<div>甲&amp;乙</div><p>丙<br>丁</p><ul><li>一</li><li>二</li></ul></body></html>"
    )
    doc = read(page)
    assert doc.text == "甲&乙\n丙\n丁\n一\n二"


def test_hostile_spans_are_clamped() -> None:
    """rowspan=65535 and a huge colspan do not allocate huge grids."""
    page = (
        '<html><body><table><tr><td rowspan="65535" colspan="99999">x</td><td>y</td></tr>'
        "<tr><td>z</td></tr></table></body></html>"
    )
    (table,) = read(page).tables
    assert table.n_rows == 2
    assert table.n_cols <= 257
    assert table.cells[0].rowspan == 2


def test_layout_table_is_not_a_data_table() -> None:
    """A table that only lays out the page (holding a nested table) is text, the inner one a grid."""
    page = (
        "<html><body><table><tr><td><p>正文第一段。</p>"
        "<table><tr><td>项目</td><td>数量</td></tr><tr><td>收到</td><td>4</td></tr></table>"
        "<p>正文第二段。</p></td></tr></table></body></html>"
    )
    doc = read(page)
    assert [t.grid() for t in doc.tables] == [[["项目", "数量"], ["收到", "4"]]]
    assert doc.text.split("\n") == ["正文第一段。", "项目 | 数量", "收到 | 4", "正文第二段。"]


def test_deep_nesting_uses_the_linear_fallback() -> None:
    """40 000 nested divs are read with the stdlib tokenizer in linear time (GD006)."""
    n = 40_000
    page = "<html><body>" + "<div>" * n + "深处的文字" + "</div>" * n + "</body></html>"
    assert nesting_depth(page) == n + 2
    start = time.perf_counter()
    doc = read(page)
    elapsed = time.perf_counter() - start
    assert doc.text == "深处的文字"
    assert "GD006" in {d.code for d in doc.diagnostics}
    assert elapsed < 5


def test_fallback_parser_reads_tables_too() -> None:
    """The stdlib fallback builds the same grid as lexbor."""
    inner = "<table><tr><td rowspan=2>甲</td><td>1</td></tr><tr><td>2</td></tr></table>"
    fast = html_to_text(inner)
    slow = html_to_text(inner, max_depth=0)
    assert fast.tables[0].grid() == slow.tables[0].grid() == [["甲", "1"], ["甲", "2"]]
    assert fast.text == slow.text


def test_nav_and_footer_markup_marked_as_noise() -> None:
    """Elements named nav/breadcrumb/footer are marked as noise; the article is not."""
    page = (
        '<html><body><div class="nav"><a>首页</a><a>政务公开</a><a>互动交流</a></div>'
        '<div class="position">当前位置：首页 &gt; 年度报告</div>'
        "<h1>某局2022年政府信息公开工作年度报告</h1><p>本报告由本局编制。正文内容较长，足以成为正文。</p>"
        '<div id="footer">主办：某局 地址：某路1号</div></body></html>'
    )
    doc = read(page)
    kinds = {n.kind.value: n.text for n in doc.noise}
    assert "首页" in kinds["navigation"]
    assert kinds["breadcrumb"].startswith("当前位置")
    assert kinds["footer"].startswith("主办")
    assert all("年度报告" not in n.text or n.kind.value == "breadcrumb" for n in doc.noise)


_cell = st.tuples(st.integers(0, 6), st.integers(0, 6), st.sampled_from(["td", "th"]))


@settings(max_examples=150)
@given(st.lists(st.lists(_cell, min_size=0, max_size=5), min_size=1, max_size=6), st.booleans())
def test_random_spans_always_give_rectangular_grids(rows: list[list[tuple[int, int, str]]], fallback: bool) -> None:
    """Any rowspan/colspan markup gives a rectangular grid whose cells lie inside it."""
    body = "".join(
        "<tr>" + "".join(f'<{t} rowspan="{r}" colspan="{c}">v{i}{j}</{t}>' for j, (r, c, t) in enumerate(row)) + "</tr>"
        for i, row in enumerate(rows)
    )
    result = html_to_text(f"<table>{body}</table>", max_depth=0 if fallback else 512)
    for table in result.tables:
        grid = table.grid()
        assert len(grid) == table.n_rows
        assert all(len(row) == table.n_cols for row in grid)
        for cell in table.cells:
            assert 0 <= cell.row < table.n_rows
            assert cell.row + cell.rowspan <= table.n_rows
            assert cell.col + cell.colspan <= table.n_cols
            assert cell.span is not None
            assert result.text[cell.span.start : cell.span.end] == cell.text
