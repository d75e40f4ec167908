"""The long format as a pandas DataFrame (needs the ``pandas`` extra)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from govdisclosure._extras import require
from govdisclosure.model import Report
from govdisclosure.serialize.rows import COLUMNS, column_names, iter_rows

__all__ = ["to_dataframe"]


def to_dataframe(reports: Report | Iterable[Report]) -> Any:
    """Return the figures of *reports* (one report or many) as a :class:`pandas.DataFrame`.

    The columns are those of :data:`~govdisclosure.serialize.rows.COLUMNS`, in
    that order.  ``int`` columns use pandas' nullable ``Int64``; ``value``
    keeps exact Python ``int`` / :class:`~decimal.Decimal` objects (``object``
    dtype): use ``df["value"].astype(float)`` for arithmetic.
    """
    pd = require("pandas", "pandas")
    items = (reports,) if isinstance(reports, Report) else reports
    records = [row for report in items for row in iter_rows(report)]
    frame = pd.DataFrame.from_records(records, columns=list(column_names()))
    for column in COLUMNS:
        if column.type == "int":
            frame[column.name] = frame[column.name].astype("Int64")
        elif column.type == "decimal":
            frame[column.name] = frame[column.name].astype(object)
    return frame
