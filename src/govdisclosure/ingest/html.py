"""HTML to readable text and table grids, in linear time.

selectolax (lexbor) parses; a linear pre-scan measures the nesting depth first,
because lexbor turns quadratic on very deep markup (LIBRARIES.md §1): above
:data:`MAX_DEPTH` the stdlib tokenizer (:mod:`html.parser`, no tree) is used
instead.  Both feed the same :class:`_Builder`, which writes the text as a
reader sees it — block elements on their own lines, a table row per line with
cells joined by ``" | "`` — and records every cell with its span in that text.
Nothing is fetched: no URL, DTD or external entity is ever resolved.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from itertools import accumulate
from typing import TYPE_CHECKING, Final, NamedTuple

from govdisclosure import diagnostics
from govdisclosure.ingest.grid import RawCell, build_table
from govdisclosure.lexicon.noise import HTML_NOISE_CLASSES
from govdisclosure.model import Diagnostic, NoiseKind

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

    from govdisclosure.ingest.document import Table

__all__ = ["MAX_DEPTH", "HtmlResult", "html_to_text", "looks_like_html", "nesting_depth"]

#: Above this nesting depth the linear stdlib tokenizer replaces lexbor.
MAX_DEPTH: Final = 512

_BLOCK: Final = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "option",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "title",
        "tr",
        "ul",
    }
)
_SKIP: Final = frozenset({"script", "style", "noscript", "template", "head", "iframe", "object", "svg", "math"})
_VOID: Final = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "basefont",
        "bgsound",
        "frame",
        "keygen",
    }
)
# Elements that close themselves implicitly; they do not deepen real nesting.
_AUTOCLOSE: Final = frozenset(
    {
        "p",
        "li",
        "td",
        "th",
        "tr",
        "dt",
        "dd",
        "option",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
    }
)
_WS: Final = re.compile(r"[ \t\n\r\f]+")
_DEPTH_TAG: Final = re.compile(
    r"<(/?)(?!(?:" + "|".join(sorted(_VOID | _AUTOCLOSE, key=len, reverse=True)) + r")[\s/>])[a-zA-Z]", re.I
)
_HTML_START: Final = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<div[\s>]|<table[\s>]|<p[\s>]|<br\s*/?>",
    re.I,
)
_STRONG_START: Final = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_CELL_STRIP: Final = " \t\n\u3000\u00a0"
_NOISE_KINDS: Final[dict[str, NoiseKind]] = {
    "navigation": NoiseKind.NAVIGATION,
    "breadcrumb": NoiseKind.BREADCRUMB,
    "footer": NoiseKind.FOOTER,
    "share": NoiseKind.SHARE,
}
_CLASS_SPLIT: Final = re.compile(r"[\s_-]+")


class HtmlResult(NamedTuple):
    """Text, tables, noise regions found from the markup (kind, start, end) and diagnostics."""

    text: str
    tables: tuple[Table, ...]
    regions: tuple[tuple[NoiseKind, int, int], ...]
    diagnostics: tuple[Diagnostic, ...]


def looks_like_html(text: str) -> bool:
    """Whether *text* is an HTML page (not plain text with a stray tag or two).

    >>> looks_like_html("<!DOCTYPE html><p>x</p>")
    True
    >>> looks_like_html('<tbody id="a"></tbody>\\n正文')
    False
    """
    head = text[:65536]
    if _STRONG_START.search(head[:4096]):
        return True
    return len(_HTML_START.findall(head)) >= 3


def nesting_depth(markup: str) -> int:
    """The deepest nesting of open elements, counted linearly (void and self-closing elements ignored).

    >>> nesting_depth("<div><div><p>x</div></div>")
    2
    """
    steps = [-1 if slash else 1 for slash in _DEPTH_TAG.findall(markup)]
    sums = list(accumulate(steps))
    if not sums:
        return 0
    if min(sums) >= 0:
        return max(sums)
    depth = best = 0  # stray closing tags: count again, never below zero
    for step in steps:
        depth = max(depth + step, 0)
        best = max(best, depth)
    return best


class _Table:
    """A table being read: rows of raw cells, and whether it only lays out the page."""

    __slots__ = ("layout", "rows", "start")

    def __init__(self, start: int, *, layout: bool) -> None:
        self.start = start
        self.layout = layout
        self.rows: list[list[RawCell]] = []


class _Builder:
    """Receives start/end/text events and writes the reader's text, tables and noise regions."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.pos = 0
        self.break_pending = False
        self.space = False
        self.skip = 0
        self.pre = 0
        self.tables: list[_Table] = []
        self.done: list[Table] = []
        self.cell: tuple[int, int, str, dict[str, str | None]] | None = None  # (start, out index, tag, attrs)
        self.row_open = False
        self.thead = 0

    # -- writing ---------------------------------------------------------
    def _at_line_start(self) -> bool:
        return not self.out or self.out[-1].endswith("\n")

    def _emit(self, s: str) -> None:
        self.out.append(s)
        self.pos += len(s)

    def _newline(self) -> None:
        if not self._at_line_start():
            self._emit("\n")
        self.break_pending = False
        self.space = False

    def _in_data_cell(self) -> bool:
        return self.cell is not None and bool(self.tables) and not self.tables[-1].layout

    def block(self) -> None:
        """A block boundary: the next text starts a new line (a space inside a table cell)."""
        if self._in_data_cell():
            self.space = True
        else:
            self.break_pending = True

    def text(self, data: str) -> None:
        """Text content: white space collapsed as a browser renders it (kept inside ``<pre>``)."""
        if self.skip or not data:
            return
        if self.pre:
            data = data.replace("\r\n", "\n").replace("\r", "\n")
            if self.break_pending:
                self._newline()
            self._emit(data)
            return
        collapsed = _WS.sub(" ", data)
        core = collapsed.strip(" ")
        if not core:
            self.space = True
            return
        if self.tables and self.cell is None and not self.tables[-1].layout and not self.row_open:
            self.break_pending = True  # stray text inside a table (not in a cell) gets its own line
        if self.break_pending:
            self._newline()
        elif (self.space or collapsed[0] == " ") and not self._at_line_start() and not self._cell_empty():
            self._emit(" ")
        self._emit(core)
        self.space = collapsed[-1] == " "

    def _cell_empty(self) -> bool:
        return self.cell is not None and self.cell[0] == self.pos

    # -- structure -------------------------------------------------------
    def start(self, tag: str, attrs: dict[str, str | None], *, layout: bool = False) -> None:
        """An element starts."""
        if tag in _SKIP:
            self.skip += 1
            return
        if tag == "br":
            if self._in_data_cell():
                self.space = True
            else:
                self._emit("\n")
                self.break_pending = False
                self.space = False
            return
        if tag == "pre":
            self.pre += 1
        if tag == "table":
            self._start_table(layout=layout)
            return
        if self.tables and (tag in {"td", "th", "tr"}) and not self.tables[-1].layout:
            self._table_part(tag, attrs)
            return
        if tag == "thead":
            self.thead += 1
        if tag in _BLOCK or tag in {"td", "th"}:
            self.block()

    def end(self, tag: str) -> None:
        """An element ends."""
        if tag in _SKIP:
            self.skip = max(self.skip - 1, 0)
            return
        if tag == "pre":
            self.pre = max(self.pre - 1, 0)
        if tag == "table":
            self._end_table()
            return
        if self.tables and not self.tables[-1].layout and tag in {"td", "th", "tr"}:
            if tag == "tr":
                self._end_row()
            else:
                self._end_cell()
            return
        if tag == "thead":
            self.thead = max(self.thead - 1, 0)
        if tag in _BLOCK or tag in {"td", "th"}:
            self.block()

    def _start_table(self, *, layout: bool) -> None:
        if self.tables and not self.tables[-1].layout:
            # a table nested in a data table: its cells become text of the outer cell
            self.tables.append(_Table(self.pos, layout=True))
            self.space = True
            return
        self._newline()
        self.tables.append(_Table(self.pos, layout=layout))

    def _table_part(self, tag: str, attrs: dict[str, str | None]) -> None:
        table = self.tables[-1]
        if tag == "tr":
            self._end_row()
            self._newline()
            table.rows.append([])
            self.row_open = True
            return
        self._end_cell()
        if not self.row_open:
            self._newline()
            table.rows.append([])
            self.row_open = True
        if table.rows[-1]:
            self._emit(" | ")
        self.break_pending = False
        self.space = False
        self.cell = (self.pos, len(self.out), tag, attrs)

    def _end_cell(self) -> None:
        if self.cell is None or not self.tables:
            return
        start, index, tag, attrs = self.cell
        self.cell = None
        raw = "".join(self.out[index:]) if self.pos > start else ""
        text = raw.strip(_CELL_STRIP)
        lead = len(raw) - len(raw.lstrip(_CELL_STRIP))
        self.tables[-1].rows[-1].append(
            RawCell(
                text=text,
                start=start + lead,
                rowspan=_span_attr(attrs.get("rowspan")),
                colspan=_span_attr(attrs.get("colspan")),
                header=tag == "th" or self.thead > 0,
            )
        )
        self.space = False

    def _end_row(self) -> None:
        self._end_cell()
        if self.row_open:
            self.row_open = False
            self.break_pending = True

    def _end_table(self) -> None:
        if not self.tables:
            return
        if not self.tables[-1].layout:
            self._end_row()
        table = self.tables.pop()
        if table.layout:
            self.block()
            return
        end = self.pos
        self._newline()
        built = build_table(table.rows, span_start=table.start, span_end=end)
        if built is not None:
            self.done.append(built)

    def finish(self) -> tuple[str, tuple[Table, ...]]:
        """Close whatever is open and return the text and the tables in reading order."""
        self.skip = 0
        while self.tables:
            self._end_table()
        text = "".join(self.out).rstrip("\n")
        return text, tuple(sorted(self.done, key=lambda t: t.span.start))


