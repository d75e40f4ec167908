"""Adversarial inputs: each parses (or raises InputError) quickly and keeps the report invariants.

Inputs that scale (1 MB of one character, 100 000 sections or cells) are
checked for linearity: the time for the input is compared with the time for a
quarter of it, which holds on a slow or loaded machine.  They run at a tenth
of the size named in the issue by default and at full size under the
``slow`` marker.  Fixed inputs (nesting, encodings, PDFs …) assert a generous
sanity bound (``BOUND``).  The speed figures themselves are measured by
``benchmarks/throughput.py`` and recorded in ``docs/performance.md``.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable, Iterator

import attrs
import pytest

import govdisclosure as gd
from govdisclosure.model import Origin, Report, Span

#: Seconds; a sanity bound for the fixed-size inputs, not a benchmark (the target is < 1 s where feasible).
BOUND = 5.0
#: Scaled inputs: 4x the input may take at most LINEAR times as long (plus SLACK seconds of timer noise) ...
LINEAR = 6.0
SLACK = 0.25
#: ... and never more than HANG seconds.
HANG = 120.0
MB = 1_000_000


_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = tuple(f.name for f in attrs.fields(cls) if f.name != "text") if attrs.has(cls) else ()
        _FIELDS[cls] = names
    return names


def walk(obj: object, path: str = "$") -> Iterator[tuple[str, object]]:
    """Every attrs object inside *obj* (tuples followed), with a JSON-like path."""
    names = _field_names(type(obj))
    if names:
        yield path, obj
        for name in names:
            value = getattr(obj, name)
            if value is not None and not isinstance(value, str | int):
                yield from walk(value, f"{path}.{name}")
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from walk(item, f"{path}[{i}]")


def check_invariants(report: Report) -> None:
    """Sections tile the text; every span is inside it; every printed value's span text contains its raw text."""
    text = report.text
    pos = 0
    for i, section in enumerate(report.sections):
        assert section.span.start == pos, f"section {i} starts at {section.span.start}, expected {pos}"
        pos = section.span.end
    assert pos == len(text), f"sections end at {pos}, text has {len(text)} characters"
    for path, obj in walk(report):
        for name in ("span", "label_span", "heading_span", "body_span", "year_span"):
            span = getattr(obj, name, None)
            if isinstance(span, Span):
                assert span.end <= len(text), f"{path}.{name} {span} is outside the text ({len(text)})"
        span, raw = getattr(obj, "span", None), getattr(obj, "raw", None)
        # A derived figure (computed by the library) has a formula as its raw text.
        if isinstance(span, Span) and isinstance(raw, str) and getattr(obj, "origin", None) is not Origin.DERIVED:
            assert raw in span.slice(text), f"{path}: raw {raw!r} not in span text {span.slice(text)!r}"


def parse_checked(source: str | bytes) -> tuple[Report | None, float]:
    """Parse *source*; InputError is accepted (None); returns the report and the CPU seconds taken.

    CPU time of this process, not wall time: other jobs on a shared machine must not fail the check.
    """
    start = time.process_time()
    try:
        report = gd.parse(source)
    except gd.InputError:
        return None, time.process_time() - start
    elapsed = time.process_time() - start
    check_invariants(report)
    return report, elapsed


