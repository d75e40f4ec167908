"""The command-line interface, through main(argv)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import govdisclosure as gd
from govdisclosure.cli import EXIT_DIAGNOSTICS, EXIT_INPUT, EXIT_OK, EXIT_USAGE, main


def test_parse_example(capsys: pytest.CaptureFixture[str]) -> None:
    """`parse --example` prints one JSON report of the shipped example."""
    assert main(["parse", "--example"]) == EXIT_OK
    out = capsys.readouterr().out
    report = gd.loads(out)
    assert report.text.startswith("示例县")


def test_parse_file_and_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A readable file gives JSON; a missing file is an input error on stderr."""
    good = tmp_path / "a.txt"
    good.write_text("一、总体情况\n本年收到申请2件。", encoding="utf-8")
    assert main(["parse", str(good)]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["schema_version"] == gd.SCHEMA_VERSION
    assert main(["parse", str(tmp_path / "missing.txt")]) == EXIT_INPUT
    assert "missing.txt" in capsys.readouterr().err


def test_empty_input_is_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty file exits with the input-error code."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["parse", str(empty)]) == EXIT_INPUT
    assert "empty" in capsys.readouterr().err


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    """No files, or an unknown option, is a usage error (2)."""
    assert main(["parse"]) == EXIT_USAGE
    assert main(["parse", "--no-such-option"]) == EXIT_USAGE
    assert main([]) == EXIT_USAGE
    capsys.readouterr()


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    """`schema` prints the generated JSON Schema."""
    assert main(["schema"]) == EXIT_OK
    schema = json.loads(capsys.readouterr().out)
    assert schema == gd.json_schema()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version and exits 0."""
    assert main(["--version"]) == EXIT_OK
    assert gd.__version__ in capsys.readouterr().out


def test_python_m_and_stdin() -> None:
    """`python -m govdisclosure parse -` reads stdin."""
    proc = subprocess.run(
        [sys.executable, "-m", "govdisclosure", "parse", "-"],
        input="一、总体情况\n共3件。".encode(),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == EXIT_OK, proc.stderr
    assert gd.loads(proc.stdout).text == "一、总体情况\n共3件。"


def _fake_parse(diagnostics: tuple[gd.Diagnostic, ...]) -> object:
    """A stand-in for parse() returning a report with the given diagnostics."""

    def fake(source: object, **_: object) -> gd.Report:
        if isinstance(source, Path) and not source.exists():
            raise FileNotFoundError(str(source))
        return gd.Report(text="x", diagnostics=diagnostics)

    return fake


ERR = gd.Diagnostic(code="GD401", severity=gd.Severity.ERROR, message="balance fails", span=gd.Span(start=0, end=1))
WARN = gd.Diagnostic(code="GD103", severity=gd.Severity.WARNING, message="no title")


def test_check_exit_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`check` exits 3 on error diagnostics, 0 on warnings only (unless --fail-on warning), 1 when unreadable."""
    doc = tmp_path / "a.txt"
    doc.write_text("一、总体情况", encoding="utf-8")
    monkeypatch.setattr("govdisclosure.batch.parse", _fake_parse((WARN,)))
    assert main(["check", str(doc)]) == EXIT_OK
    assert "GD103" in capsys.readouterr().out
    assert main(["check", "--fail-on", "warning", str(doc)]) == EXIT_DIAGNOSTICS
    assert main(["check", str(doc), str(tmp_path / "missing.txt")]) == EXIT_INPUT
    capsys.readouterr()
    monkeypatch.setattr("govdisclosure.batch.parse", _fake_parse((ERR, WARN)))
    assert main(["check", "-q", str(doc)]) == EXIT_DIAGNOSTICS
    out = capsys.readouterr().out
    assert f"{doc}@0: error GD401: balance fails" in out
    assert main(["check", "--fail-on", "never", str(doc)]) == EXIT_OK
    assert main(["check"]) == EXIT_USAGE


def test_check_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`check --json` prints one object per input with its diagnostics and an ok flag."""
    doc = tmp_path / "a.txt"
    doc.write_text("一、总体情况", encoding="utf-8")
    monkeypatch.setattr("govdisclosure.batch.parse", _fake_parse((ERR, WARN)))
    assert main(["check", "--json", "--min-severity", "error", str(doc)]) == EXIT_DIAGNOSTICS
    record = json.loads(capsys.readouterr().out)
    assert record["path"] == str(doc)
    assert record["ok"] is False
    assert [d["code"] for d in record["diagnostics"]] == ["GD401"]
    assert record["diagnostics"][0]["span"] == [0, 1]


def test_parse_strict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`parse --strict` exits 3 when a report has error diagnostics, and still prints the report."""
    doc = tmp_path / "a.txt"
    doc.write_text("一、总体情况", encoding="utf-8")
    monkeypatch.setattr("govdisclosure.batch.parse", _fake_parse((ERR,)))
    assert main(["parse", "--strict", str(doc)]) == EXIT_DIAGNOSTICS
    captured = capsys.readouterr()
    assert gd.loads(captured.out).diagnostics == (ERR,)
    assert "GD401" in captured.err
    assert main(["parse", str(doc)]) == EXIT_OK
