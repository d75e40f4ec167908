"""Mark what is not the document: page chrome, breadcrumbs, navigation, footers, markup debris, spam.

Noise is *marked*, never removed: :func:`find_noise` returns
:class:`~govdisclosure.model.NoiseSpan` objects whose spans point into the
text, and later stages skip them.  Matching runs line by line on the matching
view (simplified, half-width) with bounded patterns, so it is linear in the
size of the text.  Rules are conservative: a line that reads as report prose
(long, or with a sentence stop) is never marked as chrome; spam inside a
sentence is marked as exactly its junk characters.

Most lines of a document are report prose that no rule can mark, so the
line rules only visit *candidate* lines: lines holding a cue word anywhere
(``<``, a footer word, a betting word …), lines that start with a chrome,
breadcrumb or share word, and, above the first paragraph and below the last,
lines holding a channel name or a footer word.  The cues are found by a few
trie-shaped regexes over the whole view; every rule needs one of them, so the
result is the same as visiting every line.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain as _chain
from typing import Final, NamedTuple, TypeAlias

from govdisclosure import diagnostics
from govdisclosure._patterns import compile_fields
from govdisclosure.lexicon import noise as lex
from govdisclosure.model import Diagnostic, NoiseKind, NoiseSpan, Span

__all__ = ["NoiseResult", "find_noise", "merge_noise"]


class NoiseResult(NamedTuple):
    """Noise spans in text order, their diagnostics and page metadata read from chrome lines."""

    noise: tuple[NoiseSpan, ...]
    diagnostics: tuple[Diagnostic, ...]
    metadata: tuple[tuple[str, str], ...]


def _alt(words: Sequence[str], *, spaced: bool = False) -> str:
    """A regex alternation of *words*, longest first; *spaced* allows one space between characters.

    ASCII letters match either case through ``[Aa]`` classes, so the patterns
    stay case-sensitive (re.IGNORECASE makes literal alternations slow).
    """
    ordered = sorted(set(words), key=len, reverse=True)
    joiner = " ?" if spaced else ""
    return "|".join(joiner.join(_ci(ch) for ch in w) for w in ordered)


def _has_latin(word: str) -> bool:
    return any(c.isascii() and c.isalnum() for c in word)


def _ci(ch: str) -> str:
    if ch.isascii() and ch.isalpha():
        return f"[{ch.upper()}{ch.lower()}]"
    return re.escape(ch)


#: Characters other than the letter itself that match an ASCII letter ignoring case (re.IGNORECASE, str.lower()).
_CASE_EXTRA: Final = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _case_variants(ch: str) -> str:
    """*ch* and every character equal to it ignoring case (only ASCII letters have others)."""
    if not (ch.isascii() and ch.isalpha()):
        return ch
    low = ch.lower()
    return low + low.upper() + _CASE_EXTRA.get(low, "")


def _ignoring_case(words: Iterable[str]) -> str:
    """An alternation of *words* that matches as ``re.IGNORECASE`` would, without the flag.

    Each word starts with a plain literal (one alternative per case variant of
    its first character), so re can skip ahead to it; an ignore-case pattern is
    tried at every position and is several times slower.

    >>> _ignoring_case(["pk10", "网"])
    'p[kK\u212a]10|P[kK\u212a]10|网'
    """
    out: list[str] = []
    for word in words:
        rest = "".join(_char_class(ch) for ch in word[1:])
        out.extend(re.escape(first) + rest for first in _case_variants(word[0]))
    return "|".join(out)


def _char_class(ch: str) -> str:
    chars = _case_variants(ch)
    return re.escape(chars) if len(chars) == 1 else "[" + "".join(re.escape(c) for c in chars) + "]"


_MAX_LINE: Final = 2000  # lines longer than this are prose or junk; only inline rules look at them
_SHORT: Final = 40
_BULLETS: Final = " \t\u00a0•·*-▪►◆●■□◇>»"

_MARKUP_LINE: Final = (
    r"(?:\s{0,40}(?:</?[a-zA-Z][a-zA-Z0-9:-]{0,20}(?:\s[^<>\n]{0,300})?/?>|&(?:[a-zA-Z]{2,8}|#\d{1,7});))+\s{0,40}"
)
_INLINE_TAG: Final = r"</?[a-zA-Z][a-zA-Z0-9:-]{0,20}(?:\s[^<>\n]{0,300})?/?>"
_BREADCRUMB: Final = rf"(?:{_alt(lex.BREADCRUMB_LABELS, spaced=True)}) ?[:>]"
_CRUMB_WORDS: Final = ("首页", "网站首页", "主页", "首 页")
_CRUMB_TRAIL: Final = rf"(?:{'|'.join(_CRUMB_WORDS)}) ?[>/»›]"
_LABEL: Final = rf"(?<![一-鿿])(?:{_alt(lex.CHROME_VALUE_LABELS, spaced=True)}) ?:"
_LABEL_ALONE: Final = rf"(?:{_alt(lex.CHROME_VALUE_LABELS, spaced=True)}) ?:?"
_WORD_SPLIT: Final = r"[\s|\[\]【】()/,]+"
_SENTENCE: Final = r"[。;!?]|[一-鿿],[一-鿿]"
_PAGE_NUMBER: Final = (
    r"[-—–]{1,2} ?\d{1,4} ?[-—–]{1,2}|第 ?\d{1,4} ?页(?: ?[,/]? ?共 ?\d{1,4} ?页)?|\d{1,4} ?/ ?\d{1,4}|\d{1,4}"
)
_DASHED_NUMBER: Final = r"[-—–]{1,2} ?\d{1,4} ?[-—–]{1,2}|第 ?\d{1,4} ?页(?: ?[,/]? ?共 ?\d{1,4} ?页)?"
# Literal CJK words first: an alternation of plain literals is searched fast; the
# few words with Latin letters go in a second, case-insensitive pattern.
_GAMBLING: Final = "|".join(re.escape(w) for w in lex.GAMBLING_STRONG if not _has_latin(w))
_GAMBLING_LATIN: Final = _ignoring_case(w for w in lex.GAMBLING_STRONG if _has_latin(w))
_SPAM_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_|@:.-")
_SPAM_SEP: Final = r"[_|@:.\- ]{0,3}"
_BRAND_WEAK_WORDS: Final = ("体育", "官网", "官方网站", "娱乐", "彩票", "网址", "手机版", "网页版", "登录", "注册")
_BRAND_WEAK: Final = _alt(_BRAND_WEAK_WORDS)
_LATIN_BRAND: Final = rf"(?:(?<![a-z0-9])[a-z][a-z0-9]{{2,19}}(?:{_BRAND_WEAK}){_SPAM_SEP})+"
_BRAND_OK: Final = frozenset({"app", "www", "http", "https", "pdf", "wps", "word", "excel", "web", "wap", "wechat"})
_SPAM_AROUND: Final = rf"[a-z0-9_|@:.\-]{{0,30}}(?:{_alt(lex.GAMBLING_WEAK)}){_SPAM_SEP}"
_SPAM_DOMAIN: Final = (
    rf"(?<![@/a-z0-9.\-])(?:[a-z0-9][a-z0-9\-]{{0,30}}\.){{1,3}}(?:{_alt(lex.SPAM_TLDS)})(?![a-z0-9.])"
)
_SEO: Final = rf"(?:{'|'.join(re.escape(w) for w in lex.SEO_INSERTS if not _has_latin(w))})(?=[,。;:!? \n]|\Z)"
_SEO_LATIN: Final = rf"(?:{_ignoring_case(w for w in lex.SEO_INSERTS if _has_latin(w))})(?=[,。;:!? \n]|\Z)"
_BRAND_WORD: Final = _BRAND_WEAK
_TLD_HIT: Final = rf"\.(?:{_alt(lex.SPAM_TLDS)})(?![A-Za-z0-9.])"
_PINYIN_READING: Final = lex.PINYIN_READING
_DOMAIN_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")
_ALNUM: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_NET_NEXT: Final = frozenset("站页址格点民友上")  # 网站, 网页, 网格 …: not a brand
_LEGIT_NET_PREFIXES: Final = frozenset(
    {
        "互联", "因特", "局域", "广域", "城域", "物联", "以太", "政务", "信息", "电子", "计算", "通信",
        "广电", "骨干", "专用", "门户", "社交", "无线", "宽带", "光纤", "电视", "广播", "移动", "卫星",
        "电力", "公共", "有线", "内部", "外部", "监控", "视频", "数据", "业务", "服务", "办公", "工作",
        "全国", "全省", "全市", "全区", "全县", "安全", "新闻", "中国", "人民", "新华", "央视", "光明",
    }
)  # fmt: skip

_KIND_CODES: Final[dict[NoiseKind, str]] = {NoiseKind.SPAM: "GD005"}


class _Line(NamedTuple):
    start: int  # offset of the line in the text
    raw: str  # the view line, as is
    core: str  # stripped of spaces and bullets
    lead: int  # characters stripped on the left

    @property
    def bare(self) -> str:
        """The line stripped of white space only (dashes kept: ``- 3 -``)."""
        return self.raw.strip(" \t\u00a0")


def _lines(view: str) -> Iterator[_Line]:
    pos = 0
    for raw in view.split("\n"):
        stripped = raw.lstrip(_BULLETS)
        core = stripped.rstrip(_BULLETS)
        yield _Line(pos, raw, core, len(raw) - len(stripped))
        pos += len(raw) + 1


def _is_prose(core: str) -> bool:
    return len(core) > 60 or _patterns().sentence.search(core) is not None


def _chrome_line(rx: _Patterns, core: str, *, in_body: bool) -> bool:
    """A line made only of chrome: ``label: short value`` pairs and chrome buttons.

    In the body (between the first and the last paragraph) a line with a
    single weak label (``时间:``) is left alone: it may be report content.
    """
    if len(core) > 160 or "。" in core:
        return False
    labels = list(rx.label.finditer(core))
    if labels and labels[0].start() == 0:
        bounds = [m.start() for m in labels] + [len(core)]
        if not all(bounds[i + 1] - labels[i].end() <= 48 for i in range(len(labels))):
            return False
        weak = len(labels) == 1 and labels[0].group().replace(" ", "").rstrip(":") in _WEAK
        return not (in_body and weak)
    tokens = [t for t in rx.word_split.split(core) if t]
    return bool(tokens) and all(t.lower() in _BARE for t in tokens)


_BARE: Final = frozenset(lex.CHROME_BARE)
_WEAK: Final = frozenset(lex.CHROME_WEAK_LABELS)
_SHARE: Final = frozenset(lex.SHARE_WORDS)
_CHANNELS: Final = frozenset(lex.CHANNEL_NAMES)
_FOOTER: Final = _alt(lex.FOOTER_WORDS)
_FOOTER_STRONG: Final = _ignoring_case(lex.FOOTER_STRONG_WORDS)


def _share_line(rx: _Patterns, core: str) -> bool:
    if len(core) > 60:
        return False
    tokens = [t for t in rx.word_split.split(core) if t]
    if not tokens:
        return False
    tokens = [t.lower() for t in tokens]
    if all(t in _SHARE or t in _BARE for t in tokens) and any(t in _SHARE for t in tokens):
        return True
    return core.startswith(("分享到", "分享至", "扫一扫"))


def _nav_line(rx: _Patterns, core: str) -> bool:
    tokens = [t for t in rx.word_split.split(core) if t]
    if not tokens:
        return False
    if len(tokens) == 1:
        return tokens[0] in _CHANNELS
    return len(tokens) >= 3 and all(len(t) <= 8 for t in tokens) and sum(t in _CHANNELS for t in tokens) >= 2


def _metadata(rx: _Patterns, core: str, raw_text: str) -> list[tuple[str, str]]:
    """``(label, value)`` pairs of a chrome line, values sliced from the printed text."""
    found: list[tuple[str, str]] = []
    labels = list(rx.label.finditer(core))
    bounds = [m.start() for m in labels] + [len(core)]
    for i, m in enumerate(labels):
        value = raw_text[m.end() : bounds[i + 1]].strip(" \t\u3000\u00a0[]【】")
        if value:
            found.append((m.group().replace(" ", "").rstrip(":"), value))
    return found


class _Marker:
    """Collects noise spans (text offsets) and diagnostics."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[NoiseSpan] = []

    def add(self, kind: NoiseKind, start: int, end: int) -> None:
        while end > start and self.text[end - 1] in " \t\u3000\u00a0":
            end -= 1
        while start < end and self.text[start] in " \t\u3000\u00a0":
            start += 1
        if end > start:
            self.spans.append(NoiseSpan(kind=kind, span=Span(start=start, end=end), text=self.text[start:end]))

    def line(self, kind: NoiseKind, line: _Line) -> None:
        self.add(kind, line.start, line.start + len(line.raw))


