"""govdisclosure: Chinese government information-disclosure documents as exact, checked data.

>>> import govdisclosure as gd
>>> report = gd.parse("一、总体情况\\n本年共收到申请3件。")
>>> gd.loads(gd.dumps(report)) == report
True
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version

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

try:
    __version__ = _version("govdisclosure")
except _PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0+unknown"

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
