"""Pure normalization functions (stable public API).

Every function here is total: given any ``str`` it returns a value or
``None`` (or an empty list) and never raises.  Functions that find things in
text take the text as printed (traditional characters and full-width forms
allowed), match on :func:`matching_view` internally, and return spans into
the text they were given (plus ``offset``) with ``raw`` sliced from it.
"""

from __future__ import annotations

from govdisclosure.normalize.contacts import find_contacts
from govdisclosure.normalize.dates import find_dates, parse_date
from govdisclosure.normalize.docnumbers import find_doc_numbers, parse_doc_number
from govdisclosure.normalize.numbers import parse_number
from govdisclosure.normalize.quantities import find_quantities, parse_quantity
from govdisclosure.normalize.text import fold_width, matching_view, normalize_text, to_simplified

__all__ = [
    "find_contacts",
    "find_dates",
    "find_doc_numbers",
    "find_quantities",
    "fold_width",
    "matching_view",
    "normalize_text",
    "parse_date",
    "parse_doc_number",
    "parse_number",
    "parse_quantity",
    "to_simplified",
]
