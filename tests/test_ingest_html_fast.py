"""Ingest: the fast lexbor walk gives exactly what the per-event walk gives (text, grids, spans, noise)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.ingest import read
from govdisclosure.ingest.html import HtmlResult, html_to_text, nesting_depth

# A page with everything the shortcuts must get right: a table 三 style header with
# merged <th> cells in <thead>, cells holding &nbsp;, an ideographic space, nothing,
# padded text, <br>, a <p> and inline markup, a cell whose class names noise, a
# layout table around a data table, nested inline markup, entities, <pre>,
# scripts/styles/comments/noscript, nav/breadcrumb/share/footer regions, Word-style cells
# (<p class="MsoNormal"><span>…</span><o:p></o:p></p>, a script or a comment in a cell).
RICH_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某区政府信息公开工作年度报告</title>
<style>td { border: 1px solid; }</style><script>var t = "<p>不是正文</p>";</script></head>
<body>
<nav><a href="/">首页</a> | <a href="/gk">政务公开</a></nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/nb">年度报告</a></div>
<div class="content">
  <h1>某区2023年政府信息公开工作年度报告</h1>
  <p>　　本机关<b>主动<i>公开</i></b>政府信息<span
     style="color:red">12</span>条，<a href="#a">详见</a>附件。<!-- 注 --></p>
  <p>第一行<br>第二行<br/>第三行 &amp; &lt;符号&gt; &#x4E00;&nbsp;二</p>
  <p>
     多个   空格
     与换行
  </p>
  <table border="1" class="data">
    <thead>
    <tr>
      <th colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>
      <th colspan="7">申请人情况</th>
    </tr>
    <tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>
    <tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>
    </thead>
    <tbody>
    <tr><td colspan="3">一、本年新收政府信息公开申请数量</td>
        <td>3</td><td>1</td><td>&nbsp;</td><td>0</td><td>　</td><td></td><td>4</td></tr>
    <tr>
      <td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）<b>予以</b>公开</td>
      <td> 2 </td><td>1<br>件</td><td><p>0</p></td><td>0</td><td>0</td><td>0</td><td>3</td>
    </tr>
    <tr><td colspan="2" class="nav">（二）部分公开</td>
      <td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
    </tbody>
  </table>
  <table><tr><td>
    <p>布局表格中的段落。</p>
    <table><tr><td>项目</td><td>数量</td></tr><tr><td>收到</td><td>4</td></tr></table>
  </td></tr></table>
  <pre>  保留  空格
第二行</pre>
  <table class="MsoNormalTable">
    <tr><td width="64"><p class="MsoNormal" align="center"><span style="font-size:10.5pt">本年新收</span><span
      lang="EN-US"><o:p></o:p></span></p></td>
      <td> <p class="MsoNormal"><b><span>5</span></b></p> </td><td>6<script>var n = 1;</script></td>
      <td>7<!-- 注 -->8</td><td><p>甲</p><p>乙</p></td><td><style>td { color: red; }</style></td>
      <td><pre> 1  2 </pre></td></tr>
  </table>
  <ul><li>一项</li><li><a href="#">二项</a></li></ul>
  <script>document.write("<td>x</td>");</script><noscript>请启用脚本</noscript>
</div>
<div class="share">分享到：微信 微博</div>
<footer>主办单位：某区人民政府办公室</footer>
<div id="footer">版权所有 &copy; 某区</div>
</body></html>"""

