"""Read one number written in Arabic digits, Chinese numerals or a mix of both."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from govdisclosure.lexicon.numerals import (
    BIG_UNITS,
    DECIMAL_POINTS,
    DIGITS,
    LIANG,
    MAX_ARABIC_DIGITS,
    SMALL_UNITS,
    ZEROS,
)
from govdisclosure.normalize.text import fold_width

__all__ = ["parse_number"]

Number = int | Decimal

# Only ASCII digits: ``\d`` would also accept Arabic-Indic and other scripts.
_ARABIC: Final = re.compile(r"[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
_TOKEN: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?|.", re.DOTALL)
_NO_UNIT: Final[int] = 10**9  # sentinel above every small unit
# No real number is written with more characters than this; longer text is not one number.
_MAX_LEN: Final[int] = 64


def parse_number(s: str) -> int | Decimal | None:
    """Read *s* as one number, or return ``None`` when it is not exactly one number.

    Accepts Arabic digits (``,`` thousands separators, full-width digits,
    decimals, a leading sign), Chinese numerals (``三千六百七十``, ``两百``,
    ``十一``, ``三百零五``, ``二〇一九`` read digit by digit, financial
    ``壹佰贰拾``), Chinese decimals (``六十二点七``) and mixed forms
    (``1.5万``, ``3千``, ``118亿``, ``1万2千``).  A decimal is returned as
    :class:`~decimal.Decimal` unless a multiplier makes it whole.  Never
    raises; linear in ``len(s)``.

    >>> parse_number("1,232"), parse_number("３６７０"), parse_number("62.7")
    (1232, 3670, Decimal('62.7'))
    >>> parse_number("三千六百七十"), parse_number("两百"), parse_number("三百零五")
    (3670, 200, 305)
    >>> parse_number("二〇一九"), parse_number("壹佰贰拾"), parse_number("六十二点七")
    (2019, 120, Decimal('62.7'))
    >>> parse_number("1.5万"), parse_number("118亿"), parse_number("1万2千")
    (15000, 11800000000, 12000)
    >>> parse_number("12件") is None, parse_number("") is None, parse_number("十十") is None
    (True, True, True)
    """
    t = s.strip()
    if not t or len(t) > _MAX_LEN:
        return None
    if t.isascii():
        if t.isdigit():  # fast path for the common case: plain digits
            return int(t) if len(t) <= MAX_ARABIC_DIGITS else None
    else:
        t = fold_width(t)  # (ASCII text has nothing to fold)
        if len(t) == 1 and t in DIGITS:
            return DIGITS[t]  # 三, 五: one Chinese digit
    if _ARABIC.fullmatch(t):
        return _arabic(t)
    try:
        return _chinese(t)
    except (ArithmeticError, ValueError):  # pragma: no cover - defensive: stay total
        return None


def _arabic(t: str) -> Number | None:
    """An all-ASCII number already matched by ``_ARABIC``."""
    digits = t.replace(",", "")
    # what is not a digit: at most one sign and one point (the pattern allows nothing else)
    if len(digits) - digits.count(".") - (digits[0] in "+-") > MAX_ARABIC_DIGITS:
        return None
    if "." in digits:
        return Decimal(digits)
    return int(digits)


def _whole(value: Decimal) -> Number:
    """``value`` as an int when it is whole (a multiplier made it so)."""
    if value == value.to_integral_value():
        return int(value)
    return value


def _chinese(t: str) -> Number | None:
    """Chinese or mixed numeral; ``None`` on anything malformed."""
    points = [i for i, ch in enumerate(t) if ch in DECIMAL_POINTS]
    if len(points) > 1:
        return None
    if points:
        return _chinese_decimal(t[: points[0]], t[points[0] + 1 :])
    tokens = [m.group() for m in _TOKEN.finditer(t)]
    if all(tok in DIGITS for tok in tokens):
        return _digit_by_digit(tokens)
    return _with_units(tokens)


def _digit_by_digit(tokens: list[str]) -> Number | None:
    """二〇一九 → 2019; 两 only stands alone."""
    if len(tokens) > MAX_ARABIC_DIGITS:
        return None
    if len(tokens) > 1 and any(tok in LIANG for tok in tokens):
        return None
    return int("".join(str(DIGITS[tok]) for tok in tokens))


def _chinese_decimal(left: str, right: str) -> Number | None:
    """六十二点七, 三点五万: whole part, digit-by-digit fraction, optional 万/亿 tail."""
    tail = 1
    while right and right[-1] in BIG_UNITS:
        tail *= BIG_UNITS[right[-1]]
        right = right[:-1]
    if not left or not right or len(right) > MAX_ARABIC_DIGITS:
        return None
    if any(ch not in DIGITS or ch in LIANG for ch in right):
        return None
    whole = _chinese(left)
    if not isinstance(whole, int):
        return None
    if tail > 1 and any(ch in BIG_UNITS for ch in left):
        return None
    frac = "".join(str(DIGITS[ch]) for ch in right)
    value = Decimal(f"{whole}.{frac}")
    return _whole(value * tail) if tail > 1 else value


def _with_units(tokens: list[str]) -> Number | None:
    """Positional reading with 十百千 inside a section and 万/亿 closing sections."""
    total: Number = 0  # the part multiplied by 亿
    wan: Number = 0  # the part multiplied by 万 (inside the current 亿 level)
    sec: Number = 0  # the current section below 万
    digit: Number | None = None
    digit_is_arabic = False
    seen_yi = seen_wan = False
    last_small = _NO_UNIT
    last_big = 0
    prev = "start"  # kind of the previous token: start/digit/zero/small/big
    before_digit = "start"
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok[0].isdigit() and tok[0] in "0123456789":
            if digit is not None or len(tok.split(".")[0]) > MAX_ARABIC_DIGITS:
                return None
            digit = Decimal(tok) if "." in tok else int(tok)
            digit_is_arabic = True
            before_digit, prev = prev, "digit"
        elif tok in ZEROS:
            if digit is not None or prev in ("start", "zero"):
                return None
            prev = "zero"
        elif tok in DIGITS:
            if digit is not None:
                return None
            if tok in LIANG and (i + 1 >= n or (tokens[i + 1] not in SMALL_UNITS and tokens[i + 1] not in BIG_UNITS)):
                return None
            if tok in LIANG and i + 1 < n and SMALL_UNITS.get(tokens[i + 1]) == 10:
                return None  # 两十 is not written
            digit = DIGITS[tok]
            digit_is_arabic = False
            before_digit, prev = prev, "digit"
        elif tok in SMALL_UNITS:
            unit = SMALL_UNITS[tok]
            if digit is None:
                if unit != 10 or prev not in ("start", "big", "zero"):
                    return None
                digit = 1
            if unit >= last_small or (digit_is_arabic and digit >= 10):
                return None
            sec += digit * unit
            last_small = unit
            digit, digit_is_arabic = None, False
            prev = "small"
        elif tok in BIG_UNITS:
            big = BIG_UNITS[tok]
            value = sec + (digit if digit is not None else 0)
            if prev == "zero":
                return None
            if big == 10**4:
                if seen_wan or value == 0:
                    return None
                wan = value * big
                seen_wan = True
            else:
                if seen_yi:
                    return None
                value += wan
                if value == 0:
                    return None
                total = value * big
                wan, seen_wan, seen_yi = 0, False, True
            sec, digit, digit_is_arabic = 0, None, False
            last_small, last_big = _NO_UNIT, big
            prev = "big"
        else:
            return None
    if prev in {"zero", "start"}:
        return None
    if digit is not None:
        if before_digit == "small" and last_small == 10:
            sec += digit
        elif before_digit == "small" and not digit_is_arabic:
            sec += digit * (last_small // 10)  # 三百五 = 350
        elif before_digit == "big" and not digit_is_arabic:
            sec += digit * (last_big // 10)  # 一万五 = 15000
        elif before_digit == "small":
            return None  # 1千5 is ambiguous
        elif before_digit == "big" and digit >= 10_000:
            return None
        else:
            sec += digit
    result = total + wan + sec
    if isinstance(result, Decimal):
        return _whole(result)
    return result
