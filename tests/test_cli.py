"""The command-line interface, through main(argv)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import govdisclosure as gd
from govdisclosure.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, main


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
