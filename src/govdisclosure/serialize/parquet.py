"""Parquet output of the long format (needs the ``parquet`` extra: pyarrow).

The columns are those of :data:`~govdisclosure.serialize.rows.COLUMNS`, typed:
``str`` columns are strings, ``int`` columns int64, and ``value`` is an exact
``decimal128(38, 10)``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from decimal import Decimal
from types import ModuleType, TracebackType
from typing import Any, Final

from govdisclosure._extras import require
from govdisclosure.serialize.rows import COLUMNS, Row

__all__ = ["DECIMAL_SCALE", "ParquetRowWriter", "arrow_schema", "to_arrow", "write_parquet"]

#: Digits after the decimal point kept in the Parquet ``value`` column.
DECIMAL_SCALE: Final = 10
_QUANTUM = Decimal(1).scaleb(-DECIMAL_SCALE)


def _pa() -> ModuleType:
    return require("pyarrow", "parquet")


def arrow_schema() -> Any:
    """Return the :class:`pyarrow.Schema` of the long format."""
    pa = _pa()
    types = {"str": pa.string(), "int": pa.int64(), "decimal": pa.decimal128(38, DECIMAL_SCALE)}
    return pa.schema([pa.field(c.name, types[c.type]) for c in COLUMNS])


def _decimal(value: object) -> Decimal | None:
    if value is None:
        return None
    d = Decimal(value) if isinstance(value, int) else value
    if not isinstance(d, Decimal):
        msg = f"not a number: {value!r}"
        raise TypeError(msg)
    # Never round: a figure with more digits than the column keeps only its raw text.
    return d if d.quantize(_QUANTUM) == d else None


def _columns(rows: Iterable[Row]) -> dict[str, list[Any]]:
    cols: dict[str, list[Any]] = {c.name: [] for c in COLUMNS}
    for row in rows:
        for c in COLUMNS:
            value = row.get(c.name)
            cols[c.name].append(_decimal(value) if c.type == "decimal" else value)
    return cols


def to_arrow(rows: Iterable[Row]) -> Any:
    """Return *rows* as a typed :class:`pyarrow.Table`."""
    pa = _pa()
    return pa.Table.from_pydict(_columns(rows), schema=arrow_schema())


def _batches(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class ParquetRowWriter:
    """Stream rows into one Parquet file (use as a context manager); memory is one batch."""

    def __init__(self, path: str | os.PathLike[str], *, batch_size: int = 10_000) -> None:
        pq = require("pyarrow.parquet", "parquet")
        self._writer = pq.ParquetWriter(os.fspath(path), arrow_schema())
        self._batch_size = batch_size
        self._pending: list[Row] = []
        self.rows_written = 0

    def write_rows(self, rows: Iterable[Row]) -> None:
        """Add *rows*; they are flushed to the file in batches."""
        for row in rows:
            self._pending.append(row)
            if len(self._pending) >= self._batch_size:
                self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._writer.write_table(to_arrow(self._pending))
            self.rows_written += len(self._pending)
            self._pending = []

    def close(self) -> None:
        """Flush what is pending and close the file (an empty table is written when no row came)."""
        self._flush()
        self._writer.close()

    def __enter__(self) -> ParquetRowWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def write_parquet(rows: Iterable[Row], path: str | os.PathLike[str], *, batch_size: int = 10_000) -> int:
    """Write *rows* to a Parquet file at *path*; return the number of rows written."""
    with ParquetRowWriter(path, batch_size=batch_size) as writer:
        for batch in _batches(rows, batch_size):
            writer.write_rows(batch)
    return writer.rows_written
