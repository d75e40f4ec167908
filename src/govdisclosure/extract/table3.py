"""Table 三 (收到和处理政府信息公开申请情况) of the 2019 and 2021 forms.

Rows are matched by distinctive keywords of their official labels (the
lexicon), never by position; the matched rows must follow the form's order.
Columns are mapped by their header labels; when the header cannot be read
but a row has exactly seven values, the form's fixed column order applies
(自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计) with a
GD208 note.  Group totals (（三）…（六）) are a printed subtotal row when the
report adds one, otherwise derived from their printed reason rows (GD203).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any, Final

import attrs
from attrs import frozen

from govdisclosure import diagnostics
from govdisclosure.extract.cells import parse_cell, sum_cells
from govdisclosure.extract.rows import (
    Row,
    Value,
    header_keys,
    item_numbers,
    keyed,
    own_label_start,
    tidy_label,
    with_rows,
)
from govdisclosure.ingest.document import Table, TableCell
from govdisclosure.ingest.flat_tokens import ends_sentence
from govdisclosure.lexicon.labels import LabelEntry, entries_for, normalize_label
from govdisclosure.model import ApplicantCounts, ApplicationStats, Cell, CellKind, Diagnostic, Origin, Span

__all__ = ["COLUMNS", "ROW_ORDER", "extract_table3", "match_row"]

#: The seven applicant columns in the form's fixed order.
COLUMNS: Final = ("natural_person", "commercial", "research", "social", "legal", "other", "total")

#: Data rows of the 2021 form in printed order (2019: （六） is the single row ``other_processing``).
ROW_ORDER: Final = (
    "new_received",
    "carried_over",
    "granted",
    "partially_granted",
    "denied_state_secret",
    "denied_prohibited_by_law",
    "denied_three_safeties",
    "denied_third_party",
    "denied_internal_affairs",
    "denied_process_info",
    "denied_enforcement_files",
    "denied_inquiry",
    "unable_not_held",
    "unable_needs_creation",
    "unable_unclear",
    "not_processed_complaint",
    "not_processed_repeat",
    "not_processed_publication",
    "not_processed_mass_repeat",
    "not_processed_confirm",
    "other_no_correction",
    "other_unpaid_fee",
    "other_other",
    "other_processing",
    "outcome_total",
    "carried_forward",
)
_ORDER: Final = {name: i for i, name in enumerate(ROW_ORDER)}

GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "denied_total": ROW_ORDER[4:12],
    "unable_total": ROW_ORDER[12:15],
    "not_processed_total": ROW_ORDER[15:20],
    "other_total": ROW_ORDER[20:23],
}
_GROUP_OF: Final = {part: group for group, parts in GROUPS.items() for part in parts}
_SPECIAL: Final = frozenset({"other_other", "outcome_total", "other_processing", "other_total", *GROUPS})
_OTHER_GROUP_KEY: Final = "其他处理"
_TOTAL_ROW = re.compile(r"(?:^|\(七\)|七、|七\.)(?:总计|合计)$")
# Rows of table 四 (or prose) that happen to contain a table 三 keyword.
_FOREIGN: Final = ("复议", "诉讼", "信息内容", "第二十条")
_TRAILING = re.compile(r"[:：。.;,，、\s]+$")


def _field(entry_field: str) -> str:
    return entry_field.split(".", 1)[1]


@functools.lru_cache(maxsize=1024)
def match_row(key: str) -> tuple[str, int] | None:
    """The table 三 row field a normalized label names, and where its keyword starts.

    Group rows come back as ``denied_total`` … and ``other_group`` (（六）其他处理,
    resolved by template later).

    >>> match_row("三、本年度办理结果(三)不予公开1.属于国家秘密")
    ('denied_state_secret', 20)
    >>> match_row("(六)其他处理3.其他")[0], match_row("(七)总计")[0], match_row("(三)不予公开")[0]
    ('other_other', 'outcome_total', 'denied_total')
    >>> match_row("行政复议结果维持") is None
    True
    """
    if any(f in key for f in _FOREIGN):
        return None
    key = _TRAILING.sub("", key)
    for entry in entries_for("三"):
        name = _field(entry.field)
        if "*" in entry.field or name in _SPECIAL:
            continue
        for variant in entry.variants:
            pos = key.find(variant)
            if pos >= 0:
                return name, pos
    if key.endswith("其他") and not key.endswith("法人或其他"):
        return "other_other", len(key) - 2
    m = _TOTAL_ROW.search(key)
    if m is not None:
        return "outcome_total", m.start()
    for group, word in (
        ("denied_total", "不予公开"),
        ("unable_total", "无法提供"),
        ("not_processed_total", "不予处理"),
        ("other_group", _OTHER_GROUP_KEY),
    ):
        pos = key.find(word)
        if pos >= 0:
            return group, pos
    return None


@frozen(kw_only=True)
class _Match:
    field: str
    row: Row
    pos: int


def _lis(matches: list[_Match]) -> set[int]:
    """Indices of the longest run of matches in the form's row order (groups are exempt)."""
    idx = [i for i, m in enumerate(matches) if m.field in _ORDER]
    best: list[int] = [1] * len(idx)
    prev: list[int] = [-1] * len(idx)
    for a in range(len(idx)):
        for b in range(a):
            if _ORDER[matches[idx[b]].field] < _ORDER[matches[idx[a]].field] and best[b] + 1 > best[a]:
                best[a], prev[a] = best[b] + 1, b
    keep: set[int] = {i for i, m in enumerate(matches) if m.field not in _ORDER}
    if idx:
        j = max(range(len(idx)), key=lambda k: best[k])
        while j >= 0:
            keep.add(idx[j])
            j = prev[j]
    return keep


