"""The fast paths of the flat-table finders agree with the plain per-line definitions.

Each prefilter (one regex scan instead of a look at every line) must never drop a line the
plain per-line test accepts; each rewritten helper must return what its plain version did.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.ingest.flat_grid import Line, LineIndex, trim
from govdisclosure.ingest.flat_pipe import _ALIGN_RE, _segments, classify_lines
from govdisclosure.ingest.flat_rows import ValueRows, parse_value_row
from govdisclosure.ingest.flat_sep import _SEPARATOR_LINE, _separated_row, has_separator
from govdisclosure.ingest.flat_tokens import MAX_CELLS_PER_LINE, is_value
from govdisclosure.normalize.text import fold_width

# Fragments that make lines of every kind: labels, figures, placeholders, pipes, separators.
_PIECES = [
    "规章",
    "信息内容",
    "行政 许可",
    "0",
    "12",
    "1,234",
    "3.5",
    "减4",
    "+7",
    "35%",
    "12件",
    "/",
    "—",
    "无",
    "-",
    "|",
    "｜",
    "---",
    ":",
    " ",
    "  ",
    "\t",
    "\u3000",
    "\u00a0",
    "\r",
    "。",
    "，",
    "- 5 -",
]
line_text = st.lists(st.sampled_from(_PIECES), max_size=10).map("".join)
doc_text = st.lists(line_text, max_size=12).map("\n".join)


def _plain_split(text: str) -> list[Line]:
    lines: list[Line] = []
    start = 0
    for number, part in enumerate(text.split("\n")):
        end = start + len(part)
        lines.append(Line(number, start, end - 1 if part.endswith("\r") else end))
        start = end + 1
    return lines


def _plain_kind(view: str, line: Line) -> str:
    s, e = line.start, line.end
    bars = view.count("|", s, e)
    if bars == 0:
        return "B" if s == e or view[s:e].isspace() else "T"
    if bars > MAX_CELLS_PER_LINE:
        return "X"
    content = view[s:e].strip()
    if bars == len(content) or not content.replace("|", "").strip():
        return "O"
    if bars == 1:
        return "C" if content.endswith("|") else "P"
    return "A" if _ALIGN_RE.fullmatch(content) else "P"


def _plain_segments(view: str, start: int, end: int) -> list[tuple[int, int] | None]:
    out: list[tuple[int, int] | None] = []
    pos = start
    while True:
        bar = view.find("|", pos, end)
        if bar < 0:
            out.append(trim(view, pos, end))
            return out
        out.append(trim(view, pos, bar))
        pos = bar + 1


@settings(max_examples=150)
@given(doc_text)
def test_line_index_and_kinds_match_the_plain_split(text: str) -> None:
    """LineIndex gives the lines a plain split gives, and classify_lines the per-line kinds."""
    view = text.replace("｜", "|")
    index = LineIndex(view)
    plain = _plain_split(view)
    assert index.between(0, len(index)) == plain
    assert [index[k] for k in range(len(index))] == plain
    assert classify_lines(index.parts) == [_plain_kind(view, ln) for ln in plain]


@settings(max_examples=150)
@given(line_text)
def test_segments_match_a_find_loop(line: str) -> None:
    """Splitting a line at its pipes gives the trimmed ranges a find() loop gives."""
    assert _segments(line, 0, len(line)) == _plain_segments(line, 0, len(line))


@settings(max_examples=200)
@given(doc_text)
def test_prefilters_keep_every_row_the_line_tests_accept(text: str) -> None:
    """Value-line, value-row and separator prefilters never drop a line the full line tests accept."""
    view = fold_width(text)
    index = LineIndex(view)
    maybe = ValueRows(view, index).candidates()
    cue_lines = {_line_of(index, m.start()) for m in _SEPARATOR_LINE.finditer(text)}
    for k in range(len(index)):
        line = index[k]
        if parse_value_row(view, line) is not None or is_value(view[line.start : line.end].strip()):
            assert k in maybe
        if _separated_row(text, view, line) is not None:
            assert k in cue_lines
            assert has_separator(text[line.start : line.end].lstrip())


def _line_of(index: LineIndex, pos: int) -> int:
    return max(k for k in range(len(index)) if index.starts[k] <= pos)


def test_separator_regex_finds_one_match_per_line() -> None:
    """The separator scan yields at most one match per line, however many separators it holds."""
    text = "a  b\u3000c\td\n\u3000\u3000prose\nplain"
    assert [m.start() for m in _SEPARATOR_LINE.finditer(text)] == [1, 9]
    assert re.search("\n", "".join(m.group() for m in _SEPARATOR_LINE.finditer(text))) is None
