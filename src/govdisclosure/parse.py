"""Orchestration: run the pipeline stages in one direction and assemble the Report."""

from __future__ import annotations

import os
from collections.abc import Callable

import attrs

from govdisclosure import structure
from govdisclosure._gcpause import paused_gc
from govdisclosure.errors import ParseError
from govdisclosure.extract.narrative import extract_narrative
from govdisclosure.extract.tables import extract_tables
from govdisclosure.extract.tasks import extract_tasks
from govdisclosure.ingest import DEFAULT_MAX_BYTES, Document, read
from govdisclosure.model import Report, Severity, SourceInfo
from govdisclosure.validate import validate

__all__ = ["parse", "parse_document", "parse_file", "parse_text"]

Stage = Callable[[Document, Report], Report]


def _stages() -> tuple[Stage, ...]:
    """The stages after ingest, in pipeline order (each fills its own fields)."""
    return (structure.analyze, extract_tables, extract_narrative, extract_tasks)


def parse_document(doc: Document, *, strict: bool = False) -> Report:
    """Run structure, extraction and validation over an ingested :class:`Document`.

    The cyclic garbage collector is paused meanwhile (see :mod:`govdisclosure._gcpause`).
    """
    with paused_gc():
        return _run_stages(doc, strict=strict)


def _run_stages(doc: Document, *, strict: bool) -> Report:
    report = Report(
        text=doc.text,
        language=doc.language,
        source=SourceInfo(
            format=doc.format,
            encoding=doc.encoding,
            sha256=doc.sha256,
            size=doc.size,
            path=doc.path,
        ),
        noise=doc.noise,
        diagnostics=doc.diagnostics,
    )
    for stage in _stages():
        report = stage(doc, report)
    report = attrs.evolve(report, diagnostics=report.diagnostics + validate(report))
    if strict:
        errors = tuple(d for d in report.diagnostics if d.severity is Severity.ERROR)
        if errors:
            raise ParseError(errors)
    return report


def parse(
    source: str | bytes | os.PathLike[str],
    *,
    strict: bool = False,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Report:
    """Parse a document into a :class:`~govdisclosure.model.Report`.

    A ``str`` is taken as the document's text (HTML or plain text), never as a
    file name: pass a :class:`pathlib.Path` (any ``os.PathLike``) for a file.
    ``bytes`` are decoded (UTF-8, GB18030/GBK, Big5, UTF-16 …; *encoding*
    forces one).  Raises :class:`~govdisclosure.errors.InputError` for
    unusable input and, with ``strict=True``,
    :class:`~govdisclosure.errors.ParseError` when any diagnostic has error
    severity.

    Python's cyclic garbage collector is paused while the document is parsed
    and restored afterwards (``GOVDISCLOSURE_KEEP_GC=1`` opts out; see the
    performance page of the docs).

    >>> r = parse("一、总体情况\\n本年共收到申请3件。")
    >>> r.top_sections()[0].heading
    '一、总体情况'
    """
    with paused_gc():
        doc = read(source, max_bytes=max_bytes, encoding=encoding)
        return parse_document(doc, strict=strict)


def parse_text(text: str, *, strict: bool = False, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Parse document text (plain text or HTML markup)."""
    if not isinstance(text, str):
        msg = f"parse_text() takes str, not {type(text).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    return parse(text, strict=strict, max_bytes=max_bytes)


def parse_file(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Report:
    """Parse the file at *path* (a ``str`` here is a path)."""
    from pathlib import Path  # noqa: PLC0415

    return parse(Path(path), strict=strict, encoding=encoding, max_bytes=max_bytes)
