"""normalize_text, fold_width, to_simplified and matching_view."""

from __future__ import annotations

import subprocess
from importlib import resources
from pathlib import Path

import pytest
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


# -- the t2s prefilter: the fast path gives what OpenCC gives line by line ---------------------------------

_MIXED = (
    "國辦發號萬億兩與於這個開報電話政府信息公开年度乾燥乾隆覆反覆什么甦瞭望，。０１２ab\n\n\x00\ud800\U00020000\uf900"
)


def _reference_view(s: str) -> str:
    """The view as computed before the fast paths: fold, unify, then OpenCC on every line."""
    from govdisclosure.normalize import text as t

    conv = t._t2s_converter()
    assert conv is not None
    return t._simplify_lines(conv.convert, t._unify_punct(fold_width(s)))  # type: ignore[attr-defined]


@given(st.text(alphabet=_MIXED, max_size=80), st.integers(min_value=0, max_value=3))
def test_to_simplified_fast_path_equals_line_by_line(s: str, copies: int) -> None:
    """Skipping lines without a changing character, and converting blocks, equals OpenCC line by line."""
    from govdisclosure.normalize import text as t

    conv = t._t2s_converter()
    assert conv is not None
    text = "\n".join([s] + ["政府信息公开" * 700] * copies + [s[::-1]])  # far-apart blocks too
    assert to_simplified(text) == t._simplify_lines(conv.convert, text)  # type: ignore[attr-defined]


@given(st.text(alphabet=_MIXED + "\u3000\u2014\u201c\u300c\uff0e", max_size=60))
def test_matching_view_equals_reference(s: str) -> None:
    """The one-pass view of simplified text and the general path both equal the reference view."""
    assert matching_view(s) == _reference_view(s)


def test_t2s_changing_characters_match_opencc() -> None:
    """Every single character OpenCC t2s changes (probed over the CJK blocks) is listed as changing."""
    from govdisclosure.normalize import text as t

    conv = t._t2s_converter()
    changing = t._t2s_changing()
    assert conv is not None
    if changing is None:
        pytest.skip("OpenCC version without a character list: every line goes through OpenCC")
    probe = [chr(c) for c in (*range(0x3400, 0xA000), *range(0xF900, 0xFB00))]
    simple = conv.convert("\n".join(probe)).split("\n")  # type: ignore[attr-defined]
    missed = [ch for ch, new in zip(probe, simple, strict=True) if new != ch and changing.match(ch) is None]
    assert missed == []
    assert changing.match("公") is None  # a simplified character is not listed


def test_t2s_changing_list_matches_dictionaries(tmp_path: Path) -> None:
    """The data file equals what OpenCC's own dictionaries give (when its opencc_dict tool is installed)."""
    import opencc

    from govdisclosure.normalize import text as t

    base = Path(opencc.__file__).parent / "clib"
    tool, share = base / "bin" / "opencc_dict", base / "share" / "opencc"
    if not tool.exists() or t._t2s_changing_class() is None:
        pytest.skip("opencc_dict not installed, or an OpenCC version without a character list")
    witnesses: set[str] = set()
    for name in ("CJK_Compatibility_Ideographs", "TSPhrases", "TSCharactersExt", "TSCharacters"):
        out = tmp_path / f"{name}.txt"
        subprocess.run(
            [str(tool), "-i", str(share / f"{name}.ocd2"), "-o", str(out), "-f", "ocd2", "-t", "text"], check=True
        )
        for line in out.read_text(encoding="utf-8").splitlines():
            key, values = line.split("\t")
            first = values.split(" ")[0]
            if first == key:
                continue
            if len(first) == len(key):
                witnesses.add(next(a for a, b in zip(key, first, strict=True) if a != b))
            else:
                witnesses.update(key)
    listed = resources.files("govdisclosure.lexicon").joinpath("data/t2s_changing.txt").read_text(encoding="utf-8")
    rows = [row for row in listed.splitlines() if row and not row.startswith("#")]
    assert set("".join(rows[1:])) == witnesses
