"""Tables that arrive flattened in text, rebuilt as :class:`~govdisclosure.ingest.document.Table` grids."""

from __future__ import annotations

from govdisclosure.ingest.document import Table

__all__ = ["find_flat_tables"]


def find_flat_tables(text: str, *, offset: int = 0) -> tuple[Table, ...]:
    """Find flattened tables in *text*; cell spans are offsets into *text* plus *offset*."""
    del text, offset
    return ()
