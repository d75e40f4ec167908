"""Invariants of the normalization lexicons (numerals, units, 文号, contact cues)."""

from __future__ import annotations

from govdisclosure.lexicon import contacts, docnumbers, numerals, units
from govdisclosure.model import Approximation
from govdisclosure.normalize import matching_view


def test_digit_values_are_digits() -> None:
    """Every numeral character maps to 0–9; zeros and 两 are digits too."""
    assert set(numerals.DIGITS.values()) == set(range(10))
    assert set(numerals.DIGITS) >= numerals.ZEROS
    assert set(numerals.DIGITS) >= numerals.LIANG
    assert all(numerals.DIGITS[ch] == 0 for ch in numerals.ZEROS)


def test_units_do_not_collide_with_digits() -> None:
    """Place units, section units, decimal points and digits are disjoint sets."""
    groups = [set(numerals.DIGITS), set(numerals.SMALL_UNITS), set(numerals.BIG_UNITS), set(numerals.DECIMAL_POINTS)]
    for i, a in enumerate(groups):
        for b in groups[i + 1 :]:
            assert not a & b
    assert sorted(set(numerals.SMALL_UNITS.values())) == [10, 100, 1000]
    assert sorted(set(numerals.BIG_UNITS.values())) == [10**4, 10**8]


def test_run_chars_reach_the_view() -> None:
    """Characters of numeral runs survive the matching view (they are looked up there)."""
    for ch in numerals.NUMERAL_RUN_CHARS:
        assert matching_view(ch) in numerals.NUMERAL_RUN_CHARS | {"参"}


def test_counting_units_are_unique_and_in_view_form() -> None:
    """Units are unique, simplified, free of numeral characters and never a non-quantity follower."""
    assert len(set(units.UNITS)) == len(units.UNITS)
    for unit in units.UNITS:
        assert unit
        assert matching_view(unit) == unit
        assert not set(unit) & (set(numerals.DIGITS) | set(numerals.BIG_UNITS) | set("0123456789"))
        assert unit not in units.NON_QUANTITY_FOLLOWERS


def test_approximation_words_cover_the_enum() -> None:
    """All approximation words are in view form and every non-exact kind has a word."""
    tables = (units.APPROX_BEFORE, units.APPROX_AFTER_NUMBER, units.APPROX_AFTER_UNIT)
    kinds = {kind for table in tables for kind in table.values()}
    assert kinds == set(Approximation) - {Approximation.EXACT}
    for table in tables:
        for word in table:
            assert matching_view(word) == word
            assert not set(word) & set(numerals.DIGITS)
    assert set(units.APPROX_BLOCKERS) <= {w for w in units.APPROX_BEFORE if len(w) == 1}


def test_percent_tables() -> None:
    """Percent prefixes and signs map onto % and ‰ only."""
    assert set(units.PERCENT_PREFIXES.values()) | set(units.PERCENT_SIGNS.values()) == {"%", "‰"}


def test_doc_number_tables() -> None:
    """Bracket pairs are distinct characters; stop words never contain a bracket or digit."""
    opens, closes = set(docnumbers.DOC_BRACKETS), set(docnumbers.DOC_BRACKETS.values())
    assert not opens & closes
    assert docnumbers.CANONICAL_BRACKETS[0] in opens
    for word in docnumbers.ISSUER_STOP_WORDS:
        assert word
        assert matching_view(word) == word
        assert not set(word) & (opens | closes | set("0123456789"))
    assert len(set(docnumbers.ISSUER_STOP_WORDS)) == len(docnumbers.ISSUER_STOP_WORDS)
    assert docnumbers.MAX_ISSUER_LEN > 2


def test_contact_cues() -> None:
    """Phone, fax, postcode and address cues are distinct and in view form."""
    all_cues = contacts.PHONE_CUES + contacts.FAX_CUES + contacts.POSTCODE_CUES + contacts.ADDRESS_CUES
    assert len(set(all_cues)) == len(all_cues)
    for cue in all_cues:
        assert matching_view(cue) == cue
    assert contacts.CUE_GAP > 0
    assert all(len(j) == 1 for j in contacts.NUMBER_JOINERS)
