"""Extraction stages: official tables, narrative figures, key areas, service halls, tasks.

Each stage is a function ``(Document, Report) -> Report`` that fills its own
fields and appends its diagnostics; stages run in the order of :data:`STAGES`.
"""

from __future__ import annotations

__all__: list[str] = []