def _column_map(table: Table, rows: list[Row], first_data: int, value_cols: set[int]) -> dict[int, str] | None:
    """Map grid columns to applicant fields from the header rows above the first data row."""
    start = first_data
    while start > 0 and not rows[start - 1].filled and start > first_data - 8:
        start -= 1
    if start == first_data:
        return None
    headers = header_keys(table, range(start, first_data))
    entries = [e for e in entries_for("三") if e.field.startswith("applications.*.")]
    mapping: dict[int, str] = {}
    for col, keys in headers.items():
        name = _column_of(keys, entries)
        if name is not None:
            mapping[col] = name
    names = list(mapping.values())
    if any(names.count(c) != 1 for c in COLUMNS) or names.count("legal_persons_subtotal") > 1:
        return None
    if not set(mapping) <= value_cols:
        return None
    return mapping


def _column_of(keys: list[str], entries: Sequence[LabelEntry]) -> str | None:
    for key in reversed(keys):
        if key == "其他":
            return "other"
        for entry in entries:
            name = entry.field.rsplit(".", 1)[1]
            if name == "other":
                continue
            if any(v in key for v in entry.variants):
                return name
    return None


def _counts(row: Row, match: _Match, by_col: dict[int, str] | None, *, named: bool = False) -> ApplicantCounts | None:
    label, span = row.label_from(own_label_start(row.key, match.pos))
    cells: dict[str, Any] = {}
    if by_col is not None:
        for value in row.values:
            name = by_col.get(value.col)
            if name is not None:
                cells[name] = parse_cell(value.text, span=value.span, label=label)
    else:
        values = _seven(row, named=named)
        if values is None:
            return None
        for name, value in zip(COLUMNS, values, strict=True):
            cells[name] = parse_cell(value.text, span=value.span, label=label)
    if not cells:
        return None
    return ApplicantCounts(label=label, span=span, **cells)


def _seven(row: Row, *, named: bool = False) -> tuple[Value, ...] | None:
    """The seven applicant cells of *row* in the form's order, or ``None`` when they cannot be told.

    A value region of exactly seven cells, else its seven printed cells.  Under a header that
    names the seven columns (*named*), a region that is seven cells once the blank cells
    closing the grid row are dropped also counts: a flattened grid pads rows on the right.
    """
    if len(row.values) == len(COLUMNS):
        return row.values
    if len(row.filled) == len(COLUMNS):
        return row.filled
    if named and len(row.values) > len(COLUMNS):
        end = len(row.values)
        while end > 0 and not row.values[end - 1].text.strip():
            end -= 1
        if end == len(COLUMNS):
            return row.values[:end]
    return None


