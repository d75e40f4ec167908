"""parse_number: example table and round-trip properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.normalize import fold_width, numbers, parse_number
from tests.cn_numerals import to_chinese

_FULL = str.maketrans("0123456789.,", "０１２３４５６７８９．，")

EXAMPLES: list[tuple[str, int | Decimal | None]] = [
    ("0", 0),
    ("42", 42),
    ("1,232", 1232),
    ("12,345,678", 12345678),
    ("３６７０", 3670),
    ("62.7", Decimal("62.7")),
    ("0.50", Decimal("0.50")),
    ("-3", -3),
    (" 15 ", 15),
    ("三千六百七十", 3670),
    ("两百", 200),
    ("两千零五", 2005),
    ("一十一", 11),
    ("十一", 11),
    ("十", 10),
    ("三百零五", 305),
    ("一千零一十", 1010),
    ("十万零三", 100003),
    ("二〇一九", 2019),
    ("二零二一", 2021),
    ("壹佰贰拾叁", 123),
    ("叁仟零伍拾", 3050),
    ("兩萬", 20000),
    ("一億", 100000000),
    ("1.5万", 15000),
    ("3千", 3000),
    ("118亿", 11800000000),
    ("1万2千", 12000),
    ("12万3456", 123456),
    ("2.35亿", 235000000),
    ("1.23456万", Decimal("12345.6")),
    ("六十二点七", Decimal("62.7")),
    ("三点五万", 35000),
    ("三百五", 350),
    ("一万五", 15000),
    ("一万亿", 10**12),
    # not one number
    ("", None),
    ("   ", None),
    ("百", None),
    ("十十", None),
    ("一千零", None),
    ("两十", None),
    ("五两", None),
    ("1,23", None),
    ("1.2.3", None),
    ("12件", None),
    ("约12", None),
    ("一万一万", None),
    ("亿万", None),
    ("1千5", None),
    ("abc", None),
    ("٣", None),
    ("1" * 40, None),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_parse_number_examples(text: str, expected: int | Decimal | None) -> None:
    """Each printed form reads as the expected number, or as None."""
    result = parse_number(text)
    assert result == expected
    assert type(result) is type(expected)


@settings(max_examples=300)
@given(
    st.one_of(st.integers(0, 10**12 - 1), st.integers(0, 10**5)),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_chinese_numeral_round_trip(n: int, liang: bool, yi_shi: bool, zero: bool) -> None:
    """A generated Chinese numeral reads back as the integer it was made from."""
    assert parse_number(to_chinese(n, liang=liang, yi_shi=yi_shi, zero=zero)) == n


@given(st.integers(0, 10**12 - 1))
def test_traditional_and_financial_forms_agree(n: int) -> None:
    """Traditional (萬 億 兩) and financial (壹 貳 … 拾 佰 仟) forms read the same."""
    plain = to_chinese(n, liang=True)
    trad = plain.translate(str.maketrans("万亿两", "萬億兩"))
    financial = plain.translate(str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟"))
    assert parse_number(trad) == n
    assert parse_number(financial) == n


@given(st.integers(-(10**15), 10**15), st.booleans())
def test_arabic_and_full_width_agree(n: int, grouped: bool) -> None:
    """Half-width and full-width Arabic digits (with or without separators) agree."""
    text = f"{n:,}" if grouped else str(n)
    assert parse_number(text) == n
    assert parse_number(text.translate(_FULL)) == n


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False))
def test_decimals_read_exactly(d: Decimal) -> None:
    """Decimal figures come back as the same Decimal."""
    text = f"{d:f}"
    result = parse_number(text)
    assert result == d


@given(st.integers(1, 9999), st.sampled_from([("万", 10**4), ("亿", 10**8), ("千", 10**3)]))
def test_arabic_with_multiplier(n: int, unit: tuple[str, int]) -> None:
    """Arabic digits before 万/亿/千 are multiplied (千 only after one digit)."""
    word, factor = unit
    expected = n * factor if word != "千" or n < 10 else None
    assert parse_number(f"{n}{word}") == expected


@given(st.integers(1000, 2999))
def test_digit_by_digit_years(year: int) -> None:
    """A year written digit by digit (二〇一九) reads as the year."""
    text = "".join("〇一二三四五六七八九"[int(ch)] for ch in str(year))
    assert parse_number(text) == year


@given(st.text())
def test_never_raises(s: str) -> None:
    """Any string gives a number or None."""
    result = parse_number(s)
    assert result is None or isinstance(result, int | Decimal)


@given(st.text(alphabet="0123456789,.零一二两三四五六七八九十百千万亿点壹佰", max_size=30))
def test_never_raises_on_numeral_soup(s: str) -> None:
    """Strings made only of numeral characters never raise either."""
    result = parse_number(s)
    assert result is None or isinstance(result, int | Decimal)


def test_width_folding_is_applied() -> None:
    """Full-width input is folded before reading."""
    assert parse_number("１，２３２") == parse_number(fold_width("１，２３２")) == 1232


@given(st.text(alphabet="0123456789", min_size=1, max_size=70), st.sampled_from(["", " ", "\t"]))
def test_plain_digit_fast_path_agrees_with_full_width_reading(digits: str, pad: str) -> None:
    """Plain ASCII digits (fast path) read as their full-width form does (general path)."""
    wide = digits.translate({cp: cp + 0xFEE0 for cp in range(0x30, 0x3A)})
    expected = (int(digits) if len(digits) <= 24 else None) if len(digits) <= 64 else None
    assert parse_number(pad + digits + pad) == parse_number(wide) == expected


def _plain_parse_number(s: str) -> int | Decimal | None:
    """parse_number without its fast paths: fold, then the Arabic pattern or the Chinese reading."""
    t = s.strip()
    if not t or len(t) > 64:
        return None
    t = fold_width(t)
    if numbers._ARABIC.fullmatch(t):
        digits = t.replace(",", "")
        if sum(ch.isdigit() for ch in digits) > 24:
            return None
        return Decimal(digits) if "." in digits else int(digits)
    return numbers._chinese(t)


@given(st.text(alphabet="0123456789,.+-１２零一二两三四五六七八九十百千万亿点壹佰○〇 ", max_size=30))
def test_fast_paths_agree_with_the_plain_reading(s: str) -> None:
    """The plain-digit, single-Chinese-digit and digit-count shortcuts change no reading."""
    assert parse_number(s) == _plain_parse_number(s)