def _back(view: str, end: int, chars: frozenset[str], limit: int) -> int:
    """Start of the run of *chars* that ends at *end* (at most *limit* characters)."""
    start = end
    while start > 0 and end - start < limit and view[start - 1] in chars:
        start -= 1
    return start


def _inline_spam(view: str, mark: _Marker, ranges: Sequence[tuple[int, int]]) -> None:
    """Spam inside lines: Latin brands with betting words, gambling words, spam domains, SEO inserts.

    Each scan looks for a literal first (a betting word, a dot before a spam
    top-level domain) and only then reads the Latin run around it, so the
    whole view is scanned at literal-search speed.  The word scans only read
    *ranges* (whole lines holding a cue word, see :func:`_cue_lines`): their
    matches never cross a line, so this finds what a scan of the whole view finds.
    """
    rx = _patterns()
    done = 0
    for hit in _scan(rx.brand_word, view, ranges):
        if hit.start() < done or hit.start() == 0 or view[hit.start() - 1] not in _ALNUM:
            continue
        start = _back(view, hit.start(), _ALNUM, 20)
        m = rx.latin_brand.match(view, start)
        if m is None:
            continue
        done = m.end()
        brand = view[start : hit.start()]
        if brand.lower() not in _BRAND_OK:
            mark.add(NoiseKind.SPAM, m.start(), m.end())
    for m in _chain(_scan(rx.gambling, view, ranges), _scan(rx.gambling_latin, view, ranges)):
        start, end = m.start(), m.end()
        tail = rx.spam_around.match(view, end)
        if tail is not None:
            end = tail.end()
        while start > 0 and view[start - 1].lower() in _SPAM_CHARS:
            start -= 1
        mark.add(NoiseKind.SPAM, start, end)
    for hit in rx.tld_hit.finditer(view):
        start = _back(view, hit.start(), _DOMAIN_CHARS, 100)
        m = rx.spam_domain.match(view, start)
        if m is not None and m.end() == hit.end():
            mark.add(NoiseKind.SPAM, m.start(), m.end())
    for m in _chain(_scan(rx.seo, view, ranges), _scan(rx.seo_latin, view, ranges)):
        if m.start() > 0 and view[m.start() - 1] not in lex.SEO_LEGIT_BEFORE:
            mark.add(NoiseKind.SPAM, m.start(), m.end())
    for m in rx.inline_tag.finditer(view):
        mark.add(NoiseKind.MARKUP, m.start(), m.end())
    _pinyin_readings(rx, view, mark)


