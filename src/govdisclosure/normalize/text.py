"""Text normalization: width folding, whitespace and punctuation, and the matching view."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Final

__all__ = ["fold_width", "matching_view", "normalize_text", "to_simplified"]

# Full-width ASCII block U+FF01..U+FF5E maps 1:1 onto U+0021..U+007E.
_WIDTH_TABLE: Final[dict[int, int]] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20  # ideographic space

# Characters that only render as space (NBSP and friends) become a plain space.
_SPACE_LIKE: Final[str] = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
for _ch in _SPACE_LIKE:
    _WIDTH_TABLE[ord(_ch)] = 0x20

# Punctuation variants unified for matching (all 1:1, so offsets survive).
_PUNCT_TABLE: Final[dict[int, str]] = {
    ord("\uff0e"): ".",  # full-width full stop (also folded by width)
    ord("\u2014"): "—",
    ord("\u2015"): "—",
    ord("\u2500"): "—",
    ord("\u2013"): "-",
    ord("\u2212"): "-",
    ord("\u301c"): "~",
    ord("\u2018"): "'",
    ord("\u2019"): "'",
    ord("\u201c"): '"',
    ord("\u201d"): '"',
    ord("\u300c"): '"',
    ord("\u300d"): '"',
    ord("\u3014"): "〔",
}

_SPACE_RUN = re.compile(r"[ \t]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_LINE_SPACE = re.compile(r" *\n *")
_MANY_NEWLINES = re.compile(r"\n{3,}")


_WIDE: Final = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_WIDTH_TABLE)) + "]")
_PUNCT: Final = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_PUNCT_TABLE)) + "]")


_FOLDED: Final[dict[str, str]] = {chr(k): chr(v) for k, v in _WIDTH_TABLE.items()}
_UNIFIED: Final[dict[str, str]] = {chr(k): v for k, v in _PUNCT_TABLE.items()}


def _fold_match(m: re.Match[str]) -> str:
    return _FOLDED[m.group()]


def _punct_match(m: re.Match[str]) -> str:
    return _UNIFIED[m.group()]


def fold_width(s: str) -> str:
    """Fold full-width ASCII (and the ideographic space) to half-width, one char for one.

    >>> fold_width("２０１９年（一）ＡＢＣ")
    '2019年(一)ABC'
    """
    # str.translate walks every character in Python; a regex substitution only touches the
    # few characters that change, which is ~8x faster on long CJK text.
    return _WIDE.sub(_fold_match, s)


def _unify_punct(s: str) -> str:
    return _PUNCT.sub(_punct_match, s)


# Width folding then punctuation unification as one map (folding only yields ASCII, which
# no punctuation rule touches), so the view needs one regex pass instead of two.
_VIEW_MAP: Final[dict[str, str]] = {ch: new for ch, new in ({**_UNIFIED, **_FOLDED}).items() if new != ch}
_VIEW_CHARS: Final = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_VIEW_MAP)) + "]")


def _view_match(m: re.Match[str]) -> str:
    return _VIEW_MAP[m.group()]


def normalize_text(s: str) -> str:
    """Return *s* width-folded, with unified line ends, punctuation and spaces.

    Zero-width characters are dropped, runs of spaces and tabs become one
    space, spaces around line breaks and runs of blank lines are collapsed.
    The function is idempotent.

    >>> normalize_text("２０１９年\\u3000\\u3000共　１２件\\r\\n\\r\\n\\r\\n完")
    '2019年 共 12件\\n\\n完'
    """
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _ZERO_WIDTH.sub("", s)
    s = _unify_punct(fold_width(s))
    s = _SPACE_RUN.sub(" ", s)
    s = _LINE_SPACE.sub("\n", s)
    s = _MANY_NEWLINES.sub("\n\n", s)
    return s.strip()


@functools.cache
def _t2s_converter() -> object | None:
    try:
        import opencc  # noqa: PLC0415 - lazy: import time matters
    except ImportError:  # pragma: no cover - opencc is a core dependency
        return None
    return opencc.OpenCC("t2s")


def to_simplified(s: str) -> str:
    """Convert traditional characters to simplified, keeping the length (one char for one).

    OpenCC's t2s is used per line; where a phrase rule changes the length of
    a line, that line is converted character by character instead, so offsets
    into the result are offsets into *s*.  Lines holding no character t2s can
    change (:func:`_t2s_changing_class`) are returned without calling OpenCC,
    and nearby lines that do are converted in one call: the same result,
    much faster on simplified text.

    >>> to_simplified("政府信息公開工作年度報告")
    '政府信息公开工作年度报告'
    """
    conv = _t2s_converter()
    if conv is None:  # pragma: no cover
        return s
    convert = conv.convert  # type: ignore[attr-defined]
    changing = _t2s_changing()
    if changing is None:  # an OpenCC whose tables we do not know: every line through it
        return _simplify_lines(convert, s)
    # Fast path: only stretches of whole lines holding a character that t2s can change go
    # through OpenCC; every other line is returned as it is, which is what OpenCC returns.
    found = changing.search(s)
    if found is None:
        return s
    parts: list[str] = []
    done = 0
    while found is not None:
        start = s.rfind("\n", done, found.start()) + 1 or done
        end = _line_end(s, found.start())
        # Lines close to each other are converted together, in one call: a block may take in
        # lines without a changing character, which OpenCC returns as they went in.
        while (found := changing.search(s, end)) is not None and found.start() - end <= _JOIN_GAP:
            end = _line_end(s, found.start() + _JOIN_GAP)
        parts.append(s[done:start])
        parts.append(_simplify_block(convert, s[start:end]))
        done = end
    parts.append(s[done:])
    return "".join(parts)


#: Lines holding a changing character that are at most this many characters apart are converted in one call.
_JOIN_GAP: Final = 4096


def _line_end(s: str, pos: int) -> int:
    end = s.find("\n", pos)
    return len(s) if end < 0 else end


@functools.cache
def _t2s_changing_class() -> str | None:
    """The body of a regex character class of what OpenCC's t2s can change (``None``: OpenCC version not known).

    The data file lists, for every t2s dictionary entry (phrases and
    characters, and the compatibility-ideograph normalization) whose first
    candidate differs from its key, the first character where they differ
    (the whole key where the lengths differ).  A line holding none of them
    cannot match a changing entry, so OpenCC returns it unchanged.  Astral
    characters are all treated as changing: a class of BMP characters only
    is matched in constant time.
    """
    from importlib import resources  # noqa: PLC0415 - lazy: importlib.resources is slow to import

    import opencc  # noqa: PLC0415 - lazy: import time matters

    data = resources.files("govdisclosure.lexicon").joinpath("data/t2s_changing.txt").read_text(encoding="utf-8")
    lines = [line for line in data.splitlines() if line and not line.startswith("#")]
    if not lines or lines[0] != f"opencc {getattr(opencc, '__version__', '')}":
        return None
    bmp = sorted({ch for ch in "".join(lines[1:]) if ord(ch) < 0x10000})
    return "".join(re.escape(ch) for ch in bmp) + "\U00010000-\U0010ffff"


@functools.cache
def _t2s_changing() -> re.Pattern[str] | None:
    """A character that t2s can change (see :func:`_t2s_changing_class`)."""
    body = _t2s_changing_class()
    return None if body is None else re.compile(f"[{body}]")


@functools.cache
def _view_or_changing() -> re.Pattern[str] | None:
    """A character (captured, for ``split``) the view's width/punctuation map changes, or one t2s can change."""
    body = _t2s_changing_class()
    if body is None or _t2s_changing_pattern_overlaps():
        return None
    return re.compile("([" + "".join(re.escape(ch) for ch in sorted(_VIEW_MAP)) + body + "])")


