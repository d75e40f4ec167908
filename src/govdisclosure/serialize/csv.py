"""CSV output of the long format (stdlib :mod:`csv`).

One row per figure; the columns are :data:`~govdisclosure.serialize.rows.COLUMNS`.

>>> from govdisclosure.model import ActiveDisclosure, Cell, Report
>>> r = Report(active_disclosure=ActiveDisclosure(regulations_made=Cell(value=3, raw="3")))
>>> print(to_csv([r]).splitlines()[1])
,,,,,other,active_disclosure,active_disclosure.regulations_made,regulations_made,,regulations_made,,,,3,,exact,table,number,,,3
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import TextIO

from govdisclosure.model import Report
from govdisclosure.serialize.rows import Row, column_names, format_value, iter_rows

__all__ = ["CsvWriter", "csv_header", "csv_rows", "to_csv"]


def _cells(row: Row) -> list[str]:
    out: list[str] = []
    for name in column_names():
        value = row.get(name)
        out.append(format_value(value) if name == "value" else ("" if value is None else str(value)))
    return out


class CsvWriter:
    """Write rows to *fp* as CSV, the header once before the first row (``header=False`` to omit it)."""

    def __init__(self, fp: TextIO, *, header: bool = True) -> None:
        self._writer = csv.writer(fp, lineterminator="\n")
        self._header_due = header

    def write_header(self) -> None:
        """Write the header line now, if it has not been written."""
        if self._header_due:
            self._writer.writerow(column_names())
            self._header_due = False

    def write_rows(self, rows: Iterable[Row]) -> int:
        """Write *rows*; return how many were written."""
        self.write_header()
        n = 0
        for row in rows:
            self._writer.writerow(_cells(row))
            n += 1
        return n


def csv_header() -> str:
    """Return the CSV header line (with its newline)."""
    buf = io.StringIO()
    CsvWriter(buf).write_header()
    return buf.getvalue()


def csv_rows(report: Report) -> str:
    """Return the CSV lines of one report's figures, without the header."""
    buf = io.StringIO()
    CsvWriter(buf, header=False).write_rows(iter_rows(report))
    return buf.getvalue()


def to_csv(reports: Iterable[Report]) -> str:
    """Return the long format of *reports* as CSV text, header included."""
    buf = io.StringIO()
    writer = CsvWriter(buf)
    writer.write_header()
    for report in reports:
        writer.write_rows(iter_rows(report))
    return buf.getvalue()