def _pinyin_readings(rx: _Patterns, view: str, mark: _Marker) -> None:
    """Bracketed pinyin readings right after Chinese characters (``规(guī)章``), when a page has several."""
    hits = list(rx.pinyin_reading.finditer(view))
    if len(hits) >= lex.MIN_PINYIN_READINGS:
        for m in hits:
            mark.add(NoiseKind.SPAM, m.start(), m.end())


def _scan(pattern: re.Pattern[str], view: str, ranges: Sequence[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """Matches of *pattern* inside each of *ranges* (whole lines, in text order)."""
    for start, end in ranges:
        yield from pattern.finditer(view, start, end)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _brand_hit(view: str, pos: int) -> tuple[str, int] | None:
    """The brand prefix and end of a possible ``XX网``/``XX网络`` brand whose ``网`` is at *pos* (>= 2)."""
    prefix = view[pos - 2 : pos]
    after = view[pos + 1 : pos + 2]
    if _is_cjk(prefix[0]) and _is_cjk(prefix[1]) and after not in _NET_NEXT and prefix not in _LEGIT_NET_PREFIXES:
        return prefix, pos + 2 if after == "络" else pos + 1
    return None


def _brand_substitutions(view: str, mark: _Marker) -> None:
    """A made-up ``XX网络``/``XX网`` brand that a mirror site put in place of a common word.

    The two characters before ``网`` must occur in the document only inside
    the brand, at least three times, in both the long and the short form, and
    not be an ordinary network word (互联网, 政务网 …).  Only a prefix seen
    before ``网络`` can have both forms, so without one the ``网`` are not read.
    """
    prefixes: set[str] = set()
    pos = view.find("网络", 2)
    while pos != -1:
        hit = _brand_hit(view, pos)
        if hit is not None:
            prefixes.add(hit[0])
        pos = view.find("网络", pos + 1)
    if not prefixes:
        return
    hits: dict[str, list[tuple[int, int]]] = {}
    pos = view.find("网", 2)
    while pos != -1:
        hit = _brand_hit(view, pos)
        if hit is not None and hit[0] in prefixes:
            hits.setdefault(hit[0], []).append((pos - 2, hit[1]))
        pos = view.find("网", pos + 1)
    both = {prefix for prefix, found in hits.items() if len(found) >= 3 and len({e - s for s, e in found}) >= 2}
    counts = _bigram_counts(view, both) if both else {}
    for prefix, found in hits.items():
        if prefix in both and counts[prefix] == len(found):
            for start, end in found:
                mark.add(NoiseKind.SPAM, start, end)


def _bigram_counts(view: str, bigrams: set[str]) -> dict[str, int]:
    """``view.count(b)`` for every two-character *b* of *bigrams*, in one pass over *view*.

    Counting each apart reads the view once per brand (quadratic on a page
    of many brands).  Like str.count, occurrences do not overlap (``一一一``
    holds ``一一`` once).
    """
    firsts = "".join(re.escape(c) for c in sorted({b[0] for b in bigrams}))
    seconds = "".join(re.escape(c) for c in sorted({b[1] for b in bigrams}))
    counts = dict.fromkeys(bigrams, 0)
    last: dict[str, int] = {}
    for m in re.finditer(f"[{firsts}](?=[{seconds}])", view):
        pos = m.start()
        bigram = view[pos : pos + 2]
        if bigram in counts and pos >= last.get(bigram, -2) + 2:
            counts[bigram] += 1
            last[bigram] = pos
    return counts


def _line_at(view: str, start: int) -> _Line:
    """The line of *view* that starts at *start*."""
    end = view.find("\n", start)
    raw = view[start:] if end == -1 else view[start:end]
    stripped = raw.lstrip(_BULLETS)
    return _Line(start, raw, stripped.rstrip(_BULLETS), len(raw) - len(stripped))


def _line_start(view: str, pos: int) -> int:
    """Start of the line that holds offset *pos*."""
    return view.rfind("\n", 0, pos) + 1


def _next_start(view: str, start: int) -> int:
    """Start of the line after the one starting at *start*, or -1 for the last line."""
    end = view.find("\n", start)
    return -1 if end == -1 else end + 1


def _prev_start(view: str, start: int) -> int:
    """Start of the line before the one starting at *start*, or -1 for the first line."""
    return -1 if start == 0 else view.rfind("\n", 0, start - 1) + 1


def _page_furniture(view: str, pages: Sequence[int], mark: _Marker) -> None:
    """Page numbers and page headers/footers repeated at page edges (PDF text).

    An edge is a dashed page number line (``- 3 -``, ``第3页``) or, for PDF
    input, the start of a page.  A bare number right at a PDF page edge is a
    page number; a short line found next to at least three edges (and at half
    of them) is a running header or footer.  Lines are named by their start.
    """
    rx = _patterns()
    edges: list[int] = []  # start of the line where the edge is (the number line, or the first line of a page)
    first = rx.dashed_first.match(view)
    starts = [0] if first else []
    starts.extend(m.start() + 1 for m in rx.dashed_line.finditer(view))
    for start in starts:
        mark.line(NoiseKind.PAGE_NUMBER, _line_at(view, start))
        edges.append(start)
    for start in sorted({p for p in pages if 0 <= p <= len(view) and (p == 0 or view[p - 1] == "\n")}):
        edges.append(start)
        for j in (_prev_start(view, start), start):  # last line of the previous page, first line of this one
            line = _line_at(view, j) if j >= 0 else None
            if line is not None and rx.page_number.fullmatch(line.bare):
                mark.line(NoiseKind.PAGE_NUMBER, line)
    where: dict[str, set[int]] = {}
    for edge in edges:
        before = _prev_start(view, edge)
        after = _next_start(view, edge)
        around = (
            _prev_start(view, before) if before >= 0 else -1,
            before,
            after,
            _next_start(view, after) if after >= 0 else -1,
        )
        for j in around:
            if j < 0:
                continue
            line = _line_at(view, j)
            core = line.core
            if 0 < len(core) <= _SHORT and not rx.page_number.fullmatch(line.bare) and not rx.sentence.search(core):
                where.setdefault(core, set()).add(j)
    for found in where.values():
        if len(found) >= 3 and len(found) * 2 >= len(edges):
            for j in sorted(found):
                mark.line(NoiseKind.PAGE_HEADER, _line_at(view, j))


def merge_noise(spans: list[NoiseSpan], text: str) -> list[NoiseSpan]:
    """Sort and drop spans contained in an earlier one; overlapping spans are merged."""
    out: list[NoiseSpan] = []
    for ns in sorted(spans, key=lambda s: (s.span.start, -s.span.end)):
        if out and ns.span.start < out[-1].span.end:
            last = out[-1]
            if ns.span.end > last.span.end:
                span = Span(start=last.span.start, end=ns.span.end)
                out[-1] = NoiseSpan(kind=last.kind, span=span, text=text[span.start : span.end])
            continue
        out.append(ns)
    return out


# --- Cue patterns: which lines the line rules need to look at -------------------------------------------

_Trie: TypeAlias = dict[str, "_Trie"]


def _trie_regex(words: Iterable[str], *, spaced: bool = False) -> str:
    """A regex matching where any of *words* starts (any letter case; *spaced*: one space between characters).

    The alternation is shaped as a trie whose first level is plain literals,
    so a search skips ahead to a possible first character and then tries a
    handful of branches.  Only the presence of a word is matched: a word
    that extends another one adds nothing.

    >>> _trie_regex(["网站", "网址", "ab"])
    'a[bB]|A[bB]|网(?:址|站)'
    """
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word.replace(" ", "") if spaced else word:
            node = node.setdefault(ch.lower() if ch.isascii() else ch, {})
        node[""] = {}
    return _trie_branch(root, " ?" if spaced else "", top=True)


def _trie_branch(node: _Trie, sep: str, *, top: bool) -> str:
    alternatives: list[str] = []
    for ch, child in sorted(node.items()):
        rest = "" if "" in child else sep + _trie_branch(child, sep, top=False)
        if top:  # plain literals first, so that re can skip to a possible first character
            alternatives.extend(re.escape(c) + rest for c in _case_variants(ch))
        else:
            alternatives.append(_char_class(ch) + rest)
    if top or len(alternatives) == 1:
        return "|".join(alternatives)
    return "(?:" + "|".join(alternatives) + ")"


#: Anywhere in a line: markup, strong footer words, betting words, brand words, SEO inserts.
_CUE_ANYWHERE: Final = _trie_regex(
    (
        "<",
        "&",
        *lex.FOOTER_STRONG_WORDS,
        *lex.GAMBLING_STRONG,
        *_BRAND_WEAK_WORDS,
        *lex.SEO_INSERTS,
    )
)
#: White space other than a line break (what ``\s`` matches: str.isspace()), spelled out so that it joins one class.
_SPACE_NOT_NL: Final = "\t\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: What may come before the first token of a line: bullets (stripped off the core), spaces and token separators.
_LINE_LEAD: Final = "[" + _SPACE_NOT_NL + "".join(re.escape(c) for c in _BULLETS + "|[]【】()/,") + "]*+"
# At the start of a line (after its lead): a breadcrumb, a chrome label, a chrome button, a share
# word.  Searched as "\n" + cue so that re skips from line break to line break.
_START_WORDS: Final = _trie_regex(
    (
        *lex.BREADCRUMB_LABELS,
        *_CRUMB_WORDS,
        *lex.CHROME_VALUE_LABELS,
        *lex.CHROME_BARE,
        *lex.SHARE_WORDS,
    ),
    spaced=True,
)
_CUE_FIRST_LINE: Final = rf"{_LINE_LEAD}(?:{_START_WORDS})"
_CUE_LINE_START: Final = rf"\n{_LINE_LEAD}(?:{_START_WORDS})"
#: Anywhere in a line above the first paragraph or below the last: channel names (navigation), footer words.
_CUE_OUTSIDE: Final = _trie_regex((*lex.CHANNEL_NAMES, *lex.FOOTER_WORDS))

# A line whose core (stripped of bullets) is longer than 60 characters, and a sentence cue where
# _SENTENCE matches, both with a literal first so that a search skips ahead.
_CLASS_BULLETS: Final = "".join(re.escape(c) for c in _BULLETS)
_LONG_CORE: Final = rf"[{_CLASS_BULLETS}]*+[^{_CLASS_BULLETS}\n][^\n]{{59,}}[^{_CLASS_BULLETS}\n]"
_LONG_FIRST_LINE: Final = _LONG_CORE
_LONG_LINE: Final = "\n" + _LONG_CORE
_SENTENCE_CUE: Final = r"。|;|!|\?|,(?<=[一-鿿],)(?=[一-鿿])"
_DASHED_BARE: Final = rf"[ \t\u00a0]*(?:{_DASHED_NUMBER})[ \t\u00a0]*(?![^\n])"
_DASHED_FIRST: Final = _DASHED_BARE
_DASHED_LINE: Final = "\n" + _DASHED_BARE
_MERGE_GAP: Final = 256  # cue lines closer than this are scanned as one range


# --- Compiled patterns ----------------------------------------------------------------------------------


class _Patterns(NamedTuple):
    """The module's patterns, compiled (field ``x`` is the source ``_X`` above)."""

    markup_line: re.Pattern[str]
    inline_tag: re.Pattern[str]
    breadcrumb: re.Pattern[str]
    crumb_trail: re.Pattern[str]
    label: re.Pattern[str]
    label_alone: re.Pattern[str]
    word_split: re.Pattern[str]
    sentence: re.Pattern[str]
    page_number: re.Pattern[str]
    dashed_number: re.Pattern[str]
    gambling: re.Pattern[str]
    gambling_latin: re.Pattern[str]
    latin_brand: re.Pattern[str]
    spam_around: re.Pattern[str]
    spam_domain: re.Pattern[str]
    seo: re.Pattern[str]
    seo_latin: re.Pattern[str]
    brand_word: re.Pattern[str]
    pinyin_reading: re.Pattern[str]
    tld_hit: re.Pattern[str]
    footer: re.Pattern[str]
    footer_strong: re.Pattern[str]
    cue_anywhere: re.Pattern[str]
    cue_first_line: re.Pattern[str]
    cue_line_start: re.Pattern[str]
    cue_outside: re.Pattern[str]
    long_first_line: re.Pattern[str]
    long_line: re.Pattern[str]
    sentence_cue: re.Pattern[str]
    dashed_first: re.Pattern[str]
    dashed_line: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    """The patterns, compiled on first use.

    Compiling them (CJK character classes, long word alternations) costs more
    than the rest of importing the module, and a program that never looks for
    noise need not pay for it.  Functions fetch them once and pass them down.
    """
    return compile_fields(
        _Patterns, globals(), flags=dict.fromkeys(("latin_brand", "spam_around", "spam_domain"), re.I)
    )


def _first_prose(view: str) -> int:
    """Offset (into *view*) of a character of the first prose line of *view*, or -1 if there is none.

    A prose line has a sentence mark or a core of more than 60 characters
    (:func:`_is_prose`).  Both are searched for, so no line is visited.
    """
    rx = _patterns()
    if rx.long_first_line.match(view):
        return 0
    hit = rx.sentence_cue.search(view)
    found = _line_start(view, hit.start()) if hit is not None else -1
    long = rx.long_line.search(view, 0, found if found >= 0 else len(view))
    return long.start() + 1 if long is not None else found


def _prose_bounds(view: str) -> tuple[int, int, int]:
    """Start of the first prose line, start and end of the last one; ``(len + 1, -1, -1)`` without prose.

    The last prose line is the first one of the reversed view (the prose
    rules read the same both ways).
    """
    first = _first_prose(view)
    if first < 0:
        return len(view) + 1, -1, -1
    reverse = view[::-1]
    inside = len(view) - 1 - _first_prose(reverse)  # a character of the last prose line
    last = _line_start(view, inside)
    end = view.find("\n", inside)
    return first, last, len(view) if end == -1 else end


def _cue_lines(view: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line that holds an anywhere cue, in order."""
    rx = _patterns()
    found: list[tuple[int, int]] = []
    hit = rx.cue_anywhere.search(view)
    while hit is not None:
        start = _line_start(view, hit.start())
        end = view.find("\n", hit.end())
        if end == -1:
            found.append((start, len(view)))
            break
        found.append((start, end))
        hit = rx.cue_anywhere.search(view, end)
    return found


def _merged(lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """*lines* joined into fewer ranges where they are close (fewer, longer scans)."""
    out: list[tuple[int, int]] = []
    for start, end in lines:
        if out and start - out[-1][1] <= _MERGE_GAP:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _candidate_starts(view: str, cue_lines: list[tuple[int, int]], first: int, last_end: int) -> list[int]:
    """Starts of the lines the line rules must look at, in order (see the module docstring)."""
    rx = _patterns()
    starts = {start for start, _ in cue_lines}
    if rx.cue_first_line.match(view):
        starts.add(0)
    starts.update(m.start() + 1 for m in rx.cue_line_start.finditer(view))
    outside = [(0, min(first, len(view)))]
    if last_end >= 0:
        outside.append((last_end, len(view)))
    for lo, hi in outside:
        hit = rx.cue_outside.search(view, lo, hi)
        while hit is not None:
            starts.add(_line_start(view, hit.start()))
            end = view.find("\n", hit.end(), hi)
            if end == -1:
                break
            hit = rx.cue_outside.search(view, end, hi)
    return sorted(starts)


class _LinePass:
    """The line rules applied to one line after another (only candidate lines, or every line)."""

    def __init__(self, text: str, mark: _Marker, first: int, last: int) -> None:
        self.text = text
        self.mark = mark
        self.first = first  # start of the first prose line
        self.last = last  # start of the last prose line
        self.metadata: list[tuple[str, str]] = []
        self.rx = _patterns()

    def visit(self, line: _Line, label: _Line | None) -> bool:
        """Mark *line*; *label* is the line before it when that was a chrome label alone.

        Returns whether the next line is the value of a chrome label alone on this line.
        """
        text, mark, core, rx = self.text, self.mark, line.core, self.rx
        if label is not None:
            is_value = core and len(core) <= 30 and not rx.sentence.search(core)
            if is_value and not rx.label.match(core) and not _chrome_line(rx, core, in_body=False):
                mark.line(NoiseKind.PAGE_CHROME, line)
                name = label.core.replace(" ", "").rstrip(":")
                self.metadata.append((name, text[line.start + line.lead : line.start + len(line.raw)].strip()))
                return False
        if not core or len(line.raw) > _MAX_LINE:
            return False
        before, after = line.start < self.first, line.start > self.last
        kind = _line_kind(rx, line, before=before, after=after, in_body=self.first < line.start < self.last)
        if kind is not None:
            mark.line(kind, line)
            if kind is NoiseKind.PAGE_CHROME:
                raw_text = text[line.start + line.lead : line.start + len(line.raw)]
                self.metadata.extend(_metadata(rx, core, raw_text))
                return before and rx.label_alone.fullmatch(core) is not None
            return False
        gambling = rx.gambling.search(core) or rx.gambling_latin.search(core)
        # a betting word outside a sentence, or a line of nothing but Latin-brand spam
        spam = "。" not in core if gambling else rx.sentence.search(core) is None and _all_spam(rx, core)
        if spam:
            mark.line(NoiseKind.SPAM, line)
        return False


def _visit_candidates(view: str, starts: list[int], lines: _LinePass) -> None:
    """Run the line rules on the lines starting at *starts*, and on the line after a chrome label alone."""
    label: _Line | None = None
    index = 0
    while True:
        if label is not None:  # the value line below a label alone, candidate or not
            start = _next_start(view, label.start)
            while index < len(starts) and starts[index] <= start:
                index += 1
        elif index < len(starts):
            start = starts[index]
            index += 1
        else:
            break
        line = _line_at(view, start)
        label = line if lines.visit(line, label) and _next_start(view, start) >= 0 else None


def find_noise(text: str, view: str, *, pages: Sequence[int] = ()) -> NoiseResult:
    """Find noise in *text* (matching on *view*, its matching view).

    *pages* are the offsets where pages start (PDF input): lines repeated at
    page edges are page headers, bare numbers there are page numbers.

    >>> t = "当前位置:首页 > 信息公开\\n某县2023年年度报告\\n发布日期:2024-01-05 浏览次数:12\\n正文第一句。"
    >>> [(n.kind.value, n.text) for n in find_noise(t, t).noise]
    [('breadcrumb', '当前位置:首页 > 信息公开'), ('page_chrome', '发布日期:2024-01-05 浏览次数:12')]
    """
    mark = _Marker(text)
    first, last, last_end = _prose_bounds(view)
    cue_lines = _cue_lines(view)
    lines = _LinePass(text, mark, first, last)
    _visit_candidates(view, _candidate_starts(view, cue_lines, first, last_end), lines)
    _inline_spam(view, mark, _merged(cue_lines))
    _brand_substitutions(view, mark)
    _page_furniture(view, pages, mark)
    return _result(text, mark, lines.metadata)


def _result(text: str, mark: _Marker, metadata: list[tuple[str, str]]) -> NoiseResult:
    """Merged spans, one diagnostic per kind, and the metadata."""
    spans = merge_noise(mark.spans, text)
    found: list[Diagnostic] = []
    counts = Counter(ns.kind for ns in spans)
    for kind, count in sorted(counts.items(), key=lambda kv: kv[0].value):
        first = next(ns for ns in spans if ns.kind is kind)
        code = _KIND_CODES.get(kind, "GD004")
        found.append(diagnostics.make(code, f"{count} {kind.value} span(s) set aside as noise", span=first.span))
    return NoiseResult(tuple(spans), tuple(found), tuple(metadata))


def _all_spam(rx: _Patterns, core: str) -> bool:
    """A line that is nothing but Latin-brand spam (``xbet体育_xbet官网``)."""
    m = rx.latin_brand.fullmatch(core)
    return m is not None


def _line_kind(rx: _Patterns, line: _Line, *, before: bool, after: bool, in_body: bool) -> NoiseKind | None:
    """The noise kind of a whole line, or ``None`` if the line is (or may be) content.

    *before*/*after*: the line is above the first prose line / below the last;
    *in_body*: strictly between them.
    """
    core = line.core
    if ("<" in core or "&" in core) and rx.markup_line.fullmatch(line.raw):
        return NoiseKind.MARKUP
    if len(core) > 160 or "。" in core:  # prose: only a site footer can hide in such a line
        return NoiseKind.FOOTER if len(core) <= 150 and rx.footer_strong.search(core) else None
    if rx.breadcrumb.match(core) or (len(core) <= 120 and rx.crumb_trail.match(core)):
        return NoiseKind.BREADCRUMB
    if rx.dashed_number.fullmatch(line.bare):
        return None  # handled with the page furniture
    if _chrome_line(rx, core, in_body=in_body):
        return NoiseKind.PAGE_CHROME
    if before and rx.label_alone.fullmatch(core):
        return NoiseKind.PAGE_CHROME
    if _share_line(rx, core):
        return NoiseKind.SHARE
    if (before or after) and _nav_line(rx, core):
        return NoiseKind.NAVIGATION
    if len(core) <= 150 and rx.footer_strong.search(core):
        return NoiseKind.FOOTER
    if after and len(core) <= 60 and rx.footer.search(core):
        return NoiseKind.FOOTER
    return None