def _names_columns(part: _Part) -> bool:
    """Whether the header rows above *part*'s first matched row name all seven applicant columns.

    Cells are read one by one, not by grid column: a flattened two-level header
    (自然人 | 法人或其他组织 | 总计 over 商业企业 … 其他) loses the column each name sat over.
    """
    if not part.matches:
        return False
    first = min(m.row.index for m in part.matches)
    entries = [e for e in entries_for("三") if e.field.startswith("applications.*.")]
    names: set[str] = set()
    for row in part.rows[max(0, first - _HEADER_ROWS) : first]:
        if row.filled:
            continue
        for _, text in row.texts:
            name = _column_of([normalize_label(text)], entries)
            if name is not None:
                names.add(name)
    return names >= set(COLUMNS)


# How far above the first data row a header is looked for.
_HEADER_ROWS: Final = 8


def _derive_total(counts: ApplicantCounts) -> tuple[ApplicantCounts, bool]:
    """Fill a blank 总计 from its six printed parts."""
    if counts.total is None or counts.total.kind is not CellKind.BLANK:
        return counts, False
    value = sum_cells([getattr(counts, c) for c in COLUMNS[:-1]])
    if value is None:
        return counts, False
    derived = Cell(value=value, raw="", origin=Origin.DERIVED, label=counts.label, span=None)
    return attrs.evolve(counts, total=derived), True


def _derive_group(parts: list[ApplicantCounts | None], label: str) -> ApplicantCounts | None:
    cols: dict[str, Any] = {}
    for col in (*COLUMNS, "legal_persons_subtotal"):
        column = [getattr(p, col) if p is not None else None for p in parts]
        if all(c is None for c in column):
            continue
        value = sum_cells(column)
        if value is not None:
            cols[col] = Cell(value=value, raw="", origin=Origin.DERIVED, label=label)
    return attrs.evolve(ApplicantCounts(label=label), **cols) if cols else None


def _read_table(rows: list[Row]) -> tuple[list[_Match], list[Row]]:
    matches: list[_Match] = []
    for row in rows:
        if not row.values:
            continue
        hit = match_row(row.key)
        if hit is not None:
            matches.append(_Match(field=hit[0], row=row, pos=hit[1]))
    return matches, rows


def extract_table3(
    tables: Sequence[Table],
    rows: Sequence[list[Row]] | None = None,
    leads: Sequence[tuple[int, str]] | None = None,
) -> tuple[ApplicationStats | None, tuple[Diagnostic, ...]]:
    """Read table 三 from the table, or run of consecutive tables, that holds most of its rows.

    A table 三 broken into several grids (a page break in PDF text, a Markdown
    table per row group) is read as one: consecutive tables that each hold a
    table-三 row form a run, each part keeping its own column header.  Returns
    the filled :class:`ApplicationStats` (only table 三 fields) or ``None`` when
    no table or run matches at least three of the form's rows (or fewer rows that
    each print seven figures adding up to their 总计).

    *leads* gives, for each table, the text printed just above it as ``(start, text)``
    (``start`` its offset in the document text); see :func:`_attach_leads`.
    """
    parts = [_Part(table=t, rows=r, matches=_read_table(r)[0]) for t, r in with_rows(tables, rows)]
    attached: dict[int, Diagnostic] = {}
    if leads is not None:
        parts = _attach_leads(parts, leads, attached)
    best: list[_Part] | None = None
    for run in _runs(parts):
        matches = [m for part in run for m in part.matches]
        if _enough(matches, named=any(p.named for p in run)) and (
            best is None or len(matches) > sum(len(p.matches) for p in best)
        ):
            best = run
    if best is None:
        return None, ()
    found, diags = _build(best)
    return found, tuple(attached[id(p)] for p in best if id(p) in attached) + diags


# Text lines above a grid that may hold the label of its first row.
_MAX_LEAD_LINES: Final = 4
_NOT_LEAD: Final = re.compile(r"[#|]|[\d\s\-—]*$")


