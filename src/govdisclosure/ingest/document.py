"""The ingest stage's output: one :class:`Document` with text, table grids and noise."""

from __future__ import annotations

from attrs import field, frozen

from govdisclosure.model import Diagnostic, Language, NoiseSpan, Span

__all__ = ["Document", "Table", "TableCell"]


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


@frozen(kw_only=True)
class Table:
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
