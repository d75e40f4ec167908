"""Lossless JSON, schema validation and SchemaError."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings

import govdisclosure as gd
from tests.conftest import SHARED_DOCS, needs_shared
from tests.strategies import reports

VALIDATOR = jsonschema.Draft202012Validator(gd.json_schema())


@settings(max_examples=20)
@given(reports)
def test_round_trip_generated_reports(report: gd.Report) -> None:
    """loads(dumps(r)) == r and from_dict(to_dict(r)) == r for generated reports; output fits the schema."""
    assert gd.loads(gd.dumps(report)) == report
    data = gd.to_dict(report)
    assert gd.from_dict(data) == report
    VALIDATOR.validate(json.loads(gd.dumps(report)))


@needs_shared
@pytest.mark.parametrize("path", SHARED_DOCS, ids=lambda p: p.stem)
def test_round_trip_shared_documents(path: Path) -> None:
    """Every shared document parses, round-trips and validates against the JSON Schema."""
    report = gd.parse_file(path)
    text = gd.dumps(report)
    assert gd.loads(text) == report
    VALIDATOR.validate(json.loads(text))


def test_decimal_kept_exactly() -> None:
    """Decimal figures survive JSON as strings, integers stay integers."""
    cell = gd.Cell(value=Decimal("96171.6"), raw="96171.6")
    report = gd.Report(active_disclosure=gd.ActiveDisclosure(admin_fees_10k_yuan=cell))
    data = json.loads(gd.dumps(report))
    assert data["active_disclosure"]["admin_fees_10k_yuan"]["value"] == "96171.6"
    assert gd.loads(gd.dumps(report)) == report
    report2 = gd.Report(year=2024)
    assert json.loads(gd.dumps(report2))["year"] == 2024


def test_schema_version_present() -> None:
    """Serialized reports carry schema_version."""
    assert gd.to_dict(gd.Report())["schema_version"] == gd.SCHEMA_VERSION


def test_schema_error_has_path() -> None:
    """An invalid field is reported with its JSON path."""
    data = gd.to_dict(gd.Report())
    data["year"] = "nineteen"
    with pytest.raises(gd.SchemaError) as info:
        gd.from_dict(data)
    assert any("$.year" in e for e in info.value.errors)


@pytest.mark.parametrize(
    "payload",
    ["not json", "[]", json.dumps({"schema_version": "99.0"}), json.dumps({"schema_version": "1.0", "bogus": 1})],
)
def test_schema_error_on_bad_json(payload: str) -> None:
    """Anything that is not a report raises SchemaError (a ValueError)."""
    with pytest.raises(gd.SchemaError):
        gd.loads(payload)