def _span_attr(value: str | None) -> int:
    """A ``rowspan``/``colspan`` attribute as an int (0 means "to the end"; junk means 1)."""
    if not value:
        return 1
    digits = re.match(r"\s*(\d{1,6})", value)
    return int(digits.group(1)) if digits else 1


def _noise_kind(tag: str, attrs: dict[str, str | None]) -> NoiseKind | None:
    if tag == "nav":
        return NoiseKind.NAVIGATION
    if tag == "footer":
        return NoiseKind.FOOTER
    for name in ("class", "id"):
        value = attrs.get(name)
        if value:
            for token in _CLASS_SPLIT.split(value.lower()):
                kind = HTML_NOISE_CLASSES.get(token)
                if kind is not None:
                    return _NOISE_KINDS[kind]
    return None


def _walk_lexbor(markup: str, builder: _Builder, regions: list[tuple[NoiseKind, int, int]]) -> None:
    from selectolax.lexbor import LexborHTMLParser  # noqa: PLC0415 - lazy: import time matters

    root = LexborHTMLParser(markup).root
    stack: list[tuple[str, LexborNode | None, NoiseKind | None, int]] = []
    node = root
    while True:
        if node is None:
            if not stack:
                break
            tag, node, kind, start = stack.pop()
            builder.end(tag)
            if kind is not None:
                regions.append((kind, start, builder.pos))
            continue
        tag = node.tag or "-"
        if tag == "-text":
            builder.text(node.text_content or "")
            node = node.next
            continue
        if tag[0] in "-!#_" or tag in _SKIP:
            node = node.next
            continue
        attrs = node.attributes if tag not in {"span", "a", "b", "strong", "font", "em", "i", "u"} else {}
        layout = tag == "table" and len(node.css("table")) > 1  # css() includes the node itself
        kind = _noise_kind(tag, attrs) if attrs or tag in {"nav", "footer"} else None
        builder.start(tag, attrs, layout=layout)
        child = node.child
        if child is None or tag == "br":
            builder.end(tag)
            if kind is not None:
                regions.append((kind, builder.pos, builder.pos))
            node = node.next
        else:
            stack.append((tag, node.next, kind, builder.pos))
            node = child