def _t2s_changing_pattern_overlaps() -> bool:
    # The one-pass view needs the two maps apart: no folded character (or its result) that t2s changes.
    changing = _t2s_changing()
    return changing is not None and any(changing.match(ch) for ch in (*_VIEW_MAP, *_VIEW_MAP.values()))


def _simplify_lines(convert: Callable[[str], str], s: str) -> str:
    return "\n".join(_simplify_line(convert, line) for line in s.split("\n"))


def _simplify_block(convert: Callable[[str], str], block: str) -> str:
    """Lines converted in one call: the same as line by line when every line keeps its length.

    No t2s dictionary key holds a line break, so OpenCC never matches across one.
    """
    if _SURROGATES.search(block) is None:
        simple = convert(block)
        if len(simple) == len(block) and list(map(len, simple.split("\n"))) == list(map(len, block.split("\n"))):
            return simple
    return _simplify_lines(convert, block)


# Lone surrogates cannot be handed to OpenCC (UTF-8 encoding fails); they are kept as they are.
_SURROGATES: Final = re.compile("([\ud800-\udfff]+)")


def _simplify_line(convert: Callable[[str], str], line: str) -> str:
    if _SURROGATES.search(line) is not None:
        parts = _SURROGATES.split(line)  # odd indices are the surrogate runs
        return "".join(p if i % 2 else _simplify_line(convert, p) for i, p in enumerate(parts))
    simple = convert(line)
    if len(simple) != len(line):
        simple = "".join(c2 if len(c2 := convert(ch)) == 1 else ch for ch in line)
    return simple


def matching_view(text: str) -> str:
    """The simplified, width-folded view of *text* with ``len(view) == len(text)``.

    Spans found in the view point at the same characters in *text*.  Text
    without a character t2s can change (most simplified text) is mapped in
    one regex pass.

    >>> matching_view("（一）國辦發［２０１７］４７號")
    '(一)国办发[2017]47号'
    """
    view = _simplified_view(text)
    if view is None:
        view = to_simplified(_VIEW_CHARS.sub(_view_match, text))
    if len(view) != len(text):  # pragma: no cover - guarded above; keep the invariant loud
        msg = "matching view changed the text length"
        raise AssertionError(msg)
    return view


def _simplified_view(text: str) -> str | None:
    """The view of text that t2s leaves alone, in one regex pass; ``None`` when t2s may change something."""
    if _t2s_converter() is None:  # pragma: no cover - opencc is a core dependency
        return None
    pattern = _view_or_changing()
    if pattern is None:
        return None
    # Split on the single characters to change (odd pieces), map them, join: no Python call per
    # character, unlike re.sub with a function.  A character missing from the view map is one that
    # t2s can change.
    pieces = pattern.split(text)
    try:
        pieces[1::2] = map(_VIEW_MAP.__getitem__, pieces[1::2])
    except KeyError:
        return None
    return "".join(pieces)
