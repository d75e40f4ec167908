"""Ingest: the speed paths (deferred tables, cheap white-space and span checks) equal the plain computations."""

from __future__ import annotations

import copy
import pickle
import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.ingest.document import Table, TableCell, deferred_table
from govdisclosure.ingest.grid import FlatRow, RawCell, build_flat_table, build_table
from govdisclosure.ingest.html import (
    _AUTOCLOSE,
    _DIGITS,
    _VOID,
    _WS,
    _Builder,
    _collapse,
    _span_attr,
    html_to_text,
    nesting_depth,
)
from govdisclosure.ingest.language import _is_cjk, detect_language
from govdisclosure.model import Span
from govdisclosure.normalize.text import matching_view

_CELLS = (
    TableCell(text="甲", row=0, col=0, colspan=2, span=Span(start=0, end=1)),
    TableCell(text="", row=1, col=0),
    TableCell(text="2", row=1, col=1, header=True, span=Span(start=4, end=5)),
)


def _eager() -> Table:
    return Table(cells=_CELLS, n_rows=2, n_cols=2, span=Span(start=0, end=5))


def _deferred() -> Table:
    return deferred_table(lambda: (_CELLS, 2), n_rows=2, span=Span(start=0, end=5))


def test_deferred_table_equals_the_eager_table() -> None:
    """Equality, hash, repr, fields and grids of a deferred table are those of the same table made eagerly."""
    eager, deferred = _eager(), _deferred()
    assert deferred == eager
    assert eager == _deferred()  # comparing from the other side materializes too
    assert hash(_deferred()) == hash(eager)
    assert repr(_deferred()) == repr(eager)
    assert attrs.asdict(_deferred()) == attrs.asdict(eager)
    assert _deferred().grid() == eager.grid() == [["甲", "甲"], ["", "2"]]
    assert _deferred().cell_grid() == eager.cell_grid()
    fresh = _deferred()
    assert (fresh.n_cols, fresh.cells) == (2, _CELLS)
    assert fresh.n_rows == 2
    assert fresh.shape == "html"


def test_deferred_table_builds_once_and_stays_frozen() -> None:
    """The builder runs once, on first use; the table cannot be changed; copies and pickles are plain tables."""
    calls: list[int] = []

    def builder() -> tuple[tuple[TableCell, ...], int]:
        calls.append(1)
        return _CELLS, 2

    table = deferred_table(builder, n_rows=2, span=Span(start=0, end=5))
    assert calls == []
    assert table.n_cols == 2
    assert table.cells == _CELLS
    assert table.grid()
    assert calls == [1]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        table.n_cols = 3  # type: ignore[misc]
    assert copy.copy(_deferred()) == _eager()
    assert pickle.loads(pickle.dumps(_deferred())) == _eager()
    assert attrs.evolve(_deferred(), shape="markdown") == attrs.evolve(_eager(), shape="markdown")
    with pytest.raises(AttributeError):
        _ = table.no_such_field  # type: ignore[attr-defined]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.lists(st.tuples(st.integers(-1, 4), st.integers(-1, 4), st.sampled_from(["", "a", "bc"])), max_size=5),
        max_size=6,
    )
)
def test_build_table_is_rectangular_and_spans_point_at_cells(rows: list[list[tuple[int, int, str]]]) -> None:
    """Every cell of a built table lies inside the grid, and its span covers its text."""
    raw = [
        [RawCell(text, 10 * r + c, rowspan=rs, colspan=cs) for c, (rs, cs, text) in enumerate(row)]
        for r, row in enumerate(rows)
    ]
    table = build_table(raw, span_start=0, span_end=100)
    if not any(rows):
        assert table is None
        return
    assert table is not None
    assert table.n_rows == sum(1 for row in rows if row)
    for cell in table.cells:
        assert cell.row + cell.rowspan <= table.n_rows
        assert cell.col + cell.colspan <= table.n_cols
        assert (cell.span is None) == (cell.text == "")
        if cell.span is not None:
            assert cell.span.end - cell.span.start == len(cell.text)
    assert all(len(row) == table.n_cols for row in table.grid())


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(
            st.tuples(st.integers(-1, 4), st.integers(-1, 300), st.sampled_from(["", "a", "bc"]), st.booleans()),
            max_size=5,
        ),
        max_size=6,
    )
)
def test_flat_rows_build_the_table_cell_tuples_build(rows: list[list[tuple[int, int, str, bool]]]) -> None:
    """The HTML reader's flat rows (a row's cell fields in one list) make the same table as rows of cells."""
    raw = [
        [RawCell(text, 10 * r + c, rowspan=rs, colspan=cs, header=h) for c, (rs, cs, text, h) in enumerate(row)]
        for r, row in enumerate(rows)
    ]
    flat: list[FlatRow] = [[field for cell in row for field in cell] for row in raw]
    assert build_flat_table(flat, span_start=3, span_end=90) == build_table(raw, span_start=3, span_end=90)


