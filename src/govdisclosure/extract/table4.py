"""Table 四 (政府信息公开行政复议、行政诉讼情况): three blocks × five outcomes.

Columns are mapped by their header path (block label above outcome label).
When the header cannot be read, a row of exactly fifteen figures under a
header that names 行政复议 and 行政诉讼 is read in the form's fixed order
(行政复议, 未经复议直接起诉, 复议后起诉; each 结果维持, 结果纠正, 其他结果,
尚未审结, 总计) with a GD208 note; three labelled rows of five figures are
read by their block labels.  The text just above a grid (its *caption*: the
chapter title and header lines a flattening left outside the grid) counts as
header context, and a grid per block (five outcome columns, one row of
figures) is read when its caption names the block.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import attrs

from govdisclosure import diagnostics
from govdisclosure.extract.cells import parse_cell, sum_cells
from govdisclosure.extract.rows import Row, Value, header_keys, keyed, with_rows
from govdisclosure.ingest.document import Table
from govdisclosure.lexicon.labels import entries_for
from govdisclosure.model import Cell, CellKind, Diagnostic, Origin, OutcomeCounts, ReviewLitigation

__all__ = ["BLOCKS", "OUTCOMES", "extract_table4"]

#: Blocks in the form's order.
BLOCKS: Final = ("review", "litigation_direct", "litigation_after_review")
#: Outcome columns of each block in the form's order.
OUTCOMES: Final = ("maintained", "corrected", "other", "pending", "total")
# PDF text can wrap every header word onto its own row (three blocks × five labels).
_MAX_HEADER_ROWS: Final = 40


def _block_of(key: str) -> str | None:
    for entry in entries_for("四"):
        if "*" in entry.field:
            continue
        if any(v in key for v in entry.variants):
            return entry.field.split(".", 1)[1]
    return None


def _outcome_of(key: str) -> str | None:
    for entry in entries_for("四"):
        if "*" not in entry.field:
            continue
        if any(v in key for v in entry.variants):
            return entry.field.rsplit(".", 1)[1]
    return None


def _is_table4(text: str) -> bool:
    return "复议" in text and ("诉讼" in text or "起诉" in text) and ("维持" in text or "纠正" in text)


def _names_blocks(text: str) -> bool:
    """Whether *text* names all three blocks (outcome words may be unreadable, e.g. printed vertically)."""
    return "行政复议" in text and ("未经复议" in text or "直接起诉" in text) and "复议后起诉" in text


def _names_chapter(text: str) -> bool:
    """Whether *text* names table 四's chapter (行政复议 and 行政诉讼) without its column words."""
    return "行政复议" in text and "行政诉讼" in text


def _balanced(values: Sequence[Value]) -> bool:
    """Whether fifteen printed numbers form three blocks whose four outcomes sum to their 总计.

    Under a bare chapter heading the figures alone must confirm the form's order.
    """
    cells = [parse_cell(v.text) for v in values]
    if len(cells) != 15 or any(c.kind is not CellKind.NUMBER for c in cells):
        return False
    return all(sum_cells(list(cells[i : i + 4])) == cells[i + 4].value for i in range(0, 15, 5))


def _column_map(table: Table, rows: list[Row], data: Row) -> dict[int, tuple[str, str]] | None:
    start = data.index
    while start > 0 and not rows[start - 1].filled and start > data.index - _MAX_HEADER_ROWS:
        start -= 1
    if start == data.index:
        return None
    mapping: dict[int, tuple[str, str]] = {}
    for col, keys in header_keys(table, range(start, data.index)).items():
        block = next((b for k in keys if (b := _block_of(k)) is not None), None)
        outcome = _outcome_of(keys[-1]) if keys else None
        if block is not None and outcome is not None:
            mapping[col] = (block, outcome)
    pairs = list(mapping.values())
    value_cols = {v.col for v in data.values}
    if len(pairs) != 15 or len(set(pairs)) != 15 or not set(mapping) <= value_cols:
        return None
    return mapping