def _attach_leads(parts: list[_Part], leads: Sequence[tuple[int, str]], notes: dict[int, Diagnostic]) -> list[_Part]:
    """Give a grid's unlabelled first row the label printed just above the grid, where that is certain.

    PDF-to-Markdown conversion may leave a row's label as text lines above the grid
    that holds its figures.  The label is attached only when the text above is one
    item of the form (a single item number, at its start), the row holds seven cells
    and no label, the next row with figures is matched, and the item is exactly the
    form's row between the previous grid's last matched row and that next row: so the
    form's order itself places the figures.  *notes* receives a GD211 per changed part.
    """
    out = list(parts)
    for k in range(1, len(parts)):
        part, prev = parts[k], out[k - 1]
        if not prev.matches or k >= len(leads):
            continue
        rows = [r for r in part.rows if r.values]
        if len(rows) < 2 or rows[0].key or _seven(rows[0]) is None or not part.matches:
            continue
        if part.matches[0].row.index != rows[1].index:
            continue
        lead = _lead_label(*leads[k])
        if lead is None:
            continue
        start, printed = lead
        key, key_map = keyed(printed)
        hit = match_row(key)
        if hit is None or item_numbers(key) != [0]:
            continue
        name, before, after = hit[0], prev.matches[-1].field, part.matches[0].field
        if name not in _ORDER or before not in _ORDER or after not in _ORDER:
            continue
        if not _ORDER[before] + 1 == _ORDER[name] == _ORDER[after] - 1:
            continue
        span = Span(start=start, end=start + len(printed))
        cell = TableCell(text=printed, row=rows[0].index, col=0, span=span)
        row = attrs.evolve(rows[0], label=printed, key=key, key_map=key_map, label_cells=(cell,))
        out[k] = attrs.evolve(part, matches=[_Match(field=name, row=row, pos=hit[1]), *part.matches])
        notes[id(out[k])] = diagnostics.make(
            "GD211",
            f"table 三: row {tidy_label(printed)!r} printed above its grid; attached to its unlabelled first row",
            span=span,
            path=f"applications.{name}",
        )
    return out


def _lead_label(start: int, text: str) -> tuple[int, str] | None:
    """The text lines closing *text* (back to a blank line, heading, grid row, page number or sentence).

    Returns ``(offset, printed)`` with *offset* = *start* + the label's place in *text*,
    or ``None`` when there are no such lines or more than :data:`_MAX_LEAD_LINES`.

    >>> _lead_label(10, "完毕。\\n\\n（二）部分公开\\n（区分处理的）\\n")
    (15, '（二）部分公开\\n（区分处理的）')
    >>> _lead_label(0, "## 表三\\n1\\n") is None
    True
    """
    body = text.rstrip()
    pos = len(body)
    first = pos
    lines = 0
    while pos > 0 and lines <= _MAX_LEAD_LINES:
        cut = body.rfind("\n", 0, pos)
        line = body[cut + 1 : pos].strip()
        if not line or _NOT_LEAD.match(line) or ends_sentence(line):
            break
        lines += 1
        first = cut + 1
        pos = max(cut, 0)
    if lines == 0 or lines > _MAX_LEAD_LINES:
        return None
    printed = body[first:].strip()
    return start + first + (len(body[first:]) - len(body[first:].lstrip())), printed


def _enough(matches: list[_Match], *, named: bool = False) -> bool:
    """Whether *matches* are table 三: three of its rows, or fewer rows that each prove themselves.

    An excerpt may keep only row 一 or 二.  Such a row counts when it prints the
    seven applicant figures and its six parts add up to its 总计, so the form's
    column order is confirmed by the figures themselves, or when the header above
    it names the seven applicant columns (*named*) and the row's seven cells print a
    总计 and no part (nothing there to contradict the form's order).
    """
    if len({m.field for m in matches}) >= 3:
        return True
    return bool(matches) and all(m.field in _ORDER and _balanced(m.row, named=named) for m in matches)


def _balanced(row: Row, *, named: bool = False) -> bool:
    """Whether *row* prints seven numbers whose first six sum to the seventh.

    Under a header naming the seven columns (*named*), a row whose six parts are
    all blank and whose 总计 is a number also passes.
    """
    values = _seven(row, named=named)
    if values is None:
        return False
    cells = [parse_cell(v.text) for v in values]
    if cells[-1].kind is not CellKind.NUMBER:
        return False
    if named and all(c.kind is CellKind.BLANK for c in cells[:-1]):
        return True
    if any(c.kind is not CellKind.NUMBER for c in cells):
        return False
    return sum_cells(list(cells[:-1])) == cells[-1].value


