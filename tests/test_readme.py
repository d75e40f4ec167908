"""The README's set-up commands and .ci/run stay in sync."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_readme_test_command() -> None:
    """.ci/run contains the README's test command verbatim (after the venv activation)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [ln for ln in readme.splitlines() if "pytest" in ln and ln.startswith("python3 -m venv")]
    assert len(lines) == 1
    test_part = lines[0].split("&& ", 2)[2]  # after creating and activating the venv
    assert test_part in ci


def test_readme_example_command() -> None:
    """The README's first command runs `govdisclosure parse --example`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert any(
        ln.startswith("python3 -m venv") and ln.endswith("govdisclosure parse --example") for ln in readme.splitlines()
    )
