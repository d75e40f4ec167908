"""Numeral characters: Chinese digits, financial numerals and the multiplier units.

All keys are given in the *matching view* (simplified, width-folded); a few
traditional forms are listed as well so the tables also work on raw text.
Used by :mod:`govdisclosure.normalize.numbers` and
:mod:`govdisclosure.normalize.quantities`.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "BIG_UNITS",
    "DECIMAL_POINTS",
    "DIGITS",
    "LIANG",
    "MAX_ARABIC_DIGITS",
    "NUMERAL_RUN_CHARS",
    "SMALL_UNITS",
    "ZEROS",
]

#: Chinese digit characters (ordinary and financial) → value.
DIGITS: Final[dict[str, int]] = {
    "零": 0,
    "〇": 0,
    "○": 0,  # U+25CB, often typed for 〇 in years
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "叄": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}

#: Characters that write zero; inside a numeral they only mark a skipped place.
ZEROS: Final[frozenset[str]] = frozenset({"零", "〇", "○"})

#: The colloquial 2 (两/兩): only valid before a unit (两百, 两万) or alone.
LIANG: Final[frozenset[str]] = frozenset({"两", "兩"})

#: Units below 万 (ordinary and financial) → multiplier.
SMALL_UNITS: Final[dict[str, int]] = {
    "十": 10,
    "拾": 10,
    "百": 100,
    "佰": 100,
    "千": 1000,
    "仟": 1000,
}

#: Section units → multiplier.
BIG_UNITS: Final[dict[str, int]] = {
    "万": 10**4,
    "萬": 10**4,
    "亿": 10**8,
    "億": 10**8,
}

#: Decimal point in Chinese numerals (六十二点七) and its traditional form.
DECIMAL_POINTS: Final[frozenset[str]] = frozenset({"点", "點"})

#: Arabic digit runs longer than this are not read as one number (phone
#: numbers, codes, garbage); it also keeps ``int()`` far from its size limit.
MAX_ARABIC_DIGITS: Final[int] = 24

#: Characters that may form a numeral run when scanning text (the matching
#: view).  参 is left out on purpose: in simplified text it is almost always
#: the verb 参 (参加, 参与), and 參 only reaches the view as 参.
NUMERAL_RUN_CHARS: Final[frozenset[str]] = frozenset(
    (set(DIGITS) - {"參"}) | set(SMALL_UNITS) | set(BIG_UNITS) | set(DECIMAL_POINTS) | set("0123456789.,")
)
