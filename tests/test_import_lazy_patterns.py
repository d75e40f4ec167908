"""Importing the library compiles no lazily compiled pattern; the first parse compiles them once."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Modules whose expensive patterns are compiled by a cached ``_patterns()`` on first use.
_LAZY_MODULES = (
    "govdisclosure.ingest.noise",
    "govdisclosure.structure.organ",
    "govdisclosure.structure.metadata",
    "govdisclosure.structure.numbering",
    "govdisclosure.extract.labelled",
    "govdisclosure.extract.narrative_stats",
)

_PROBE = textwrap.dedent(
    """
    import importlib, sys
    import govdisclosure
    modules = [importlib.import_module(name) for name in sys.argv[1:]]
    print(" ".join(str(m._patterns.cache_info().currsize) for m in modules))
    govdisclosure.parse("某县人民政府2023年政府信息公开工作年度报告\\n一、总体情况\\n本年主动公开信息12条。\\n")
    print(" ".join(str(m._patterns.cache_info().currsize) for m in modules))
    """
)


def test_import_compiles_no_lazy_pattern() -> None:
    """In a fresh interpreter, import leaves every _patterns() cache empty, and a parse fills each once."""
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, *_LAZY_MODULES], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0].split() == ["0"] * len(_LAZY_MODULES)
    assert out[1].split() == ["1"] * len(_LAZY_MODULES)
