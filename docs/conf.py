"""Sphinx configuration of the govdisclosure documentation (MyST Markdown + furo).

Build with warnings as errors: ``sphinx-build -W -n docs docs/_build``.  Pages
under ``generated/`` (data dictionary, diagnostics, CLI help, output columns)
are written at build time from the code by ``_ext/gdgen.py``, so they cannot
drift from it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))
sys.path.insert(0, str(HERE.parent / "src"))

from importlib.metadata import PackageNotFoundError  # noqa: E402
from importlib.metadata import version as _dist_version  # noqa: E402

project = "govdisclosure"
author = "govdisclosure developers"
copyright = "govdisclosure developers"
try:
    release = _dist_version("govdisclosure")
except PackageNotFoundError:
    release = "0.0.0+unknown"
version = release

extensions = ["myst_parser", "sphinx.ext.autodoc", "gdgen"]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "generated", "Thumbs.db", ".DS_Store"]
# Component pages written by other areas are picked up by a glob in the toctree; until one exists the
# glob matches nothing, which is fine.
suppress_warnings = ["toc.empty_glob"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = "govdisclosure"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}

# Nitpicky mode (-n): names that have no target without intersphinx (no network at build time).
nitpick_ignore_regex = [
    ("py:class", r"(decimal\.)?Decimal|(datetime\.)?date|enum\.Enum|typing\..*|collections\.abc\..*"),
    ("py:class", r"(pathlib\.)?Path|os\.PathLike.*|io\..*|TextIO|BinaryIO|argparse\..*|Final|Any|NoneType"),
    ("py:class", r"(govdisclosure\.model\.)?Number|attr\..*|attrs\..*|cattrs\..*|Row|Task|pyarrow\..*|pandas\..*"),
    ("py:class", r"concurrent\..*|NamedTuple|Exception|ValueError|ImportError|ModuleType|types\..*"),
    ("py:.*", r"distributed\..*|dask\..*|functools\..*|importlib\..*|json\..*|attrs?\..*|csv\..*"),
]
