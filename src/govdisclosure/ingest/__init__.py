"""Ingest: bytes, paths and text into one :class:`Document`.

``read(source)`` decodes bytes, detects the format from the content, extracts
the readable text and table grids and marks noise.
"""

from __future__ import annotations

from govdisclosure.ingest.document import Document, Table, TableCell
from govdisclosure.ingest.reader import DEFAULT_MAX_BYTES, read

__all__ = ["DEFAULT_MAX_BYTES", "Document", "Table", "TableCell", "read"]