# What the per-event walk (the reader before the shortcuts) produced for RICH_PAGE.
EXPECTED_LINES = [
    "首页 | 政务公开",
    "当前位置：首页 > 年度报告",
    "某区2023年政府信息公开工作年度报告",
    "\u3000\u3000本机关主动公开政府信息12条，详见附件。",
    "第一行",
    "第二行",
    "第三行 & <符号> 一\u00a0二",
    "多个 空格 与换行",
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况",
    "自然人 | 法人或其他组织 | 总计",
    "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他",
    "一、本年新收政府信息公开申请数量 | 3 | 1 | \u00a0 | 0 | \u3000 |  | 4",
    "三、本年度办理结果 | （一）予以公开 | 2 | 1 件 | 0 | 0 | 0 | 0 | 3",
    "（二）部分公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1",
    "布局表格中的段落。",
    "项目 | 数量",
    "收到 | 4",
    "  保留  空格",
    "第二行",
    "本年新收 | 5 | 6 | 78 | 甲 乙 |  |  1  2 ",
    "一项",
    "二项",
    "分享到：微信 微博",
    "主办单位：某区人民政府办公室",
    "版权所有 © 某区",
]
# (row, col, rowspan, colspan, header) of every cell of the first table, in order.
EXPECTED_CELLS = [
    (0, 0, 3, 3, True), (0, 3, 1, 7, True), (1, 3, 2, 1, True), (1, 4, 1, 5, True), (1, 9, 2, 1, True),
    (2, 4, 1, 1, True), (2, 5, 1, 1, True), (2, 6, 1, 1, True), (2, 7, 1, 1, True), (2, 8, 1, 1, True),
    (3, 0, 1, 3, False), (3, 3, 1, 1, False), (3, 4, 1, 1, False), (3, 5, 1, 1, False), (3, 6, 1, 1, False),
    (3, 7, 1, 1, False), (3, 8, 1, 1, False), (3, 9, 1, 1, False),
    (4, 0, 2, 1, False), (4, 1, 1, 2, False), (4, 3, 1, 1, False), (4, 4, 1, 1, False), (4, 5, 1, 1, False),
    (4, 6, 1, 1, False), (4, 7, 1, 1, False), (4, 8, 1, 1, False), (4, 9, 1, 1, False),
    (5, 1, 1, 2, False), (5, 3, 1, 1, False), (5, 4, 1, 1, False), (5, 5, 1, 1, False), (5, 6, 1, 1, False),
    (5, 7, 1, 1, False), (5, 8, 1, 1, False), (5, 9, 1, 1, False),
]  # fmt: skip
EXPECTED_REGIONS = [
    ("navigation", "首页 | 政务公开"),
    ("breadcrumb", "\n当前位置：首页 > 年度报告"),
    ("navigation", "（二）部分公开"),
    ("share", "\n分享到：微信 微博"),
    ("footer", "\n主办单位：某区人民政府办公室"),
    ("footer", "\n版权所有 © 某区"),
]


def _same(a: HtmlResult, b: HtmlResult) -> None:
    assert a.text == b.text
    assert a.tables == b.tables
    assert a.regions == b.regions
    assert [(d.code, d.message) for d in a.diagnostics] == [(d.code, d.message) for d in b.diagnostics]


def test_rich_page_text_is_pinned() -> None:
    """The fast walk writes the rich page exactly as the per-event walk did."""
    assert html_to_text(RICH_PAGE).text.split("\n") == EXPECTED_LINES


def test_rich_page_tables_are_pinned() -> None:
    """Grids, merges, header flags and cell spans of the rich page are unchanged."""
    result = html_to_text(RICH_PAGE)
    header, inner, word = result.tables
    assert [(c.row, c.col, c.rowspan, c.colspan, c.header) for c in header.cells] == EXPECTED_CELLS
    grid = header.grid()
    assert (header.n_rows, header.n_cols) == (6, 10)
    assert grid[1][4:9] == ["法人或其他组织"] * 5
    assert grid[3][3:] == ["3", "1", "", "0", "", "", "4"]  # &nbsp;, ideographic space and nothing are blank
    assert grid[4][3:5] == ["2", "1 件"]  # padding stripped; <br> in a cell is a space
    assert grid[5][0] == "三、本年度办理结果"
    assert inner.grid() == [["项目", "数量"], ["收到", "4"]]
    # Word-style cells: wrappers and empty <o:p> vanish, scripts and styles are skipped, a comment joins,
    # blocks give a space, <pre> keeps its spaces
    assert word.grid() == [["本年新收", "5", "6", "78", "甲 乙", "", "1  2"]]
    for table in (header, inner, word):
        for cell in table.cells:
            if cell.text:
                assert cell.span is not None
                assert result.text[cell.span.start : cell.span.end] == cell.text
            else:
                assert cell.span is None
    assert result.text[header.span.start : header.span.end].startswith("（本列数据")
    assert result.text[header.span.start : header.span.end].endswith("| 1")


def test_rich_page_noise_regions_are_pinned() -> None:
    """Regions named by nav/footer tags and class/id names are unchanged."""
    result = html_to_text(RICH_PAGE)
    assert [(k.value, result.text[s:e]) for k, s, e in result.regions] == EXPECTED_REGIONS