@given(st.text(alphabet=" \t\n\r\f\u3000\u00a0\u2028甲a", max_size=12))
def test_collapse_equals_the_regex(data: str) -> None:
    """_collapse gives what the white-space regex gives, on any mix of spaces."""
    assert _collapse(data) == _WS.sub(" ", data)


def _span_by_regex(value: str | None) -> int:
    if not value:
        return 1
    digits = _DIGITS.match(value)
    return int(digits.group(1)) if digits else 1


@given(st.one_of(st.none(), st.text(alphabet="0123456789０３٣² \tx-", max_size=9)))
def test_span_attr_fast_path_equals_the_regex(value: str | None) -> None:
    """Reading a plain number without the regex gives the regex's value (full-width and other digits too)."""
    assert _span_attr(value) == _span_by_regex(value)


def test_cells_with_inline_markup_comments_and_entities_read_as_their_events() -> None:
    """A cell's text taken in one call equals the per-event walk for inline markup, comments and entities."""
    cells = [
        "a<!-- c -->b",
        "<span>1</span> <b>2</b>",
        " <font>x</font>\n<em>y</em> ",
        "&nbsp;3&amp;4&nbsp;",
        "\u3000５\u3000",
        "<img alt=x>7<input value=8>",
        "<a href=#>甲</a><u>乙</u>",
        "1<br>2",
        "<p>1</p><p>2</p>",
        "<textarea>t  u</textarea>",
        "<select><option>o1<option>o2</select>",
    ]
    page = "<html><body><table><tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table></body></html>"
    fast, slow = html_to_text(page), html_to_text(page, shortcuts=False)
    assert fast.text == slow.text
    assert fast.tables == slow.tables
    assert fast.tables[0].grid()[0][:4] == ["ab", "1 2", "x y", "3&4"]


_NAMES = "|".join(sorted(_VOID | _AUTOCLOSE, key=len, reverse=True))
_PLAIN_DEPTH_TAG = re.compile(r"<(/?)(?!(?:" + _NAMES + r")[\s/>])[a-zA-Z]")
_PLAIN_DEPTH_TAG_I = re.compile(r"<(/?)(?!(?:" + _NAMES + r")[\s/>])[a-zA-Z]", re.I | re.A)
_TAG_BITS = ["<", "</", " ", ">", "/", "x", "X", "1", *sorted(_VOID | _AUTOCLOSE), "div", "pre", "bases", "tdx"]
_TAG_BITS += ["TD", "tD", "Div", "dIV", "BR", "bR"]


def _plain_depth(markup: str) -> int:
    """Nesting depth with a plain alternation of names, re.I whenever a tag name has an upper-case letter."""
    upper = re.search(r"<[a-z0-9/]*[A-Z]", markup)
    depth = best = 0
    for slash in (_PLAIN_DEPTH_TAG_I if upper else _PLAIN_DEPTH_TAG).findall(markup):
        depth = max(depth + (-1 if slash else 1), 0)
        best = max(best, depth)
    return best


@given(st.lists(st.sampled_from(_TAG_BITS), max_size=30).map("".join))
def test_depth_scan_counts_what_the_plain_alternation_counts(markup: str) -> None:
    """The one-scan trie pattern (with its upper-case flag) gives the depth of the plain two-pass reference."""
    assert nesting_depth(markup) == _plain_depth(markup)


def _share_by_characters(text: str, view: str) -> tuple[int, int]:
    """CJK characters of *text*, and those the view changes, counted one by one (the reference)."""
    cjk = sum(1 for a in text if _is_cjk(a))
    changed = sum(1 for a, b in zip(text, view, strict=False) if a != b and _is_cjk(a))
    return cjk, changed


@given(
    st.text(alphabet="國報發开公a1，。 \n\u3400\uf900\U00020000", max_size=40),
    st.text(alphabet="国报发开公a1,. ", max_size=40),
)
def test_language_share_counts_every_changed_cjk_character(text: str, view: str) -> None:
    """Comparing whole CJK runs gives the share a character-by-character count gives, for any view."""
    cjk, changed = _share_by_characters(text, view)
    assert detect_language(text, view)[1] == (changed / cjk if cjk else 0.0)
    simple = matching_view(text)
    cjk, changed = _share_by_characters(text, simple)
    assert detect_language(text, simple)[1] == (changed / cjk if cjk else 0.0)


def _text_by_emit(builder: _Builder, data: str) -> None:
    """``_Builder.text`` as first written, through ``_newline`` and ``_emit`` (the reference of the inlined one)."""
    if builder.skip or not data:
        return
    if builder.pre:
        data = data.replace("\r\n", "\n").replace("\r", "\n")
        if builder.break_pending:
            builder._newline()
        builder._emit(data)
        return
    collapsed = _collapse(data)
    core = collapsed.strip(" ")
    if not core:
        builder.space = True
        return
    if builder.tables and builder.cell is None and not builder.tables[-1].layout and not builder.row_open:
        builder.break_pending = True
    if builder.break_pending:
        builder._newline()
    elif (builder.space or collapsed[0] == " ") and not builder.bol and not builder._cell_empty():
        builder._emit(" ")
    builder._emit(core)
    builder.space = collapsed[-1] == " "


