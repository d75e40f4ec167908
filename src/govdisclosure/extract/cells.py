"""Cell semantics of the statistics tables: printed number, blank, placeholder or invalid text.

A cell keeps what was printed: ``0`` is a number, an empty cell is
:attr:`~govdisclosure.model.CellKind.BLANK` (not reported) and ``/``, ``—``,
``无``, ``不适用`` … are :attr:`~govdisclosure.model.CellKind.PLACEHOLDER`
(not applicable) — none of them is zero.  Units printed inside a cell
(``12345元``, ``0.5万元``) are read off; a signed change (``+1036``) keeps its
sign.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Final

from govdisclosure.ingest.flat_tokens import drop_lost_mark
from govdisclosure.model import Cell, CellKind, Span
from govdisclosure.normalize.text import fold_width

__all__ = ["is_value_text", "parse_cell", "sum_cells"]

_PLACEHOLDERS: Final = frozenset(
    {"/", "\\", "-", "--", "—", "——", "―", "－", "一", "无", "不适用", "空", "暂无", "x", "X", "×", "*", "—/—", "/ /"}
)
# One figure, optionally signed (+/- or, in a 本年增/减 cell, 增/减), with thousands separators,
# decimals and a unit.
_NUMBER = re.compile(
    r"(?P<sign>[+\-增减]?)(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?(?P<unit>件|条|个|项|次|万元|亿元|元)?"
)
_SPACES = re.compile(r"\s+")
_DASHES = str.maketrans({"\u2014": "—", "\u2015": "—", "\u2500": "—", "\u2013": "-", "\u2212": "-", "\uff0d": "-"})


def _clean(text: str) -> str:
    # A lost-character mark before a figure ("? 0": a no-break space the page's encoding dropped)
    # goes before the spaces do, so that "?0" stays invalid.
    return _SPACES.sub("", drop_lost_mark(fold_width(text).strip()).translate(_DASHES))


@functools.lru_cache(maxsize=4096)
def is_value_text(text: str) -> bool:
    """Whether *text* reads as a table value (a figure, a blank or a placeholder), not a label.

    >>> [is_value_text(t) for t in ("12", "", "/", "+3", "0.5万元", "规章", "1.属于国家秘密")]
    [True, True, True, True, True, False, False]
    """
    s = _clean(text)
    return not s or s in _PLACEHOLDERS or _NUMBER.fullmatch(s) is not None


def parse_cell(text: str, *, span: Span | None = None, label: str | None = None) -> Cell:
    """Read one printed cell into a :class:`~govdisclosure.model.Cell`.

    >>> parse_cell("1,036").value
    1036
    >>> c = parse_cell("+461"); (c.value, c.raw)
    (461, '+461')
    >>> parse_cell("减4").value, parse_cell("增3").value
    (-4, 3)
    >>> c = parse_cell("0.5万元"); (c.value, c.unit)
    (Decimal('0.5'), '万元')
    >>> [parse_cell(t).kind.value for t in ("", "/", "—", "无", "不适用", "约5")]
    ['blank', 'placeholder', 'placeholder', 'placeholder', 'placeholder', 'invalid']
    >>> parse_cell("? 0").value, parse_cell("?0").kind.value
    (0, 'invalid')
    """
    kind, value, unit = _read(text)
    return Cell(value=value, raw=text.strip(), kind=kind, span=span, label=label, unit=unit)


# The reading of a printed text; cached, for the same few texts ("0", "/", "12") recur everywhere.
@functools.lru_cache(maxsize=4096)
def _read(text: str) -> tuple[CellKind, int | Decimal | None, str | None]:
    s = _clean(text)
    if not s:
        return CellKind.BLANK, None, None
    if s in _PLACEHOLDERS:
        return CellKind.PLACEHOLDER, None, None
    m = _NUMBER.fullmatch(s)
    if m is None:
        return CellKind.INVALID, None, None
    digits = m["int"].replace(",", "")
    value: int | Decimal = Decimal(digits + m["frac"]) if m["frac"] else int(digits)
    if m["sign"] in {"-", "减"}:
        value = -value
    unit = m["unit"] if m["unit"] in {"元", "万元", "亿元"} else None
    return CellKind.NUMBER, value, unit


def sum_cells(cells: list[Cell | None]) -> int | Decimal | None:
    """Sum of printed figures, or ``None`` when any cell is missing or not a number.

    >>> sum_cells([parse_cell("2"), parse_cell("3")])
    5
    >>> sum_cells([parse_cell("2"), parse_cell("")]) is None
    True
    """
    total: int | Decimal = 0
    for cell in cells:
        if cell is None or cell.kind is not CellKind.NUMBER or cell.value is None:
            return None
        total = total + cell.value
    return total
