"""Markdown to readable text: headings without ``#``, pipe tables as grids, links as their text.

Only what a reader of the rendered page sees is kept: the ``|---|`` separator
row of a pipe table disappears, a table row becomes one line with cells
joined by ``" | "``, ``[text](url)`` becomes ``text``.  Work is line by line
with bounded patterns.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, NamedTuple

from govdisclosure.ingest.grid import RawCell, build_table

if TYPE_CHECKING:
    from govdisclosure.ingest.document import Table

__all__ = ["MarkdownResult", "looks_like_markdown", "markdown_to_text"]

_SEPARATOR: Final = re.compile(r" {0,3}\|? ?:?-{3,}:? ?(?:\| ?:?-{3,}:? ?){0,200}\|? ?")
_HEADING: Final = re.compile(r" {0,3}#{1,6}[ \t]+")
_HEADING_TAIL: Final = re.compile(r"[ \t]+#+[ \t]*$")
_IMAGE: Final = re.compile(r"!\[([^\[\]\n]{0,300})\]\([^()\n]{0,500}\)")
_LINK: Final = re.compile(r"\[([^\[\]\n]{1,300})\]\([^()\n]{0,500}\)")
_STRONG: Final = re.compile(r"\*\*|__")
_CELL_SPLIT: Final = re.compile(r"(?<!\\)\|")


class MarkdownResult(NamedTuple):
    """Rendered text and its pipe tables."""

    text: str
    tables: tuple[Table, ...]


def looks_like_markdown(text: str) -> bool:
    """Whether *text* is Markdown: a pipe table with a separator row, or two ATX headings.

    >>> looks_like_markdown("| a | b |\\n|---|---|\\n| 1 | 2 |")
    True
    >>> looks_like_markdown("一、总体情况\\n正文。")
    False
    """
    headings = 0
    for line in text[:65536].split("\n"):
        if "-" in line and "|" in line and _SEPARATOR.fullmatch(line.rstrip()):
            return True
        if _HEADING.match(line):
            headings += 1
    return headings >= 2


def _inline(line: str) -> str:
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    return _STRONG.sub("", line)


def _cells(line: str) -> list[str]:
    body = line.strip()
    body = body.removeprefix("|")
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [c.strip().replace("\\|", "|") for c in _CELL_SPLIT.split(body)]


def markdown_to_text(source: str) -> MarkdownResult:
    """Render *source* as text and read its pipe tables.

    >>> r = markdown_to_text("# 标题\\n\\n| 项目 | 数量 |\\n|---|---|\\n| 收到 | 3 |")
    >>> r.text
    '标题\\n\\n项目 | 数量\\n收到 | 3'
    >>> r.tables[0].grid()
    [['项目', '数量'], ['收到', '3']]
    """
    lines = source.split("\n")
    out: list[str] = []
    pos = 0
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if "|" in line and "-" in nxt and _SEPARATOR.fullmatch(nxt.rstrip()):
            start = pos
            rows: list[list[RawCell]] = []
            j = i
            while j < len(lines) and "|" in lines[j]:
                if j == i + 1:  # the separator row is not seen by a reader
                    j += 1
                    continue
                row: list[RawCell] = []
                parts: list[str] = []
                col_pos = pos
                for k, cell in enumerate(_cells(_inline(lines[j]))):
                    if k:
                        parts.append(" | ")
                        col_pos += 3
                    row.append(RawCell(text=cell, start=col_pos, header=j == i))
                    parts.append(cell)
                    col_pos += len(cell)
                rendered = "".join(parts)
                out.append(rendered)
                pos += len(rendered) + 1
                rows.append(row)
                j += 1
            built = build_table(rows, span_start=start, span_end=max(pos - 1, start), shape="markdown")
            if built is not None:
                tables.append(built)
            i = j
            continue
        m = _HEADING.match(line)
        rendered = _HEADING_TAIL.sub("", line[m.end() :]) if m else line
        rendered = _inline(rendered)
        out.append(rendered)
        pos += len(rendered) + 1
        i += 1
    return MarkdownResult("\n".join(out), tuple(tables))