def _sized(unit: str, size: int) -> str:
    """*unit* repeated to about *size* UTF-8 bytes."""
    return unit * max(1, size // len(unit.encode("utf-8")))


def _sections(n: int) -> str:
    styles = ("{}、总体情况", "（{}）主动公开", "{}.依申请公开", "({})平台建设")
    numerals = "一二三四五六七八九十"
    return "\n".join(styles[i % 4].format(numerals[i % 10] if i % 4 < 2 else i % 97 + 1) for i in range(n)) + "\n"


def _html_cells(n: int) -> str:
    row = "<tr>" + "".join(f"<td>{i}</td>" for i in range(10)) + "</tr>"
    return "<html><body><p>三、收到和处理政府信息公开申请情况</p><table>" + row * (n // 10) + "</table></body></html>"


def _pipe_cells(n: int) -> str:
    rows = ("| 行政许可 | " + " | ".join(str(j + i) for j in range(9)) + " |\n" for i in range(n // 10))
    return "二、主动公开政府信息情况\n" + "".join(rows)


#: Adversarial inputs that scale: name -> (builder of the input at size n, n as the issue specifies it).
SCALED: dict[str, tuple[Callable[[int], str | bytes], int]] = {
    "megabyte_of_digits": (lambda n: "1234567890" * (n // 10), MB),
    "megabyte_of_full_width_digits_as_bytes": (lambda n: _sized("１２３", n).encode("utf-8"), MB),
    "megabyte_of_yi": (lambda n: _sized("一", n), MB),
    "megabyte_of_bracketed_numbers": (lambda n: _sized("（一）", n), MB),
    "megabyte_of_bracketed_numbers_on_lines": (lambda n: _sized("（一）\n", n), MB),
    "megabyte_of_pipes": (lambda n: "|" * n, MB),
    "megabyte_of_pipe_lines": (lambda n: _sized("|||\n", n), MB),
    "one_megabyte_line": (lambda n: _sized("本年共收到政府信息公开申请3件，办结率100%，主动公开信息1,234条；", n), MB),
    "hundred_thousand_one_line_sections": (_sections, 100_000),
    "hundred_thousand_html_table_cells": (_html_cells, 100_000),
    "hundred_thousand_pipe_table_cells": (_pipe_cells, 100_000),
    "hundred_thousand_cells_one_per_line": (
        lambda n: "信息内容 |\n" + "".join(f"{i % 1000} |\n" for i in range(n)),
        100_000,
    ),
}


@pytest.mark.parametrize("scale", [pytest.param(0.1, id="tenth"), pytest.param(1.0, id="full", marks=pytest.mark.slow)])
@pytest.mark.parametrize("name", list(SCALED))
def test_scaled_adversarial_input(name: str, scale: float) -> None:
    """The input parses (or raises InputError) with the invariants, and 4x the input takes at most ~4x the time.

    ``full`` is the size the issue names (1 MB, 100 000 sections or cells);
    ``tenth`` runs by default, ``full`` is marked slow.  The check is the
    ratio to a quarter-size run, so it holds on a slow or loaded machine.
    """
    make, full = SCALED[name]
    n = int(full * scale)
    _, quarter = parse_checked(make(n // 4))
    _, seconds = parse_checked(make(n))
    assert seconds < HANG
    assert seconds <= LINEAR * quarter + SLACK, f"{seconds:.2f} s for 4x the input that took {quarter:.2f} s"


def test_deeply_nested_html() -> None:
    """10 000 levels of nested <div> parse quickly."""
    depth = 10_000
    html = "<html><body>" + "<div>" * depth + "<p>一、总体情况</p><p>收到申请3件。</p>" + "</div>" * depth
    report, seconds = parse_checked(html + "</body></html>")
    assert seconds < BOUND
    assert report is None or "收到申请3件" in report.text


def test_deeply_nested_unclosed_html() -> None:
    """10 000 unclosed <span><b> tags parse quickly."""
    _, seconds = parse_checked("<html><body>" + "<span><b>正文" * 10_000)
    assert seconds < BOUND


def test_deeply_nested_tables() -> None:
    """Tables nested 10 000 deep (a table in every cell) parse quickly."""
    depth = 10_000
    html = "<html><body>" + "<table><tr><td>1" * depth + "</td></tr></table>" * depth + "</body></html>"
    _, seconds = parse_checked(html)
    assert seconds < BOUND


def test_huge_rowspan_and_colspan() -> None:
    """rowspan=65535 and colspan=65535 cells do not blow up the grid."""
    html = (
        "<html><body><table>"
        '<tr><td rowspan="65535">规章</td><td colspan="65535">1</td><td>2</td></tr>'
        "<tr><td>3</td><td>4</td></tr>"
        '<tr><td rowspan="99999999999">x</td><td colspan="-5">5</td><td rowspan="abc">6</td></tr>'
        "</table></body></html>"
    )
    _, seconds = parse_checked(html)
    assert seconds < 1.0


def test_many_huge_rowspans() -> None:
    """A thousand cells each with rowspan=65535 parse quickly."""
    html = "<table>" + "<tr>" + '<td rowspan="65535">1</td>' * 1000 + "</tr>" * 10 + "</table>"
    _, seconds = parse_checked("<html><body>" + html + "</body></html>")
    assert seconds < BOUND


def test_mixed_encodings() -> None:
    """UTF-8, GBK and Big5 pieces in one byte string decode to something (or InputError)."""
    data = (
        "一、总体情况\n本年共收到申请3件。\n".encode()
        + "二、主动公开政府信息情况\n主动公开信息120条。\n".encode("gbk")
        + "三、收到和處理政府信息公開申請情況\n".encode("big5")
        + "四、政府信息公开行政复议、行政诉讼情况\n".encode("utf-16-le")
    )
    _, seconds = parse_checked(data)
    assert seconds < BOUND


@pytest.mark.parametrize("codec", ["utf-8", "gbk", "gb18030", "big5", "utf-16"])
def test_truncated_multibyte(codec: str) -> None:
    """A document cut in the middle of a multibyte character parses (the cut character is lost)."""
    text = "一、总体情况\n本年共收到政府信息公开申请3件，均已按时答复。\n" * 50
    probe = "政府信息公开申请3件"
    if codec == "big5":  # Big5 has only traditional characters
        text, probe = "一、總體情況\n本年共收到政府資訊公開申請3件，均已按時答覆。\n" * 50, "政府資訊公開申請3件"
    data = text.encode(codec)
    for cut in (1, 2, 3):
        report, seconds = parse_checked(data[:-cut])
        assert seconds < BOUND
        if report is not None and codec != "utf-16":
            assert probe in report.text, f"cut {cut}: the text was not decoded as {codec}"


@pytest.mark.parametrize("shift", [0, 1])
def test_long_big5_document_sampled_inside_a_character(shift: int) -> None:
    """A Big5 document over 64 KB decodes as Big5 wherever the detector's sample ends (inside a character too)."""
    text = "一、總體情況\n本年共收到政府資訊公開申請3件，均已按時答覆。\n" * 2000
    report, seconds = parse_checked(b"x" * shift + text.encode("big5"))
    assert seconds < BOUND
    assert report is not None
    assert "政府資訊公開申請3件" in report.text


def test_gbk_declared_as_utf8() -> None:
    """GBK bytes inside an HTML page that declares UTF-8 still parse."""
    body = "<p>一、总体情况</p><p>本年共收到申请3件。</p>".encode("gbk")
    data = b'<html><head><meta charset="utf-8"></head><body>' + body + b"</body></html>"
    _, seconds = parse_checked(data)
    assert seconds < BOUND


def test_nul_and_control_characters() -> None:
    """Text sprinkled with NUL and control characters parses or raises InputError."""
    text = "一、总体情况\x00\x01本年\x1b共收到申请3件。\x7f\n" * 1000
    _, seconds = parse_checked(text)
    assert seconds < BOUND
    _, seconds = parse_checked(text.encode("utf-8"))
    assert seconds < BOUND


def test_lone_surrogates_and_private_use() -> None:
    """Lone surrogates, private-use and non-BMP characters in a str do not crash."""
    _, seconds = parse_checked("一、总体情况\ud800\udfff\ue000𠀀共收到申请3件。\n" * 100)
    assert seconds < BOUND


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\nthis is not really a pdf\n%%EOF\n",
        b"%PDF-",
        b"%PDF-1.7\n" + b"\x00\xff" * 5000,
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
    ],
    ids=["text-body", "magic-only", "binary-body", "broken-xref"],
)
def test_pdf_that_is_not_a_pdf(data: bytes) -> None:
    """Bytes that start like a PDF but are not one raise InputError or parse, nothing else."""
    if importlib.util.find_spec("pypdfium2") is None and importlib.util.find_spec("pdfplumber") is None:
        pytest.skip("the pdf extra is not installed")
    _, seconds = parse_checked(data)
    assert seconds < BOUND


def test_empty_and_blank_inputs_raise_input_error() -> None:
    """Empty or blank input is an InputError, not any other exception."""
    for source in ("", "   \n\t", b"", b"\x00\x00", "<html></html>"):
        try:
            gd.parse(source)
        except gd.InputError:
            continue


def test_random_bytes_raise_only_input_error() -> None:
    """Pseudo-random bytes raise InputError or parse."""
    import random

    rng = random.Random(7)
    for _ in range(20):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 5000)))
        _, seconds = parse_checked(data)
        assert seconds < BOUND