@frozen(kw_only=True)
class _Part:
    """One grid of a (possibly split) table 三 and its matched rows."""

    table: Table
    rows: list[Row]
    matches: list[_Match]
    #: Whether its header names the seven applicant columns (see :func:`_names_columns`).
    named: bool = attrs.field(default=attrs.Factory(_names_columns, takes_self=True))


def _runs(parts: list[_Part]) -> list[list[_Part]]:
    """Every single table with matches, plus each maximal run of consecutive such tables.

    A grid of unlabelled figure rows only (a fragment whose labels were split
    off) does not break a run; it contributes nothing itself.
    """
    out: list[list[_Part]] = []
    run: list[_Part] = []
    for part in [*parts, None]:
        if part is not None and part.matches:
            out.append([part])
            run.append(part)
            continue
        if part is not None and run and _unlabelled(part):
            continue
        if len(run) > 1:
            out.append(run)
        run = []
    return out


def _unlabelled(part: _Part) -> bool:
    """Whether every row of *part* holding figures has no label text."""
    return any(r.filled for r in part.rows) and all(not r.key for r in part.rows if r.filled)


def _build(parts: list[_Part]) -> tuple[ApplicationStats | None, tuple[Diagnostic, ...]]:
    diags: list[Diagnostic] = []
    path = "applications"
    matches = [m for part in parts for m in part.matches]
    keep = _lis(matches)
    for i, m in enumerate(matches):
        if i not in keep:
            diags.append(
                diagnostics.make(
                    "GD201",
                    f"table 三: row {m.row.label!r} is out of the form's order; left unmatched",
                    span=m.row.label_from(0)[1],
                    path=path,
                )
            )
    kept = {id(m) for i, m in enumerate(matches) if i in keep}
    span = Span(start=parts[0].table.span.start, end=parts[-1].table.span.end)
    is2021 = any(m.field in GROUPS["other_total"] for m in matches if id(m) in kept)
    resolved: list[tuple[_Match, dict[int, str] | None, bool]] = []
    previous: tuple[Table, dict[int, str]] | None = None
    for part in parts:
        own = [m for m in part.matches if id(m) in kept]
        if not own:
            continue
        own = [attrs.evolve(m, field=_resolve_group(m.field, is2021)) for m in own]
        by_col = _part_columns(part, own, previous, diags, path)
        if by_col is _UNREADABLE:
            continue
        if by_col is not None:
            previous = (part.table, by_col)
        resolved.extend((m, by_col, part.named) for m in own)
        diags.extend(_unmatched(part.rows, own, path))
    found: dict[str, ApplicantCounts] = {}
    conflicted: set[str] = set()
    for m, by_col, named in resolved:
        counts = _counts(m.row, m, by_col, named=named)
        if counts is None:
            diags.append(
                diagnostics.make(
                    "GD206",
                    f"table 三: row {m.row.label.strip()!r} has {len(m.row.filled)} values, expected 7; skipped",
                    span=m.row.label_from(0)[1],
                    path=f"{path}.{m.field}",
                )
            )
            continue
        if m.field in found:
            if _figures(found[m.field]) != _figures(counts):
                conflicted.add(m.field)
            continue
        found[m.field] = counts
    for name in sorted(conflicted):
        del found[name]
        diags.append(
            diagnostics.make("GD210", f"table 三: two rows read as {name} with different figures", span=span, path=path)
        )
    # A printed group row counts only as an addition to all of its reason rows;
    # alone it may be a reason row whose keyword was lost.
    for group, members in GROUPS.items():
        if group in found and not (group == "other_total" and not is2021) and not all(p in found for p in members):
            diags.append(
                diagnostics.make(
                    "GD201",
                    f"table 三: a row reads as the group {found[group].label!r} but its reason rows are "
                    "incomplete; left unmatched",
                    span=found[group].span,
                    path=f"{path}.{group}",
                )
            )
            del found[group]
    derived_any = False
    for name in list(found):
        found[name], derived = _derive_total(found[name])
        derived_any = derived_any or derived
    groups_to_derive = dict(GROUPS) if is2021 else {k: v for k, v in GROUPS.items() if k != "other_total"}
    for group, members in groups_to_derive.items():
        if group in found or not all(p in found for p in members):
            continue
        derived_counts = _derive_group([found[p] for p in members], _GROUP_LABELS[group])
        if derived_counts is not None:
            found[group] = derived_counts
            derived_any = True
    if derived_any:
        diags.append(
            diagnostics.make(
                "GD203",
                "table 三: totals left blank or group totals not printed were derived from printed parts",
                span=span,
                path=path,
            )
        )
    if any(
        getattr(c, col) is not None and getattr(c, col).kind is CellKind.PLACEHOLDER
        for c in found.values()
        for col in COLUMNS
    ):
        diags.append(
            diagnostics.make("GD205", "table 三: placeholder cells are not counted as zero", span=span, path=path)
        )
    if not found:
        return None, tuple(diags)
    changes: dict[str, Any] = dict(found)
    return attrs.evolve(ApplicationStats(), **changes), tuple(diags)


