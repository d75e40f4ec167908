"""Cell semantics: numbers, blanks, placeholders, units and signs; the row model."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.extract.cells import is_value_text, parse_cell
from govdisclosure.extract.rows import keyed, table_rows
from govdisclosure.lexicon.labels import normalize_label
from govdisclosure.model import CellKind
from tests.test_tables_support import build_table


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("0", CellKind.NUMBER, 0),
        ("１２", CellKind.NUMBER, 12),
        ("3,985,758", CellKind.NUMBER, 3985758),
        ("96171.6", CellKind.NUMBER, Decimal("96171.6")),
        ("-3", CellKind.NUMBER, -3),
        ("", CellKind.BLANK, None),
        ("  ", CellKind.BLANK, None),
        ("/", CellKind.PLACEHOLDER, None),
        ("—", CellKind.PLACEHOLDER, None),
        ("-", CellKind.PLACEHOLDER, None),
        ("无", CellKind.PLACEHOLDER, None),
        ("不适用", CellKind.PLACEHOLDER, None),
        ("约3", CellKind.INVALID, None),
        ("3（含）", CellKind.INVALID, None),
    ],
)
def test_cell_kinds(text: str, kind: CellKind, value: object) -> None:
    """Printed number, blank, placeholder and invalid text are distinct."""
    cell = parse_cell(text)
    assert cell.kind is kind
    assert cell.value == value


def test_units_in_cells() -> None:
    """Units printed in a cell are read off; the raw text is kept."""
    cell = parse_cell("12345元")
    assert (cell.value, cell.unit, cell.raw) == (12345, "元", "12345元")
    assert parse_cell("0.5万元").value == Decimal("0.5")


@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_integers_round_trip(n: int) -> None:
    """Any printed integer, with or without thousands separators, reads back exactly."""
    assert parse_cell(str(n)).value == n
    assert parse_cell(f"{n:,}").value == n
    assert is_value_text(f"{n:,}")


@given(st.text(alphabet="（四）无法提供\n -5第页共1", max_size=25))
def test_keyed_map_points_at_source_characters(text: str) -> None:
    """Every key character comes from the printed text at its mapped index."""
    key, idx = keyed(text)
    assert len(key) == len(idx)
    folded = normalize_label(text)
    for ch, i in zip(key, idx, strict=True):
        assert normalize_label(text[i]) in (ch, "")
    assert len(key) <= len(folded)


def test_row_value_region_keeps_columns() -> None:
    """A row's value region keeps blanks with their grid columns, merged cells once."""
    table, _ = build_table([[("三、本年度办理结果", 1, 2), None, "5", "", "/"]])
    (row,) = table_rows(table)
    assert row.key == "三、本年度办理结果"
    assert [(v.col, v.text) for v in row.values] == [(2, "5"), (3, ""), (4, "/")]
    assert [v.text for v in row.filled] == ["5", "/"]


def test_numbering_cell_split_off_its_label_stays_in_the_label() -> None:
    """``1 | 属于国家秘密 | 2 | 0`` reads the label ``1属于国家秘密`` and the figures 2, 0."""
    table, _ = build_table([["（三）不予公开", "1", "属于国家秘密", "2", "0"]])
    (row,) = table_rows(table)
    assert row.key == "(三)不予公开1属于国家秘密"
    assert [v.text for v in row.values] == ["2", "0"]


def test_change_cell_signed_with_zeng_jian() -> None:
    """A 本年增/减 cell written 减4 / 增3 is a signed figure, the raw text kept as printed."""
    down = parse_cell("减4")
    assert down.kind is CellKind.NUMBER
    assert down.value == -4
    assert down.raw == "减4"
    assert parse_cell("增3").value == 3
    assert parse_cell("减").kind is CellKind.INVALID
