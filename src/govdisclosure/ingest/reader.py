"""Entry point of the ingest stage: ``read(source) -> Document``.

Steps: take bytes (from a path, bytes or text) under a size limit → decode
(:mod:`.encoding`) → detect the format from the content (PDF, HTML, Markdown,
plain text) → readable text and real tables (:mod:`.html`, :mod:`.markdown`,
:mod:`.pdf`) → tables that arrive flattened in text (:mod:`.flat`) → the
matching view → noise (:mod:`.noise`) → language (:mod:`.language`).
"""

from __future__ import annotations

import hashlib
import os
import re
from bisect import bisect_left
from itertools import accumulate
from pathlib import Path
from typing import Final

from govdisclosure import diagnostics
from govdisclosure._gcpause import paused_gc
from govdisclosure.errors import InputError
from govdisclosure.ingest.document import Document, Table
from govdisclosure.ingest.encoding import declared_charset, decode
from govdisclosure.ingest.flat import find_flat_tables
from govdisclosure.ingest.html import html_to_text, looks_like_html
from govdisclosure.ingest.language import detect_language
from govdisclosure.ingest.markdown import looks_like_markdown, markdown_to_text
from govdisclosure.ingest.noise import find_noise, merge_noise
from govdisclosure.ingest.pdf import is_pdf, pdf_to_text
from govdisclosure.model import Diagnostic, Language, NoiseKind, NoiseSpan, Span
from govdisclosure.normalize.text import matching_view

__all__ = ["DEFAULT_MAX_BYTES", "read"]

#: Default limit on the size of one input (bytes, or UTF-8 bytes of a ``str``): 50 MB.
DEFAULT_MAX_BYTES: Final = 50 * 1024 * 1024

_BINARY_SHARE: Final = 0.10
_SAMPLE: Final = 65536
# Magic numbers of formats we do not read (office files, archives, images).
_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    (b"PK\x03\x04", "a ZIP archive (DOCX/XLSX/OFD?)"),
    (b"\xd0\xcf\x11\xe0", "an OLE file (DOC/XLS/WPS?)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"{\\rtf", "an RTF file"),
)
# Largest HTML noise region (share of the text) taken from class/id names: a "nav"
# wrapper around the whole article must not swallow it.
_MAX_REGION_SHARE: Final = 0.25
_MAX_REGION: Final = 5000


def _check_bytes(data: bytes) -> None:
    if not data or not data.strip(b" \t\r\n\x0c\x0b"):
        msg = "input is empty"
        raise InputError(msg)
    if not data.strip(b"\x00"):
        msg = "input is NUL-filled (no text at all)"
        raise InputError(msg)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            msg = f"input is {what}, not a text, HTML, Markdown or PDF document"
            raise InputError(msg)


# Control characters other than white space, C1 controls and U+FFFD (a failed decode).
_BAD_CHARS: Final = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def _check_text(text: str) -> None:
    if not text.strip():
        msg = "input is empty (only white space)"
        raise InputError(msg)
    sample = text[:_SAMPLE]
    bad = len(_BAD_CHARS.findall(sample))
    if bad > _BINARY_SHARE * len(sample):
        msg = f"input looks binary or undecodable ({bad} of {len(sample)} characters are control or replacement)"
        raise InputError(msg)


def _source_bytes(
    source: str | bytes | os.PathLike[str], max_bytes: int
) -> tuple[bytes | None, str | None, str | None]:
    """(bytes, text, path) of *source*: exactly one of bytes and text is set."""
    if isinstance(source, os.PathLike):
        path = os.fspath(source)
        try:
            size = Path(path).stat().st_size
        except OSError as exc:
            msg = f"{path}: cannot read: {exc.strerror}"
            raise InputError(msg) from exc
        if size > max_bytes:
            msg = f"{path}: {size} bytes is over the limit of {max_bytes} bytes (max_bytes)"
            raise InputError(msg)
        return Path(path).read_bytes(), None, path
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), None, None
    if isinstance(source, str):
        return None, source, None
    msg = f"source must be str, bytes or os.PathLike, not {type(source).__name__}"  # type: ignore[unreachable]
    raise TypeError(msg)


def _flat_tables(text: str, real: tuple[Table, ...]) -> list[Table]:
    """Flattened tables in the stretches of *text* that no real table covers."""
    found: list[Table] = []
    pos = 0
    for table in sorted(real, key=lambda t: t.span.start):
        if table.span.start > pos:
            found.extend(find_flat_tables(text[pos : table.span.start], offset=pos))
        pos = max(pos, table.span.end)
    if pos < len(text):
        found.extend(find_flat_tables(text[pos:], offset=pos))
    return found


def _region_noise(
    text: str, regions: tuple[tuple[NoiseKind, int, int], ...], tables: tuple[Table, ...]
) -> list[NoiseSpan]:
    """Noise from HTML class/id names, kept only for small regions that hold no table."""
    out: list[NoiseSpan] = []
    limit = min(_MAX_REGION, int(len(text) * _MAX_REGION_SHARE))
    # A region overlaps a table iff, of the tables starting before it ends, one ends after it starts:
    # table starts sorted, with the running maximum of their ends (n log n, not regions x tables).
    spans = sorted((t.span.start, t.span.end) for t in tables)
    starts = [a for a, _ in spans]
    max_ends = list(accumulate((b for _, b in spans), max))
    for kind, first, last in regions:
        start, end = first, last
        while start < end and text[start] in " \n\t\u3000\u00a0":
            start += 1
        while end > start and text[end - 1] in " \n\t\u3000\u00a0":
            end -= 1
        if end <= start or end - start > limit:
            continue
        before = bisect_left(starts, end)  # tables with span.start < end
        if before and max_ends[before - 1] > start:
            continue
        out.append(NoiseSpan(kind=kind, span=Span(start=start, end=end), text=text[start:end]))
    return out