def _resolve_group(name: str, is2021: bool) -> str:
    """（六）其他处理 is a group in the 2021 form and a single row in the 2019 form."""
    if name != "other_group":
        return name
    return "other_total" if is2021 else "other_processing"


# Marker: a part whose applicant columns cannot be identified (its rows are skipped).
_UNREADABLE: Final[dict[int, str]] = {}


def _part_columns(
    part: _Part,
    matches: list[_Match],
    previous: tuple[Table, dict[int, str]] | None,
    diags: list[Diagnostic],
    path: str,
) -> dict[int, str] | None:
    """Column map of one part: its own header, else the previous part's when the grid is alike.

    ``None`` means the form's fixed column order applies (rows of seven values);
    :data:`_UNREADABLE` that the part's figures are left ``None``.
    """
    value_cols = {v.col for m in matches for v in m.row.values}
    first_data = min(m.row.index for m in matches)
    by_col = _column_map(part.table, part.rows, first_data, value_cols)
    # A header that sits one column off its figures (rows written with and without a leading
    # pipe) must not shift every number: the header's columns and the printed figures' columns
    # have to coincide, or the header is not used.
    printed_cols = {v.col for m in matches for v in m.row.values if v.text.strip()}
    if by_col is not None and not printed_cols <= set(by_col):
        by_col = None
    if by_col is not None:
        return by_col
    # A continuation grid without a header of its own keeps the columns of the part above.
    if (
        previous is not None
        and first_data == 0
        and previous[0].n_cols == part.table.n_cols
        and value_cols <= set(previous[1])
    ):
        return previous[1]
    if any(_seven(m.row, named=part.named) is not None for m in matches):
        diags.append(
            diagnostics.make(
                "GD208",
                "table 三: applicant columns read in the form's fixed order "
                "(自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计)",
                span=part.table.span,
                path=path,
            )
        )
        return None
    diags.append(
        diagnostics.make(
            "GD204",
            "table 三: applicant columns could not be identified; figures left None",
            span=part.table.span,
            path=path,
        )
    )
    return _UNREADABLE


_GROUP_LABELS: Final = {
    "denied_total": "（三）不予公开",
    "unable_total": "（四）无法提供",
    "not_processed_total": "（五）不予处理",
    "other_total": "（六）其他处理",
}


def _figures(counts: ApplicantCounts) -> tuple[object, ...]:
    return tuple(getattr(counts, c).value if getattr(counts, c) is not None else None for c in COLUMNS)


def _unmatched(rows: list[Row], matches: list[_Match], path: str) -> list[Diagnostic]:
    """GD201 for rows with figures between the first and last matched row that match nothing."""
    if not matches:
        return []
    lo = min(m.row.index for m in matches)
    hi = max(m.row.index for m in matches)
    used = {m.row.index for m in matches}
    out: list[Diagnostic] = []
    for row in rows[lo : hi + 1]:
        if row.index in used or not row.filled:
            continue
        out.append(
            diagnostics.make(
                "GD201",
                f"table 三: row label {row.label.strip()[:60]!r} does not match the form; its figures are not used",
                span=row.label_from(0)[1],
                path=path,
            )
        )
    return out
