"""Robustness: every public normalize function is total and linear on long input."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdisclosure.normalize as nz

_FUNCS: list[Callable[[str], object]] = [
    nz.parse_number,
    nz.parse_quantity,
    nz.find_quantities,
    nz.parse_date,
    nz.find_dates,
    nz.parse_doc_number,
    nz.find_doc_numbers,
    nz.find_contacts,
    nz.normalize_text,
    nz.fold_width,
    nz.to_simplified,
    nz.matching_view,
]

# Inputs that would make a backtracking or quadratic scanner crawl.
_UNIT = 50_000
_LONG_INPUTS = {
    "digits": "1" * _UNIT,
    "yi": "一" * _UNIT,
    "shi": "十" * _UNIT,
    "grouped": "1,234" * (_UNIT // 5),
    "commas": ",1" * (_UNIT // 2),
    "dots": "1." * (_UNIT // 2),
    "at": "a@" * (_UNIT // 2),
    "letters": "a" * _UNIT,
    "www": "www." * (_UNIT // 4),
    "brackets": "发〔2018〕" * (_UNIT // 8),
    "phones": "电话" * (_UNIT // 2),
    "years": "2018年" * (_UNIT // 5),
    "spaces": "2018" + " " * _UNIT,
    "mixed": "1万余人次，" * (_UNIT // 6),
}


def test_public_api_is_curated() -> None:
    """__all__ lists exactly the public functions, sorted."""
    assert nz.__all__ == sorted(nz.__all__)
    assert {f.__name__ for f in _FUNCS} == set(nz.__all__)


@pytest.mark.parametrize("name", sorted(_LONG_INPUTS))
def test_long_inputs_are_fast(name: str) -> None:
    """50 000-character adversarial strings stay far below the (generous) bound."""
    text = _LONG_INPUTS[name]
    for func in _FUNCS:
        started = time.perf_counter()
        func(text)
        elapsed = time.perf_counter() - started
        assert elapsed < 5.0, (func.__name__, name, elapsed)


def test_megabyte_of_digits_and_yi() -> None:
    """A 1 MB string of digits or of 一 is read as no number, quickly."""
    for text in ("9" * 1_000_000, "一" * 1_000_000):
        started = time.perf_counter()
        assert nz.parse_number(text) is None
        assert nz.find_quantities(text) == []
        assert time.perf_counter() - started < 10.0


@settings(max_examples=300)
@given(st.text())
def test_no_function_raises(s: str) -> None:
    """No public function raises on any string."""
    for func in _FUNCS:
        func(s)


@given(
    st.text(
        alphabet="0123456789０１２３,.，。、%％年月日号〔〕[]()（）零一二两十百千万亿余多约近电话传真:@w.", max_size=80
    )
)
def test_no_function_raises_on_dense_input(s: str) -> None:
    """No public function raises on text dense in numerals and cue characters."""
    for func in _FUNCS:
        func(s)


@settings(max_examples=100)
@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=40))
def test_no_function_raises_on_surrogates_and_controls(s: str) -> None:
    """Lone surrogates, NUL and other control characters never make a function raise."""
    for func in _FUNCS:
        func(s)
    assert len(nz.matching_view(s)) == len(s)


def test_lone_surrogate_example() -> None:
    """A lone surrogate is kept in place and the rest is still simplified."""
    assert nz.matching_view("國\ud800辦\x00發") == "国\ud800办\x00发"
