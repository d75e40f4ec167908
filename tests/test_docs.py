"""The documentation: generated pages cover the code (codes, labels, fields, columns) and the site builds."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from govdisclosure.diagnostics import CODES
from govdisclosure.serialize.rows import COLUMNS

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _gdgen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gdgen", DOCS / "_ext" / "gdgen.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_diagnostic_code_documented() -> None:
    """The diagnostics reference lists every code of the table with its severity."""
    page = _gdgen().diagnostics_reference()
    for code, info in CODES.items():
        assert f"| `{code}` | {info.severity.value} |" in page


def test_data_dictionary_covers_lexicon_and_model() -> None:
    """Every lexicon entry and every figure field of the table classes appear in the data dictionary."""
    labels = pytest.importorskip("govdisclosure.lexicon.labels")
    gen = _gdgen()
    page = gen.data_dictionary()
    for entry in labels.official_labels():
        assert f"`{entry.field}`" in page
        assert entry.label.replace("|", "\\|") in page
    for _, cls, prefix in gen._class_paths():
        for name in gen._figure_fields(cls):
            assert f"| `{prefix}{name}` |" in page
    assert "| `applications.new_received` | 一、本年新收政府信息公开申请数量 |" in page


def test_columns_and_cli_reference() -> None:
    """The columns page lists COLUMNS in order; the CLI page has the help of every command."""
    gen = _gdgen()
    names = re.findall(r"^\| \d+ \| `([a-z_]+)` \|", gen.columns_reference(), flags=re.MULTILINE)
    assert names == [c.name for c in COLUMNS]
    cli = gen.cli_reference()
    for command in ("parse", "check", "schema"):
        assert f"## `govdisclosure {command}`" in cli
    assert "--jobs" in cli
    assert "--from-list" in cli


def test_toctree_lists_pages() -> None:
    """The index toctree names every hand-written page and globs the component pages."""
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in ("quickstart", "cli", "outputs", "data-model", "data-dictionary", "diagnostics", "scale-out"):
        assert f"\n{page}\n" in index
        assert (DOCS / f"{page}.md").is_file()
    assert ":glob:" in index
    assert "\n*\n" in index


@pytest.mark.slow
@pytest.mark.skipif(
    any(importlib.util.find_spec(m) is None for m in ("sphinx", "furo", "myst_parser")),
    reason="docs extra not installed",
)
def test_docs_build_without_warnings(tmp_path: Path) -> None:
    """`sphinx-build -W -n` succeeds (warnings are errors)."""
    proc = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "-n", "-q", "-b", "html", str(DOCS), str(tmp_path / "html")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert (tmp_path / "html" / "data-dictionary.html").is_file()
