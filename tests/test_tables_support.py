"""Builders of synthetic tables and documents for the table tests (plus tests of the builders)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from govdisclosure.ingest.document import Document, Table, TableCell
from govdisclosure.model import Span
from govdisclosure.normalize.text import matching_view

#: A cell spec: text, or (text, rowspan, colspan); ``None`` marks a position a merge covers.
CellSpec = str | tuple[str, int, int] | None


def build_table(rows: Sequence[Sequence[CellSpec]], *, shape: str = "html", start: int = 0) -> tuple[Table, str]:
    """A :class:`Table` from rows of cell specs, and the text its cell spans point into.

    The text is the cells joined with `` | `` and line breaks, starting at
    offset *start* of the returned text (which is padded with spaces).
    """
    parts: list[str] = [" " * start]
    pos = start
    cells: list[TableCell] = []
    n_cols = 0
    for r, row in enumerate(rows):
        c = 0
        for spec in row:
            if spec is None:
                c += 1
                continue
            text, rowspan, colspan = (spec, 1, 1) if isinstance(spec, str) else spec
            span = Span(start=pos, end=pos + len(text)) if text else None
            cells.append(TableCell(text=text, row=r, col=c, rowspan=rowspan, colspan=colspan, span=span))
            parts.append(text + " | ")
            pos += len(text) + 3
            c += 1
        n_cols = max(n_cols, c)
        parts.append("\n")
        pos += 1
    text = "".join(parts)
    table = Table(
        cells=tuple(cells), n_rows=len(rows), n_cols=n_cols, span=Span(start=start, end=len(text)), shape=shape
    )
    return table, text


def flat_rows(lines: Sequence[str], *, shape: str = "flat_rows") -> tuple[Table, str]:
    """A table in the flattened shape: each line is ``label n1 n2 …`` (label may be empty)."""
    rows: list[list[CellSpec]] = []
    for line in lines:
        tokens = line.split(" ")
        nums: list[str] = []
        while tokens and _is_num(tokens[-1]):
            nums.insert(0, tokens.pop())
        label = " ".join(tokens)
        row: list[CellSpec] = [label] if label else []
        rows.append(row + list(nums))
    return build_table(rows, shape=shape)


def _is_num(token: str) -> bool:
    t = token.lstrip("+-")
    return bool(t) and t.replace(".", "", 1).replace(",", "").isdigit()


def make_document(text: str, tables: Sequence[Table]) -> Document:
    """A :class:`Document` with *text* and the given tables."""
    data = text.encode("utf-8")
    return Document(
        text=text,
        view=matching_view(text),
        format="text",
        encoding="utf-8",
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        tables=tuple(tables),
    )


def test_build_table_spans_point_at_cell_text() -> None:
    """Every cell span of a built table covers its text."""
    table, text = build_table([["a", ("bc", 1, 2), None], ["1", "2", "3"]])
    for cell in table.cells:
        assert cell.span is not None
        assert text[cell.span.start : cell.span.end] == cell.text
    assert table.grid()[0] == ["a", "bc", "bc"]


def test_flat_rows_split_label_and_numbers() -> None:
    """A flattened line becomes a label cell followed by number cells."""
    table, _ = flat_rows(["规章 1 0 11", "72 64"])
    assert table.grid() == [["规章", "1", "0", "11"], ["72", "64", "", ""]]
