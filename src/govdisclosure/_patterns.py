"""Compile a module's regex sources on first use, into a NamedTuple of patterns.

Several modules keep their pattern *sources* as module constants (``_X``) and
compile them lazily, because CJK character classes and long word alternations
cost more to compile than the rest of the import.  Each declares a NamedTuple
whose field ``x`` is the compiled ``_X``; this builds it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

__all__ = ["compile_fields"]

T = TypeVar("T", bound=tuple[Any, ...])


def compile_fields(
    cls: type[T], sources: Mapping[str, Any], *, flags: Mapping[str, int] | None = None, **ready: Any
) -> T:
    """An instance of NamedTuple *cls* whose field ``x`` is ``re.compile(sources["_X"], flags.get("x", 0))``.

    Fields given in *ready* are taken as they are (patterns built some other way).

    >>> from typing import NamedTuple
    >>> class P(NamedTuple):
    ...     word: re.Pattern[str]
    >>> compile_fields(P, {"_WORD": "ab+"}, flags={"word": re.I}).word.match("ABB") is not None
    True
    """
    flags = flags or {}
    fields: tuple[str, ...] = getattr(cls, "_fields")  # noqa: B009 - a NamedTuple class attribute
    values = [
        ready[name] if name in ready else re.compile(sources["_" + name.upper()], flags.get(name, 0)) for name in fields
    ]
    return cast(Callable[..., T], cls)(*values)
