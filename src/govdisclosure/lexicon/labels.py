"""Official labels of the statistics tables (二, 三, 四 and the pre-2019 annex) and their variants.

The data lives in ``lexicon/data/official_labels.tsv`` (with a provenance
header) and is loaded once, lazily.  Each :class:`LabelEntry` names a model
field path; see the header of the data file for the path conventions (``*``
marks a row or column label that combines with the other axis).

>>> e = next(e for e in official_labels() if e.field == "applications.denied_state_secret")
>>> e.label, e.table, e.templates
('1.属于国家秘密', '三', ('2019', '2021'))
>>> normalize_label("3.危及“三安全\\n一稳定”")
'3.危及三安全一稳定'
"""

from __future__ import annotations

import functools
import re
from typing import Final, NamedTuple

from govdisclosure.normalize.text import matching_view

__all__ = ["LabelEntry", "entries_for", "normalize_label", "official_labels", "table2_cells"]

_TABLES: Final = frozenset({"二", "三", "四", "annex"})
_TEMPLATES: Final = frozenset({"2019", "2021", "pre2019"})

_BR = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)
_DROP = re.compile(r"[\s\"'`「」『』]+")
_QUOTES_MAP: Final = str.maketrans(
    {"〔": "(", "〕": ")", "【": "(", "】": ")", "［": "(", "］": ")", "[": "(", "]": ")"}
)


class LabelEntry(NamedTuple):
    """One official label: the model field it fills, where it appears and its accepted variants."""

    field: str
    table: str
    templates: tuple[str, ...]
    label: str
    variants: tuple[str, ...]


# Cached: every header cell and row label of every table is normalized, often more than once.
@functools.lru_cache(maxsize=4096)
def normalize_label(text: str) -> str:
    """Normalize a printed label for matching.

    Width-folded and simplified (the matching view), ``<br>`` and all white
    space removed, quotes dropped, brackets unified to ASCII ``()``, ``其它``
    read as ``其他``.  Idempotent.

    >>> normalize_label("本年新<br />制作数量")
    '本年新制作数量'
    >>> normalize_label("（六）其它處理")
    '(六)其他处理'
    """
    s = matching_view(_BR.sub("", text))
    s = _DROP.sub("", s).translate(_QUOTES_MAP)
    return s.replace("其它", "其他")


def official_labels() -> tuple[LabelEntry, ...]:
    """Every official label: the data file's entries (file order) then the table 二 cells.

    Entries whose field contains ``*`` are row or column labels; the table 二
    cells (:func:`table2_cells`) give one concrete field per (row, column).
    """
    return _file_entries() + table2_cells()


@functools.cache
def _file_entries() -> tuple[LabelEntry, ...]:
    from importlib import resources  # noqa: PLC0415 - lazy: importlib.resources is slow to import

    data = resources.files("govdisclosure.lexicon").joinpath("data/official_labels.tsv").read_text(encoding="utf-8")
    out: list[LabelEntry] = []
    header_seen = False
    for lineno, line in enumerate(data.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if not header_seen:
            header_seen = True
            if parts[0] == "field":
                continue
        if len(parts) != 5:
            msg = f"official_labels.tsv:{lineno}: expected 5 tab-separated columns, got {len(parts)}"
            raise ValueError(msg)
        field, table, templates, label, variants = parts
        tpl = tuple(t.strip() for t in templates.split(","))
        if table not in _TABLES or not set(tpl) <= _TEMPLATES:
            msg = f"official_labels.tsv:{lineno}: unknown table {table!r} or template in {templates!r}"
            raise ValueError(msg)
        out.append(LabelEntry(field, table, tpl, label, tuple(v for v in variants.split("|") if v)))
    return tuple(out)


@functools.cache
def entries_for(table: str) -> tuple[LabelEntry, ...]:
    """The entries of one table (``'二'``, ``'三'``, ``'四'`` or ``'annex'``), in file order."""
    return tuple(e for e in _file_entries() if e.table == table)


@functools.cache
def table2_cells() -> tuple[LabelEntry, ...]:
    """Table 二 cells: each official (row, column) pair of one template, as a concrete field.

    The label is ``row / column``; ``variants`` is empty (rows and columns are
    matched separately).  Only pairs that exist in the model are listed.

    >>> any(e.field == "active_disclosure.regulations_made" for e in table2_cells())
    True
    >>> any(e.field == "active_disclosure.licensing_made" for e in table2_cells())
    False
    """
    from govdisclosure.model import ActiveDisclosure  # noqa: PLC0415 - avoid an import cycle at load

    names = {a.name for a in ActiveDisclosure.__attrs_attrs__}
    rows = [e for e in entries_for("二") if e.field.endswith("_*")]
    cols = [e for e in entries_for("二") if ".*_" in e.field]
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out: list[LabelEntry] = []
    for row in rows:
        prefix = row.field[: -len("*")]
        for col in cols:
            tpl = tuple(t for t in row.templates if t in col.templates)
            suffix = col.field.split(".*_", 1)[1]
            name = prefix.split(".", 1)[1] + suffix
            if not tpl or name not in names or not _in_template_block(prefix, suffix, tpl):
                continue
            key = (name, tpl)
            if key in seen:
                continue
            seen.add(key)
            out.append(LabelEntry(f"active_disclosure.{name}", "二", tpl, f"{row.label} / {col.label}", ()))
    return tuple(out)


# Which column families each table 二 row has in the forms (TEMPLATE.md §3): the
# model has a few fields (e.g. admin_fees_prev_count) only one template uses.
_BLOCKS: Final[dict[str, frozenset[str]]] = {
    "regulations_": frozenset({"made", "repealed", "valid", "published", "public_total"}),
    "normative_docs_": frozenset({"made", "repealed", "valid", "published", "public_total"}),
    "other_docs_": frozenset({"made", "published", "public_total"}),
    "licensing_": frozenset({"prev_count", "change", "decisions"}),
    "other_services_": frozenset({"prev_count", "change", "decisions"}),
    "punishment_": frozenset({"prev_count", "change", "decisions"}),
    "coercion_": frozenset({"prev_count", "change", "decisions"}),
    "admin_fees_": frozenset({"prev_count", "change", "10k_yuan"}),
    "procurement_": frozenset({"projects", "amount"}),
}


def _in_template_block(prefix: str, suffix: str, templates: tuple[str, ...]) -> bool:
    row = prefix.split(".", 1)[1]
    if suffix not in _BLOCKS.get(row, frozenset()):
        return False
    # 2019 has no 本年收费金额 column; 2021 has no 上一年项目数量 / 本年增/减.
    return not (suffix == "10k_yuan" and "2021" not in templates)
