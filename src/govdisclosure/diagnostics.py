"""The table of stable diagnostic codes and a helper to build diagnostics.

Codes are grouped by pipeline stage:

* ``GD0xx`` input and ingest (encoding, format, noise)
* ``GD1xx`` structure (kind, template, metadata, sections)
* ``GD2xx`` official tables (二, 三, 四, pre-2019 annex)
* ``GD3xx`` numbers and narrative figures
* ``GD4xx`` validation (arithmetic identities, consistency)
* ``GD5xx`` work plans and service halls

A code, once published, keeps its meaning; retired codes stay in the table.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from govdisclosure.model import Diagnostic, Severity, Span

__all__ = ["CODES", "CodeInfo", "make"]


class CodeInfo(NamedTuple):
    """Default severity and one-line meaning of a diagnostic code."""

    severity: Severity
    summary: str


_I, _W, _E = Severity.INFO, Severity.WARNING, Severity.ERROR

CODES: Final[dict[str, CodeInfo]] = {
    # --- GD0xx ingest -----------------------------------------------------
    "GD001": CodeInfo(_I, "Encoding detected (no BOM, no reliable declaration)."),
    "GD002": CodeInfo(_W, "Declared charset disagrees with the bytes; the bytes won."),
    "GD003": CodeInfo(_W, "Some bytes could not be decoded and were replaced."),
    "GD004": CodeInfo(_I, "Noise set aside (breadcrumb, navigation, page chrome, spam …)."),
    "GD005": CodeInfo(_W, "Spam injected into the text was found and set aside."),
    "GD006": CodeInfo(_W, "Markup nested too deeply; a linear fallback parser was used."),
    "GD007": CodeInfo(_I, "A table arrived flattened in text and was rebuilt as a grid."),
    "GD008": CodeInfo(_W, "The text appears to be truncated."),
    "GD009": CodeInfo(_I, "Traditional characters: matching runs on a simplified view."),
    # --- GD1xx structure --------------------------------------------------
    "GD101": CodeInfo(_W, "Document kind is uncertain."),
    "GD102": CodeInfo(_W, "Template of the annual report is uncertain."),
    "GD103": CodeInfo(_W, "No title found."),
    "GD104": CodeInfo(_W, "No issuing organ found."),
    "GD105": CodeInfo(_W, "Year reported on is missing or uncertain."),
    "GD106": CodeInfo(_W, "Years disagree (title vs body vs period)."),
    "GD107": CodeInfo(_W, "Section numbering skipped, repeated or out of order."),
    "GD108": CodeInfo(_W, "Expected chapters of the template are missing."),
    "GD109": CodeInfo(_I, "Statistics period not stated."),
    "GD110": CodeInfo(_W, "Section numbering restarts (e.g. inside an annex)."),
    # --- GD2xx tables -----------------------------------------------------
    "GD201": CodeInfo(_W, "A table label could not be matched to the official form."),
    "GD202": CodeInfo(_W, "A cell is not a figure; its value is None."),
    "GD203": CodeInfo(_I, "A total left blank was derived from printed parts."),
    "GD204": CodeInfo(_W, "A table was found but its layout could not be read; figures left None."),
    "GD205": CodeInfo(_I, "Placeholder cells ('/', '—', '无' …) are not counted as zero."),
    "GD206": CodeInfo(_W, "A table row has the wrong number of cells; the row was skipped."),
    "GD207": CodeInfo(_I, "A pre-2019 statistics annex was mapped onto the model."),
    "GD208": CodeInfo(_I, "Column header unreadable; the form's fixed column order was applied."),
    "GD209": CodeInfo(_I, "A truncated header label was resolved by its place in the form's header order."),
    "GD210": CodeInfo(_W, "A label matched two rows with different figures; the figure was left None."),
    "GD211": CodeInfo(_I, "A row label printed above its grid was attached to the grid's unlabelled first row."),
    # --- GD3xx numbers and narrative --------------------------------------
    "GD301": CodeInfo(_I, "Approximate figure (余/约/近 …) kept with its approximation."),
    "GD302": CodeInfo(_W, "A narrative figure is ambiguous and was left None."),
    "GD303": CodeInfo(_I, "A figure was read from narrative text, not from a table."),
    "GD320": CodeInfo(_I, "A narrative figure was derived from printed ones (handled minus carried over)."),
    # --- GD4xx validation -------------------------------------------------
    "GD401": CodeInfo(_E, "Table 三 balance fails: new + carried over ≠ outcome total + carried forward."),
    "GD402": CodeInfo(_E, "Table 三 outcomes do not sum to （七）总计."),
    "GD403": CodeInfo(_E, "Table 三 applicant columns do not sum to 总计."),
    "GD404": CodeInfo(_E, "Table 四 block parts do not sum to its total."),
    "GD405": CodeInfo(_E, "A count is negative or fractional."),
    "GD406": CodeInfo(_W, "Table 二 figures are implausible (made/repealed/valid)."),
    "GD407": CodeInfo(_W, "A narrative figure contradicts the table."),
    "GD408": CodeInfo(_W, "Parts stated in the narrative do not sum to the stated total."),
    "GD409": CodeInfo(_I, "An identity could not be checked: an operand is missing."),
    "GD410": CodeInfo(_W, "Fees reported but chapter 六 says 无 (or the reverse)."),
    # --- GD5xx work plans, service halls ----------------------------------
    "GD501": CodeInfo(_W, "Task numbering repeats or restarts."),
    "GD502": CodeInfo(_I, "A task has no responsible unit."),
    "GD503": CodeInfo(_W, "A task table's cells do not sit under its headers; its rows were not read."),
    "GD504": CodeInfo(_W, "A service-hall rate above 100 % was dropped (garbled figure)."),
}


def make(
    code: str,
    message: str,
    *,
    span: Span | None = None,
    path: str | None = None,
    severity: Severity | None = None,
) -> Diagnostic:
    """Build a :class:`Diagnostic` for a registered *code* (its default severity unless given)."""
    info = CODES[code]
    return Diagnostic(
        code=code,
        severity=severity or info.severity,
        message=message,
        span=span,
        path=path,
    )
