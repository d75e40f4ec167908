"""The ingest stage's output: one :class:`Document` with text, table grids and noise."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

from attrs import field, frozen

from govdisclosure.model import Diagnostic, Language, NoiseSpan, Span

__all__ = ["Document", "Table", "TableCell", "deferred_table"]


@frozen(kw_only=True)
class TableCell:
    """A cell of a :class:`Table` at its origin position (top-left of a merge).

    ``span`` points into :attr:`Document.text` (``None`` for an empty cell
    that has no characters there).
    """

    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    span: Span | None = None
    header: bool = False

    def covers(self, row: int, col: int) -> bool:
        """Whether this (possibly merged) cell covers grid position (*row*, *col*)."""
        return self.row <= row < self.row + self.rowspan and self.col <= col < self.col + self.colspan


#: What a deferred table computes on first use: its cells and its number of columns.
CellBuilder: TypeAlias = Callable[[], tuple[tuple[TableCell, ...], int]]


class _Deferred:
    """Base of :class:`Table`: a slot for the builder of a table whose cells are computed on first use.

    A deferred table is made without ``cells`` and ``n_cols``; reading either
    (directly, or through ``==``, ``repr``, ``hash``, :meth:`Table.grid` …)
    runs the builder once and stores both, so afterwards the table is an
    ordinary one.  Pages with thousands of cells are read without making
    objects for cells nobody looks at.
    """

    __slots__ = ("_builder",)

    if not TYPE_CHECKING:  # hidden from mypy, which would otherwise accept any attribute name

        def __getattr__(self, name: str) -> object:
            # Python calls this only when a slot is empty: a deferred table's cells and n_cols before first use.
            if name in ("cells", "n_cols"):
                builder: CellBuilder | None = getattr(self, "_builder", None)
                if builder is not None:
                    cells, n_cols = builder()
                    object.__setattr__(self, "cells", cells)
                    object.__setattr__(self, "n_cols", n_cols)
                    object.__setattr__(self, "_builder", None)
                    return object.__getattribute__(self, name)
            msg = f"{type(self).__name__!r} object has no attribute {name!r}"
            raise AttributeError(msg)


@frozen(kw_only=True)
class Table(_Deferred):
    """A table as a rectangular grid with merges resolved.

    ``cells`` holds each cell once, at its origin; :meth:`grid` repeats a
    merged cell's text in every position it covers.  ``shape`` says how the
    table arrived: ``html``, ``markdown``, ``flat_pipe``, ``flat_tab``,
    ``flat_spaces`` or ``flat_cells`` (one cell per line).
    """

    cells: tuple[TableCell, ...]
    n_rows: int
    n_cols: int
    span: Span
    shape: str = "html"

    def cell_grid(self) -> list[list[TableCell | None]]:
        """Rows of the cell object covering each position (``None`` where nothing does)."""
        grid: list[list[TableCell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.rowspan, self.n_rows)):
                row = grid[r]
                for c in range(cell.col, min(cell.col + cell.colspan, self.n_cols)):
                    row[c] = cell
        return grid

    def grid(self) -> list[list[str]]:
        """Rows of cell strings; blank and uncovered positions are ``""``."""
        return [[c.text if c is not None else "" for c in row] for row in self.cell_grid()]


@frozen(kw_only=True)
class Document:
    """Readable text of one input, its tables and what was set aside as noise.

    ``text`` is the text as printed (markup removed, line ends unified);
    ``view`` is the *matching view*: the same length as ``text``, width-folded
    and converted to simplified characters, so a match at ``view[i:j]`` is the
    printed ``text[i:j]``.
    """

    text: str
    view: str
    format: str
    encoding: str | None
    sha256: str
    size: int
    language: Language = Language.HANS
    tables: tuple[Table, ...] = ()
    noise: tuple[NoiseSpan, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    path: str | None = None
    metadata: tuple[tuple[str, str], ...] = field(default=())


def deferred_table(builder: CellBuilder, *, n_rows: int, span: Span, shape: str = "html") -> Table:
    """A :class:`Table` whose ``cells`` and ``n_cols`` are ``builder()``, computed on first use.

    The result equals ``Table(cells=cells, n_rows=n_rows, n_cols=n_cols, span=span, shape=shape)``.

    >>> t = deferred_table(lambda: ((TableCell(text="a", row=0, col=0),), 1), n_rows=1, span=Span(start=0, end=1))
    >>> t == Table(cells=(TableCell(text="a", row=0, col=0),), n_rows=1, n_cols=1, span=Span(start=0, end=1))
    True
    """
    table = object.__new__(Table)
    # Set the slots as the attrs-made __init__ does (the class is frozen), leaving cells and n_cols empty.
    object.__setattr__(table, "n_rows", n_rows)
    object.__setattr__(table, "span", span)
    object.__setattr__(table, "shape", shape)
    object.__setattr__(table, "_builder", builder)
    return table
