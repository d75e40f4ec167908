"""Sphinx extension: write the pages generated from the code before the build reads the sources.

* ``generated/data-dictionary.md`` from :func:`govdisclosure.lexicon.labels.official_labels`
  and the model (every figure field, with its official label(s) per template);
* ``generated/diagnostics.md`` from :data:`govdisclosure.diagnostics.CODES`;
* ``generated/cli.md`` from :func:`govdisclosure.cli.get_parser`;
* ``generated/columns.md`` from :data:`govdisclosure.serialize.rows.COLUMNS`.

The functions return the page text, so tests can check them without Sphinx.
"""

from __future__ import annotations

import fnmatch
import os
import typing
from pathlib import Path
from typing import Any

import attrs

from govdisclosure import diagnostics
from govdisclosure import model as m
from govdisclosure.cli import get_parser
from govdisclosure.serialize.rows import COLUMNS

TEMPLATES = (("2021", "2021 form"), ("2019", "2019 form"), ("pre2019", "pre-2019 annex"))
TABLE_NAMES = {
    "二": "表二 主动公开政府信息情况 (active disclosure)",
    "三": "表三 收到和处理政府信息公开申请情况 (requests)",
    "四": "表四 行政复议、行政诉讼情况 (review and litigation)",
    "annex": "Pre-2019 statistics annex (附表)",
}


