"""Batch processing: find input files, parse them in worker processes, stream results in input order.

* :func:`discover` turns command-line inputs (files, directories walked
  recursively, glob patterns, ``-`` for stdin) into :class:`Source` objects;
  :func:`read_list` reads a list of paths (``--from-list``).
* :func:`run_batch` parses every source and applies a *task* (a picklable
  function ``Report -> payload``, e.g. "serialize as a JSON line") in up to
  ``jobs`` processes.  Results come back **in input order** as they are ready,
  with at most ``window`` sources in flight, so memory stays about one document
  per worker however many files there are.
* A source that cannot be read or parsed becomes a :class:`Failure` record
  (path, exception type, message) and the batch goes on.
* :func:`make_progress` gives a progress bar on stderr when it is a terminal
  (tqdm when the ``progress`` extra is installed, else a one-line counter).
"""

from __future__ import annotations

import glob
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Protocol, TextIO

from attrs import frozen

from govdisclosure.ingest import DEFAULT_MAX_BYTES
from govdisclosure.model import Diagnostic, Report
from govdisclosure.parse import parse

__all__ = [
    "Failure",
    "Outcome",
    "ParseOptions",
    "Progress",
    "Source",
    "discover",
    "make_progress",
    "read_list",
    "run_batch",
    "run_one",
]

#: A task turns a parsed report into what the batch should deliver for it (must be picklable).
Task = Callable[[Report], Any]

_GLOB_MAGIC = frozenset("*?[")


@frozen
class Source:
    """One input: a file (``path``) or bytes already read (``data``, e.g. stdin); ``name`` is shown to users."""

    name: str
    path: str | None = None
    data: bytes | None = None


@frozen
class Failure:
    """Error record of an input that could not be processed."""

    path: str
    error: str
    message: str

    def to_dict(self) -> dict[str, str]:
        """Return the record as a JSON-ready dict ``{path, error, message}``.

        >>> Failure("a.txt", "InputError", "input is empty").to_dict()
        {'path': 'a.txt', 'error': 'InputError', 'message': 'input is empty'}
        """
        return {"path": self.path, "error": self.error, "message": self.message}


@frozen
class Outcome:
    """What the batch delivers for one input: the task's ``payload`` and the report's diagnostics, or a failure."""

    name: str
    payload: Any = None
    diagnostics: tuple[Diagnostic, ...] = ()
    failure: Failure | None = None


