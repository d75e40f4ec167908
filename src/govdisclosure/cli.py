"""The ``govdisclosure`` command line: a thin wrapper over the public API.

Exit codes: 0 ok, 1 input error (a file could not be read), 2 usage error,
3 error-severity diagnostics under ``--strict``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from govdisclosure.errors import GovDisclosureError, InputError
from govdisclosure.model import Report, Severity
from govdisclosure.parse import parse
from govdisclosure.serialize import dumps, json_schema

__all__ = ["EXIT_DIAGNOSTICS", "EXIT_INPUT", "EXIT_OK", "EXIT_USAGE", "get_parser", "main"]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_DIAGNOSTICS = 3

EXAMPLE_RESOURCE = "annual_report_2021.txt"


def get_parser() -> argparse.ArgumentParser:
    """Build the argument parser (also used by the docs)."""
    from govdisclosure import __version__  # noqa: PLC0415 - avoid an import cycle

    parser = argparse.ArgumentParser(
        prog="govdisclosure",
        description="Parse Chinese government information-disclosure documents into checked data.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_parse = sub.add_parser("parse", help="parse documents and print JSON reports")
    p_parse.add_argument("files", nargs="*", metavar="FILE", help="files to parse; '-' reads stdin")
    p_parse.add_argument(
        "--example", action="store_true", help="parse the synthetic example report shipped with the package"
    )
    p_parse.add_argument("--strict", action="store_true", help="exit with 3 when a report has error diagnostics")
    p_parse.add_argument("--indent", type=int, default=None, help="indent JSON output")
    p_parse.add_argument("--encoding", default=None, help="force the input encoding")

    sub.add_parser("schema", help="print the JSON Schema of a report")
    return parser


def _example_bytes() -> bytes:
    return resources.files("govdisclosure.examples").joinpath(EXAMPLE_RESOURCE).read_bytes()


def _report_diagnostics(name: str, report: Report) -> bool:
    """Print error/warning diagnostics to stderr; return whether any had error severity."""
    has_error = False
    for diag in report.diagnostics:
        if diag.severity is Severity.INFO:
            continue
        has_error |= diag.severity is Severity.ERROR
        print(f"{name}: {diag.severity.value} {diag.code}: {diag.message}", file=sys.stderr)
    return has_error


def _cmd_parse(args: argparse.Namespace) -> int:
    sources: list[tuple[str, bytes | Path]] = []
    if args.example:
        sources.append((f"<example:{EXAMPLE_RESOURCE}>", _example_bytes()))
    for name in args.files:
        if name == "-":
            sources.append(("<stdin>", sys.stdin.buffer.read()))
        else:
            sources.append((name, Path(name)))
    if not sources:
        print("govdisclosure parse: give FILE arguments, '-' or --example", file=sys.stderr)
        return EXIT_USAGE
    status = EXIT_OK
    for name, src in sources:
        try:
            report = parse(src, encoding=args.encoding)
        except (InputError, OSError) as exc:
            print(f"{name}: error: {exc}", file=sys.stderr)
            status = max(status, EXIT_INPUT) if status != EXIT_DIAGNOSTICS else status
            continue
        sys.stdout.write(dumps(report, indent=args.indent) + "\n")
        if _report_diagnostics(name, report) and args.strict:
            status = EXIT_DIAGNOSTICS
    return status


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
        if args.command == "schema":
            sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
            return EXIT_OK
    except GovDisclosureError as exc:
        print(f"govdisclosure: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    parser.print_help(sys.stderr)
    return EXIT_USAGE