def _blocks(cells: dict[tuple[str, str], Cell]) -> tuple[dict[str, OutcomeCounts], bool]:
    out: dict[str, OutcomeCounts] = {}
    derived = False
    for block in BLOCKS:
        parts = {o: cells[(block, o)] for o in OUTCOMES if (block, o) in cells}
        if not parts:
            continue
        total = parts.get("total")
        if total is not None and total.kind is CellKind.BLANK:
            value = sum_cells([parts.get(o) for o in OUTCOMES[:-1]])
            if value is not None:
                parts["total"] = Cell(value=value, raw="", origin=Origin.DERIVED, label=total.label)
                derived = True
        out[block] = OutcomeCounts(**parts)
    return out, derived


def _cells_in_order(values: Sequence[Value], blocks: Sequence[str], label: str) -> dict[tuple[str, str], Cell]:
    out: dict[tuple[str, str], Cell] = {}
    it = iter(values)
    for block in blocks:
        for outcome in OUTCOMES:
            v = next(it)
            out[(block, outcome)] = parse_cell(v.text, span=v.span, label=f"{label}{block}/{outcome}")
    return out


def extract_table4(
    tables: Sequence[Table], rows: Sequence[list[Row]] | None = None, captions: Sequence[str] | None = None
) -> tuple[ReviewLitigation | None, tuple[Diagnostic, ...]]:
    """Read table 四 from the first of *tables* that holds it (``None`` when none does).

    *captions* (one per table, may be empty) is the text printed just above each
    grid; it serves as header context for that grid.
    """
    paired = with_rows(tables, rows)
    caps = list(captions) if captions is not None else [""] * len(paired)
    for (table, table_rows_), caption in zip(paired, caps, strict=True):
        result = _from_table(table, table_rows_, keyed(caption)[0])
        if result is not None:
            return result
    return _per_block(paired, caps)


def _context(rows: list[Row], row: Row) -> str:
    """Header text above *row* (rows without figures) plus its own label."""
    parts = [row.key]
    i = row.index - 1
    while i >= 0 and not rows[i].filled and i >= row.index - _MAX_HEADER_ROWS:
        parts.append("".join(t for _, t in rows[i].texts))
        i -= 1
    return "".join(parts)


def _from_table(
    table: Table, rows: list[Row], caption: str = ""
) -> tuple[ReviewLitigation | None, tuple[Diagnostic, ...]] | None:
    path = "review_litigation"
    diags: list[Diagnostic] = []
    cells: dict[tuple[str, str], Cell] | None = None
    for row in rows:
        filled = row.filled
        if len(filled) < 5:
            continue
        context = _context(rows, row) + (caption if row.index == _first_filled(rows) else "")
        if not _is_table4(context) and not (
            len(filled) == 15 and (_names_blocks(context) or (_names_chapter(context) and _balanced(filled)))
        ):
            continue
        by_col = _column_map(table, rows, row)
        if by_col is not None:
            cells = {}
            for v in row.values:
                if v.col in by_col:
                    block, outcome = by_col[v.col]
                    cells[(block, outcome)] = parse_cell(v.text, span=v.span, label=f"{block}/{outcome}")
            break
        values = row.values if len(row.values) == 15 else filled
        if len(values) == 15:
            cells = _cells_in_order(values, BLOCKS, "")
            diags.append(
                diagnostics.make(
                    "GD208",
                    "table 四: fifteen figures read in the form's fixed order (行政复议, 未经复议直接起诉, "
                    "复议后起诉 × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计)",
                    span=table.span,
                    path=path,
                )
            )
            break
    if cells is None:
        cells = _labelled_blocks(rows, diags, table)
    if cells is None:
        return None
    return _result(cells, diags)