@frozen
class ParseOptions:
    """Options passed to :func:`govdisclosure.parse` for every input."""

    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(directory: str) -> Iterator[str]:
    """Every non-hidden file under *directory*, recursively, in sorted order (lazily)."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        for name in sorted(files):
            if not _is_hidden(name):
                yield str(Path(root) / name)


def discover(inputs: Iterable[str], *, stdin: Any = None) -> Iterator[Source | Failure]:
    """Expand *inputs* into sources, lazily and in order.

    A directory yields its files recursively (sorted, hidden entries skipped);
    a name with ``* ? [`` that is not an existing path is a glob pattern
    (``**`` recurses); ``-`` reads *stdin* (a binary stream, default
    ``sys.stdin.buffer``).  A name matching nothing yields a :class:`Failure`.
    """
    for name in inputs:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield Source(name="<stdin>", data=stream.read())
        elif Path(name).is_dir():
            yield from (Source(name=p, path=p) for p in _walk(name))
        elif Path(name).exists() or not (_GLOB_MAGIC & set(name)):
            # A missing plain path is reported by the parse step (FileNotFoundError).
            yield Source(name=name, path=name)
        else:
            # glob.glob, not Path.glob: the pattern may be absolute and may contain "**".
            matches = sorted(glob.glob(name, recursive=True))  # noqa: PTH207
            if not matches:
                yield Failure(name, "FileNotFoundError", "no file matches the pattern")
            for match in matches:
                if Path(match).is_dir():
                    yield from (Source(name=p, path=p) for p in _walk(match))
                else:
                    yield Source(name=match, path=match)


def read_list(stream: TextIO) -> Iterator[str]:
    """Read one path per line from *stream* (blank lines and ``#`` comments skipped).

    >>> import io
    >>> list(read_list(io.StringIO("a.txt\\n\\n# note\\n  b/c.html  \\n")))
    ['a.txt', 'b/c.html']
    """
    for line in stream:
        item = line.strip()
        if item and not item.startswith("#"):
            yield item


def run_one(source: Source, task: Task, options: ParseOptions = ParseOptions()) -> Outcome:
    """Parse one source and apply *task*; any exception becomes a :class:`Failure` (never raised)."""
    try:
        data: bytes | Path = source.data if source.data is not None else Path(source.path or source.name)
        report = parse(data, encoding=options.encoding, max_bytes=options.max_bytes)
        return Outcome(name=source.name, payload=task(report), diagnostics=report.diagnostics)
    except Exception as exc:  # per-file isolation: one bad file must not stop the batch
        return Outcome(name=source.name, failure=Failure(source.name, type(exc).__name__, str(exc)))


def _crashed(item: Source) -> Outcome:
    msg = "the worker process died while handling this input"
    return Outcome(name=item.name, failure=Failure(item.name, "WorkerCrashed", msg))


def _failed(failure: Failure) -> Outcome:
    return Outcome(name=failure.path, failure=failure)


def _run_sequential(items: Iterable[Source | Failure], task: Task, options: ParseOptions) -> Iterator[Outcome]:
    for item in items:
        yield _failed(item) if isinstance(item, Failure) else run_one(item, task, options)


def _restart(pool: ProcessPoolExecutor, jobs: int, context: Any) -> ProcessPoolExecutor:
    pool.shutdown(wait=False, cancel_futures=True)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context)


def _submit(pool: ProcessPoolExecutor, item: Source, task: Task, options: ParseOptions) -> Future[Outcome]:
    """Submit *item*; a pool that broke meanwhile gives a future holding that error (handled at result time)."""
    try:
        return pool.submit(run_one, item, task, options)
    except BrokenProcessPool as exc:
        broken: Future[Outcome] = Future()
        broken.set_exception(exc)
        return broken


def _run_pool(
    items: Iterable[Source | Failure], task: Task, options: ParseOptions, jobs: int, window: int
) -> Iterator[Outcome]:
    # spawn: the same on every OS, and safe when the parent has threads (fork is not).
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
    pending: deque[tuple[Source | Failure, Future[Outcome] | None]] = deque()
    source = iter(items)
    try:
        while True:
            while len(pending) < window:
                item = next(source, None)
                if item is None:
                    break
                future = None if isinstance(item, Failure) else _submit(pool, item, task, options)
                pending.append((item, future))
            if not pending:
                return
            item, future = pending.popleft()
            if future is None:
                assert isinstance(item, Failure)
                yield _failed(item)
                continue
            assert isinstance(item, Source)
            try:
                yield future.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory …).  Which input killed it is unknown, so rerun the
                # inputs that were in flight one at a time in a fresh pool: the one that breaks it again is it.
                suspects = [item, *(it for it, _ in pending)]
                pending.clear()
                pool = _restart(pool, jobs, context)
                for suspect in suspects:
                    if isinstance(suspect, Failure):
                        yield _failed(suspect)
                        continue
                    try:
                        yield pool.submit(run_one, suspect, task, options).result()
                    except BrokenProcessPool:
                        yield _crashed(suspect)
                        pool = _restart(pool, jobs, context)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def run_batch(
    items: Iterable[Source | Failure],
    task: Task,
    *,
    jobs: int = 1,
    options: ParseOptions | None = None,
    window: int | None = None,
) -> Iterator[Outcome]:
    """Parse every item with *task* applied, yielding one :class:`Outcome` per item in input order.

    ``jobs`` > 1 uses that many worker processes (``0`` means one per CPU);
    at most ``window`` items (default ``4 * jobs``) are in flight at a time.
    *task* must be picklable (a module-level function or a
    :func:`functools.partial` of one) when ``jobs`` > 1.
    """
    opts = options or ParseOptions()
    n = jobs if jobs > 0 else (os.cpu_count() or 1)
    if n == 1:
        return _run_sequential(items, task, opts)
    return _run_pool(items, task, opts, n, max(window or 4 * n, n))


class Progress(Protocol):
    """What the batch reports progress to."""

    def update(self, *, failed: bool) -> None:
        """Count one finished input."""

    def write(self, message: str) -> None:
        """Print a message line without breaking the bar."""

    def close(self) -> None:
        """Finish the bar."""


class _NoProgress:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def update(self, *, failed: bool) -> None:
        pass

    def write(self, message: str) -> None:
        print(message, file=self._stream)

    def close(self) -> None:
        pass


class _LineProgress:
    """A one-line counter redrawn with ``\\r`` at most ten times a second."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._start = self._last = time.monotonic()
        self._done = self._failed = 0
        self._shown = False

    def _draw(self) -> None:
        elapsed = max(time.monotonic() - self._start, 1e-9)
        line = f"\r{self._done} files, {self._failed} failed, {self._done / elapsed:.1f} files/s"
        self._stream.write(line)
        self._stream.flush()
        self._shown = True

    def update(self, *, failed: bool) -> None:
        self._done += 1
        self._failed += failed
        now = time.monotonic()
        if now - self._last >= 0.1:
            self._last = now
            self._draw()

    def write(self, message: str) -> None:
        if self._shown:
            self._stream.write("\r\x1b[K")
        print(message, file=self._stream)
        if self._shown:
            self._draw()

    def close(self) -> None:
        self._draw()
        self._stream.write("\n")
        self._stream.flush()


class _TqdmProgress:
    def __init__(self, tqdm: Any, stream: TextIO) -> None:
        self._bar = tqdm(file=stream, unit="file", dynamic_ncols=True)
        self._tqdm = tqdm
        self._failed = 0

    def update(self, *, failed: bool) -> None:
        if failed:
            self._failed += 1
            self._bar.set_postfix(failed=self._failed, refresh=False)
        self._bar.update(1)

    def write(self, message: str) -> None:
        self._tqdm.write(message, file=self._bar.fp)

    def close(self) -> None:
        self._bar.close()


def make_progress(*, enabled: bool = True, stream: TextIO | None = None) -> Progress:
    """A progress reporter on *stream* (default stderr): a bar only when *enabled* and it is a terminal."""
    out = stream if stream is not None else sys.stderr
    if not (enabled and out.isatty()):
        return _NoProgress(out)
    try:
        from tqdm import tqdm  # noqa: PLC0415 - optional extra
    except ImportError:
        return _LineProgress(out)
    return _TqdmProgress(tqdm, out)