def _esc(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _class_paths() -> list[tuple[str, type, str]]:
    """(heading, model class, field-path prefix) for every class holding official-table figures."""
    return [
        ("Table 三 rows: `ApplicationStats`", m.ApplicationStats, "applications."),
        ("Table 三 applicant columns: `ApplicantCounts`", m.ApplicantCounts, "applications.*."),
        ("Requests by channel: `ChannelCounts`", m.ChannelCounts, "applications.by_channel."),
        ("Table 四 blocks: `ReviewLitigation`", m.ReviewLitigation, "review_litigation."),
        ("Table 四 outcome columns: `OutcomeCounts`", m.OutcomeCounts, "review_litigation.*."),
        ("Table 二: `ActiveDisclosure`", m.ActiveDisclosure, "active_disclosure."),
    ]


def _figure_fields(cls: type) -> list[str]:
    hints = typing.get_type_hints(cls)
    wanted = (m.Cell, m.ApplicantCounts, m.OutcomeCounts, m.ChannelCounts)
    names = []
    for f in attrs.fields(cls):
        args = typing.get_args(hints[f.name]) or (hints[f.name],)
        if any(a in wanted for a in args):
            names.append(f.name)
    return names


def _entries_for(path: str, entries: list[Any]) -> list[Any]:
    exact = [e for e in entries if e.field == path]
    if exact and "*" not in path:
        return exact + [e for e in entries if e.field.startswith(path + ".")]
    return [
        e for e in entries if e.field == path or fnmatch.fnmatchcase(path, e.field) or e.field.startswith(path + ".")
    ]


def data_dictionary() -> str:
    """The data dictionary page: every model figure field with its official label(s) in each template."""
    from govdisclosure.lexicon.labels import official_labels  # noqa: PLC0415 - written by another area

    entries = list(official_labels())
    out = [
        "# Data dictionary",
        "",
        "Generated at build time from the label lexicon (`govdisclosure.lexicon.labels.official_labels()`)",
        "and the data model, so it cannot drift from the code. For each figure field of the model: the",
        "official label(s) printed in the 2021 and 2019 forms and in the pre-2019 statistics annex, and the",
        "normalized keywords the parser also accepts. A field without a label is filled from narrative",
        "text or derived. A `*` in a lexicon path stands for the other axis of the table (row or column).",
        "",
    ]
    for heading, cls, prefix in _class_paths():
        out += [f"## {heading}", "", "| field | " + " | ".join(t for _, t in TEMPLATES) + " | accepted variants |"]
        out.append("|---|" + "---|" * len(TEMPLATES) + "---|")
        for name in _figure_fields(cls):
            path = prefix + name
            matched = _entries_for(path, entries)
            cells = []
            for key, _ in TEMPLATES:
                labels = dict.fromkeys(e.label for e in matched if key in e.templates)
                cells.append("<br>".join(_esc(label) for label in labels))
            variants = dict.fromkeys(v for e in matched for v in e.variants)
            out.append(f"| `{path}` | " + " | ".join(cells) + f" | {_esc('、'.join(variants))} |")
        out.append("")
    out += ["## All lexicon entries", "", "Every entry of the lexicon, table by table, in matching order.", ""]
    for table in ("二", "三", "四", "annex"):
        rows = [e for e in entries if e.table == table]
        if not rows:
            continue
        out += [f"### {TABLE_NAMES[table]}", "", "| lexicon path | templates | official label | variants |"]
        out.append("|---|---|---|---|")
        out += [
            f"| `{e.field}` | {', '.join(e.templates)} | {_esc(e.label)} | {_esc('、'.join(e.variants))} |"
            for e in rows
        ]
        out.append("")
    return "\n".join(out)


def diagnostics_reference() -> str:
    """The diagnostics reference page: every code of the table with its severity and meaning."""
    blocks = {
        "GD0": "Input and ingest",
        "GD1": "Structure",
        "GD2": "Official tables",
        "GD3": "Numbers and narrative",
        "GD4": "Validation",
        "GD5": "Work plans and service halls",
    }
    out = [
        "# Diagnostics reference",
        "",
        "Generated from `govdisclosure.diagnostics.CODES`. A code, once published, keeps its meaning.",
        "Severity is the default; a stage may raise or lower it for one occurrence.",
        "",
    ]
    current = None
    for code, info in sorted(diagnostics.CODES.items()):
        block = code[:3]
        if block != current:
            current = block
            title = blocks.get(block, "Other")
            out += ["", f"## {block}xx {title}", "", "| code | severity | meaning |", "|---|---|---|"]
        out.append(f"| `{code}` | {info.severity.value} | {_esc(info.summary)} |")
    return "\n".join(out) + "\n"


def cli_reference() -> str:
    """The command-line help of every command, as printed by ``--help``."""
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100"  # stable wrapping, whatever the terminal
    try:
        parser = get_parser()
        out = ["## `govdisclosure --help`", "", "```text", parser.format_help().rstrip(), "```", ""]
        sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
        for name, p in sub.choices.items():  # type: ignore[attr-defined]
            out += [f"## `govdisclosure {name}`", "", "```text", p.format_help().rstrip(), "```", ""]
    finally:
        if old is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = old
    return "\n".join(out)


def columns_reference() -> str:
    """The columns of the long format (CSV, Parquet, DataFrame), in order."""
    parquet = {"str": "string", "int": "int64", "decimal": "decimal128(38, 10)"}
    out = ["| # | column | type (Parquet) | meaning |", "|---|---|---|---|"]
    out += [f"| {i} | `{c.name}` | {parquet[c.type]} | {_esc(c.doc)} |" for i, c in enumerate(COLUMNS, 1)]
    return "\n".join(out) + "\n"


PAGES = {
    "data-dictionary.md": data_dictionary,
    "diagnostics.md": diagnostics_reference,
    "cli.md": cli_reference,
    "columns.md": columns_reference,
}


def write_pages(target: Path) -> None:
    """Write every generated page into *target* (only when its text changed, to keep rebuilds incremental)."""
    target.mkdir(parents=True, exist_ok=True)
    for name, make in PAGES.items():
        path = target / name
        text = make()
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def _on_builder_inited(app: Any) -> None:
    write_pages(Path(app.srcdir) / "generated")


#: Modules searched, in order, for a short Python name that has no target where it was written.
_NAMESPACES = ("govdisclosure.model", "govdisclosure", "govdisclosure.serialize.rows", "govdisclosure.batch")


def _resolve_short_names(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve ``Report`` or ``Report.text`` written in a docstring of another module to the documented object."""
    if node.get("refdomain") != "py" or node["reftarget"].startswith(_NAMESPACES[0]):
        return None
    domain = env.get_domain("py")
    target = node["reftarget"].removeprefix("govdisclosure.")
    for namespace in _NAMESPACES:
        candidate = f"{namespace}.{target}"
        found = domain.resolve_xref(env, node["refdoc"], app.builder, node["reftype"], candidate, node, contnode)
        if found is not None:
            return found
    return None


def setup(app: Any) -> dict[str, Any]:
    """Register the generator and the short-name resolver with Sphinx."""
    app.connect("builder-inited", _on_builder_inited)
    app.connect("missing-reference", _resolve_short_names)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
