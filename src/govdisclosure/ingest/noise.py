"""Mark what is not the document: page chrome, breadcrumbs, navigation, footers, markup debris, spam.

Noise is *marked*, never removed: :func:`find_noise` returns
:class:`~govdisclosure.model.NoiseSpan` objects whose spans point into the
text, and later stages skip them.  Matching runs line by line on the matching
view (simplified, half-width) with bounded patterns, so it is linear in the
size of the text.  Rules are conservative: a line that reads as report prose
(long, or with a sentence stop) is never marked as chrome; spam inside a
sentence is marked as exactly its junk characters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import chain as _chain
from typing import Final, NamedTuple

from govdisclosure import diagnostics
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


_MAX_LINE: Final = 2000  # lines longer than this are prose or junk; only inline rules look at them
_SHORT: Final = 40
_BULLETS: Final = " \t\u00a0•·*-▪►◆●■□◇>»"

_MARKUP_LINE: Final = re.compile(
    r"(?:\s{0,40}(?:</?[a-zA-Z][a-zA-Z0-9:-]{0,20}(?:\s[^<>\n]{0,300})?/?>|&(?:[a-zA-Z]{2,8}|#\d{1,7});))+\s{0,40}"
)
_INLINE_TAG: Final = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]{0,20}(?:\s[^<>\n]{0,300})?/?>")
_BREADCRUMB: Final = re.compile(rf"(?:{_alt(lex.BREADCRUMB_LABELS, spaced=True)}) ?[:>]")
_CRUMB_TRAIL: Final = re.compile(r"(?:首页|网站首页|主页|首 页) ?[>/»›]")
_LABEL: Final = re.compile(rf"(?<![一-鿿])(?:{_alt(lex.CHROME_VALUE_LABELS, spaced=True)}) ?:")
_LABEL_ALONE: Final = re.compile(rf"(?:{_alt(lex.CHROME_VALUE_LABELS, spaced=True)}) ?:?")
_TOKEN_SPLIT: Final = re.compile(r"[\s|\[\]【】()/,]+")
_SENTENCE: Final = re.compile(r"[。;!?]|[一-鿿],[一-鿿]")
_PAGE_NUMBER: Final = re.compile(
    r"[-—–]{1,2} ?\d{1,4} ?[-—–]{1,2}|第 ?\d{1,4} ?页(?: ?[,/]? ?共 ?\d{1,4} ?页)?|\d{1,4} ?/ ?\d{1,4}|\d{1,4}"
)
_DASHED_NUMBER: Final = re.compile(r"[-—–]{1,2} ?\d{1,4} ?[-—–]{1,2}|第 ?\d{1,4} ?页(?: ?[,/]? ?共 ?\d{1,4} ?页)?")
# Literal CJK words first: an alternation of plain literals is searched fast; the
# few words with Latin letters go in a second, case-insensitive pattern.
_GAMBLING: Final = re.compile("|".join(re.escape(w) for w in lex.GAMBLING_STRONG if not _has_latin(w)))
_GAMBLING_LATIN: Final = re.compile("|".join(re.escape(w) for w in lex.GAMBLING_STRONG if _has_latin(w)), re.I)
_SPAM_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_|@:.-")
_SPAM_SEP: Final = r"[_|@:.\- ]{0,3}"
_BRAND_WEAK: Final = _alt(("体育", "官网", "官方网站", "娱乐", "彩票", "网址", "手机版", "网页版", "登录", "注册"))
_LATIN_BRAND: Final = re.compile(rf"(?:(?<![a-z0-9])[a-z][a-z0-9]{{2,19}}(?:{_BRAND_WEAK}){_SPAM_SEP})+", re.I)
_BRAND_ALONE: Final = _LATIN_BRAND
_BRAND_OK: Final = frozenset({"app", "www", "http", "https", "pdf", "wps", "word", "excel", "web", "wap", "wechat"})
_SPAM_AROUND: Final = re.compile(rf"[a-z0-9_|@:.\-]{{0,30}}(?:{_alt(lex.GAMBLING_WEAK)}){_SPAM_SEP}", re.I)
_SPAM_DOMAIN: Final = re.compile(
    rf"(?<![@/a-z0-9.\-])(?:[a-z0-9][a-z0-9\-]{{0,30}}\.){{1,3}}(?:{_alt(lex.SPAM_TLDS)})(?![a-z0-9.])", re.I
)
_SEO: Final = re.compile(
    rf"(?:{'|'.join(re.escape(w) for w in lex.SEO_INSERTS if not _has_latin(w))})(?=[,。;:!? \n]|\Z)"
)
_SEO_LATIN: Final = re.compile(
    rf"(?:{'|'.join(re.escape(w) for w in lex.SEO_INSERTS if _has_latin(w))})(?=[,。;:!? \n]|\Z)", re.I
)
_BRAND_WORD: Final = re.compile(_BRAND_WEAK)
_TLD_HIT: Final = re.compile(rf"\.(?:{_alt(lex.SPAM_TLDS)})(?![A-Za-z0-9.])")
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
    return len(core) > 60 or _SENTENCE.search(core) is not None


def _chrome_line(core: str, *, in_body: bool) -> bool:
    """A line made only of chrome: ``label: short value`` pairs and chrome buttons.

    In the body (between the first and the last paragraph) a line with a
    single weak label (``时间:``) is left alone: it may be report content.
    """
    if len(core) > 160 or "。" in core:
        return False
    labels = list(_LABEL.finditer(core))
    if labels and labels[0].start() == 0:
        bounds = [m.start() for m in labels] + [len(core)]
        if not all(bounds[i + 1] - labels[i].end() <= 48 for i in range(len(labels))):
            return False
        weak = len(labels) == 1 and labels[0].group().replace(" ", "").rstrip(":") in _WEAK
        return not (in_body and weak)
    tokens = [t for t in _TOKEN_SPLIT.split(core) if t]
    return bool(tokens) and all(t.lower() in _BARE for t in tokens)


_BARE: Final = frozenset(lex.CHROME_BARE)
_WEAK: Final = frozenset(lex.CHROME_WEAK_LABELS)
_SHARE: Final = frozenset(lex.SHARE_WORDS)
_CHANNELS: Final = frozenset(lex.CHANNEL_NAMES)
_FOOTER: Final = re.compile(_alt(lex.FOOTER_WORDS))
_FOOTER_STRONG: Final = re.compile(r"版权所有|copyright|©|icp备|icp证|公网安备|网站标识码|网站识别码", re.I)


def _share_line(core: str) -> bool:
    if len(core) > 60:
        return False
    tokens = [t for t in _TOKEN_SPLIT.split(core) if t]
    if not tokens:
        return False
    tokens = [t.lower() for t in tokens]
    if all(t in _SHARE or t in _BARE for t in tokens) and any(t in _SHARE for t in tokens):
        return True
    return core.startswith(("分享到", "分享至", "扫一扫"))


def _nav_line(core: str) -> bool:
    tokens = [t for t in _TOKEN_SPLIT.split(core) if t]
    if not tokens:
        return False
    if len(tokens) == 1:
        return tokens[0] in _CHANNELS
    return len(tokens) >= 3 and all(len(t) <= 8 for t in tokens) and sum(t in _CHANNELS for t in tokens) >= 2


def _metadata(core: str, raw_text: str) -> list[tuple[str, str]]:
    """``(label, value)`` pairs of a chrome line, values sliced from the printed text."""
    found: list[tuple[str, str]] = []
    labels = list(_LABEL.finditer(core))
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


def _inline_spam(view: str, mark: _Marker) -> None:
    """Spam inside lines: Latin brands with betting words, gambling words, spam domains, SEO inserts.

    Each scan looks for a literal first (a betting word, a dot before a spam
    top-level domain) and only then reads the Latin run around it, so the
    whole view is scanned at literal-search speed.
    """
    done = 0
    for hit in _BRAND_WORD.finditer(view):
        if hit.start() < done or hit.start() == 0 or view[hit.start() - 1] not in _ALNUM:
            continue
        start = _back(view, hit.start(), _ALNUM, 20)
        m = _LATIN_BRAND.match(view, start)
        if m is None:
            continue
        done = m.end()
        brand = view[start : hit.start()]
        if brand.lower() not in _BRAND_OK:
            mark.add(NoiseKind.SPAM, m.start(), m.end())
    for m in _chain(_GAMBLING.finditer(view), _GAMBLING_LATIN.finditer(view)):
        start, end = m.start(), m.end()
        tail = _SPAM_AROUND.match(view, end)
        if tail is not None:
            end = tail.end()
        while start > 0 and view[start - 1].lower() in _SPAM_CHARS:
            start -= 1
        mark.add(NoiseKind.SPAM, start, end)
    for hit in _TLD_HIT.finditer(view):
        start = _back(view, hit.start(), _DOMAIN_CHARS, 100)
        m = _SPAM_DOMAIN.match(view, start)
        if m is not None and m.end() == hit.end():
            mark.add(NoiseKind.SPAM, m.start(), m.end())
    for m in _chain(_SEO.finditer(view), _SEO_LATIN.finditer(view)):
        if m.start() > 0 and view[m.start() - 1] not in lex.SEO_LEGIT_BEFORE:
            mark.add(NoiseKind.SPAM, m.start(), m.end())
    for m in _INLINE_TAG.finditer(view):
        mark.add(NoiseKind.MARKUP, m.start(), m.end())


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _brand_substitutions(view: str, mark: _Marker) -> None:
    """A made-up ``XX网络``/``XX网`` brand that a mirror site put in place of a common word.

    The two characters before ``网`` must occur in the document only inside
    the brand, at least three times, in both the long and the short form, and
    not be an ordinary network word (互联网, 政务网 …).
    """
    hits: dict[str, list[tuple[int, int]]] = {}
    pos = view.find("网", 2)
    while pos != -1:
        prefix = view[pos - 2 : pos]
        after = view[pos + 1 : pos + 2]
        if _is_cjk(prefix[0]) and _is_cjk(prefix[1]) and after not in _NET_NEXT and prefix not in _LEGIT_NET_PREFIXES:
            end = pos + 2 if after == "络" else pos + 1
            hits.setdefault(prefix, []).append((pos - 2, end))
        pos = view.find("网", pos + 1)
    for prefix, found in hits.items():
        forms = {end - start for start, end in found}
        if len(found) < 3 or len(forms) < 2 or view.count(prefix) != len(found):
            continue
        for start, end in found:
            mark.add(NoiseKind.SPAM, start, end)


def _page_furniture(lines: list[_Line], pages: Sequence[int], mark: _Marker) -> None:
    """Page numbers and page headers/footers repeated at page edges (PDF text).

    An edge is a dashed page number line (``- 3 -``, ``第3页``) or, for PDF
    input, the start of a page.  A bare number right at a PDF page edge is a
    page number; a short line found next to at least three edges (and at half
    of them) is a running header or footer.
    """
    edges: list[int] = []  # line index where the edge is (the number line, or the first line of a page)
    for i, line in enumerate(lines):
        if _DASHED_NUMBER.fullmatch(line.bare):
            mark.line(NoiseKind.PAGE_NUMBER, line)
            edges.append(i)
    if pages:
        starts = set(pages)
        for i, line in enumerate(lines):
            if line.start not in starts:
                continue
            edges.append(i)
            for j in (i - 1, i):  # last line of the previous page, first line of this one
                if 0 <= j < len(lines) and _PAGE_NUMBER.fullmatch(lines[j].bare):
                    mark.line(NoiseKind.PAGE_NUMBER, lines[j])
    where: dict[str, set[int]] = {}
    for edge in edges:
        for j in (edge - 2, edge - 1, edge + 1, edge + 2):
            if not 0 <= j < len(lines):
                continue
            core = lines[j].core
            if 0 < len(core) <= _SHORT and not _PAGE_NUMBER.fullmatch(lines[j].bare) and not _SENTENCE.search(core):
                where.setdefault(lines[j].core, set()).add(j)
    for found in where.values():
        if len(found) >= 3 and len(found) * 2 >= len(edges):
            for j in found:
                mark.line(NoiseKind.PAGE_HEADER, lines[j])


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


def find_noise(text: str, view: str, *, pages: Sequence[int] = ()) -> NoiseResult:
    """Find noise in *text* (matching on *view*, its matching view).

    *pages* are the offsets where pages start (PDF input): lines repeated at
    page edges are page headers, bare numbers there are page numbers.

    >>> t = "当前位置:首页 > 信息公开\\n某县2023年年度报告\\n发布日期:2024-01-05 浏览次数:12\\n正文第一句。"
    >>> [(n.kind.value, n.text) for n in find_noise(t, t).noise]
    [('breadcrumb', '当前位置:首页 > 信息公开'), ('page_chrome', '发布日期:2024-01-05 浏览次数:12')]
    """
    mark = _Marker(text)
    lines = list(_lines(view))
    prose = [i for i, ln in enumerate(lines) if _is_prose(ln.core)]
    first_prose = prose[0] if prose else len(lines)
    last_prose = prose[-1] if prose else -1
    metadata: list[tuple[str, str]] = []
    skip_next = False
    for i, line in enumerate(lines):
        core = line.core
        if skip_next:
            skip_next = False
            is_value = core and len(core) <= 30 and not _SENTENCE.search(core)
            if is_value and not _LABEL.match(core) and not _chrome_line(core, in_body=False):
                mark.line(NoiseKind.PAGE_CHROME, line)
                label = lines[i - 1].core.replace(" ", "").rstrip(":")
                metadata.append((label, text[line.start + line.lead : line.start + len(line.raw)].strip()))
                continue
        if not core:
            continue
        if len(line.raw) <= _MAX_LINE:
            kind = _line_kind(line, i, first_prose, last_prose)
            if kind is not None:
                mark.line(kind, line)
                if kind is NoiseKind.PAGE_CHROME:
                    raw_text = text[line.start + line.lead : line.start + len(line.raw)]
                    metadata.extend(_metadata(core, raw_text))
                    if i < first_prose and _LABEL_ALONE.fullmatch(core):
                        skip_next = True
                continue
            gambling = _GAMBLING.search(core) or _GAMBLING_LATIN.search(core)
            if not gambling and not _SENTENCE.search(core) and _all_spam(core):
                mark.line(NoiseKind.SPAM, line)
                continue
            if gambling and "。" not in core:
                mark.line(NoiseKind.SPAM, line)
                continue
    _inline_spam(view, mark)
    _brand_substitutions(view, mark)
    _page_furniture(lines, pages, mark)
    spans = merge_noise(mark.spans, text)
    found: list[Diagnostic] = []
    counts = Counter(ns.kind for ns in spans)
    for kind, count in sorted(counts.items(), key=lambda kv: kv[0].value):
        first = next(ns for ns in spans if ns.kind is kind)
        code = _KIND_CODES.get(kind, "GD004")
        found.append(diagnostics.make(code, f"{count} {kind.value} span(s) set aside as noise", span=first.span))
    return NoiseResult(tuple(spans), tuple(found), tuple(metadata))


def _all_spam(core: str) -> bool:
    """A line that is nothing but Latin-brand spam (``xbet体育_xbet官网``)."""
    m = _LATIN_BRAND.fullmatch(core)
    return m is not None


def _line_kind(line: _Line, index: int, first_prose: int, last_prose: int) -> NoiseKind | None:
    """The noise kind of a whole line, or ``None`` if the line is (or may be) content."""
    core = line.core
    if ("<" in core or "&" in core) and _MARKUP_LINE.fullmatch(line.raw):
        return NoiseKind.MARKUP
    if len(core) > 160 or "。" in core:  # prose: only a site footer can hide in such a line
        return NoiseKind.FOOTER if len(core) <= 150 and _FOOTER_STRONG.search(core) else None
    if _BREADCRUMB.match(core) or (len(core) <= 120 and _CRUMB_TRAIL.match(core)):
        return NoiseKind.BREADCRUMB
    if _DASHED_NUMBER.fullmatch(line.bare):
        return None  # handled with the page furniture
    if _chrome_line(core, in_body=first_prose < index < last_prose):
        return NoiseKind.PAGE_CHROME
    if index < first_prose and _LABEL_ALONE.fullmatch(core):
        return NoiseKind.PAGE_CHROME
    if _share_line(core):
        return NoiseKind.SHARE
    if (index < first_prose or index > last_prose) and _nav_line(core):
        return NoiseKind.NAVIGATION
    if len(core) <= 150 and _FOOTER_STRONG.search(core):
        return NoiseKind.FOOTER
    if index > last_prose and len(core) <= 60 and _FOOTER.search(core):
        return NoiseKind.FOOTER
    return None
