"""Batch throughput: documents per second of `govdisclosure parse` with 1 and 2 worker processes.

Usage::

    python benchmarks/batch.py [--corpus DIR ...] [--repeat N] [--format jsonl] [--jobs 1 2]

Every file under the given directories (default: ../shared/corpus/docs and ../shared/seeds) is
listed ``--repeat`` times in a ``--from-list`` file, and the command line is run end to end in a
subprocess (interpreter start-up and worker spawn included), output to a temporary file.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = (ROOT.parent / "shared" / "corpus" / "docs", ROOT.parent / "shared" / "seeds")


def _files(dirs: list[Path]) -> list[Path]:
    return sorted(p for d in dirs if d.is_dir() for p in d.rglob("*") if p.is_file() and p.suffix != ".json")


def run(files: list[Path], repeat: int, jobs: int, fmt: str) -> tuple[int, float]:
    """Run the CLI once over *files* × *repeat*; return (documents, seconds)."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "paths.txt"
        listing.write_text("\n".join(str(p) for p in files * repeat) + "\n", encoding="utf-8")
        out = Path(tmp) / f"out.{fmt}"
        cmd = [sys.executable, "-m", "govdisclosure", "parse", "-q", "-j", str(jobs), "--format", fmt]
        cmd += ["-o", str(out), "--from-list", str(listing)]
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, check=False)
        elapsed = time.perf_counter() - start
        if proc.returncode not in (0, 1):
            sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
            msg = f"govdisclosure exited {proc.returncode}"
            raise SystemExit(msg)
    return len(files) * repeat, elapsed


def main() -> None:
    """Measure and print documents/s for each --jobs value."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--corpus", type=Path, action="append", help="directory of documents (repeatable)")
    ap.add_argument("--repeat", type=int, default=10, help="list every file this many times")
    ap.add_argument("--format", default="jsonl", choices=("json", "jsonl", "csv", "md", "parquet"))
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    files = _files(args.corpus or list(DEFAULT_CORPORA))
    if not files:
        raise SystemExit("no documents found (give --corpus DIR)")
    size = sum(p.stat().st_size for p in files) * args.repeat
    print(f"{len(files)} files x {args.repeat} = {len(files) * args.repeat} documents, {size / 1e6:.1f} MB")
    for jobs in args.jobs:
        docs, seconds = run(files, args.repeat, jobs, args.format)
        print(f"-j {jobs}: {docs} documents in {seconds:.2f} s = {docs / seconds:.1f} documents/s ({args.format})")


if __name__ == "__main__":
    main()
