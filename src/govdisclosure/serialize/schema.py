"""JSON Schema (Draft 2020-12) generated from the attrs model, so it cannot drift."""

from __future__ import annotations

import enum
import functools
import types
import typing
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from govdisclosure.model import SCHEMA_VERSION, Report

__all__ = ["json_schema"]

_DECIMAL = {"type": "string", "pattern": r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$"}


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        return {"anyOf": [_schema_for(a, defs) for a in args]}
    if origin is tuple:
        args = typing.get_args(tp)
        return {"type": "array", "items": _schema_for(args[0], defs)}
    if tp is type(None):
        return {"type": "null"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is str:
        return {"type": "string"}
    if tp is Decimal:
        return dict(_DECIMAL)
    if tp is date:
        return {"type": "string", "format": "date"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # reserve: recursive references
            hints = typing.get_type_hints(tp)
            props = {f.name: _schema_for(hints[f.name], defs) for f in attrs.fields(tp)}
            required = [f.name for f in attrs.fields(tp) if f.default is attrs.NOTHING]
            body: dict[str, Any] = {
                "type": "object",
                "properties": props,
                "additionalProperties": False,
            }
            if tp.__doc__:
                body["description"] = tp.__doc__.strip().split("\n", 1)[0]
            if required:
                body["required"] = required
            defs[name] = body
        return {"$ref": f"#/$defs/{name}"}
    msg = f"no JSON Schema mapping for {tp!r}"
    raise TypeError(msg)


@functools.cache
def _cached_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    root = _schema_for(Report, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://govdisclosure.readthedocs.io/schema/{SCHEMA_VERSION}/report.json",
        "title": "govdisclosure Report",
        **root,
        "$defs": defs,
    }


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of :func:`govdisclosure.dumps` output (a fresh copy)."""
    import copy  # noqa: PLC0415

    return copy.deepcopy(_cached_schema())
