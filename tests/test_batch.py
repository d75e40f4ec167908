"""Batch processing: discovery, order-preserving worker pool, per-file isolation, progress, the batch CLI."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import govdisclosure as gd
from govdisclosure.batch import (
    Failure,
    Outcome,
    ParseOptions,
    Source,
    discover,
    make_progress,
    read_list,
    run_batch,
    run_one,
)
from govdisclosure.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, main
from govdisclosure.model import Report
from tests.conftest import SHARED, needs_shared

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _importable_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    """Spawned workers unpickle the tasks below by module name: make `tests` importable there."""
    monkeypatch.syspath_prepend(str(ROOT))


DOC = "{organ}2022年政府信息公开工作年度报告\n一、总体情况\n本年共收到申请{n}件。\n"


def _corpus(root: Path, n: int = 5) -> list[Path]:
    """Write *n* synthetic documents in nested directories under *root*."""
    paths = []
    for i in range(n):
        sub = root / f"d{i % 2}"
        sub.mkdir(parents=True, exist_ok=True)
        p = sub / f"doc{i:02d}.txt"
        p.write_text(DOC.format(organ=f"第{i}区", n=i), encoding="utf-8")
        paths.append(p)
    return sorted(paths)


def text_length(report: Report) -> int:
    """A picklable task: the length of the report text."""
    return len(report.text)


def failing_task(report: Report) -> int:
    """A picklable task that fails on documents mentioning 第1区."""
    if "第1区" in report.text:
        msg = "boom"
        raise RuntimeError(msg)
    return 1


def crashing_task(report: Report) -> int:
    """A picklable task whose worker process dies on documents mentioning 第2区."""
    if "第2区" in report.text:
        os._exit(13)
    return 1


def test_discover_files_dirs_globs(tmp_path: Path) -> None:
    """Directories are walked recursively in sorted order, hidden files skipped, globs expanded."""
    paths = _corpus(tmp_path / "c")
    (tmp_path / "c" / ".hidden.txt").write_text("x", encoding="utf-8")
    found = [s.path for s in discover([str(tmp_path / "c")]) if isinstance(s, Source)]
    assert found == [str(p) for p in paths]
    globbed = [s.path for s in discover([str(tmp_path / "c" / "**" / "doc0[01].txt")]) if isinstance(s, Source)]
    assert globbed == [str(tmp_path / "c" / "d0" / "doc00.txt"), str(tmp_path / "c" / "d1" / "doc01.txt")]


def test_discover_missing_and_stdin(tmp_path: Path) -> None:
    """An unmatched glob is a Failure; '-' reads the given stdin; a missing plain path is left to the parse."""
    items = list(discover([str(tmp_path / "*.none"), "-", str(tmp_path / "missing.txt")], stdin=io.BytesIO(b"abc")))
    assert isinstance(items[0], Failure)
    assert items[0].error == "FileNotFoundError"
    assert items[1] == Source(name="<stdin>", data=b"abc")
    assert items[2] == Source(name=str(tmp_path / "missing.txt"), path=str(tmp_path / "missing.txt"))


def test_read_list_skips_blank_and_comments() -> None:
    """--from-list input: one path a line, blanks and # comments ignored."""
    assert list(read_list(io.StringIO("# list\n\n a \nb\n"))) == ["a", "b"]


def test_run_one_isolates_errors(tmp_path: Path) -> None:
    """A missing file and an empty file become Failure records, not exceptions."""
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    missing = run_one(Source(name="m", path=str(tmp_path / "m.txt")), text_length)
    assert missing.failure is not None
    assert missing.failure.path == "m"
    assert "m.txt" in missing.failure.message
    bad = run_one(Source(name="e", path=str(empty)), text_length)
    assert bad.failure == Failure("e", "InputError", "input is empty")
    good = run_one(Source(name="g", data="一、总体情况\n共1件。".encode()), text_length)
    assert good.failure is None
    assert good.payload == len("一、总体情况\n共1件。")


@pytest.mark.parametrize("jobs", [1, 2])
def test_run_batch_keeps_order_and_goes_on(tmp_path: Path, jobs: int) -> None:
    """Results come back in input order, with a failing input as a Failure in its place."""
    paths = _corpus(tmp_path, 6)
    items: list[Source | Failure] = [Source(name=str(p), path=str(p)) for p in paths]
    items.insert(3, Failure("nothing*", "FileNotFoundError", "no file matches the pattern"))
    outcomes = list(run_batch(items, failing_task, jobs=jobs, window=2))
    assert [o.name for o in outcomes] == [i.path if isinstance(i, Failure) else i.name for i in items]
    failed = [o.name for o in outcomes if o.failure is not None]
    assert failed == ["nothing*", next(str(p) for p in paths if p.name == "doc01.txt")]
    assert [o.payload for o in outcomes if o.failure is None] == [1, 1, 1, 1, 1]


