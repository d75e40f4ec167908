"""Pause Python's cyclic garbage collector while a document is parsed.

Parsing a large document allocates hundreds of thousands of small objects
(spans, cells, sections) that form trees, never reference cycles.  Each burst
of allocations makes the cyclic collector walk the growing heap again, which
costs up to a third of the parse time on large inputs and frees nothing.
Reference counting still frees every object as usual while the collector is
paused.

The pause is scoped and re-entrant: the first caller in (in any thread)
records whether the collector was enabled and disables it, the last one out
restores that state.  A program that has disabled the collector itself keeps
it disabled.  Set ``GOVDISCLOSURE_KEEP_GC=1`` in the environment to never
touch the collector.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic garbage collector for the duration of the block.

    >>> import gc
    >>> with paused_gc():
    ...     not gc.isenabled() or bool(os.environ.get("GOVDISCLOSURE_KEEP_GC"))
    True
    """
    global _depth, _was_enabled  # noqa: PLW0603 - one process-wide collector, one counter
    if os.environ.get("GOVDISCLOSURE_KEEP_GC"):
        yield
        return
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
