"""The public API surface."""

from __future__ import annotations

from importlib.metadata import version

import govdisclosure as gd


def test_all_is_complete() -> None:
    """__all__ lists every public name once (ruff RUF022 keeps it sorted), and each exists."""
    assert len(set(gd.__all__)) == len(gd.__all__)
    for name in gd.__all__:
        assert hasattr(gd, name), name
    public = {n for n in dir(gd) if not n.startswith("_") and not isinstance(getattr(gd, n), type(gd))}
    assert public <= set(gd.__all__) | {"annotations"}


def test_version_matches_metadata() -> None:
    """__version__ comes from the installed package metadata."""
    assert gd.__version__ == version("govdisclosure")


def test_error_hierarchy() -> None:
    """Every library exception derives from GovDisclosureError; input/schema errors are ValueErrors."""
    for exc in (gd.InputError, gd.SchemaError, gd.ParseError):
        assert issubclass(exc, gd.GovDisclosureError)
        assert issubclass(exc, ValueError)
