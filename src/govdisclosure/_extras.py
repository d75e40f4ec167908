"""Optional dependencies: import them lazily and fail with a message naming the extra."""

from __future__ import annotations

import importlib
from types import ModuleType

from govdisclosure.errors import MissingExtraError

__all__ = ["MissingExtraError", "require"]


def require(module: str, extra: str) -> ModuleType:
    """Import *module* or raise :class:`MissingExtraError` telling to install ``govdisclosure[extra]``.

    >>> require("json", "none").__name__
    'json'
    >>> try:
    ...     require("no_such_module_xyz", "parquet")
    ... except MissingExtraError as exc:
    ...     print(exc)
    this needs the optional dependency 'no_such_module_xyz': install it with pip install 'govdisclosure[parquet]'
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        top = module.split(".", 1)[0]
        msg = f"this needs the optional dependency {top!r}: install it with pip install 'govdisclosure[{extra}]'"
        raise MissingExtraError(msg) from exc
