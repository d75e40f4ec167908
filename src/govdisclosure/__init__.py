"""govdisclosure: Chinese government information-disclosure documents as exact, checked data.

>>> import govdisclosure as gd
>>> report = gd.parse("一、总体情况\\n本年共收到申请3件。")
>>> gd.loads(gd.dumps(report)) == report
True
"""

from __future__ import annotations

import typing as _typing

from govdisclosure.errors import GovDisclosureError, InputError, MissingExtraError, ParseError, SchemaError
from govdisclosure.model import (
    SCHEMA_VERSION,
    ActiveDisclosure,
    ApplicantCounts,
    ApplicationStats,
    Approximation,
    Cell,
    CellKind,
    ChannelCounts,
    Contact,
    Contacts,
    DateValue,
    Diagnostic,
    DocumentKind,
    DocumentNumber,
    KeyAreaDisclosure,
    LabelledQuantity,
    Language,
    LegacyRow,
    MetaField,
    NoiseKind,
    NoiseSpan,
    Origin,
    OutcomeCounts,
    Period,
    Quantity,
    Report,
    ReviewLitigation,
    Section,
    SectionKind,
    ServiceHallMetrics,
    Severity,
    SourceInfo,
    Span,
    Template,
    TextValue,
    WorkTask,
)
from govdisclosure.parse import parse, parse_file, parse_text
from govdisclosure.serialize import dumps, from_dict, json_schema, loads, to_dict
from govdisclosure.serialize.dataframe import to_dataframe
from govdisclosure.serialize.rows import to_rows

if _typing.TYPE_CHECKING:
    __version__: str


def __getattr__(name: str) -> str:
    """``__version__``, read from the package metadata on first use (importlib.metadata is slow to import)."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

        try:
            value = version("govdisclosure")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
            value = "0.0.0+unknown"
        globals()["__version__"] = value
        return value
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


__all__ = [
    "SCHEMA_VERSION",
    "ActiveDisclosure",
    "ApplicantCounts",
    "ApplicationStats",
    "Approximation",
    "Cell",
    "CellKind",
    "ChannelCounts",
    "Contact",
    "Contacts",
    "DateValue",
    "Diagnostic",
    "DocumentKind",
    "DocumentNumber",
    "GovDisclosureError",
    "InputError",
    "KeyAreaDisclosure",
    "LabelledQuantity",
    "Language",
    "LegacyRow",
    "MetaField",
    "MissingExtraError",
    "NoiseKind",
    "NoiseSpan",
    "Origin",
    "OutcomeCounts",
    "ParseError",
    "Period",
    "Quantity",
    "Report",
    "ReviewLitigation",
    "SchemaError",
    "Section",
    "SectionKind",
    "ServiceHallMetrics",
    "Severity",
    "SourceInfo",
    "Span",
    "Template",
    "TextValue",
    "WorkTask",
    "__version__",
    "dumps",
    "from_dict",
    "json_schema",
    "loads",
    "parse",
    "parse_file",
    "parse_text",
    "to_dataframe",
    "to_dict",
    "to_rows",
]
