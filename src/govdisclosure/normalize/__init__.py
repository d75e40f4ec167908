"""Pure normalization functions (stable public API).

Every function here is total: given any ``str`` it returns a value or
``None`` and never raises.
"""

from __future__ import annotations

from govdisclosure.normalize.text import fold_width, matching_view, normalize_text, to_simplified

__all__ = ["fold_width", "matching_view", "normalize_text", "to_simplified"]
