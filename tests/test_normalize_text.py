"""normalize_text, fold_width, to_simplified and matching_view."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.normalize import fold_width, matching_view, normalize_text, to_simplified

_HALF = "".join(chr(c) for c in range(0x21, 0x7F))
_FULL = "".join(chr(c + 0xFEE0) for c in range(0x21, 0x7F))


def test_fold_width_maps_the_whole_block() -> None:
    """Every full-width ASCII character folds to its half-width twin."""
    assert fold_width(_FULL) == _HALF
    assert fold_width("\u3000") == " "


def test_to_simplified_keeps_length() -> None:
    """Traditional text becomes simplified one character for one."""
    text = "政府信息公開工作年度報告，國辦發〔2017〕47號"
    simple = to_simplified(text)
    assert len(simple) == len(text)
    assert simple == "政府信息公开工作年度报告，国办发〔2017〕47号"


def test_normalize_text_examples() -> None:
    """Spaces, line ends and blank lines are unified; width folded."""
    assert normalize_text(" Ａ\u3000\u3000Ｂ\r\n\r\n\r\n\r\nＣ \t") == "A B\n\nC"
    assert normalize_text("a\u200bb") == "ab"


@given(st.text())
def test_normalize_text_idempotent(s: str) -> None:
    """normalize_text applied twice equals once."""
    once = normalize_text(s)
    assert normalize_text(once) == once


@given(st.text(alphabet=_HALF + " 年月日一二三政府信息公开"))
def test_normalize_text_width_invariant(s: str) -> None:
    """Writing the ASCII part full-width does not change the normalized text."""
    widened = s.translate(str.maketrans(_HALF, _FULL))
    assert normalize_text(widened) == normalize_text(s)


@given(st.text())
def test_matching_view_keeps_length(s: str) -> None:
    """The matching view has the same length as the text, so spans carry over."""
    assert len(matching_view(s)) == len(s)
    assert len(fold_width(s)) == len(s)
    assert len(to_simplified(s)) == len(s)


@given(st.text(alphabet="國辦發號萬億兩與於這個開報電話傳真郵編，。０１２３abc\n"))
def test_matching_view_of_traditional_text(s: str) -> None:
    """The view of traditional text is stable (view of view is the view)."""
    view = matching_view(s)
    assert len(view) == len(s)
    assert matching_view(view) == view