def test_shortcuts_match_the_event_path_on_the_rich_page() -> None:
    """With and without the shortcuts the rich page reads the same."""
    _same(html_to_text(RICH_PAGE), html_to_text(RICH_PAGE, shortcuts=False))


_TAGS = [
    "p",
    "div",
    "span",
    "b",
    "a",
    "li",
    "td",
    "th",
    "tr",
    "table",
    "thead",
    "pre",
    "br",
    "nav",
    "section",
    "h2",
    "o:p",
    "font",
    "img",
    "em",
    "textarea",
    "option",
    "tbody",
    "caption",
]
_TEXT = st.text(alphabet=" \t\n\u3000\u00a0甲乙1&;<>#xnbspamp", max_size=6)
_ATTRS = st.sampled_from(
    [
        "",
        ' class="nav"',
        ' id="footer"',
        ' class="main"',
        ' rowspan="2"',
        ' colspan="3"',
        ' rowspan="0"',
        ' colspan="x"',
    ]
)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, attrs, inner, closed: f"<{tag}{attrs}>{inner}" + (f"</{tag}>" if closed else ""),
        st.sampled_from(_TAGS),
        _ATTRS,
        st.lists(children, max_size=4).map("".join),
        st.booleans(),
    )


_MARKUP = st.recursive(
    st.one_of(_TEXT, st.sampled_from(["<br>", "<!-- c -->", "<script>x<y</script>", "&nbsp;", "</td>", "</tr>"])),
    _element,
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(_MARKUP)
def test_shortcuts_match_the_event_path_on_random_markup(body: str) -> None:
    """On any markup the shortcuts change nothing: text, tables, spans, regions."""
    page = f"<html><body>{body}</body></html>"
    _same(html_to_text(page), html_to_text(page, shortcuts=False))


@settings(max_examples=200, deadline=None)
@given(_MARKUP)
def test_parsing_the_utf8_bytes_reads_what_parsing_the_text_reads(body: str) -> None:
    """Handing lexbor the page's UTF-8 bytes (no second encoding) builds the same tree: same result."""
    page = f"<html><body>{body}</body></html>"
    _same(html_to_text(page, utf8=page.encode()), html_to_text(page))


def test_read_gives_the_same_document_from_utf8_bytes_and_from_text() -> None:
    """read() of UTF-8 bytes (parsed as bytes) and of their text (parsed as str) agree, BOM and CR or not."""
    page = "<html><body><p>甲　乙</p><table><tr><td colspan=2>丙</td></tr><tr><td>1</td><td>2</td></tr></table>"
    for raw in (page, "\ufeff" + page, page.replace("<p>", "\r\n<p>")):
        from_bytes, from_text = read(raw.encode()), read(raw)
        assert (from_bytes.text, from_bytes.tables, from_bytes.noise) == (
            from_text.text,
            from_text.tables,
            from_text.noise,
        )
        assert from_bytes.text.startswith("甲　乙")


def test_fallback_reads_tables_nested_in_cells_of_nested_layout_tables() -> None:
    """The stdlib fallback keeps tables nested (at any depth) in a data cell as that cell's text (it used to crash)."""
    page = "".join(f"<table><tr><td>{i}" for i in range(4)) + "</td></tr></table>" * 4
    result = html_to_text(page, max_depth=0)
    (table,) = result.tables
    (cell,) = table.cells
    assert cell.text.split() == ["0", "1", "2", "3"]
    assert cell.span is not None
    assert result.text[cell.span.start : cell.span.end] == cell.text


def test_nesting_depth_ignores_tag_case() -> None:
    """Upper- and mixed-case tags count as their lower-case forms."""
    assert (
        nesting_depth("<DIV><Div><P>x</P><TD>y</div></DIV>")
        == nesting_depth("<div><div><p>x</p><td>y</div></div>")
        == 2
    )


def test_table_opened_inside_an_open_row_gets_its_own_row() -> None:
    """A table started right inside ``<tr>`` (no cell between) does not crash the builder."""
    from govdisclosure.ingest.html import _Builder

    builder = _Builder()
    for tag in ("table", "tr", "table", "table", "td"):
        builder.start(tag, {})
    builder.text("规章")
    assert "规章" in builder.finish()[0]