class _StdlibFeeder(HTMLParser):
    """The stdlib tokenizer as a linear fallback: events go straight to the builder."""

    def __init__(self, builder: _Builder) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = builder

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.builder.start(tag, dict(attrs))
        if tag in _VOID:
            self.builder.end(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.builder.start(tag, dict(attrs))
        self.builder.end(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID:
            self.builder.end(tag)

    def handle_data(self, data: str) -> None:
        self.builder.text(data)


def html_to_text(markup: str, *, max_depth: int = MAX_DEPTH) -> HtmlResult:
    """Readable text, tables and noise regions of an HTML page.

    >>> r = html_to_text("<p>甲</p><table><tr><td colspan=2>乙</td></tr><tr><td>1</td><td>2</td></tr></table>")
    >>> r.text
    '甲\\n乙\\n1 | 2'
    >>> r.tables[0].grid()
    [['乙', '乙'], ['1', '2']]
    """
    builder = _Builder()
    regions: list[tuple[NoiseKind, int, int]] = []
    found: list[Diagnostic] = []
    depth = nesting_depth(markup)
    if depth > max_depth:
        feeder = _StdlibFeeder(builder)
        feeder.feed(markup)
        feeder.close()
        msg = f"markup nested {depth} levels deep (over {max_depth}); read with the linear fallback parser"
        found.append(diagnostics.make("GD006", msg))
    else:
        _walk_lexbor(markup, builder, regions)
    text, tables = builder.finish()
    kept = tuple((k, s, min(e, len(text))) for k, s, e in regions if min(e, len(text)) > s)
    return HtmlResult(text, tables, kept, tuple(found))