def test_run_batch_survives_a_dying_worker(tmp_path: Path) -> None:
    """A worker process that dies marks its input failed; the pool is restarted and the rest is processed."""
    paths = _corpus(tmp_path, 3)  # d0/doc00, d0/doc02 (crashes), d1/doc01
    items = [Source(name=str(p), path=str(p)) for p in paths]
    outcomes = list(run_batch(items, crashing_task, jobs=2, window=2))
    assert [o.name for o in outcomes] == [str(p) for p in paths]
    crashed = [o for o in outcomes if o.failure is not None]
    assert [o.failure.error for o in crashed if o.failure] == ["WorkerCrashed"]
    assert crashed[0].name.endswith("doc02.txt")
    assert sum(o.payload == 1 for o in outcomes) == 2


def test_run_batch_is_lazy(tmp_path: Path) -> None:
    """The batch pulls inputs as it goes: at most `window` items ahead of what it has yielded."""
    paths = _corpus(tmp_path, 6)
    pulled: list[int] = []

    def items() -> object:
        for i, p in enumerate(paths):
            pulled.append(i)
            yield Source(name=str(p), path=str(p))

    results = run_batch(items(), text_length, jobs=2, window=2)  # type: ignore[arg-type]
    first = next(iter(results))
    assert isinstance(first, Outcome)
    assert len(pulled) <= 3
    results.close()  # type: ignore[attr-defined]


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal() -> None:
    """A progress bar is drawn on a terminal, never on a pipe, and not when disabled."""
    tty = _Tty()
    bar = make_progress(stream=tty)
    for _ in range(3):
        bar.update(failed=False)
    bar.write("a.txt: error")
    bar.close()
    assert "a.txt: error" in tty.getvalue()
    assert "3" in tty.getvalue()
    pipe = io.StringIO()
    quiet = make_progress(stream=pipe)
    quiet.update(failed=True)
    quiet.close()
    assert pipe.getvalue() == ""
    disabled = _Tty()
    off = make_progress(enabled=False, stream=disabled)
    off.update(failed=False)
    off.close()
    assert disabled.getvalue() == ""


def test_cli_jsonl_batch_with_garbage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`parse -j 2 --format jsonl DIR garbage` prints a line per readable document in order and exits 1."""
    paths = _corpus(tmp_path / "docs", 4)
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"")
    errors = tmp_path / "errors.jsonl"
    code = main(
        ["parse", "-j", "2", "-q", "--format", "jsonl", "--errors", str(errors), str(tmp_path / "docs"), str(garbage)]
    )
    assert code == EXIT_INPUT
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == len(paths)
    assert [gd.loads(ln).source.path for ln in lines] == [str(p) for p in paths]  # type: ignore[union-attr]
    assert "garbage.bin" in captured.err
    record = json.loads(errors.read_text(encoding="utf-8"))
    assert record == {"path": str(garbage), "error": "InputError", "message": "input is empty"}


def test_cli_from_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--from-list reads the paths to parse from a file."""
    paths = _corpus(tmp_path / "docs", 3)
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(str(p) for p in reversed(paths)) + "\n", encoding="utf-8")
    assert main(["parse", "-q", "--format", "jsonl", "--from-list", str(listing)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert [gd.loads(ln).source.path for ln in lines] == [str(p) for p in reversed(paths)]  # type: ignore[union-attr]


def test_cli_output_file_and_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o writes to a file; parquet without -o is a usage error."""
    paths = _corpus(tmp_path / "docs", 2)
    out = tmp_path / "out.jsonl"
    assert main(["parse", "-q", "-f", "jsonl", "-o", str(out), *map(str, paths)]) == EXIT_OK
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert main(["parse", "-f", "parquet", str(paths[0])]) == EXIT_USAGE
    assert "--output" in capsys.readouterr().err


@needs_shared
def test_cli_shared_corpus_two_jobs(tmp_path: Path) -> None:
    """Over the shared corpus plus a garbage file: one JSON line per readable document, exit 1."""
    docs = SHARED / "corpus" / "docs"
    garbage = tmp_path / "garbage.dat"
    garbage.write_bytes(b"")
    proc = subprocess.run(
        [sys.executable, "-m", "govdisclosure", "parse", "-j", "2", "--format", "jsonl", str(docs), str(garbage)],
        capture_output=True,
        check=False,
    )
    assert proc.returncode == EXIT_INPUT
    lines = proc.stdout.decode("utf-8").splitlines()
    readable = sorted(p for p in docs.rglob("*") if p.is_file() and not p.name.startswith("."))
    assert len(lines) == len(readable)
    assert [gd.loads(ln).source.path for ln in lines] == [str(p) for p in readable]  # type: ignore[union-attr]
    assert "garbage.dat" in proc.stderr.decode("utf-8")


def test_parse_options_encoding(tmp_path: Path) -> None:
    """ParseOptions.encoding is passed to the parser."""
    p = tmp_path / "gbk.txt"
    p.write_bytes("一、总体情况\n共2件。".encode("gbk"))
    out = run_one(Source(name="g", path=str(p)), text_length, ParseOptions(encoding="gbk"))
    assert out.payload == len("一、总体情况\n共2件。")
