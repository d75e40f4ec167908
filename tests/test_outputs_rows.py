"""The long format: to_rows() walks the whole model, one row per figure, columns defined once."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from decimal import Decimal

import attrs
from hypothesis import given, settings

import govdisclosure as gd
from govdisclosure.model import Cell, LabelledQuantity, Quantity, Report
from govdisclosure.serialize.rows import COLUMNS, column_names, format_value, to_rows
from tests.outputs_sample import SAMPLE_FIGURES, sample_report
from tests.strategies import reports


def _figures(obj: object) -> Iterator[Cell | Quantity]:
    """Every Cell and Quantity in *obj* (a LabelledQuantity counts once, as its quantity)."""
    if isinstance(obj, (Cell, Quantity)):
        yield obj
    elif isinstance(obj, LabelledQuantity):
        yield obj.quantity
    elif isinstance(obj, tuple):
        for item in obj:
            yield from _figures(item)
    elif attrs.has(cls := type(obj)):
        for f in attrs.fields(cls):
            yield from _figures(getattr(obj, f.name))


def test_columns_defined_once() -> None:
    """Column names are unique, typed, and every row has exactly those keys in that order."""
    names = column_names()
    assert len(set(names)) == len(names)
    assert {c.type for c in COLUMNS} <= {"str", "int", "decimal"}
    for row in to_rows(sample_report()):
        assert tuple(row) == names


def test_sample_rows() -> None:
    """The sample report gives one row per figure with the right path, row/column, origin and span."""
    report = sample_report()
    rows = to_rows(report)
    assert len(rows) == SAMPLE_FIGURES
    by_path = {r["field_path"]: r for r in rows}
    cell = by_path["applications.new_received.natural_person"]
    assert (cell["row"], cell["column"], cell["value"], cell["origin"]) == (
        "new_received",
        "natural_person",
        10,
        "table",
    )
    assert cell["label"] == "一、本年新收政府信息公开申请数量"
    assert cell["column_label"] == "自然人"
    assert cell["document_id"] == "ab" * 32
    assert (cell["organ"], cell["year"], cell["template"]) == ("样例区人民政府", 2022, "2021")
    assert by_path["review_litigation.review.total"]["origin"] == "derived"
    placeholder = by_path["active_disclosure.regulations_repealed"]
    assert (placeholder["value"], placeholder["cell_kind"], placeholder["raw"]) == (None, "placeholder", "/")
    fee = by_path["active_disclosure.admin_fees_10k_yuan"]
    assert fee["value"] == Decimal("1.5")
    assert fee["unit"] == "万元"
    hall = by_path["service_hall.windows[0]"]
    assert (hall["approximation"], hall["level"], hall["field"], hall["origin"]) == (
        "more_than",
        "county",
        "windows",
        "narrative",
    )
    assert by_path["key_areas[0].counts[0]"]["row"] == "budget"
    assert by_path["applications.legacy_rows[0].value"]["unit"] == "条"
    for row in rows:
        if row["span_start"] is not None:
            assert report.text[row["span_start"] : row["span_end"]] == row["raw"]


def test_every_cell_field_of_the_model_is_a_row() -> None:
    """Filling every Cell field of every grid yields exactly one row per field (the walk is generic)."""

    def filled(cls: type) -> object | None:
        hints = typing.get_type_hints(cls)
        kwargs: dict[str, object] = {}
        for f in attrs.fields(cls):
            tp = hints[f.name]
            if tp in (Cell, Cell | None):
                kwargs[f.name] = Cell(value=1, raw="1")
                continue
            inner = [a for a in typing.get_args(tp) if a is not type(None)] or [tp]
            if len(inner) == 1 and attrs.has(inner[0]) and (sub := filled(inner[0])) is not None:
                kwargs[f.name] = sub
        if not kwargs:
            return None
        try:
            return cls(**kwargs)  # type: ignore[no-any-return]
        except TypeError:  # required fields other than cells
            return None

    report = filled(Report)
    assert isinstance(report, Report)
    expected = sum(1 for _ in _figures(report))
    assert expected > 60
    assert len(to_rows(report)) == expected


@settings(max_examples=8)
@given(reports)
def test_rows_match_the_model(report: Report) -> None:
    """For any report, the rows are exactly its figures, in model order, with their values and raw text."""
    figures = list(_figures(report))
    rows = to_rows(report)
    assert len(rows) == len(figures)
    for row, fig in zip(rows, figures, strict=True):
        assert row["value"] == fig.value
        assert row["raw"] == fig.raw


def test_format_value_is_exact() -> None:
    """Decimals are written without exponent and without losing digits."""
    assert format_value(Decimal("96171.60")) == "96171.60"
    assert format_value(Decimal("1.2E+5")) == "120000"


def test_public_to_rows() -> None:
    """govdisclosure.to_rows is the same function."""
    assert gd.to_rows is to_rows
