"""Table 二 (主动公开政府信息情况) of the 2019 and 2021 forms.

The table is a run of blocks, each a header row (信息内容 and column labels)
and data rows (规章, 行政规范性文件, 行政许可 …).  A data row's label must
equal an official row label; each figure goes to the column whose header label
stands above it (grid shapes) or, when the header was flattened into the
text, to the header labels in order when the counts agree.  The field is the
row's prefix plus the column's suffix and must exist in that template
(:func:`govdisclosure.lexicon.labels.table2_cells`).  Header labels cut short
(``本年新 | 本年新``) are resolved by their place in the form's header order.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs
from attrs import frozen

from govdisclosure import diagnostics
from govdisclosure.extract.cells import parse_cell
from govdisclosure.extract.rows import Row, Value, with_rows
from govdisclosure.ingest.document import Table
from govdisclosure.lexicon.labels import LabelEntry, entries_for, normalize_label, table2_cells
from govdisclosure.model import ActiveDisclosure, Cell, CellKind, Diagnostic

__all__ = ["extract_table2"]

_LEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\)|\d{1,2}[.、])")
_TRAILING = re.compile(r"[:。.;,、]+$")


@frozen(kw_only=True)
class _Col:
    col: int | None
    entry: LabelEntry

    @property
    def suffix(self) -> str:
        return self.entry.field.split(".*_", 1)[1]


# The lookups below depend only on the lexicon and their argument: cached, for every
# header cell and row label of every table asks them.
@functools.cache
def _columns() -> tuple[LabelEntry, ...]:
    return tuple(e for e in entries_for("二") if ".*_" in e.field)


@functools.cache
def _row_entries() -> tuple[LabelEntry, ...]:
    return tuple(e for e in entries_for("二") if e.field.endswith("_*"))


@functools.lru_cache(maxsize=4096)
def _column_exact(key: str) -> LabelEntry | None:
    return next((e for e in _columns() if key in e.variants), None)


@functools.lru_cache(maxsize=4096)
def _column_prefix(key: str) -> bool:
    """Whether *key* starts some column variant (a header label cut short)."""
    return any(v.startswith(key) for e in _columns() for v in e.variants)


@functools.cache
def _valid_fields() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for cell in table2_cells():
        out.setdefault(cell.field.split(".", 1)[1], set()).update(cell.templates)
    return {k: frozenset(v) for k, v in out.items()}


def _header_from_cells(row: Row) -> tuple[list[_Col], bool] | None:
    """Column labels of a header row given as separate cells; ``None`` if it is not a header."""
    cols: list[tuple[int, str]] = [(c, normalize_label(t)) for c, t in row.texts]
    found: list[_Col | None] = []
    ambiguous: list[tuple[int, int, str]] = []
    for i, (col, key) in enumerate(cols):
        entry = _column_exact(key)
        if entry is None and len(key) >= 2 and key != "信息内容" and _column_prefix(key):
            ambiguous.append((i, col, key))
        found.append(_Col(col=col, entry=entry) if entry is not None else None)
    truncated = False
    for key in {k for _, _, k in ambiguous}:
        slots = [(i, col) for i, col, k in ambiguous if k == key]
        known = {f.entry.label for f in found if f is not None}
        cands = [e for e in _columns() if any(v.startswith(key) for v in e.variants) and e.label not in known]
        # Keep only the candidates of the template the other labels belong to.
        tpls = {t for f in found if f is not None for t in f.entry.templates}
        if tpls:
            cands = [e for e in cands if set(e.templates) & tpls]
        if len(cands) == len(slots):
            for (i, col), entry in zip(slots, cands, strict=True):
                found[i] = _Col(col=col, entry=entry)
            truncated = True
    header = [f for f in found if f is not None]
    if not header:
        return None
    return header, truncated


@functools.cache
def _variant_pattern() -> tuple[re.Pattern[str], dict[str, LabelEntry]]:
    """One alternation of every column variant, longest first, and the entry of each variant."""
    by_variant: dict[str, LabelEntry] = {}
    for e in _columns():
        for v in e.variants:
            by_variant.setdefault(v, e)
    alternation = "|".join(re.escape(v) for v in sorted(by_variant, key=len, reverse=True))
    return re.compile(alternation), by_variant


@functools.lru_cache(maxsize=1024)
def _header_in_key(key: str) -> tuple[tuple[_Col, ...], int]:
    """Column labels flattened into a label (PDF text): in order, and the end of the last one."""
    pattern, by_variant = _variant_pattern()
    out: list[_Col] = []
    end = 0
    for m in pattern.finditer(key):
        out.append(_Col(col=None, entry=by_variant[m.group()]))
        end = m.end()
    return tuple(out), end


@functools.lru_cache(maxsize=4096)
def _row_prefix(own: str) -> tuple[LabelEntry, frozenset[str]] | None:
    """The row entry an own label names, with the templates of every entry of that row."""
    own = _TRAILING.sub("", _LEADING_NUMBER.sub("", own))
    entry = next((e for e in _row_entries() if own in e.variants), None)
    if entry is None:
        return None
    tpls = frozenset(t for e in _row_entries() if e.field == entry.field and own in e.variants for t in e.templates)
    return entry, tpls


def extract_table2(
    tables: Sequence[Table], rows: Sequence[list[Row]] | None = None
) -> tuple[ActiveDisclosure | None, tuple[Diagnostic, ...]]:
    """Read table 二 from *tables* (every block found, first figure per field)."""
    valid = _valid_fields()
    found: dict[str, Cell] = {}
    conflicted: set[str] = set()
    diags: list[Diagnostic] = []
    truncated_note = False
    for _table, table_rows_ in with_rows(tables, rows):
        header: list[_Col] = []
        for row in table_rows_:
            if not row.filled:
                parsed = _header_from_cells(row) if len(row.texts) > 1 else None
                if parsed is None and row.texts:
                    flat, _ = _header_in_key(row.key)
                    parsed = (list(flat), False) if flat else None
                if parsed is not None:
                    header, truncated = parsed
                    truncated_note = truncated_note or truncated
                continue
            own = row.key
            flat, end = _header_in_key(row.key)
            if flat:
                header, own = list(flat), row.key[end:]
            hit = _row_prefix(own)
            if hit is None or not header:
                continue
            entry, row_templates = hit
            cells = _assign(row, header)
            if cells is None:
                diags.append(
                    diagnostics.make(
                        "GD206",
                        f"table 二: row {entry.label!r} has {len(row.filled)} figures for "
                        f"{len(header)} columns; skipped",
                        span=row.label_from(0)[1],
                        path="active_disclosure",
                    )
                )
                continue
            prefix = entry.field.split(".", 1)[1][:-1]
            label, span = row.label_from(max(0, len(row.key) - len(own)))
            del span
            for col, value in cells:
                name = prefix + col.suffix
                tpls = valid.get(name, frozenset())
                if not tpls & set(col.entry.templates) or not tpls & row_templates:
                    continue
                cell = _unit_fix(name, parse_cell(value.text, span=value.span, label=f"{label} / {col.entry.label}"))
                if name in found:
                    if found[name].value != cell.value or found[name].kind is not cell.kind:
                        conflicted.add(name)
                    continue
                found[name] = cell
    for name in sorted(conflicted):
        del found[name]
        diags.append(diagnostics.make("GD210", f"table 二: two cells read as {name} differ", path="active_disclosure"))
    if truncated_note:
        diags.append(
            diagnostics.make(
                "GD209",
                "table 二: cut-short header labels resolved by their place in the form's header order",
                path="active_disclosure",
            )
        )
    if any(c.kind is CellKind.PLACEHOLDER for c in found.values()):
        diags.append(
            diagnostics.make("GD205", "table 二: placeholder cells are not counted as zero", path="active_disclosure")
        )
    if not found:
        return None, tuple(diags)
    changes: dict[str, Any] = dict(found)
    return attrs.evolve(ActiveDisclosure(), **changes), tuple(diags)


def _assign(row: Row, header: list[_Col]) -> list[tuple[_Col, Value]] | None:
    """Pair the row's figures with header columns: by grid column, else in order."""
    filled = row.filled
    if not filled:
        return None
    by_col = {h.col: h for h in header if h.col is not None}
    # A column label standing over the row's own label cells is a header shifted left (its
    # 信息内容 cell lost or set on a line of its own): its columns say nothing about the figures.
    label_cols = {c.col for c in row.label_cells}
    if not label_cols.isdisjoint(by_col):
        by_col = {}
    if by_col and all(v.col in by_col for v in filled):
        return [(by_col[v.col], v) for v in filled]
    if len(filled) == len(header):
        return list(zip(header, filled, strict=True))
    return None


def _unit_fix(name: str, cell: Cell) -> Cell:
    """A 万元 column printed in 元 (or 亿元) is converted exactly; the raw text keeps what was printed."""
    if name.endswith("_10k_yuan") and cell.value is not None and cell.unit in {"元", "亿元"}:
        factor = Decimal("0.0001") if cell.unit == "元" else Decimal(10000)
        return attrs.evolve(cell, value=Decimal(cell.value) * factor, unit="万元")
    if name.endswith("_10k_yuan") and cell.value is not None and cell.unit is None:
        return attrs.evolve(cell, unit="万元")
    return cell
