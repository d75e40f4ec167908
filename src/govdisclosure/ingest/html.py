"""HTML to readable text and table grids, in linear time.

selectolax (lexbor) parses; a linear pre-scan measures the nesting depth first,
because lexbor turns quadratic on very deep markup (LIBRARIES.md §1): above
:data:`MAX_DEPTH` the stdlib tokenizer (:mod:`html.parser`, no tree) is used
instead.  Both feed the same :class:`_Builder`, which writes the text as a
reader sees it — block elements on their own lines, a table row per line with
cells joined by ``" | "`` — and records every cell with its span in that text.
Nothing is fetched: no URL, DTD or external entity is ever resolved.

Speed: the lexbor walk visits nodes with little Python work each.  What
lexbor can answer in C is asked once per page (:class:`_CellReader`: which
tables hold other tables, which elements name noise or carry merge
attributes, which cells hold a script, ``<pre>``, a block or ``<br>``), and
the common shapes take a short path: white-space-only text only sets the
pending space, an element with one text node is written without the stack
(inline elements without their no-op events), and the rows of a data table
are read row after row in :func:`_read_rows`, a plain row whole in
:meth:`_Builder.whole_row` (its texts checked for white space at once), any
other cell by cell in :meth:`_Builder.simple_row`, a cell's text coming from
one lexbor call (``textContent``, or the one fragment) where that is exact.  White space is
collapsed without the regex where nothing would change (:func:`_collapse`).
Every shortcut writes exactly what the per-event path writes
(``html_to_text(..., shortcuts=False)``; ``tests/test_ingest_html_fast.py``
pins it).  Tables are deferred (:func:`~govdisclosure.ingest.grid.build_flat_table`):
their cell objects are made when first read.
"""

from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser
from itertools import accumulate
from typing import TYPE_CHECKING, Final, NamedTuple

from govdisclosure import diagnostics
from govdisclosure.ingest.grid import FlatRow, build_flat_table
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


def _trie(words: frozenset[str]) -> str:
    """A regex matching exactly *words*, as a trie: ``b(?:r|ase)`` tests each letter once, an alternation of
    whole words tests them all (the depth scan runs it at every ``<`` of a page).

    >>> _trie(frozenset({"br", "base", "basefont", "p"}))
    '(?:b(?:ase(?:font)?|r)|p)'
    """
    heads = sorted({w[0] for w in words})
    alts = []
    for head in heads:
        rests = frozenset(w[1:] for w in words if w[0] == head)
        longer = rests - {""}
        tail = _trie(longer) if longer else ""
        alts.append(re.escape(head) + (f"(?:{tail})?" if tail and "" in rests else tail))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


_NOT_NESTING: Final = _trie(_VOID | _AUTOCLOSE)
# A start or end tag that deepens nesting (group 1: the slash), in one scan that also
# flags (group 2) a tag name with an upper-case letter: case-sensitive matching is 3x
# faster than re.I, and the case-insensitive twin is needed only after such a flag.
# Possessive runs: no backtracking through a name.
_DEPTH_SCAN: Final = re.compile(
    r"<(/?+)(?:(?!" + _NOT_NESTING + r"[\s/>])[a-z](?![a-z0-9/]*+[A-Z])|[a-z0-9/]*+([A-Z]))"
)
_DEPTH_TAG_ANY_CASE: Final = re.compile(r"<(/?)(?!" + _NOT_NESTING + r"[\s/>])[a-zA-Z]", re.I | re.A)
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
_DIGITS: Final = re.compile(r"\s*(\d{1,6})")
_WS_CHARS: Final = " \t\n\r\f"  # the characters _WS collapses
_CELLS: Final = frozenset({"td", "th"})
_TABLE_PARTS: Final = frozenset({"td", "th", "tr"})
# Inline elements read without their attributes: they never mark noise.
_INLINE_PLAIN: Final = frozenset({"span", "a", "b", "strong", "font", "em", "i", "u"})
_NO_ATTRS: Final[dict[str, str | None]] = {}
# Block elements whose start and end events only mark a block boundary (_Builder.block).
_PLAIN_BLOCKS: Final = _BLOCK - {"table", "tr", "thead", "pre"}
# Elements that may name noise (_noise_kind) and cells with merge attributes; lexbor finds them in C.
_NAMED: Final = "nav, footer, [class], [id]"
_SPANNED: Final = "[rowspan], [colspan]"  # only cells read them; two selectors are faster than four
# Elements whose text lexbor's text() would include though the walk skips it, or reads differently (<pre>).
_CELL_TRAPS: Final = _SKIP | {"pre"}
# Elements inside a cell whose events write more than their text: a block or <br> puts a space
# between fragments.  A cell holding none of them (nor a trap) reads as the concatenation of its text.
_CELL_BREAKS: Final = _BLOCK | _CELLS | {"br"}
_IN_CELLS: Final = "td *, th *"  # one query for every element inside a cell: much faster than one per tag
_CELL_CHILDREN: Final = "td > *, th > *"  # some element directly inside a cell
_SEP: Final = "\x00"  # separator of text fragments when asking lexbor for a cell's text


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
    found = _DEPTH_SCAN.findall(markup)
    upper = any(flag for _, flag in found)  # some tag name has an upper-case letter
    slashes = _DEPTH_TAG_ANY_CASE.findall(markup) if upper else [slash for slash, _ in found]
    steps = [-1 if slash else 1 for slash in slashes]
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
        self.rows: list[FlatRow] = []


