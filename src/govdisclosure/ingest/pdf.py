"""PDF text layer, behind the ``pdf`` extra (pypdfium2).

Pages are joined with a line break; the offset where each page starts is
returned so the noise pass can find running headers and page numbers at page
edges.  A PDF without a text layer (a scan) is an :class:`InputError`: OCR is
out of scope.
"""

from __future__ import annotations

from typing import NamedTuple

from govdisclosure.errors import InputError

__all__ = ["PdfText", "is_pdf", "pdf_to_text"]

_EXTRA_HINT = "reading PDF needs the optional extra: pip install govdisclosure[pdf]"


class PdfText(NamedTuple):
    """Text of all pages and the offset where each page starts."""

    text: str
    pages: tuple[int, ...]


def is_pdf(data: bytes) -> bool:
    """Whether *data* is a PDF file (starts with ``%PDF-``, after white space).

    >>> is_pdf(b"%PDF-1.7\\n...")
    True
    >>> is_pdf("%PDF".encode() + b" is a word")
    False
    """
    return data[:1024].lstrip(b" \t\r\n\x00\x0c")[:5] == b"%PDF-"


def pdf_to_text(data: bytes) -> PdfText:
    """Extract the text layer of the PDF *data*, page by page.

    Raises :class:`InputError` when pypdfium2 is missing, the file is broken
    or encrypted, or no page has any text.
    """
    try:
        import pypdfium2 as pdfium  # noqa: PLC0415 - optional extra
    except ImportError as exc:
        raise InputError(_EXTRA_HINT) from exc
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = f"cannot open PDF: {exc}"
        raise InputError(msg) from exc
    parts: list[str] = []
    pages: list[int] = []
    pos = 0
    try:
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n").strip("\n")
            textpage.close()
            page.close()
            pages.append(pos)
            parts.append(text)
            pos += len(text) + 1
    finally:
        doc.close()
    joined = "\n".join(parts)
    if not joined.strip():
        msg = "the PDF has no text layer (a scan?); OCR is not supported"
        raise InputError(msg)
    return PdfText(joined, tuple(pages))
