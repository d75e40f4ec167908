"""Cell-level vocabulary of flattened tables: what counts as a value cell, a page footer, a heading.

All functions take the *width-folded* text (see :func:`govdisclosure.normalize.text.fold_width`),
so full-width digits, ``｜`` and ``／`` are already their ASCII twins.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "MAX_CELLS_PER_LINE",
    "PLACEHOLDERS",
    "VALUE_UNITS",
    "drop_lost_mark",
    "ends_sentence",
    "is_footer",
    "is_heading",
    "is_number",
    "is_value",
]

#: Lines with more cells than this are not table rows (bounds work on junk such as a 1 MB line of ``|``).
MAX_CELLS_PER_LINE: Final = 256

#: Cells that stand for "nothing to report" in the official tables (kept distinct from 0 by the extractor).
PLACEHOLDERS: Final[frozenset[str]] = frozenset(
    {"/", "-", "--", "—", "——", "–", "无", "不适用", "暂无", "×"},
)

#: Units a value cell may carry after its figure (``12345元``, ``0.5万元``, ``35%``).
VALUE_UNITS: Final[tuple[str, ...]] = (
    "万元",
    "亿元",
    "元",
    "万",
    "亿",
    "件",
    "个",
    "条",
    "次",
    "人",
    "项",
    "%",
    "‰",
)

_UNIT_ALT = "|".join(re.escape(u) for u in VALUE_UNITS)
# A figure: optional sign, digits with optional thousands commas, optional decimals, optional unit.
# A sign may be written 增/减 (a 本年增/减 cell: "减4").
_NUMBER_RE: Final = re.compile(rf"[+\-−增减]?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:{_UNIT_ALT})?")

# A character the page's encoding could not hold (a no-break space saved as GBK) comes back as
# "?" or U+FFFD; before a figure and a space it is that lost space, not part of the figure ("? 0").
_LOST_MARK_RE: Final = re.compile(r"[?\ufffd]+\s+(?=[+\-−增减]?\d)")

# Page numbers a PDF text layer leaves between rows: "- 5 -", "第 5 页", "第5页 共9页", "5/9".
_FOOTER_RE: Final = re.compile(
    r"\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*",
)

# A chapter heading: Chinese ordinal + 、 and a title (not a bare "三、" that a wrapped label starts with).
_HEADING_RE: Final = re.compile(r"\s*[一二三四五六七八九十]{1,3}[、.]\s*\S{4}")

_SENTENCE_END: Final = ("。", ";", "；", "!", "！", "?", "？", ":", "：")


def drop_lost_mark(cell: str) -> str:
    """*cell* without a leading lost-character mark (``?`` or U+FFFD then a space) before a figure.

    >>> drop_lost_mark("? 0"), drop_lost_mark("?0"), drop_lost_mark("规章")
    ('0', '?0', '规章')
    """
    if cell[:1] not in ("?", "\ufffd"):
        return cell
    m = _LOST_MARK_RE.match(cell)
    return cell if m is None else cell[m.end() :]


def is_number(cell: str) -> bool:
    """Whether *cell* (stripped, folded) is a figure, possibly signed, decimal or with a unit.

    A leading lost-character mark is passed over (:func:`drop_lost_mark`).

    >>> [is_number(s) for s in ("447228", "+1036", "-3", "96171.6", "0.5万元", "1,232", "1.属于", "2024年")]
    [True, True, True, True, True, True, False, False]
    >>> is_number("? 0"), is_number("?"), is_number("? 规章")
    (True, False, False)
    """
    return _NUMBER_RE.fullmatch(drop_lost_mark(cell)) is not None


def is_value(cell: str) -> bool:
    """Whether *cell* is a figure or a placeholder such as ``/``, ``—`` or ``无``.

    >>> [is_value(s) for s in ("0", "/", "—", "无", "规章", "", "减4")]
    [True, True, True, True, False, False, True]
    """
    return cell in PLACEHOLDERS or is_number(cell)


def is_footer(line: str) -> bool:
    """Whether *line* is only a page number (``- 5 -``, ``第 5 页``).

    >>> is_footer("- 5 -"), is_footer(" 第 2 页 共 6 页"), is_footer("- 5 - 规章")
    (True, True, False)
    """
    return _FOOTER_RE.fullmatch(line) is not None


def is_heading(line: str) -> bool:
    """Whether *line* opens a numbered chapter (``三、收到和处理…``), not a wrapped ``三、``.

    >>> is_heading("二、主动公开政府信息情况"), is_heading("三、"), is_heading("（一）予以公开")
    (True, False, False)
    """
    return _HEADING_RE.match(line) is not None


def ends_sentence(line: str) -> bool:
    """Whether *line* ends a sentence (prose, never a table label).

    >>> ends_sentence("现报告如下："), ends_sentence("规章")
    (True, False)
    """
    return line.rstrip().endswith(_SENTENCE_END)
