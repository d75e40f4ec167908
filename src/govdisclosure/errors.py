"""Exception hierarchy.

Exceptions are for unusable input and misuse only; problems in the content of
a readable document are :class:`~govdisclosure.model.Diagnostic` objects on the
report.  The tree::

    GovDisclosureError
    ├── InputError (ValueError)     unreadable, empty, binary or over-limit input
    ├── MissingExtraError (ImportError)  an optional extra (pdf, parquet, pandas, dask) is not installed
    ├── SchemaError (ValueError)    loads()/from_dict() on JSON that is not a report
    └── ParseError (ValueError)     strict=True and error-severity diagnostics
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from govdisclosure.model import Diagnostic

__all__ = ["GovDisclosureError", "InputError", "MissingExtraError", "ParseError", "SchemaError"]


class GovDisclosureError(Exception):
    """Root of every exception raised by govdisclosure."""


class InputError(GovDisclosureError, ValueError):
    """The input cannot be read as a document (empty, binary, undecodable, too large, unknown format)."""


class MissingExtraError(GovDisclosureError, ImportError):
    """An optional dependency is not installed; the message names the extra that provides it."""


class SchemaError(GovDisclosureError, ValueError):
    """JSON given to :func:`~govdisclosure.loads` / :func:`~govdisclosure.from_dict` is not a valid report.

    ``errors`` lists each problem as ``"message @ $.path"``.
    """

    def __init__(self, message: str, errors: tuple[str, ...] = ()) -> None:
        super().__init__(message if not errors else f"{message}: {'; '.join(errors)}")
        self.errors = errors


class ParseError(GovDisclosureError, ValueError):
    """Raised by ``parse(..., strict=True)``; ``diagnostics`` holds every error-severity diagnostic."""

    def __init__(self, diagnostics: tuple[Diagnostic, ...]) -> None:
        lines = [f"{d.code}: {d.message}" for d in diagnostics]
        super().__init__(f"{len(diagnostics)} error diagnostic(s): " + "; ".join(lines))
        self.diagnostics = diagnostics