def read(
    source: str | bytes | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> Document:
    """Read *source* (text, bytes or a path) into a :class:`Document`.

    The format (PDF, HTML, Markdown, plain text) is detected from the content,
    never from a file name.  *encoding* forces the codec of byte input
    (otherwise: BOM, then UTF-8, then the declared charset as a hint, then a
    detector).  Raises :class:`~govdisclosure.errors.InputError` for empty,
    NUL-filled, binary, undecodable or over-limit input (*max_bytes*, default
    50 MB) and when a PDF arrives without the ``pdf`` extra installed.

    >>> doc = read("<html><body><p>当前位置:首页</p><p>某县报告</p></body></html>")
    >>> doc.format, doc.text, [n.kind.value for n in doc.noise]
    ('html', '当前位置:首页\\n某县报告', ['breadcrumb'])
    """
    with paused_gc():  # many small objects, no cycles: see govdisclosure._gcpause
        return _read(source, max_bytes=max_bytes, encoding=encoding)


def _read(source: str | bytes | os.PathLike[str], *, max_bytes: int, encoding: str | None) -> Document:
    data, text_in, path = _source_bytes(source, max_bytes)
    found: list[Diagnostic] = []
    enc: str | None = None
    pages: tuple[int, ...] = ()
    fmt: str
    utf8: bytes | None = None  # the input bytes when the text is exactly their UTF-8 decoding
    if data is not None:
        if len(data) > max_bytes:
            msg = f"input of {len(data)} bytes is over the limit of {max_bytes} bytes (max_bytes)"
            raise InputError(msg)
        _check_bytes(data)
        size = len(data)
        sha = hashlib.sha256(data).hexdigest()
        if is_pdf(data):
            pdf = pdf_to_text(data)
            raw, pages, fmt = pdf.text, pdf.pages, "pdf"
        else:
            if encoding is not None:
                try:
                    raw, enc = data.decode(encoding, errors="replace"), encoding
                except LookupError as exc:
                    msg = f"unknown encoding {encoding!r}"
                    raise InputError(msg) from exc
            else:
                decoded = decode(data, declared=declared_charset(data))
                raw, enc = decoded.text, decoded.encoding
                found.extend(decoded.diagnostics)
                if enc == "utf-8":  # decoded strictly, without a BOM (that reads as "utf-8-sig")
                    utf8 = data
            fmt = ""
    else:
        assert text_in is not None
        encoded = text_in.encode("utf-8", errors="surrogatepass")
        if len(encoded) > max_bytes:
            msg = f"input of {len(encoded)} bytes is over the limit of {max_bytes} bytes (max_bytes)"
            raise InputError(msg)
        size = len(encoded)
        sha = hashlib.sha256(encoded).hexdigest()
        raw, fmt = text_in, ""
    if raw.startswith("\ufeff"):
        raw, utf8 = raw[1:], None
    if "\r" in raw:  # a membership test is ~6x cheaper than two no-op replaces on a large page
        raw, utf8 = raw.replace("\r\n", "\n").replace("\r", "\n"), None
    _check_text(raw)
    real: tuple[Table, ...] = ()
    regions: tuple[tuple[NoiseKind, int, int], ...] = ()
    if fmt == "pdf":
        text = raw
    elif looks_like_html(raw):
        fmt = "html"
        html = html_to_text(raw, utf8=utf8)  # lexbor parses the bytes: no second encoding
        text, real, regions = html.text, html.tables, html.regions
        found.extend(html.diagnostics)
    elif looks_like_markdown(raw):
        fmt = "markdown"
        md = markdown_to_text(raw)
        text, real = md.text, md.tables
    else:
        fmt, text = "text", raw
    if not text.strip():
        msg = f"the {fmt} input has no readable text"
        raise InputError(msg)
    view = matching_view(text)
    flat = _flat_tables(text, real) if fmt != "html" else []
    for table in flat:
        found.append(diagnostics.make("GD007", f"flattened table ({table.shape}) rebuilt as a grid", span=table.span))
    tables = tuple(sorted((*real, *flat), key=lambda t: (t.span.start, t.span.end)))
    noise = find_noise(text, view, pages=pages)
    marked = _region_noise(text, regions, real)
    merged = tuple(merge_noise([*noise.noise, *marked], text))
    found.extend(noise.diagnostics)
    if marked:
        msg = f"{len(marked)} region(s) marked as noise by the page markup (nav, footer, breadcrumb, share)"
        found.append(diagnostics.make("GD004", msg, span=marked[0].span))
    language, share = detect_language(text, view)
    if language is Language.HANT:
        msg = f"traditional characters ({share:.0%} of CJK characters differ from simplified)"
        found.append(diagnostics.make("GD009", msg))
    return Document(
        text=text,
        view=view,
        format=fmt,
        encoding=enc,
        sha256=sha,
        size=size,
        language=language,
        tables=tables,
        noise=merged,
        diagnostics=tuple(found),
        path=path,
        metadata=noise.metadata,
    )
