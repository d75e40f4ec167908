"""Serialization of reports: lossless JSON, JSON Schema (and tabular outputs)."""

from __future__ import annotations

from govdisclosure.serialize.json import dumps, from_dict, loads, to_dict
from govdisclosure.serialize.schema import json_schema

__all__ = ["dumps", "from_dict", "json_schema", "loads", "to_dict"]
