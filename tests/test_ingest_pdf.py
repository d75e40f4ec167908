"""Ingest: PDF text layer behind the ``pdf`` extra."""

from __future__ import annotations

import io
import sys

import pytest

from govdisclosure.errors import InputError
from govdisclosure.ingest import read
from govdisclosure.model import NoiseKind


def _make_pdf(pages: list[list[str]]) -> bytes:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    cidfonts = pytest.importorskip("reportlab.pdfbase.cidfonts")
    pdfmetrics = pytest.importorskip("reportlab.pdfbase.pdfmetrics")
    pdfmetrics.registerFont(cidfonts.UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for lines in pages:
        c.setFont("STSong-Light", 12)
        y = 800
        for line in lines:
            c.drawString(60, y, line)
            y -= 20
        c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_text_layer_and_page_numbers() -> None:
    """A PDF is read from its text layer; page numbers at page edges are noise."""
    pytest.importorskip("pypdfium2")
    pages = [[f"第{n}部分 年度报告正文，共收到申请{n}件。", "其他说明文字。", f"- {n} -"] for n in range(1, 4)]
    doc = read(_make_pdf(pages))
    assert doc.format == "pdf"
    assert "第2部分 年度报告正文，共收到申请2件。" in doc.text
    numbers = [n.text for n in doc.noise if n.kind is NoiseKind.PAGE_NUMBER]
    assert numbers == ["- 1 -", "- 2 -", "- 3 -"]


def test_pdf_without_text_layer_is_an_input_error() -> None:
    """A PDF whose pages hold no text (a scan) raises InputError."""
    pytest.importorskip("pypdfium2")
    with pytest.raises(InputError, match="text layer"):
        read(_make_pdf([[]]))


def test_missing_extra_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pypdfium2 the error says how to install the pdf extra."""
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(InputError, match=r"pip install govdisclosure\[pdf\]"):
        read(b"%PDF-1.4\n%fake\n")


def test_broken_pdf_is_an_input_error() -> None:
    """Bytes that start like a PDF but are not one raise InputError."""
    pytest.importorskip("pypdfium2")
    with pytest.raises(InputError):
        read(b"%PDF-1.4\nthis is not a pdf at all\n")
