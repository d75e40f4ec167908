"""Lossless JSON for :class:`~govdisclosure.model.Report` through one private cattrs converter.

``loads(dumps(r)) == r`` for every report.  Integers stay JSON integers;
:class:`~decimal.Decimal` figures are written as strings (``"96171.6"``) so no
digit is lost to floating point; dates are ISO strings.
"""

from __future__ import annotations

import functools
import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import cattrs
from cattrs.errors import BaseValidationError

from govdisclosure.errors import SchemaError
from govdisclosure.model import SCHEMA_VERSION, Report

__all__ = ["dumps", "from_dict", "loads", "make_converter", "to_dict"]

_DECIMAL_TEXT = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")
Number = int | Decimal


def _structure_decimal(value: object, _: object) -> Decimal:
    if isinstance(value, str) and _DECIMAL_TEXT.fullmatch(value):
        try:
            return Decimal(value)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid text
            pass
    msg = f"expected a decimal number as a string, got {value!r}"
    raise ValueError(msg)


def _structure_number(value: object, _: object) -> Number:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return _structure_decimal(value, Decimal)


def _structure_date(value: object, _: object) -> date:
    if isinstance(value, str):
        return date.fromisoformat(value)
    msg = f"expected an ISO date string, got {value!r}"
    raise ValueError(msg)


def _structure_str(value: object, _: object) -> str:
    if isinstance(value, str):
        return value
    msg = f"expected a string, got {type(value).__name__}"
    raise ValueError(msg)


def _structure_int(value: object, _: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    msg = f"expected an integer, got {value!r}"
    raise ValueError(msg)


def make_converter() -> cattrs.Converter:
    """Build the converter used by :func:`dumps` and :func:`loads` (never the global one)."""
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_structure_hook(date, _structure_date)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(Number, _structure_number)
    conv.register_structure_hook(Number | None, lambda v, _: None if v is None else _structure_number(v, Number))
    return conv


@functools.cache
def _converter() -> cattrs.Converter:
    return make_converter()


def to_dict(report: Report) -> dict[str, Any]:
    """Return *report* as JSON-compatible builtins (with ``schema_version``)."""
    data: dict[str, Any] = _converter().unstructure(report)
    return data


def from_dict(data: object) -> Report:
    """Build a :class:`Report` from :func:`to_dict` output; :class:`SchemaError` if it is not one."""
    if not isinstance(data, dict):
        msg = f"a report must be a JSON object, not {type(data).__name__}"
        raise SchemaError(msg, ("expected an object @ $",))
    version = data.get("schema_version")
    if not isinstance(version, str) or version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        msg = f"unsupported schema_version {version!r} (this library writes {SCHEMA_VERSION})"
        raise SchemaError(msg, (f"unsupported value {version!r} @ $.schema_version",))
    try:
        return _converter().structure(data, Report)
    except BaseValidationError as exc:
        errors = tuple(cattrs.transform_error(exc))
        msg = "invalid report JSON"
        raise SchemaError(msg, errors) from exc
    except (TypeError, ValueError, KeyError) as exc:  # pragma: no cover - defensive
        msg = f"invalid report JSON: {exc}"
        raise SchemaError(msg, (f"{exc} @ $",)) from exc


def dumps(report: Report, *, indent: int | None = None) -> str:
    """Serialize *report* to a JSON string (UTF-8 text, non-ASCII kept)."""
    return json.dumps(to_dict(report), ensure_ascii=False, indent=indent)


def loads(s: str | bytes) -> Report:
    """Parse JSON written by :func:`dumps` back into an equal :class:`Report`."""
    try:
        data = json.loads(s)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        msg = f"not JSON: {exc}"
        raise SchemaError(msg, (f"{exc} @ $",)) from exc
    return from_dict(data)
