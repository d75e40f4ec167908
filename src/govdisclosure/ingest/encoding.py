"""Decoding bytes into text: BOM, declared charset as a hint, UTF-8, a measured detector, GB18030.

The order follows LIBRARIES.md §2: a byte-order mark wins; strict UTF-8 is
tried next (UTF-8 bytes in a page that *declares* GBK decode as UTF-8); a
declared charset is used when its codec decodes the bytes strictly and the
detector does not point to a different CJK family; otherwise
charset-normalizer (which alone separates Big5 from GBK and finds BOM-less
UTF-16) decides on the first 64 KB; GB18030 with replacement is the last
resort.
"""

from __future__ import annotations

import codecs
import re
from typing import Final, NamedTuple

from govdisclosure import diagnostics
from govdisclosure.model import Diagnostic

__all__ = ["Decoded", "declared_charset", "decode"]

_SNIFF_BYTES: Final = 65536
_DECLARED_SCAN: Final = 4096

_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# <meta charset="x"> and <meta http-equiv content="...; charset=x">; also <?xml encoding="x"?>.
_DECLARED: Final = re.compile(rb"""(?:charset|encoding)\s{0,4}=\s{0,4}["']?\s{0,4}([A-Za-z0-9_.:-]{2,40})""", re.I)

# Codec names the detector may return, grouped into families for "does the hint disagree?".
_FAMILY: Final[dict[str, str]] = {
    "gb2312": "gb",
    "gbk": "gb",
    "gb18030": "gb",
    "hz": "gb",
    "big5": "big5",
    "big5hkscs": "big5",
    "cp950": "big5",
}


class Decoded(NamedTuple):
    """Decoded text, the codec used and any diagnostics about the decoding."""

    text: str
    encoding: str
    diagnostics: tuple[Diagnostic, ...]


def _codec_name(label: str) -> str | None:
    """Python's canonical codec name for a charset label, or ``None`` if unknown."""
    label = label.strip().lower()
    if label in {"gb2312", "gbk", "x-gbk", "euc-cn", "cp936"}:
        return "gb18030"  # a superset: GBK-labelled pages often use GB18030-only characters
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset>``, ``http-equiv``, XML), if any.

    >>> declared_charset(b'<html><head><meta charset="GBK"></head>')
    'gb18030'
    >>> declared_charset(b"plain text") is None
    True
    """
    head = data[:_DECLARED_SCAN]
    if b"<" not in head:
        return None
    match = _DECLARED.search(head)
    return _codec_name(match.group(1).decode("ascii")) if match else None


_CHINESE: Final = frozenset({"gb", "big5", "utf16", "utf16le", "utf16be", "utf32", "utf32le", "utf32be"})


def _family(codec: str) -> str:
    name = codec.replace("_", "").replace("-", "").lower()
    return _FAMILY.get(name, name)


# Reasons a decoder gives when the bytes stop inside a character (a truncated download or copy).
_TRUNCATED: Final = frozenset({"unexpected end of data", "incomplete multibyte sequence"})


def _strict(data: bytes, codec: str) -> str | None:
    """*data* decoded strictly, else ``None``; bytes cut inside the last character become U+FFFD."""
    try:
        return data.decode(codec)
    except LookupError:
        return None
    except UnicodeDecodeError as exc:
        if exc.reason not in _TRUNCATED or exc.start < len(data) - 3 or exc.start == 0:
            return None
        try:
            return data[: exc.start].decode(codec) + "\ufffd"
        except UnicodeDecodeError:
            return None


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best guess on the first 64 KB (``None`` when it has none)."""
    from charset_normalizer import from_bytes  # noqa: PLC0415 - lazy: only needed for non-UTF-8 input

    sample = data[:_SNIFF_BYTES]
    # The sample (or a truncated file) may end inside a multibyte character, which makes
    # the detector give up: retry without the last one to three bytes.
    for trim in range(min(4, len(sample))):
        best = from_bytes(sample[: len(sample) - trim]).best()
        if best is not None:
            return _codec_name(best.encoding)
    return None


def decode(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode *data*; *declared* is a charset hint (e.g. from ``<meta charset>``).

    >>> decode("年度报告".encode("gbk")).encoding
    'gb18030'
    >>> decode("年度报告".encode("utf-8"), declared="gbk").encoding
    'utf-8'
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(codec.removesuffix("-sig"), errors="replace")
            found: tuple[Diagnostic, ...] = ()
            if "\ufffd" in text:
                found = (diagnostics.make("GD003", f"bytes that are not valid {codec} were replaced"),)
            return Decoded(text, codec, found)
    hint = _codec_name(declared) if declared else None
    as_utf8 = _strict(data, "utf-8")
    if as_utf8 is not None:
        found = ()
        if hint is not None and _family(hint) not in {"utf8", "ascii"} and not data.isascii():
            found = (diagnostics.make("GD002", f"declared charset {hint} but the bytes are UTF-8"),)
        return Decoded(as_utf8, "utf-8", found)
    guess = _detect(data)
    if guess is not None and _family(guess) not in _CHINESE and _strict(data, "gb18030") is not None:
        # the documents are Chinese: on short snippets the detector drifts to Korean or Latin codecs
        guess = "gb18030"
    as_guess = _strict(data, guess) if guess is not None else None
    as_hint = _strict(data, hint) if hint is not None else None
    if hint is not None and as_hint is not None:
        if guess is None or as_guess is None or _family(guess) == _family(hint):
            return Decoded(as_hint, hint, ())
        msg = f"declared charset {hint} but the bytes read as {guess}"
        return Decoded(as_guess, guess, (diagnostics.make("GD002", msg),))
    if guess is not None and as_guess is not None:
        found = (diagnostics.make("GD001", f"encoding detected as {guess}"),)
        if hint is not None:
            found += (diagnostics.make("GD002", f"declared charset {hint} does not decode; detected {guess}"),)
        return Decoded(as_guess, guess, found)
    if guess is not None and guess.startswith(("utf_16", "utf-16", "utf_32", "utf-32")):
        text = data.decode(guess, errors="replace")
        return Decoded(text, guess, (diagnostics.make("GD003", f"bytes that are not valid {guess} were replaced"),))
    text = data.decode("gb18030", errors="replace")
    return Decoded(text, "gb18030", (diagnostics.make("GD003", "bytes that are not valid GB18030 were replaced"),))
