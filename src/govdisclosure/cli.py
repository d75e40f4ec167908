"""The ``govdisclosure`` command line: a thin wrapper over the public API.

Commands: ``parse`` (files, directories, globs, ``-``; ``--format
json|jsonl|csv|md|parquet``; ``-j N`` worker processes), ``check`` (parse and
validate, print diagnostics for CI) and ``schema``.

Exit codes: 0 ok, 1 input error (some input could not be read or parsed),
2 usage error, 3 error-severity diagnostics (``parse --strict``, and ``check``).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Final, TextIO

from govdisclosure.batch import Failure, Outcome, ParseOptions, Source, discover, make_progress, read_list, run_batch
from govdisclosure.errors import GovDisclosureError
from govdisclosure.model import Diagnostic, Report, Severity
from govdisclosure.serialize import dumps, json_schema
from govdisclosure.serialize.csv import csv_header, csv_rows
from govdisclosure.serialize.markdown import to_markdown
from govdisclosure.serialize.rows import to_rows

__all__ = ["EXIT_DIAGNOSTICS", "EXIT_INPUT", "EXIT_OK", "EXIT_USAGE", "FORMATS", "get_parser", "main"]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_DIAGNOSTICS = 3

EXAMPLE_RESOURCE = "annual_report_2021.txt"

#: Output formats of ``parse --format``.
FORMATS: Final = ("json", "jsonl", "csv", "md", "parquet")
_SEVERITY_RANK: Final = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "files", nargs="*", metavar="FILE", help="files, directories (recursive), glob patterns; '-' reads stdin"
    )
    p.add_argument(
        "--from-list", metavar="LIST", help="read input paths from LIST, one per line ('-' for stdin)", default=None
    )
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (0: one per CPU)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no per-file diagnostics")
    p.add_argument("--encoding", default=None, help="force the input encoding")
    p.add_argument("--errors", metavar="FILE", default=None, help="also write failed inputs as JSON lines to FILE")


def get_parser() -> argparse.ArgumentParser:
    """Build the argument parser (also used by the docs)."""
    from govdisclosure import __version__  # noqa: PLC0415 - avoid an import cycle

    parser = argparse.ArgumentParser(
        prog="govdisclosure",
        description="Parse Chinese government information-disclosure documents into checked data.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_parse = sub.add_parser(
        "parse",
        help="parse documents and print reports (JSON, JSON lines, CSV, Markdown, Parquet)",
        description="Parse documents and write one report (or its figures) per input, in input order.",
    )
    _add_input_options(p_parse)
    p_parse.add_argument(
        "--example", action="store_true", help="parse the synthetic example report shipped with the package"
    )
    p_parse.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="json",
        help="json: a JSON report per input; jsonl: one compact report per line; csv: one row per figure "
        "(long format); md: a Markdown summary; parquet: the csv rows, typed (needs -o and the parquet extra)",
    )
    p_parse.add_argument("-o", "--output", metavar="PATH", default=None, help="write to PATH instead of stdout")
    p_parse.add_argument("--strict", action="store_true", help="exit with 3 when a report has error diagnostics")
    p_parse.add_argument("--indent", type=int, default=None, help="indent JSON output (json format)")

    p_check = sub.add_parser(
        "check",
        help="parse and validate documents, print their diagnostics (for CI)",
        description="Parse and validate documents and print their diagnostics. Exit 3 when any diagnostic "
        "is at or above --fail-on, 1 when an input could not be read, else 0.",
    )
    _add_input_options(p_check)
    p_check.add_argument("--json", action="store_true", help="print one JSON object per input instead of text")
    p_check.add_argument(
        "--fail-on",
        choices=("error", "warning", "never"),
        default="error",
        help="lowest severity that makes the exit code 3 (default: error)",
    )
    p_check.add_argument(
        "--min-severity",
        choices=("info", "warning", "error"),
        default="warning",
        help="lowest severity printed (default: warning)",
    )

    sub.add_parser("schema", help="print the JSON Schema of a report")
    return parser


def _example_bytes() -> bytes:
    return resources.files("govdisclosure.examples").joinpath(EXAMPLE_RESOURCE).read_bytes()


# --- tasks run in the workers (module-level so they can be pickled) -------------------------------


def _task_json(report: Report, indent: int | None) -> str:
    return dumps(report, indent=indent) + "\n"


def _task_md(report: Report) -> str:
    return to_markdown(report)


def _task_none(_report: Report) -> None:
    return None


def _task_for(fmt: str, indent: int | None) -> Any:
    if fmt == "json":
        return functools.partial(_task_json, indent=indent)
    if fmt == "jsonl":
        return functools.partial(_task_json, indent=None)
    if fmt == "csv":
        return csv_rows
    if fmt == "md":
        return _task_md
    return to_rows  # parquet: the rows travel back and are written by this process


# --- the driver ----------------------------------------------------------------------------------


def _sources(args: argparse.Namespace) -> Iterator[Source | Failure]:
    if getattr(args, "example", False):
        yield Source(name=f"<example:{EXAMPLE_RESOURCE}>", data=_example_bytes())
    yield from discover(args.files)
    if args.from_list:
        if args.from_list == "-":
            yield from discover(read_list(sys.stdin))
        else:
            with Path(args.from_list).open(encoding="utf-8") as fp:
                yield from discover(read_list(fp))


def _has_inputs(args: argparse.Namespace, command: str) -> bool:
    if args.files or args.from_list or getattr(args, "example", False):
        return True
    hint = "FILE arguments, '-', --from-list" + (" or --example" if command == "parse" else "")
    print(f"govdisclosure {command}: give {hint}", file=sys.stderr)
    return False


def _diag_line(name: str, d: Diagnostic) -> str:
    where = f"@{d.span.start}" if d.span is not None else ""
    path = f" [{d.path}]" if d.path else ""
    return f"{name}{where}: {d.severity.value} {d.code}: {d.message}{path}"


class _Output(contextlib.ExitStack):
    """Where the output goes: stdout or the -o file (text), or a Parquet writer."""

    def __init__(self, path: str | None, fmt: str) -> None:
        super().__init__()
        self.stream: TextIO = sys.stdout
        self.parquet: Any = None
        if fmt == "parquet":
            from govdisclosure.serialize.parquet import ParquetRowWriter  # noqa: PLC0415 - optional extra

            assert path is not None
            self.parquet = self.enter_context(ParquetRowWriter(path))
        elif path is not None:
            self.stream = self.enter_context(Path(path).open("w", encoding="utf-8", newline=""))  # noqa: SIM115


def _run(args: argparse.Namespace, task: Any, on_outcome: Any) -> tuple[int, int]:
    """Run the batch, print failures; return (number of inputs, number failed)."""
    progress = make_progress(enabled=not args.quiet)
    errors_fp = Path(args.errors).open("w", encoding="utf-8") if args.errors else None  # noqa: SIM115
    total = failed = 0
    try:
        options = ParseOptions(encoding=args.encoding)
        for outcome in run_batch(_sources(args), task, jobs=args.jobs, options=options):
            total += 1
            if outcome.failure is not None:
                failed += 1
                f = outcome.failure
                progress.write(f"{f.path}: error: {f.error}: {f.message}")
                if errors_fp is not None:
                    errors_fp.write(json.dumps(f.to_dict(), ensure_ascii=False) + "\n")
            else:
                on_outcome(outcome, progress)
            progress.update(failed=outcome.failure is not None)
    finally:
        progress.close()
        if errors_fp is not None:
            errors_fp.close()
    return total, failed


def _cmd_parse(args: argparse.Namespace) -> int:
    if not _has_inputs(args, "parse"):
        return EXIT_USAGE
    if args.format == "parquet" and not args.output:
        print("govdisclosure parse: --format parquet needs -o/--output FILE", file=sys.stderr)
        return EXIT_USAGE
    has_error_diagnostics = False
    with _Output(args.output, args.format) as out:
        if args.format == "csv":
            out.stream.write(csv_header())

        def on_outcome(outcome: Outcome, progress: Any) -> None:
            nonlocal has_error_diagnostics
            if out.parquet is not None:
                out.parquet.write_rows(outcome.payload)
            else:
                out.stream.write(outcome.payload)
            if args.format == "md":
                out.stream.write("\n")
            for d in outcome.diagnostics:
                has_error_diagnostics |= d.severity is Severity.ERROR
                if not args.quiet and d.severity is not Severity.INFO:
                    progress.write(_diag_line(outcome.name, d))

        _, failed = _run(args, _task_for(args.format, args.indent), on_outcome)
    if args.strict and has_error_diagnostics:
        return EXIT_DIAGNOSTICS
    return EXIT_INPUT if failed else EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    if not _has_inputs(args, "check"):
        return EXIT_USAGE
    shown = _SEVERITY_RANK[Severity(args.min_severity)]
    fail_rank = 3 if args.fail_on == "never" else _SEVERITY_RANK[Severity(args.fail_on)]
    failing = False

    def on_outcome(outcome: Outcome, progress: Any) -> None:
        nonlocal failing
        diags = [d for d in outcome.diagnostics if _SEVERITY_RANK[d.severity] >= shown]
        failing |= any(_SEVERITY_RANK[d.severity] >= fail_rank for d in outcome.diagnostics)
        if args.json:
            record = {
                "path": outcome.name,
                "ok": not any(_SEVERITY_RANK[d.severity] >= fail_rank for d in outcome.diagnostics),
                "diagnostics": [
                    {
                        "code": d.code,
                        "severity": d.severity.value,
                        "message": d.message,
                        "span": [d.span.start, d.span.end] if d.span is not None else None,
                        "path": d.path,
                    }
                    for d in diags
                ],
            }
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            for d in diags:
                sys.stdout.write(_diag_line(outcome.name, d) + "\n")

    total, failed = _run(args, _task_none, on_outcome)
    if not args.quiet and not args.json:
        print(f"checked {total} input(s): {failed} unreadable", file=sys.stderr)
    if failing:
        return EXIT_DIAGNOSTICS
    return EXIT_INPUT if failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with *argv* (default ``sys.argv[1:]``) and return the exit code."""
    parser = get_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help/--version
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    try:
        if args.command == "parse":
            return _cmd_parse(args)
        if args.command == "check":
            return _cmd_check(args)
        if args.command == "schema":
            sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
            return EXIT_OK
    except GovDisclosureError as exc:
        print(f"govdisclosure: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:  # the output or a list file could not be opened
        print(f"govdisclosure: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    parser.print_help(sys.stderr)
    return EXIT_USAGE