def _result(
    cells: dict[tuple[str, str], Cell], diags: list[Diagnostic]
) -> tuple[ReviewLitigation | None, tuple[Diagnostic, ...]]:
    path = "review_litigation"
    blocks, derived = _blocks(cells)
    if derived:
        diags.append(diagnostics.make("GD203", "table 四: a blank 总计 was derived from its printed parts", path=path))
    if any(c.kind is CellKind.PLACEHOLDER for c in cells.values()):
        diags.append(diagnostics.make("GD205", "table 四: placeholder cells are not counted as zero", path=path))
    changes: dict[str, Any] = dict(blocks)
    return attrs.evolve(ReviewLitigation(), **changes), tuple(diags)


def _first_filled(rows: list[Row]) -> int:
    """Index of the first row holding a figure (the caption sits above it)."""
    return next((r.index for r in rows if r.filled), -1)


# The caption line naming a block is at most this far (in characters) above its grid.
_MAX_BLOCK_CAPTION: Final = 40


def _per_block(
    paired: list[tuple[Table, list[Row]]], captions: Sequence[str]
) -> tuple[ReviewLitigation | None, tuple[Diagnostic, ...]]:
    """Table 四 printed as one small grid per block: the caption's last line names the block.

    A grid qualifies when its header maps all five outcome columns and exactly one
    row below it holds figures.
    """
    cells: dict[tuple[str, str], Cell] = {}
    for (table, rows), caption in zip(paired, captions, strict=True):
        lines = [ln for ln in caption.splitlines() if ln.strip()]
        if not lines or len(lines[-1]) > _MAX_BLOCK_CAPTION:
            continue
        block = _block_of(keyed(lines[-1])[0])
        data = [r for r in rows if r.filled]
        if block is None or len(data) != 1 or any(b == block for b, _ in cells):
            continue
        by_outcome = _outcome_columns(table, rows, data[0])
        if by_outcome is None:
            continue
        for v in data[0].values:
            if v.col in by_outcome:
                outcome = by_outcome[v.col]
                cells[(block, outcome)] = parse_cell(v.text, span=v.span, label=f"{block}/{outcome}")
    if not cells:
        return None, ()
    return _result(cells, [])


def _outcome_columns(table: Table, rows: list[Row], data: Row) -> dict[int, str] | None:
    """Grid columns of the five outcomes, from the header rows above *data* (all five, once each)."""
    if data.index == 0 or rows[data.index - 1].filled:
        return None
    mapping: dict[int, str] = {}
    for col, keys in header_keys(table, range(0, data.index)).items():
        outcome = _outcome_of(keys[-1]) if keys else None
        if outcome is not None:
            mapping[col] = outcome
    value_cols = {v.col for v in data.filled}
    if sorted(mapping.values()) != sorted(OUTCOMES) or set(mapping) != value_cols:
        return None
    return mapping


def _labelled_blocks(rows: list[Row], diags: list[Diagnostic], table: Table) -> dict[tuple[str, str], Cell] | None:
    """Three rows of five figures, each labelled with its block (a transposed layout)."""
    found: dict[str, Row] = {}
    for row in rows:
        if len(row.filled) != 5 or not row.key:
            continue
        block = _block_of(row.key)
        if block is not None and block not in found:
            found[block] = row
    if len(found) < 2 or not _is_table4("".join(r.key for r in rows) + "维持"):
        return None
    if any(_block_of(r.key) in found and r not in found.values() and len(r.filled) == 5 for r in rows):
        return None
    diags.append(
        diagnostics.make(
            "GD208",
            "table 四: each block row read in the form's outcome order (结果维持, 结果纠正, 其他结果, 尚未审结, 总计)",
            span=table.span,
            path="review_litigation",
        )
    )
    out: dict[tuple[str, str], Cell] = {}
    for block, row in found.items():
        out.update(_cells_in_order(row.filled, (block,), ""))
    return out


def merge_review(base: ReviewLitigation, found: ReviewLitigation) -> ReviewLitigation:
    """*base* with the table 四 blocks of *found* (table fields only)."""
    return attrs.evolve(
        base,
        review=found.review,
        litigation_direct=found.litigation_direct,
        litigation_after_review=found.litigation_after_review,
    )