_EVENT = st.one_of(
    st.tuples(st.just("text"), st.text(alphabet=" \t\n\r\u3000\u00a0\u2028\x0b甲a", max_size=6)),
    st.tuples(st.just("start"), st.sampled_from(["p", "br", "table", "tr", "td", "pre", "script", "span"])),
    st.tuples(st.just("end"), st.sampled_from(["p", "br", "table", "tr", "td", "pre", "script", "span"])),
    st.tuples(st.just("block"), st.just("")),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_EVENT, max_size=25))
def test_inlined_builder_text_equals_the_emit_path(events: list[tuple[str, str]]) -> None:
    """The inlined text writer leaves the builder exactly as the _newline/_emit version does."""
    fast, slow = _Builder(), _Builder()
    for kind, arg in events:
        for builder in (fast, slow):
            if kind == "start":
                builder.start(arg, {})
            elif kind == "end":
                builder.end(arg)
            elif kind == "block":
                builder.block()
        if kind == "text":
            fast.text(arg)
            _text_by_emit(slow, arg)
        state = (fast.out, fast.pos, fast.bol, fast.space, fast.break_pending)
        assert state == (slow.out, slow.pos, slow.bol, slow.space, slow.break_pending)
    assert fast.finish()[0] == slow.finish()[0]


_CELL_BITS = [
    "",
    " ",
    "\n ",
    "\t",
    "&nbsp;",
    "\u3000",
    "甲",
    "12",
    "a b",
    "x  y",
    "|",
    " | ",
    "&amp;",
    "&lt;",
    "<!-- c -->",
    "<span>s</span>",
    "<b> </b>",
    "<br>",
    "<p>p</p>",
    "<script>z</script>",
]
_CELL_ATTRS = ["", ' rowspan="2"', ' colspan="3"', " colspan=2", ' rowspan="0"', ' colspan=" 2"', ' class="nav"']
_BETWEEN = st.sampled_from(["", "", " ", "\n", "\n\t", "<!-- r -->", "<!--r-->", "<script>s</script>", "x"])
_TABLE_CELL = st.builds(
    lambda tag, attrs, bits: f"<{tag}{attrs}>{''.join(bits)}</{tag}>",
    st.sampled_from(["td", "td", "th"]),
    st.sampled_from(_CELL_ATTRS),
    st.lists(st.sampled_from(_CELL_BITS), max_size=3),
)


def _row(attrs: str, cells: list[str], gaps: list[str]) -> str:
    """A row: its cells with white space, comments, a script or stray text before, between and after them."""
    return f"<tr{attrs}>" + "".join(g + c for g, c in zip(gaps, cells, strict=False)) + gaps[-1] + "</tr>"


_TABLE_ROW = st.builds(
    _row,
    st.sampled_from(["", ' class="r"', ' id="footer"']),
    st.lists(_TABLE_CELL, max_size=5),
    st.lists(_BETWEEN, min_size=6, max_size=6),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TABLE_ROW, max_size=6), st.integers(0, 3), _BETWEEN, st.booleans())
def test_whole_rows_read_as_their_events(rows: list[str], n_head: int, gap: str, layout: bool) -> None:
    """Data rows read whole (empty, white-space, entity, inline, comment, merged, th cells) equal the event walk."""
    head = "".join(rows[:n_head])
    body = gap.join(rows[n_head:])
    table = f"<table>{'<thead>' + head + '</thead>' if head else ''}{gap}<tbody>{body}</tbody></table>"
    if layout:
        table = f"<table><tr><td>{table}</td></tr></table>"
    page = f"<html><body><p>前</p>{table}<p>後</p></body></html>"
    fast, slow = html_to_text(page), html_to_text(page, shortcuts=False)
    assert fast.text == slow.text
    assert fast.tables == slow.tables
    assert fast.regions == slow.regions


def test_whole_row_reads_plain_rows_and_leaves_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain rows (merged and th cells too) are read whole; rows with a comment or white space to collapse are not."""
    taken: list[bool] = []
    whole_row = _Builder.whole_row

    def spy(self: _Builder, tr: object, cells: object) -> bool:
        taken.append(whole_row(self, tr, cells))  # type: ignore[arg-type]
        return taken[-1]

    monkeypatch.setattr(_Builder, "whole_row", spy)
    rows = [
        '<tr><td>1</td><td colspan="2">甲</td><th>x</th><td></td></tr>',
        "<tr>\n <td>a b</td>\n</tr>",
        "<tr><td>1</td><!-- c --><td>2</td></tr>",
        "<tr><td>&nbsp;1</td></tr>",
        "<tr><td>1 </td></tr>",
    ]
    page = f"<html><body><table>{''.join(rows)}</table></body></html>"
    result = html_to_text(page)
    assert taken == [True, True, False, False, False]
    assert result.text == "1 | 甲 | x | \na b\n1 | 2\n\xa01\n1"
    assert result.tables == html_to_text(page, shortcuts=False).tables
