"""The row reader's fast paths (its own grid, one-pass first figure) agree with the plain definitions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.extract.cells import is_value_text
from govdisclosure.extract.rows import _fill_grid, _first_value, table_rows
from govdisclosure.ingest.document import Table, TableCell
from govdisclosure.model import Span

_cell = st.tuples(
    st.integers(0, 4),
    st.integers(0, 4),
    st.integers(1, 3),
    st.integers(1, 3),
    st.sampled_from(["", " ", "规章", "5", "/", "1", "属于国家秘密"]),
)


@settings(max_examples=150)
@given(st.lists(_cell, max_size=14), st.integers(1, 5), st.integers(1, 5))
def test_grid_and_rows_match_the_table_grid(
    specs: list[tuple[int, int, int, int, str]], n_rows: int, n_cols: int
) -> None:
    """The row reader's grid equals Table.cell_grid(), merges and overlaps included."""
    cells = tuple(
        TableCell(text=t, row=r, col=c, rowspan=rs, colspan=cs, span=Span(start=0, end=len(t)) if t else None)
        for r, c, rs, cs, t in specs
    )
    table = Table(cells=cells, n_rows=n_rows, n_cols=n_cols, span=Span(start=0, end=1))
    assert _fill_grid(table) == table.cell_grid()
    assert [[id(c) for c in row] for row in _fill_grid(table)] == [[id(c) for c in row] for row in table.cell_grid()]
    rows = table_rows(table)
    assert [r.texts for r in rows] == [
        tuple((c, cell.text) for c, cell in _distinct_plain(row) if cell.text.strip()) for row in table.cell_grid()
    ]


def _distinct_plain(row: list[TableCell | None]) -> list[tuple[int, TableCell]]:
    seen: set[int] = set()
    out: list[tuple[int, TableCell]] = []
    for col, cell in enumerate(row):
        if cell is not None and id(cell) not in seen:
            seen.add(id(cell))
            out.append((col, cell))
    return out


def _plain_first_value(texts: list[str]) -> int:
    n = len(texts)
    next_is_value: list[bool | None] = [None] * (n + 1)
    for i in range(n - 1, -1, -1):
        next_is_value[i] = is_value_text(texts[i]) if texts[i].strip() else next_is_value[i + 1]
    for i in range(n):
        if texts[i].strip() and is_value_text(texts[i]) and next_is_value[i + 1] is not False:
            return i
    return n


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["", " ", "1", "12", "/", "规章", "属于国家秘密", "（一）"]), max_size=9))
def test_first_value_matches_the_two_pass_definition(texts: list[str]) -> None:
    """The one-pass first-figure index equals the plain two-pass definition."""
    printed = [bool(t.strip()) for t in texts]
    assert _first_value(texts, printed) == _plain_first_value(texts)
