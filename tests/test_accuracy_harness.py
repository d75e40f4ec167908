"""The accuracy harness runs on corpora with and without truth."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = module
    spec.loader.exec_module(module)
    return module


def test_runs_without_truth(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A corpus with docs/ only is parsed and written out; nothing is scored."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("某县2023年政府信息公开工作年度报告\n一、总体情况\n", encoding="utf-8")
    out = tmp_path / "out.json"
    assert _harness().main(["--corpus", str(tmp_path), "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"a"}
    assert "numeric precision" in capsys.readouterr().out


def test_scores_truth(tmp_path: Path) -> None:
    """Correct, wrong and missing values are counted as the corpus README defines."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "truth").mkdir()
    (tmp_path / "docs" / "b.txt").write_text("一、总体情况\n正文。\n二、其他\n", encoding="utf-8")
    truth = {"id": "b", "sections": ["一、总体情况", "二、另外"], "year": 2020, "notes": "x"}
    (tmp_path / "truth" / "b.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    summary = _harness().run(tmp_path, quiet=True)
    assert summary["text"] == {"correct": 1, "wrong": 1, "missing": 0}
    assert summary["numeric"] == {"correct": 0, "wrong": 0, "missing": 1}
