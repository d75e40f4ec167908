"""The parts a report's preamble says it consists of (本报告由概述、…组成 / 全文包括…).

Comparing them with the chapters actually present shows truncated copies.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from govdisclosure.model import Span, TextValue

__all__ = ["find_declared_parts"]

# The list starts after one of these cues and runs to 组成/…部分 or the end of the sentence.
# Every alternative opens with a literal, so that the engine scans for their first characters
# ('由(?<![理自]由)' is '(?<![理自])由').
_CUE: Final = re.compile(
    r"分别是[:：]?|分别为[:：]?|全文(?:主要)?包括|报告(?:主要)?包括|年报(?:主要)?包括|内容(?:主要)?包括"
    r"|由(?<![理自]由)(?=[^。\n]{4,400}组成)"
)
_SENTENCE_END: Final = re.compile(r"[。\n]")
_LIST_END: Final = re.compile(r"(?:等|共)*[0-9一二三四五六七八九十]*个?部分(?:组成|构成)?|组成|构成")
_COMMA: Final = frozenset(",，;；")
_ENUM_COMMA: Final = frozenset("、")
_OPEN: Final = frozenset("(（《“")
_CLOSE: Final = frozenset(")）》”")
_LIST_MARK: Final = re.compile("[" + re.escape("".join(sorted(_COMMA | _ENUM_COMMA | _OPEN | _CLOSE))) + "]")
_LEAD: Final = re.compile(r"以及|及|和")
_TRAILING_DENG: Final = re.compile(r"等$")
_MIN_PARTS: Final = 3
_MAX_PART: Final = 40


def _separators(view: str, lo: int, hi: int) -> list[int]:
    """Positions of the list's separators outside brackets: commas if the list uses them, else 、."""
    commas: list[int] = []
    enums: list[int] = []
    depth = 0
    for m in _LIST_MARK.finditer(view, lo, hi):  # only brackets and separators matter: skip the rest
        ch = m.group()
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _COMMA:
            commas.append(m.start())
        elif depth == 0 and ch in _ENUM_COMMA:
            enums.append(m.start())
    # A list written with commas may use 、 inside a part (复议、诉讼情况).
    return commas if len(commas) >= _MIN_PARTS - 1 else sorted(commas + enums)


def find_declared_parts(text: str, view: str, start: int, end: int) -> tuple[TextValue, ...]:
    """Return the parts listed in the first sentence of ``view[start:end]`` that declares them.

    A list needs at least three parts; each part is sliced from *text* as printed.

    >>> s = "本报告由概述、主动公开情况、存在问题及改进措施共三个部分组成。"
    >>> [p.value for p in find_declared_parts(s, s, 0, len(s))]
    ['概述', '主动公开情况', '存在问题及改进措施']
    """
    for cue in _CUE.finditer(view, start, end):
        stop = _SENTENCE_END.search(view, cue.end(), end)
        list_end = stop.start() if stop else end
        closing = _LIST_END.search(view, cue.end(), list_end)
        if closing is not None:
            list_end = closing.start()
        parts: list[TextValue] = []
        bounds = [cue.end() - 1, *_separators(view, cue.end(), list_end), list_end]
        for a, b in itertools.pairwise(bounds):
            lo, hi = a + 1, b
            lead = _LEAD.match(view, lo, hi)
            if lead:
                lo = lead.end()
            while lo < hi and view[lo].isspace():
                lo += 1
            while hi > lo and view[hi - 1].isspace():
                hi -= 1
            if _TRAILING_DENG.search(view, lo, hi):
                hi -= 1
            if hi > lo:
                parts.append(TextValue(value=text[lo:hi], span=Span(start=lo, end=hi)))
        if len(parts) >= _MIN_PARTS and all(len(p.value) <= _MAX_PART for p in parts):
            return tuple(parts)
    return ()
