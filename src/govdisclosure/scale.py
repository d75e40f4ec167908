"""Scale-out recipe: parse millions of documents on a Dask cluster into a Parquet dataset.

Read paths → parse (each in isolation) → long-format rows → a Parquet dataset
partitioned by ``year`` (hive layout: ``year=2022/part-….parquet``).  The same
code runs on a laptop (:class:`distributed.LocalCluster`) and on a distributed
cluster: only the client changes.  Needs the ``dask`` and ``parquet`` extras.

.. code-block:: python

    from distributed import Client, LocalCluster
    from govdisclosure.scale import parquet_dataset

    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster):
        summary = parquet_dataset(paths, "out/dataset")
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable
from typing import Any

from govdisclosure._extras import require
from govdisclosure.batch import Source, run_one
from govdisclosure.serialize.rows import Row, to_rows

__all__ = ["open_dataset", "parquet_dataset", "write_partition"]


def write_partition(paths: Iterable[str], out: str) -> list[dict[str, Any]]:
    """Parse *paths*, write their rows under the dataset directory *out*; return one summary dict.

    Runs on a worker.  A file that fails becomes an entry of ``failures``
    (path, error, message) and the partition goes on.
    """
    pq = require("pyarrow.parquet", "parquet")
    from govdisclosure.serialize.parquet import to_arrow  # noqa: PLC0415 - needs the parquet extra

    rows: list[Row] = []
    failures: list[dict[str, str]] = []
    documents = 0
    for path in paths:
        outcome = run_one(Source(name=path, path=path), to_rows)
        if outcome.failure is not None:
            failures.append(outcome.failure.to_dict())
        else:
            documents += 1
            rows.extend(outcome.payload)
    if rows:
        pq.write_to_dataset(
            to_arrow(rows),
            root_path=out,
            partition_cols=["year"],
            basename_template=f"part-{uuid.uuid4().hex}-{{i}}.parquet",
        )
    return [{"documents": documents, "rows": len(rows), "failures": failures}]


def parquet_dataset(
    paths: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str], *, partition_size: int = 64
) -> dict[str, Any]:
    """Parse every path with Dask (the active client's cluster, or Dask's default scheduler) into a dataset.

    Returns ``{"documents": n, "rows": n, "failures": [{path, error, message} …]}``.
    """
    db = require("dask.bag", "dask")
    require("pyarrow", "parquet")
    root = os.fspath(out)
    bag = db.from_sequence([os.fspath(p) for p in paths], partition_size=partition_size)
    parts = bag.map_partitions(write_partition, root).compute()
    return {
        "documents": sum(p["documents"] for p in parts),
        "rows": sum(p["rows"] for p in parts),
        "failures": [f for p in parts for f in p["failures"]],
    }


def open_dataset(out: str | os.PathLike[str]) -> Any:
    """Open a dataset written by :func:`parquet_dataset` as a :class:`pyarrow.dataset.Dataset`.

    The ``year`` partition key is typed int64 (null for documents whose year is unknown).
    """
    pa = require("pyarrow", "parquet")
    ds = require("pyarrow.dataset", "parquet")
    partitioning = ds.partitioning(pa.schema([pa.field("year", pa.int64())]), flavor="hive")
    return ds.dataset(os.fspath(out), format="parquet", partitioning=partitioning)
