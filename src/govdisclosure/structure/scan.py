"""Searching for a pattern that opens at the start of the text or after a clause mark.

A pattern written ``(?:^|[。\\n])tail`` makes the regex engine try the whole
pattern at every position of the text: an alternative with ``^`` gives it no
first character to look for.  The same search is split here in two patterns:
``tail`` matched at position 0, and ``mark + tail`` (``mark`` a character
class or literals) searched, which the engine scans for quickly.  The matches
are the ones the combined pattern finds, in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import frozen

__all__ = ["OpeningPattern"]


@frozen
class OpeningPattern:
    """``(?:^|mark)tail`` as two compiled patterns (see the module docstring).

    >>> p = OpeningPattern.compile(r"[。\\n]", r"(?P<y>\\d{4})年")
    >>> [m.group("y") for m in p.finditer("2020年好。2021年。x2022年", 0, 20)]
    ['2020', '2021']
    >>> p.search("好。2021年", 0, 8).group("y")
    '2021'
    """

    at_start: re.Pattern[str]
    after_mark: re.Pattern[str]

    @classmethod
    def compile(cls, mark: str, tail: str) -> OpeningPattern:
        """Compile ``(?:^|mark)tail``; *mark* should start with a character class or a literal."""
        return cls(re.compile(tail), re.compile(f"(?:{mark}){tail}"))

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``; ``^`` matches only at 0, as in :meth:`re.Pattern.search`."""
        if pos == 0:
            m = self.at_start.match(text, 0, endpos)
            if m is not None:
                return m
        return self.after_mark.search(text, pos, endpos)

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The successive non-overlapping matches in ``text[pos:endpos]`` (as :meth:`re.Pattern.finditer`).

        The patterns this is used for never match the empty string.
        """
        if pos == 0:
            m = self.at_start.match(text, 0, endpos)
            if m is not None:
                yield m
                pos = m.end()
        yield from self.after_mark.finditer(text, pos, endpos)