class _Builder:
    """Receives start/end/text events and writes the reader's text, tables and noise regions."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.pos = 0
        self.bol = True  # the text written so far ends a line (or is empty)
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
    def _emit(self, s: str) -> None:
        self.out.append(s)
        self.pos += len(s)
        self.bol = s.endswith("\n")

    def _newline(self) -> None:
        if not self.bol:
            self._emit("\n")
        self.break_pending = False
        self.space = False

    def in_data_table(self) -> bool:
        """Whether a data table is the innermost open table, outside any ``<pre>`` (the walk's shortcuts need it)."""
        return bool(self.tables) and not self.tables[-1].layout and not self.pre

    def _in_data_cell(self) -> bool:
        return self.cell is not None and bool(self.tables) and not self.tables[-1].layout

    def block(self) -> None:
        """A block boundary: the next text starts a new line (a space inside a table cell)."""
        if self._in_data_cell():
            self.space = True
        else:
            self.break_pending = True

    def block_text(self, data: str) -> None:
        """A block boundary, text *data*, a block boundary: :meth:`block`, :meth:`text`, :meth:`block` in one call."""
        if self._in_data_cell():
            self.space = True
            self.text(data)
            self.space = True
            return
        self.break_pending = True
        self.text(data)
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
        collapsed = _collapse(data)
        core = collapsed.strip(" ")
        if not core:
            self.space = True
            return
        if self.tables and self.cell is None and not self.tables[-1].layout and not self.row_open:
            self.break_pending = True  # stray text inside a table (not in a cell) gets its own line
        # _newline and _emit inlined (the hottest path of a page): *core* never ends a line.
        out = self.out
        if self.break_pending:
            if not self.bol:
                out.append("\n")
                self.pos += 1
            self.break_pending = False
        elif (self.space or collapsed[0] == " ") and not self.bol and not self._cell_empty():
            out.append(" ")
            self.pos += 1
        out.append(core)
        self.pos += len(core)
        self.bol = False
        self.space = collapsed[-1] == " "

    def _cell_empty(self) -> bool:
        return self.cell is not None and self.cell[0] == self.pos

    def simple_cell(self, tag: str, data: str, rowspan: int, colspan: int) -> None:
        """A data cell whose whole content is *data*: the same as start, text, end events, in one call.

        The caller guarantees :meth:`in_data_table`.
        """
        if self.cell is not None:
            self._end_cell()
        if not self.row_open:
            self._newline()
            self.tables[-1].rows.append([])
            self.row_open = True
        row = self.tables[-1].rows[-1]
        if row:
            self._emit(" | ")
        start = self.pos
        core = _collapse(data).strip(" ")
        text = core
        if core:
            self._emit(core)
            text = core.strip(_CELL_STRIP)
            if len(text) != len(core):
                start += len(core) - len(core.lstrip(_CELL_STRIP))
        row += (text, start, rowspan, colspan, tag == "th" or self.thead > 0)
        self.break_pending = False
        self.space = False

    def simple_row(self, node: LexborNode | None, cells: _CellReader) -> LexborNode | None:
        """Read the children of the row just started, from *node* on, while they are simple.

        Simple: white space, and ``td``/``th`` cells that *cells* can read in
        one call.  Together they are written exactly as their start, text and
        end events would write them (see :meth:`simple_cell`), as one string.
        Returns the first child that needs the general walk (``None`` at the
        end of the row).  The caller guarantees :meth:`in_data_table` and an
        open row with no open cell.
        """
        walked, broken, spanned, special = cells.walked, cells.broken, cells.spanned, cells.special
        td, th, text_node, _ = _tag_ids()  # ints compare faster than node.tag makes its string
        cell_ids = (td, th)
        row = self.tables[-1].rows[-1]
        add = row.extend
        header = self.thead > 0
        first = not row
        pos = self.pos
        gap = 0 if first else 3  # the " | " before a cell
        space = self.space
        cores: list[str] = []
        while node is not None:
            tid = node.tag_id
            if tid in cell_ids:
                mid = node.mem_id
                merge = False
                if mid not in special:
                    data = node.text_lexbor()  # the common cell: text (and inline elements) only
                elif mid in walked:
                    break
                else:
                    if mid in broken:
                        data = node.text(deep=True, separator=_SEP, skip_empty=True)
                        if _SEP in data:
                            break
                    else:
                        data = node.text_lexbor()
                    merge = mid in spanned
                pos += gap
                # Printable text has no tab or line break, nor an ideographic or no-break space: with
                # no double space either, _WS.sub would leave it alone and only " " can pad it.
                if data.isprintable() and "  " not in data:
                    core = text = data.strip(" ")
                    start = pos
                else:
                    core = _WS.sub(" ", data).strip(" ")  # collapsed: holds no line break
                    text = core.strip(_CELL_STRIP)
                    start = pos + len(core) - len(core.lstrip(_CELL_STRIP))
                pos += len(core)
                cores.append(core)
                if merge:
                    attrs = node.attributes
                    rowspan, colspan = _span_attr(attrs.get("rowspan")), _span_attr(attrs.get("colspan"))
                    add((text, start, rowspan, colspan, header or tid == th))
                else:
                    add((text, start, 1, 1, header or tid == th))
                gap = 3
                space = False
            elif tid == text_node:
                content = node.text_content
                if content:
                    if content.strip(_WS_CHARS):
                        break  # real text: the general walk writes it
                    space = True
            else:
                break
            node = node.next
        if cores:
            if pos != self.pos:
                written = " | ".join(cores)
                self.out.append(written if first else " | " + written)
                self.pos = pos
                self.bol = False
            self.break_pending = False
        self.space = space
        return node

    def whole_row(self, tr: LexborNode, cells: _CellReader) -> bool:
        """Read the data row *tr* whole if all its children are simple; ``False`` (and nothing done) if not.

        The same as the row's start event, :meth:`simple_row` over all its
        children and its end event, with less work a cell: ``iter`` skips
        white-space text in C (other text is not simple), and the cell texts
        are checked for white space to collapse or strip all at once (if any,
        :meth:`simple_row` does it cell by cell).  The caller guarantees
        :meth:`in_data_table`.
        """
        if self.cell is not None or self.row_open:
            return False
        td, th, text_node, _ = _tag_ids()
        cell_ids = (td, th)
        special, unread, spanned = cells.special, cells.unread, cells.spanned
        row: FlatRow = []
        add = row.extend
        header = self.thead > 0
        pos = self.pos if self.bol else self.pos + 1  # the row starts a line
        start = pos
        for kid in tr.iter(include_text=True, skip_empty=True):
            tid = kid.tag_id
            mid = kid.mem_id
            if tid == td and mid not in special:  # the common cell
                text = kid.text_lexbor()
                add((text, pos, 1, 1, header))
            elif tid not in cell_ids or mid in unread:
                return False  # a comment, text or another element, or a cell to walk
            else:
                text = kid.text_lexbor()
                if mid in spanned:
                    attrs = kid.attributes
                    rowspan, colspan = _span_attr(attrs.get("rowspan")), _span_attr(attrs.get("colspan"))
                    add((text, pos, rowspan, colspan, header or tid == th))
                else:
                    add((text, pos, 1, 1, header or tid == th))
            pos += len(text) + 3  # the text and the " | " after it
        if not row:
            return False
        texts: list[str] = row[0::5]  # type: ignore[assignment]  # every cell's first field, its text
        # Printable text has no tab, line break, ideographic or no-break space: with no double space
        # and no space at either end of a text, collapsing and stripping would leave every text as it is.
        joined = "|".join(texts)
        if not joined.isprintable() or "  " in joined or " |" in joined or "| " in joined:
            return False
        if joined[:1] == " " or joined[-1:] == " ":
            return False
        if not self.bol:
            self.out.append("\n")
        pos -= 3
        if pos != start:
            self.out.append(" | ".join(texts))
        self.bol = pos == start  # after the line break, nothing written
        self.pos = pos
        self.tables[-1].rows.append(row)
        self.break_pending = True  # the row has ended
        space = False
        after = tr.last_child
        while after is not None and after.tag_id == text_node:  # white space after the last cell
            if after.text_content:
                space = True
            after = after.prev
        self.space = space
        return True

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
        if self.tables and (tag in _TABLE_PARTS) and not self.tables[-1].layout:
            self._table_part(tag, attrs)
            return
        if tag == "thead":
            self.thead += 1
        if tag in _BLOCK or tag in _CELLS:
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
        if self.tables and not self.tables[-1].layout and tag in _TABLE_PARTS:
            if tag == "tr":
                self._end_row()
            else:
                self._end_cell()
            return
        if tag == "thead":
            self.thead = max(self.thead - 1, 0)
        if tag in _BLOCK or tag in _CELLS:
            self.block()

    def _start_table(self, *, layout: bool) -> None:
        if self.tables and (not self.tables[-1].layout or self.cell is not None):
            # a table inside a data table's cell (at any depth): its cells become text of that cell
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
        # A table opened inside an open row (no <td> between) has no row of its own yet.
        if not self.row_open or not table.rows:
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
        rowspan, colspan = _span_attr(attrs.get("rowspan")), _span_attr(attrs.get("colspan"))
        self.tables[-1].rows[-1] += (text, start + lead, rowspan, colspan, tag == "th" or self.thead > 0)
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
        built = build_flat_table(table.rows, span_start=table.start, span_end=end)
        if built is not None:
            self.done.append(built)

    def finish(self) -> tuple[str, tuple[Table, ...]]:
        """Close whatever is open and return the text and the tables in reading order."""
        self.skip = 0
        while self.tables:
            self._end_table()
        text = "".join(self.out).rstrip("\n")
        return text, tuple(sorted(self.done, key=lambda t: t.span.start))


def _collapse(data: str) -> str:
    """``_WS.sub(" ", data)``: runs of HTML white space become one space.

    The regex scans CJK text slowly (about 20 ns a character); most text has
    nothing to collapse, which ``in`` tests find faster (``isprintable`` rules
    out tab and line breaks at once, but an ideographic space makes it false).

    >>> _collapse("a \\t\\n b"), _collapse("\\u3000\\u3000甲 乙")
    ('a b', '\\u3000\\u3000甲 乙')
    """
    if "  " in data or not (
        data.isprintable() or ("\n" not in data and "\t" not in data and "\r" not in data and "\f" not in data)
    ):
        return _WS.sub(" ", data)
    return data


def _span_attr(value: str | None) -> int:
    """A ``rowspan``/``colspan`` attribute as an int (0 means "to the end"; junk means 1)."""
    if not value:
        return 1
    if len(value) <= 6 and value.isdecimal():  # the common "2": what the regex would take, without it
        return int(value)
    digits = _DIGITS.match(value)
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


class _CellReader:
    """What lexbor answers in C once per page, and a cell's text in one call where that is exact.

    A data cell's events only write its text fragments (white space
    collapsed), with a space where a block or ``<br>`` separates two of them.
    So a cell without such elements reads as the concatenation of its text
    nodes (lexbor's ``textContent``); a cell with them, as its one fragment
    that is not white space, if it has only one (white-space fragments vanish
    in a cell).  Neither holds for a cell with an element that names noise,
    or one whose text lexbor includes but the walk skips (script, style, svg
    …) or reads differently (``<pre>``): those cells are walked.
    """

    def __init__(self, root: LexborNode) -> None:
        self.kinds: dict[int, NoiseKind] = {}  # mem_id -> the noise an element's tag, class or id names
        for node in root.css(_NAMED):
            tag = node.tag or ""
            kind = None if tag in _INLINE_PLAIN else _noise_kind(tag, node.attributes)
            if kind is not None:
                self.kinds[node.mem_id] = kind
        self.spanned = {n.mem_id for n in root.css(_SPANNED)}
        self.layout: set[int] = set()  # tables that hold another table: they only lay out the page
        _mark_ancestors(root.css("table table"), {"table"}, self.layout)
        traps: list[LexborNode] = []
        breaks: list[LexborNode] = []
        # No cell with a child element (common in data tables) means no element inside a cell:
        # the child query is much cheaper than the descendant one, which walks every element's ancestors.
        inside = root.css(_IN_CELLS) if root.css_first(_CELL_CHILDREN) is not None else []
        for node in inside:
            tag = node.tag or ""
            if tag in _CELL_TRAPS or node.mem_id in self.kinds:
                traps.append(node)
            elif tag in _CELL_BREAKS:
                breaks.append(node)
        opaque: set[int] = set()  # cells holding a trap
        self.broken: set[int] = set()  # cells holding a block or <br>
        _mark_ancestors(traps, _CELLS, opaque)
        _mark_ancestors(breaks, _CELLS, self.broken)
        self.walked = opaque | self.kinds.keys()  # cells only the event walk reads exactly
        self.special = self.walked | self.broken | self.spanned  # one test clears the common cell
        self.unread = self.walked | self.broken  # cells whose text is not their textContent

    def text(self, node: LexborNode, mid: int) -> str | None:
        """The text of data cell *node* (``mem_id`` *mid*), or ``None`` if it needs the event walk."""
        if mid in self.walked:
            return None
        if mid not in self.broken:
            return node.text_lexbor()
        data = node.text(deep=True, separator=_SEP, skip_empty=True)
        return None if _SEP in data else data


@cache
def _tag_ids() -> tuple[int, int, int, int]:
    """lexbor's ``tag_id`` of ``td``, ``th``, text nodes and ``tr``, read once from a tiny tree."""
    from selectolax.lexbor import LexborHTMLParser  # noqa: PLC0415 - lazy: import time matters

    cell = LexborHTMLParser("<table><tr><td>x</td><th></th></tr></table>").css_first("td")
    assert cell is not None
    assert cell.child is not None
    assert cell.next is not None
    assert cell.parent is not None
    return cell.tag_id, cell.next.tag_id, cell.child.tag_id, cell.parent.tag_id


def _mark_ancestors(nodes: list[LexborNode], tags: set[str] | frozenset[str], marked: set[int]) -> None:
    """Add to *marked* the ``mem_id`` of every ancestor of *nodes* whose tag is in *tags*.

    A node seen before ends a walk up (its ancestors were marked then), so the
    cost stays linear.
    """
    seen: set[int] = set()
    for start in nodes:
        node = start.parent
        while node is not None:
            mid = node.mem_id
            if mid in seen:
                break
            seen.add(mid)
            if node.tag in tags:
                marked.add(mid)
            node = node.parent


def _walk_lexbor(
    markup: str | bytes, builder: _Builder, regions: list[tuple[NoiseKind, int, int]], *, fast: bool = True
) -> None:
    """Feed the lexbor tree to *builder* in document order.

    *markup* is the page, or its UTF-8 bytes (lexbor parses those, so a
    ``str`` costs one encoding more).  *fast* enables the shortcuts (white-space text, elements with one text
    node, data rows and cells read in bulk); without them every node goes
    through the start/text/end events.
    """
    from selectolax.lexbor import LexborHTMLParser  # noqa: PLC0415 - lazy: import time matters

    root = LexborHTMLParser(markup).root
    if root is None:
        return
    cells = _CellReader(root)
    kinds, spanned, layout = cells.kinds, cells.spanned, cells.layout
    text_id = _tag_ids()[2]  # a text node: comparing ints is cheaper than making its tag string
    stack: list[tuple[str, LexborNode | None, NoiseKind | None, int]] = []
    node: LexborNode | None = root
    while True:
        if node is None:
            if not stack:
                break
            tag, node, kind, start = stack.pop()
            builder.end(tag)
            if kind is not None:
                regions.append((kind, start, builder.pos))
            continue
        if node.tag_id == text_id:
            data = node.text_content or ""
            if fast and data and not builder.pre and not data.strip(_WS_CHARS):
                builder.space = True  # what text() does with white space only
            else:
                builder.text(data)
            node = node.next
            continue
        tag = node.tag or "-"
        if tag[0] in "-!#_" or tag in _SKIP:
            node = node.next
            continue
        if tag in _INLINE_PLAIN:
            attrs: dict[str, str | None] = _NO_ATTRS
            kind = None
            layout_table = False
            if fast:  # start and end events of these tags do nothing: only the text counts
                child = node.child
                if child is None:
                    node = node.next
                    continue
                if child.next is None and child.tag_id == text_id:
                    builder.text(child.text_content or "")
                    node = node.next
                    continue
        else:
            mid = node.mem_id
            attrs = node.attributes if mid in spanned else _NO_ATTRS
            kind = kinds.get(mid)
            layout_table = tag == "table" and mid in layout
            if fast and kind is None and tag in _PLAIN_BLOCKS:
                child = node.child
                if child is None:
                    builder.block()  # what start and end do for these tags
                    node = node.next
                    continue
                if child.next is None:
                    if child.tag_id != text_id and child.tag in _INLINE_PLAIN:
                        # <li><a>…</a></li>, <p><span>…</span></p>: the inline element's events write nothing
                        inner = child.child
                        if inner is not None and inner.next is None:
                            child = inner
                    if child.tag_id == text_id:
                        builder.block_text(child.text_content or "")  # start, text and end events in one
                        node = node.next
                        continue
            if fast and kind is None and tag in _TABLE_PARTS and builder.in_data_table():
                if tag == "tr":
                    node = _read_rows(node, attrs, builder, cells, stack)
                    continue
                content = cells.text(node, mid)
                if content is not None:
                    rowspan, colspan = _span_attr(attrs.get("rowspan")), _span_attr(attrs.get("colspan"))
                    builder.simple_cell(tag, content, rowspan, colspan)
                    node = node.next
                    continue
        builder.start(tag, attrs, layout=layout_table)
        child = node.child
        if child is None or tag == "br":
            builder.end(tag)
            if kind is not None:
                regions.append((kind, builder.pos, builder.pos))
            node = node.next
        elif fast and kind is None and child.next is None and child.tag_id == text_id:
            builder.text(child.text_content or "")  # one text child: its events without the stack
            builder.end(tag)
            node = node.next
        else:
            stack.append((tag, node.next, kind, builder.pos))
            node = child


def _read_rows(
    tr: LexborNode,
    attrs: dict[str, str | None],
    builder: _Builder,
    cells: _CellReader,
    stack: list[tuple[str, LexborNode | None, NoiseKind | None, int]],
) -> LexborNode | None:
    """Read rows of a data table from *tr* on, as their events would; return where the general walk resumes.

    A row whose children are all simple (:meth:`_Builder.whole_row`, else
    :meth:`_Builder.simple_row`) ends here, and the next row (past white
    space and comments) is read the same way, without the walk's stack.  A row with a child that is not simple is
    left open on the stack, and the walk resumes at that child.
    """
    kinds, spanned = cells.kinds, cells.spanned
    tr_id = _tag_ids()[3]
    node: LexborNode | None = tr
    while True:
        node = tr.next
        if not builder.whole_row(tr, cells):
            builder.start("tr", attrs)
            rest = builder.simple_row(tr.child, cells)
            if rest is not None:
                stack.append(("tr", node, None, builder.pos))
                return rest
            builder.end("tr")
        while node is not None and node.tag_id != tr_id:  # what the walk does between rows: white space, comments
            tag = node.tag or "-"
            if tag == "-text":
                data = node.text_content or ""
                if data.strip(_WS_CHARS):
                    return node  # stray text: the general walk writes it
                if data:
                    builder.space = True
            elif tag[0] not in "-!#_" and tag not in _SKIP:
                return node  # another element: the general walk reads it
            node = node.next
        if node is None:
            return None
        mid = node.mem_id
        if mid in kinds:
            return node
        attrs = node.attributes if mid in spanned else _NO_ATTRS
        tr = node


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


def html_to_text(
    markup: str, *, max_depth: int = MAX_DEPTH, shortcuts: bool = True, utf8: bytes | None = None
) -> HtmlResult:
    """Readable text, tables and noise regions of an HTML page.

    Markup nested deeper than *max_depth* is read with the linear stdlib
    tokenizer (diagnostic GD006).  *shortcuts* ``False`` sends every lexbor
    node through the per-event path: slower, and the reference the shortcuts
    are tested against.  *utf8*, if given, must be ``markup.encode()``
    (the bytes *markup* was decoded from): lexbor then parses them as they
    are, the same tree without encoding the page again.

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
        _walk_lexbor(markup if utf8 is None else utf8, builder, regions, fast=shortcuts)
    text, tables = builder.finish()
    kept = tuple((k, s, min(e, len(text))) for k, s, e in regions if min(e, len(text)) > s)
    return HtmlResult(text, tables, kept, tuple(found))
