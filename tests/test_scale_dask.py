"""The scale-out recipe: a Dask bag on a LocalCluster of 2 workers writes a year-partitioned Parquet dataset."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import govdisclosure as gd
from tests.conftest import SHARED

_missing = [m for m in ("dask", "distributed", "pyarrow") if importlib.util.find_spec(m) is None]
pytestmark = pytest.mark.skipif(bool(_missing), reason=f"extras not installed: {', '.join(_missing)}")


def test_dask_local_cluster_parquet_dataset(tmp_path: Path) -> None:
    """Shared corpus (or synthetic docs) + a bad file → one dataset partitioned by year, the bad file reported."""
    from distributed import Client, LocalCluster

    from govdisclosure.scale import open_dataset, parquet_dataset
    from govdisclosure.serialize.rows import column_names

    docs_dir = SHARED / "corpus" / "docs"
    if docs_dir.is_dir():
        paths = sorted(p for p in docs_dir.iterdir() if p.is_file())
    else:  # no shared corpus in this checkout: synthetic documents
        paths = []
        for i in range(6):
            p = tmp_path / f"doc{i}.txt"
            p.write_text(f"一、总体情况\n本年共收到申请{i}件。\n", encoding="utf-8")
            paths.append(p)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    out = tmp_path / "dataset"
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,  # type: ignore[no-untyped-call]
        Client(cluster),  # type: ignore[no-untyped-call]
    ):
        summary = parquet_dataset([*paths, bad], out, partition_size=4)
    assert summary["documents"] == len(paths)
    assert [f["path"] for f in summary["failures"]] == [str(bad)]
    expected = sum(len(gd.to_rows(gd.parse_file(p))) for p in paths)
    assert summary["rows"] == expected
    if expected:
        table = open_dataset(out).to_table()
        assert table.num_rows == expected
        assert set(table.column_names) == set(column_names())
        assert all(d.name.startswith("year=") for d in out.iterdir())


def test_write_partition_partitions_by_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A partition's rows land under year=<year>/ (unknown years in the default partition), typed."""
    import attrs

    from govdisclosure.scale import open_dataset, write_partition
    from tests.outputs_sample import SAMPLE_FIGURES, sample_report

    sample = sample_report()
    by_text = {"a": sample, "b": attrs.evolve(sample, year=None)}
    monkeypatch.setattr("govdisclosure.scale.to_rows", lambda r: gd.to_rows(by_text[r.text.strip()]))
    docs = []
    for name in ("a", "b"):
        p = tmp_path / f"{name}.txt"
        p.write_text(name, encoding="utf-8")
        docs.append(str(p))
    out = tmp_path / "ds"
    [summary] = write_partition([*docs, str(tmp_path / "missing.txt")], str(out))
    assert summary["documents"] == 2
    assert summary["rows"] == 2 * SAMPLE_FIGURES
    assert [f["path"] for f in summary["failures"]] == [str(tmp_path / "missing.txt")]
    assert sorted(d.name for d in out.iterdir()) == ["year=2022", "year=__HIVE_DEFAULT_PARTITION__"]
    table = open_dataset(out).to_table()
    assert sorted(table.column("year").to_pylist(), key=str) == [2022] * SAMPLE_FIGURES + [None] * SAMPLE_FIGURES
