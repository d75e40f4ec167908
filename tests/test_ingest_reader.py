"""Ingest: decoding, format detection, limits and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.errors import InputError
from govdisclosure.ingest import DEFAULT_MAX_BYTES, Document, read
from govdisclosure.model import Language

BODY = "某某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本年度共收到申请十二件，均已按时答复。\n"


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "gb18030", "gbk", "gb2312", "utf-16"])
def test_decodes_simplified_encodings(codec: str) -> None:
    """Simplified text in every common encoding decodes back exactly."""
    doc = read(BODY.encode(codec))
    assert doc.text == BODY
    assert doc.encoding is not None


def test_decodes_big5_as_traditional() -> None:
    """Big5 bytes decode as Big5 and the document is zh-Hant."""
    hant = "某某縣人民政府2020年政府信息公開工作年度報告\n一、總體情況\n本機關全年共受理申請十二件，均依法予以答覆。\n"
    doc = read(hant.encode("big5"))
    assert doc.encoding == "big5"
    assert doc.text == hant
    assert doc.language is Language.HANT
    assert "GD009" in {d.code for d in doc.diagnostics}
    assert doc.view.startswith("某某县人民政府2020年政府信息公开工作年度报告")


def test_bom_less_utf16_is_found() -> None:
    """UTF-16 without a byte-order mark is found by the detector."""
    doc = read((BODY * 3).encode("utf-16-le"))
    assert doc.text == BODY * 3
    assert doc.encoding is not None
    assert doc.encoding.replace("_", "-").startswith("utf-16")


def test_declared_charset_is_only_a_hint() -> None:
    """UTF-8 bytes in a page declaring GBK decode as UTF-8 (GD002)."""
    page = f'<html><head><meta charset="gbk"></head><body><p>{BODY}</p></body></html>'
    doc = read(page.encode("utf-8"))
    assert doc.encoding == "utf-8"
    assert "总体情况" in doc.text
    assert "GD002" in {d.code for d in doc.diagnostics}


def test_declared_charset_is_used_when_it_decodes() -> None:
    """A GBK page declaring GBK reads as GB18030 (a superset)."""
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    page = f"<html><head>{meta}</head><body><p>{BODY}</p></body></html>"
    doc = read(page.encode("gbk"))
    assert doc.encoding == "gb18030"
    assert "本年度共收到申请十二件" in doc.text


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x00" * 4096, "NUL"),
        (b"PK\x03\x04" + b"\x00" * 100, "ZIP"),
        (bytes(range(32)) * 50, "binary"),
    ],
)
def test_bad_input_raises_input_error(data: bytes, words: str) -> None:
    """Empty, NUL-filled, archive and binary input raise InputError with a clear message."""
    with pytest.raises(InputError, match=words):
        read(data)


def test_size_limit_for_bytes_text_and_paths(tmp_path: Path) -> None:
    """max_bytes applies to bytes, str and paths (a path is checked before it is read)."""
    big = ("年" * 400).encode()
    with pytest.raises(InputError, match="limit"):
        read(big, max_bytes=1000)
    with pytest.raises(InputError, match="limit"):
        read("年" * 400, max_bytes=1000)
    path = tmp_path / "big.txt"
    path.write_bytes(big)
    with pytest.raises(InputError, match="limit"):
        read(path, max_bytes=1000)
    assert read(path).path == str(path)
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024


def test_format_from_content_not_name(tmp_path: Path) -> None:
    """An HTML page saved as .txt is HTML; a text with one stray tag is text."""
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><body><p>甲</p><p>乙</p></body></html>", encoding="utf-8")
    assert read(path).format == "html"
    doc = read('<tbody id="k"></tbody>\n正文第一行。\n')
    assert doc.format == "text"
    assert doc.text.startswith("<tbody")


def test_text_keeps_what_is_printed() -> None:
    """Text input keeps full-width characters; line ends are unified; the view is folded."""
    doc = read("（一）收到申请１２件\r\n第二行\r第三行")
    assert doc.text == "（一）收到申请１２件\n第二行\n第三行"
    assert doc.view == "(一)收到申请12件\n第二行\n第三行"
    assert len(doc.view) == len(doc.text)
    assert doc.sha256
    assert doc.size == len("（一）收到申请１２件\r\n第二行\r第三行".encode())


def test_markdown_tables_and_text() -> None:
    """Markdown pipe tables become grids with spans into the rendered text."""
    md = (
        "# 年度报告\n\n说明文字。\n\n| 项目 | 本年新收 | 总计 |\n| --- | ---: | --- |\n"
        "| 自然人 | 3 | 3 |\n| 其他 |  | 0 |\n"
    )
    doc = read(md)
    assert doc.format == "markdown"
    assert doc.text.startswith("年度报告\n")
    assert "---" not in doc.text
    (table,) = doc.tables
    assert table.shape == "markdown"
    assert table.grid() == [["项目", "本年新收", "总计"], ["自然人", "3", "3"], ["其他", "", "0"]]
    for cell in table.cells:
        if cell.span is not None:
            assert doc.text[cell.span.start : cell.span.end] == cell.text


def test_str_and_bytes_give_the_same_document() -> None:
    """The same content as str and as UTF-8 bytes reads the same."""
    a, b = read(BODY), read(BODY.encode())
    assert (a.text, a.sha256, a.tables) == (b.text, b.sha256, b.tables)


def test_type_error_for_other_sources() -> None:
    """A source that is not str, bytes or a path is a TypeError."""
    with pytest.raises(TypeError):
        read(12)  # type: ignore[arg-type]


@settings(max_examples=150)
@given(st.binary(max_size=400))
def test_any_bytes_give_document_or_input_error(data: bytes) -> None:
    """Any byte string yields a Document or raises InputError, nothing else."""
    try:
        doc = read(data)
    except InputError:
        return
    assert isinstance(doc, Document)
    assert len(doc.view) == len(doc.text)
    for ns in doc.noise:
        assert doc.text[ns.span.start : ns.span.end] == ns.text


@settings(max_examples=100)
@given(st.text(max_size=300))
def test_any_text_gives_document_or_input_error(text: str) -> None:
    """Any string yields a Document or raises InputError, with spans inside the text."""
    try:
        doc = read(text)
    except InputError:
        return
    for table in doc.tables:
        for cell in table.cells:
            if cell.span is not None:
                assert doc.text[cell.span.start : cell.span.end] == cell.text
