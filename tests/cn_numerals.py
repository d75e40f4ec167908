"""Test-only formatter of Chinese numerals, used to check ``parse_number`` round trips.

Written independently of the parser: it writes the standard form (零 for
skipped places, 十 for 一十 where idiomatic) and two variants the parser must
also read: a leading 一十 kept, and 两 for a leading 2 before 百/千/万/亿.
"""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"
_PLACES = ("", "十", "百", "千")


def _section(n: int, *, liang: bool) -> str:
    """0 < n < 10000 written with 千百十, 零 for inner gaps."""
    out: list[str] = []
    gap = False
    for power in (3, 2, 1, 0):
        d = n // 10**power % 10
        if d == 0:
            if out:
                gap = True
            continue
        if gap:
            out.append("零")
            gap = False
        digit = "两" if liang and d == 2 and power >= 2 and not out else _DIGITS[d]
        out.append(digit + _PLACES[power])
    return "".join(out)


def to_chinese(n: int, *, liang: bool = False, yi_shi: bool = False, zero: bool = True) -> str:
    """Write 0 <= n < 10**12 as a Chinese numeral.

    ``liang`` writes a leading 2 before 百/千 (and before 万/亿) as 两;
    ``yi_shi`` keeps 一十 at the very start (一十一 instead of 十一);
    ``zero=False`` drops each 零 that is followed by a digit with its own
    place unit (一千一十 for 一千零一十), the only places where leaving it
    out keeps the value.
    """
    if not 0 <= n < 10**12:
        raise ValueError(n)
    if n == 0:
        return "零"
    groups = [(n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")]
    out: list[str] = []
    need_zero = False
    for value, unit in groups:
        if value == 0:
            if out:
                need_zero = True
            continue
        if out and (need_zero or value < 1000):
            out.append("零")
        need_zero = False
        lead_two = liang and not out and value == 2 and unit
        text = "两" if lead_two else _section(value, liang=liang and not out)
        out.append(text + unit)
    result = "".join(out)
    if not zero:
        result = _drop_zeros(result)
    if not yi_shi and result.startswith("一十"):
        result = result[1:]
    return result


def _drop_zeros(s: str) -> str:
    """Remove 零 where a digit and its place unit follow it."""
    out: list[str] = []
    for i, ch in enumerate(s):
        if ch == "零" and i + 2 < len(s) and s[i + 2] in "十百千万亿":
            continue
        out.append(ch)
    return "".join(out)
