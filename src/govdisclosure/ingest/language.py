"""Script of a document: simplified (zh-Hans) or traditional (zh-Hant) Chinese."""

from __future__ import annotations

import operator
import re
from typing import Final

from govdisclosure.model import Language

__all__ = ["HANT_SHARE", "detect_language"]

#: Share of CJK characters that change under t2s above which a document is zh-Hant.
#: Traditional text changes 15-30 % of its characters; simplified pages with a
#: few stray traditional characters stay well under this.
HANT_SHARE: Final = 0.06

_MIN_CJK: Final = 10
_SAMPLE: Final = 20000  # characters per sampled stretch
_STRETCHES: Final = 5


# The ranges of _is_cjk, as runs.
_CJK_RUN: Final = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def _stretches(n: int) -> list[tuple[int, int]]:
    """Up to five evenly spread stretches of the text: the share is estimated, not counted, on long input."""
    if n <= _SAMPLE * _STRETCHES:
        return [(0, n)]
    step = n // _STRETCHES
    return [(k * step, k * step + _SAMPLE) for k in range(_STRETCHES)]


def detect_language(text: str, view: str) -> tuple[Language, float]:
    """The script of *text* and the share of its CJK characters that the simplified *view* changes.

    >>> detect_language("政府信息公開工作年度報告", "政府信息公开工作年度报告")[0].value
    'zh-Hant'
    >>> detect_language("政府信息公开", "政府信息公开")[0].value
    'zh-Hans'
    """
    cjk = changed = 0
    for lo, hi in _stretches(len(text)):
        part, seen = text[lo:hi], view[lo:hi]
        # Count in C: CJK runs by regex; a run the view leaves alone (all of a simplified text)
        # is one string comparison, only a changed run is compared character by character.
        for m in _CJK_RUN.finditer(part):
            start, end = m.span()
            cjk += end - start
            run, viewed = m.group(), seen[start:end]
            if run != viewed:
                changed += sum(map(operator.ne, run, viewed))
    share = changed / cjk if cjk else 0.0
    hant = cjk >= _MIN_CJK and share >= HANT_SHARE
    return (Language.HANT if hant else Language.HANS), share
