"""cProfile of the full pipeline over the shared corpus: the top functions by own and cumulative time.

Run from the repository root::

    .venv/bin/python benchmarks/profile.py [--shared ../shared] [--repeat 5] [--top 30] [--stage]

The corpus is parsed once untimed (lazy lexicons, compiled patterns), then
*repeat* times under the profiler.  ``--stage`` also prints the wall time of
each pipeline stage (ingest, structure, tables, narrative, tasks, validate).
"""

from __future__ import annotations

import sys
from pathlib import Path

# This script shares its name with the stdlib ``profile`` module that cProfile
# imports: drop the script's own directory from the import path first.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import cProfile  # noqa: E402
import io  # noqa: E402
import pstats  # noqa: E402
import time  # noqa: E402
from collections.abc import Sequence  # noqa: E402

import attrs  # noqa: E402

import govdisclosure as gd  # noqa: E402
from govdisclosure.extract.narrative import extract_narrative  # noqa: E402
from govdisclosure.extract.tables import extract_tables  # noqa: E402
from govdisclosure.extract.tasks import extract_tasks  # noqa: E402
from govdisclosure.ingest import read  # noqa: E402
from govdisclosure.model import Report, SourceInfo  # noqa: E402
from govdisclosure.structure import analyze  # noqa: E402
from govdisclosure.validate import validate  # noqa: E402

_ROOT = Path(__file__).resolve().parents[1]


def corpus(shared: Path) -> list[str]:
    """Text of every shared document (corpus/docs and seeds)."""
    files = sorted((shared / "corpus" / "docs").glob("*")) + sorted((shared / "seeds").glob("*.txt"))
    return [p.read_bytes().decode("utf-8", "replace") for p in files if p.is_file()]


def stage_times(texts: Sequence[str]) -> dict[str, float]:
    """Wall seconds spent in each stage over all *texts* (the stages parse.parse_document runs)."""
    totals = dict.fromkeys(("ingest", "structure", "tables", "narrative", "tasks", "validate"), 0.0)
    for text in texts:
        t = time.perf_counter()
        doc = read(text)
        totals["ingest"] += time.perf_counter() - t
        report = Report(
            text=doc.text,
            language=doc.language,
            source=SourceInfo(format=doc.format, encoding=doc.encoding, sha256=doc.sha256, size=doc.size),
            noise=doc.noise,
            diagnostics=doc.diagnostics,
        )
        for name, stage in (
            ("structure", analyze),
            ("tables", extract_tables),
            ("narrative", extract_narrative),
            ("tasks", extract_tasks),
        ):
            t = time.perf_counter()
            report = stage(doc, report)
            totals[name] += time.perf_counter() - t
        t = time.perf_counter()
        attrs.evolve(report, diagnostics=report.diagnostics + validate(report))
        totals["validate"] += time.perf_counter() - t
    return totals


def main(argv: Sequence[str] | None = None) -> int:
    """Profile and print the top functions."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=_ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--stage", action="store_true", help="print per-stage wall times too")
    args = parser.parse_args(argv)

    texts = corpus(args.shared)
    if not texts:
        print(f"no shared documents under {args.shared}", file=sys.stderr)
        return 2
    for text in texts:
        gd.parse(text)

    if args.stage:
        totals = stage_times(texts)
        whole = sum(totals.values())
        print("per-stage wall time over the corpus:")
        for name, seconds in totals.items():
            print(f"  {name:10s} {seconds * 1000:8.1f} ms  {100 * seconds / whole:5.1f} %")

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(args.repeat):
        for text in texts:
            gd.parse(text)
    profiler.disable()
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(key)
        stats.print_stats(args.top)
        print(f"=== top {args.top} by {key} ===")
        print(out.getvalue().split("\n", 6)[-1] if key == "tottime" else out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
