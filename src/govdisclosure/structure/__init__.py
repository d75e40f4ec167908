"""Structure: document kind, template, metadata and the section tree."""

from __future__ import annotations

from govdisclosure.structure.analyze import analyze

__all__ = ["analyze"]
