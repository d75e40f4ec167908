"""End-to-end throughput, scaling exponent, peak memory and import time of ``govdisclosure.parse``.

Run from the repository root::

    .venv/bin/python benchmarks/throughput.py [--shared ../shared] [--sizes 1,4,16,64] [--runs 3]

Prints, over every shared document (``corpus/docs/*`` and ``seeds/*.txt``):

* the full pipeline's throughput in MB/s of input (UTF-8 bytes), and in the
  same run the time of one ``re.finditer(r"\\d+", text)`` pass over the same
  texts — the baseline — and the ratio pipeline / baseline (target ≤ 10);
* the scaling exponent *k* of a document made of the corpus concatenated
  1×, 4×, 16×, 64× (least-squares fit of log time on log size; target ≤ 1.1);
* peak memory (``tracemalloc``) per MB of input for the largest size
  (target ≤ 20);
* ``import govdisclosure`` time in a fresh interpreter with bytecode cached
  (best of five; target < 150 ms), and without a bytecode cache.
"""

from __future__ import annotations

import argparse
import functools
import gc
import math
import os
import re
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

import govdisclosure as gd

DIGITS = re.compile(r"\d+")
_ROOT = Path(__file__).resolve().parents[1]


def shared_texts(shared: Path) -> list[tuple[str, str]]:
    """(name, text) of every shared document (all are UTF-8 text files)."""
    files = sorted((shared / "corpus" / "docs").glob("*")) + sorted((shared / "seeds").glob("*.txt"))
    out = []
    for path in files:
        if path.is_file():
            out.append((path.name, path.read_bytes().decode("utf-8", "replace")))
    return out


def best(fn: Callable[[], object], runs: int) -> float:
    """Best wall time of *runs* calls (garbage collected before each)."""
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def regex_pass(texts: Sequence[str]) -> int:
    """The baseline: one ``\\d+`` scan over every text (returns the match count)."""
    n = 0
    for text in texts:
        for _ in DIGITS.finditer(text):
            n += 1
    return n


def parse_all(texts: Sequence[str]) -> int:
    """Parse every text with the full pipeline (returns the section count, to use the result)."""
    return sum(len(gd.parse(text).sections) for text in texts)


def fit_exponent(sizes: Sequence[float], times: Sequence[float]) -> float:
    """Least-squares slope of log(time) on log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(t) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    den = sum((x - mx) ** 2 for x in xs)
    return num / den


def peak_memory(text: str) -> int:
    """Peak traced allocation (bytes) while parsing *text*."""
    gc.collect()
    tracemalloc.start()
    gd.parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def import_time(runs: int = 5) -> tuple[float, float]:
    """Best wall time of ``import govdisclosure`` in a fresh interpreter, with and without bytecode caches.

    Returns (warm, cold) seconds.  *warm* is what an installed package costs:
    byte-compiled files cached (in a temporary ``PYTHONPYCACHEPREFIX``, so the
    source tree stays clean, even where ``PYTHONDONTWRITEBYTECODE`` is set);
    *cold* compiles every module from source.
    """
    code = "import time; t = time.perf_counter(); import govdisclosure; print(time.perf_counter() - t)"
    base = {k: v for k, v in os.environ.items() if k not in {"PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX"}}

    def once(env: dict[str, str]) -> float:
        cmd = [sys.executable, "-c", code]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=_ROOT, env=env).stdout
        return float(out.strip())

    with tempfile.TemporaryDirectory() as cache:
        warm_env = {**base, "PYTHONPYCACHEPREFIX": cache}
        once(warm_env)  # writes the bytecode cache
        warm = min(once(warm_env) for _ in range(runs))
    cold = min(once({**base, "PYTHONDONTWRITEBYTECODE": "1"}) for _ in range(max(1, runs // 2)))
    return warm, cold


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks and print the figures; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=_ROOT.parent / "shared")
    parser.add_argument("--sizes", default="1,4,16,64", help="concatenation factors for the scaling fit")
    parser.add_argument("--runs", type=int, default=3, help="runs per timing (best is kept)")
    args = parser.parse_args(argv)

    docs = shared_texts(args.shared)
    if not docs:
        print(f"no shared documents under {args.shared}", file=sys.stderr)
        return 2
    texts = [t for _, t in docs]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    parse_all(texts)  # warm-up: lazily loaded lexicons, compiled patterns
    t_parse = best(lambda: parse_all(texts), args.runs)
    t_regex = best(lambda: regex_pass(texts), max(args.runs, 5))
    ratio = t_parse / t_regex
    print(f"corpus: {len(texts)} documents, {mb * 1000:.1f} KB")
    print(f"  parse (full pipeline)   {t_parse * 1000:9.1f} ms  {mb / t_parse:8.2f} MB/s")
    print(f"  re.finditer(r'\\d+')     {t_regex * 1000:9.3f} ms  {mb / t_regex:8.2f} MB/s")
    print(f"  ratio parse / regex     {ratio:9.1f}x   (target <= 10)")

    per_doc = sorted(((best(functools.partial(gd.parse, t), 1), n, t) for n, t in docs), reverse=True)[:5]
    print("  slowest documents:")
    for seconds, name, text in per_doc:
        size = len(text.encode("utf-8"))
        print(f"    {name:42s} {size / 1000:7.1f} KB {seconds * 1000:8.1f} ms {size / 1e6 / seconds:6.2f} MB/s")

    factors = [int(f) for f in args.sizes.split(",")]
    joined = "\n".join(texts)
    sizes: list[float] = []
    times: list[float] = []
    print("scaling: corpus concatenated n times, one document")
    for n in factors:
        doc = "\n".join([joined] * n)
        megabytes = len(doc.encode("utf-8")) / 1e6
        seconds = best(functools.partial(gd.parse, doc), 2 if n >= 16 else args.runs)
        sizes.append(megabytes)
        times.append(seconds)
        print(f"  x{n:<4d} {megabytes:8.2f} MB  {seconds:8.2f} s  {megabytes / seconds:6.2f} MB/s")
    k = fit_exponent(sizes, times)
    print(f"  exponent k (time ~ size^k)  {k:.2f}   (target <= 1.1)")

    doc = "\n".join([joined] * factors[min(1, len(factors) - 1)])
    size = len(doc.encode("utf-8"))
    peak = peak_memory(doc)
    per_mb = peak / size
    print(f"peak memory (tracemalloc): {peak / 1e6:.1f} MB for {size / 1e6:.2f} MB = {per_mb:.1f}x  (target <= 20)")

    t_import, t_cold = import_time()
    print(f"import govdisclosure (fresh interpreter, bytecode cached): {t_import * 1000:.0f} ms  (target < 150)")
    print(f"  without bytecode cache (every module compiled): {t_cold * 1000:.0f} ms")

    ok = ratio <= 10 and k <= 1.1 and per_mb <= 20 and t_import < 0.150
    print("targets:", "all met" if ok else "NOT all met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
