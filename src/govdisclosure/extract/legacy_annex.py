"""Pre-2019 statistics annexes (《政府信息公开情况统计表》 and its older families).

Rows look like ``指标名称 | 计量单位 | 代码 | 本期实际 | 本年累计`` or
``统计指标 | 单位 | 统计数``.  Columns are read from the header row; without
one, only ``label | figure`` and ``label | unit | figure`` rows are read.
Every row is kept as a :class:`~govdisclosure.model.LegacyRow` with its old
label; rows whose label names a concept of the current model (申请总数,
当面申请数, 行政复议数 …) also fill that field.  A total does not match a
row introduced by 其中 (that is a part).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from attrs import frozen

from govdisclosure.extract.cells import is_value_text, parse_cell
from govdisclosure.extract.rows import Row, with_rows
from govdisclosure.ingest.document import Table
from govdisclosure.lexicon.labels import entries_for, normalize_label
from govdisclosure.model import Cell, CellKind, LegacyRow

__all__ = ["AnnexResult", "extract_annex"]

_UNITS: Final = frozenset({"条", "件", "个", "项", "人", "人次", "次", "万元", "元", "篇", "期", "份", "%"})
_PART_FIELDS: Final = frozenset(
    {
        "applications.by_channel.in_person",
        "applications.by_channel.fax",
        "applications.by_channel.email",
        "applications.by_channel.online",
        "applications.by_channel.letter",
        "applications.by_channel.other",
        "applications.granted.total",
        "applications.partially_granted.total",
        "applications.denied_total.total",
    }
)
_VALUE_HEAD = re.compile(r"本期实际|统计数|数量|本年|\d{4}年度|数值|合计")
_CUMUL_HEAD = re.compile(r"累计")
_UNIT_HEAD = re.compile(r"单位")
_CODE_HEAD = re.compile(r"代码|序号")


@frozen(kw_only=True)
class AnnexResult:
    """Rows of an annex and the model fields they fill (``field path -> Cell``)."""

    rows: tuple[LegacyRow, ...]
    fields: dict[str, Cell]


@functools.lru_cache(maxsize=1024)
def _field_for(key: str) -> str | None:
    part = "其中" in key
    for entry in entries_for("annex"):
        if part and entry.field not in _PART_FIELDS:
            continue
        if any(v in key for v in entry.variants):
            return entry.field
    return None


def _layout(rows: list[Row]) -> dict[str, int] | None:
    """Column roles from a header row (指标名称 | 计量单位 | 代码 | 本期实际 | 本年累计)."""
    for row in rows:
        if row.filled:
            break
        roles: dict[str, int] = {}
        for col, text in row.texts:
            key = normalize_label(text)
            if _UNIT_HEAD.search(key) and "unit" not in roles:
                roles["unit"] = col
            elif _CODE_HEAD.search(key) and "code" not in roles:
                roles["code"] = col
            elif _CUMUL_HEAD.search(key) and "cumulative" not in roles:
                roles["cumulative"] = col
            elif _VALUE_HEAD.search(key) and "value" not in roles and col > 0:
                roles["value"] = col
        if "value" in roles:
            return roles
    return None


def _cells(row: Row, table: Table, roles: dict[str, int] | None) -> tuple[str | None, str | None, Cell, Cell | None]:
    """(unit, code, value, cumulative) of a row."""
    grid = dict(row.texts)
    spans = {v.col: v.span for v in row.values}
    if roles is not None:
        unit = grid.get(roles["unit"]) if "unit" in roles else None
        code = grid.get(roles["code"]) if "code" in roles else None
        vcol = roles["value"]
        value = parse_cell(grid.get(vcol, ""), span=spans.get(vcol))
        cumulative = None
        if "cumulative" in roles:
            ccol = roles["cumulative"]
            cumulative = parse_cell(grid.get(ccol, ""), span=spans.get(ccol))
        return unit, code, value, cumulative
    del table
    filled = row.filled
    unit = None
    texts = [t for _, t in row.texts]
    if len(texts) >= 2 and texts[-2].strip() in _UNITS:
        unit = texts[-2].strip()
    v = filled[-1]
    return unit, None, parse_cell(v.text, span=v.span), None


def extract_annex(tables: Sequence[Table], rows: Sequence[list[Row]] | None = None) -> AnnexResult | None:
    """Read the annex rows of *tables*; ``None`` when no table looks like an annex."""
    out_rows: list[LegacyRow] = []
    fields: dict[str, Cell] = {}
    for table, table_rows_ in with_rows(tables, rows):
        roles = _layout(table_rows_)
        mapped = [r for r in table_rows_ if r.filled and _field_for(_label_key(r)) is not None]
        if len(mapped) < 2:
            continue
        for row in table_rows_:
            if not row.filled:
                continue
            if roles is None and not _simple(row):
                continue
            label_text = row.texts[0][1].strip() if row.texts else ""
            key = _label_key(row)
            if not key:
                continue
            unit, code, value, cumulative = _cells(row, table, roles)
            field = _field_for(key)
            if unit is not None and unit.strip() in _UNITS:
                value = Cell(
                    value=value.value, raw=value.raw, kind=value.kind, span=value.span, label=label_text, unit=unit
                )
            out_rows.append(
                LegacyRow(
                    label=" ".join(label_text.split()),
                    value=value,
                    unit=unit,
                    code=code,
                    cumulative=cumulative,
                    field=field,
                )
            )
            if field is not None and value.kind is CellKind.NUMBER and field not in fields:
                fields[field] = value
    if not out_rows:
        return None
    return AnnexResult(rows=tuple(out_rows), fields=fields)


def _label_key(row: Row) -> str:
    """The label key without a trailing unit cell (``申请总数条`` → ``申请总数``)."""
    texts = [t for _, t in row.texts if not is_value_text(t)]
    if texts and texts[-1].strip() in _UNITS:
        texts = texts[:-1]
    return normalize_label("".join(texts))


def _simple(row: Row) -> bool:
    """``label | figure`` or ``label | unit | figure`` (one figure)."""
    return len(row.filled) == 1
