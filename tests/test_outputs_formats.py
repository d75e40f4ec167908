"""CSV, Markdown, Parquet and DataFrame outputs of the long format, in Python and through the CLI."""

from __future__ import annotations

import csv
import importlib.util
import io
from decimal import Decimal
from pathlib import Path

import pytest

import govdisclosure as gd
from govdisclosure.cli import EXIT_OK, main
from govdisclosure.serialize.csv import csv_header, csv_rows, to_csv
from govdisclosure.serialize.markdown import to_markdown
from govdisclosure.serialize.rows import column_names, to_rows
from tests.outputs_sample import SAMPLE_FIGURES, sample_report

needs_pyarrow = pytest.mark.skipif(importlib.util.find_spec("pyarrow") is None, reason="parquet extra not installed")
needs_pandas = pytest.mark.skipif(importlib.util.find_spec("pandas") is None, reason="pandas extra not installed")

DOC = "一、总体情况\n本年共收到申请{n}件。\n"


def test_csv_round_trips_the_rows() -> None:
    """CSV has the header once and one line per figure; values read back exactly."""
    report = sample_report()
    text = to_csv([report, report])
    records = list(csv.DictReader(io.StringIO(text)))
    assert text.startswith(csv_header())
    assert tuple(records[0]) == column_names()
    assert len(records) == 2 * SAMPLE_FIGURES
    rows = to_rows(report)
    for rec, row in zip(records, rows, strict=False):
        assert rec["field_path"] == row["field_path"]
        assert rec["value"] == ("" if row["value"] is None else str(row["value"]))
    fee = next(r for r in records if r["field_path"] == "active_disclosure.admin_fees_10k_yuan")
    assert Decimal(fee["value"]) == Decimal("1.5")
    assert csv_rows(report).count("\n") == SAMPLE_FIGURES


def test_csv_quotes_awkward_text() -> None:
    """Commas, quotes and newlines inside labels survive the CSV round trip."""
    from govdisclosure.model import ActiveDisclosure, Cell, Report

    label = '规章, "注"\n第二行'
    report = Report(active_disclosure=ActiveDisclosure(regulations_made=Cell(value=1, raw="1", label=label)))
    records = list(csv.DictReader(io.StringIO(to_csv([report]))))
    assert records[0]["label"] == label


def test_markdown_summary() -> None:
    """The Markdown summary has metadata, the three tables, key figures and escaped diagnostics."""
    md = to_markdown(sample_report())
    assert md.startswith("# 样例区人民政府2022年政府信息公开工作年度报告\n")
    for heading in ("## Metadata", "## 二、", "## 三、", "## 四、", "## Key figures", "## Diagnostics"):
        assert heading in md
    assert "| review | 1 | 0 | 1* |" in md
    assert "| regulations_repealed | 规章 | / |  |" in md
    assert ">30个" in md
    assert "outcomes \\| do not sum" in md
    table_lines = [ln for ln in md.splitlines() if ln.startswith("|")]
    for ln in table_lines:  # every table line is well formed: unescaped pipes only as separators
        assert ln.endswith("|")


def test_cli_csv_and_md(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`parse --format csv` prints one header then rows; `--format md` one summary per input."""
    files = []
    for i in range(2):
        p = tmp_path / f"d{i}.txt"
        p.write_text(DOC.format(n=i + 1), encoding="utf-8")
        files.append(str(p))
    assert main(["parse", "-q", "--format", "csv", *files]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith(csv_header())
    assert out.count(csv_header()) == 1
    expected = sum(len(to_rows(gd.parse_file(f))) for f in files)
    assert len(list(csv.DictReader(io.StringIO(out)))) == expected
    assert main(["parse", "-q", "--format", "md", *files]) == EXIT_OK
    assert capsys.readouterr().out.count("## Metadata") == 2


@needs_pyarrow
def test_parquet_typed_and_equal_to_csv(tmp_path: Path) -> None:
    """Parquet has the csv columns, typed (int64, decimal, string), with the same values."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from govdisclosure.serialize.parquet import write_parquet

    path = tmp_path / "f.parquet"
    rows = to_rows(sample_report())
    assert write_parquet(rows, path, batch_size=4) == SAMPLE_FIGURES
    table = pq.read_table(path)
    assert tuple(table.column_names) == column_names()
    assert table.schema.field("year").type == pa.int64()
    assert pa.types.is_decimal(table.schema.field("value").type)
    assert table.schema.field("label").type == pa.string()
    assert table.column("value").to_pylist() == [r["value"] for r in rows]
    assert table.column("raw").to_pylist() == [r["raw"] for r in rows]


@needs_pyarrow
def test_cli_parquet(tmp_path: Path) -> None:
    """`parse --format parquet -o FILE` writes the rows of every input."""
    import pyarrow.parquet as pq

    files = []
    for i in range(3):
        p = tmp_path / f"d{i}.txt"
        p.write_text(DOC.format(n=i), encoding="utf-8")
        files.append(str(p))
    out = tmp_path / "out.parquet"
    assert main(["parse", "-q", "--format", "parquet", "-o", str(out), *files]) == EXIT_OK
    expected = sum(len(to_rows(gd.parse_file(f))) for f in files)
    assert pq.read_table(out).num_rows == expected


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pyarrow, Parquet output fails with a library error naming the extra."""
    import sys

    from govdisclosure._extras import MissingExtraError
    from govdisclosure.serialize.parquet import arrow_schema

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingExtraError, match=r"govdisclosure\[parquet\]"):
        arrow_schema()
    assert issubclass(MissingExtraError, gd.GovDisclosureError)


@needs_pandas
def test_to_dataframe() -> None:
    """to_dataframe gives the long format as a DataFrame with nullable integer columns."""
    df = gd.to_dataframe([sample_report(), sample_report()])
    assert list(df.columns) == list(column_names())
    assert len(df) == 2 * SAMPLE_FIGURES
    assert str(df["year"].dtype) == "Int64"
    assert df.loc[df.field_path == "active_disclosure.admin_fees_10k_yuan", "value"].iloc[0] == Decimal("1.5")
    assert len(gd.to_dataframe(sample_report())) == SAMPLE_FIGURES
