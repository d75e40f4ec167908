"""Heading context: the whole-view scan gives the contexts of the line-by-line reading it replaced."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure import parse
from govdisclosure.extract.narrative_context import _MAX_TITLE, HeadingContext
from govdisclosure.model import Report, Section, SectionKind, Span
from govdisclosure.normalize import matching_view


class _LineByLine:
    """The heading context as first written: every line read by ``HeadingContext._heading``."""

    def __init__(self, view: str, top_starts: set[int]) -> None:
        self.starts: list[int] = []
        self.contexts: list[str] = []
        self.tops: list[str] = []
        stack: dict[int, str] = {}
        context, top = "", ""
        pos = 0
        for line in view.split("\n"):
            stripped = line.lstrip()
            lead = len(line) - len(stripped)
            rank, title = HeadingContext._heading(stripped)
            if pos + lead in top_starts and rank != 1:
                rank, title = 1, stripped[:_MAX_TITLE]
            if rank:
                stack = {r: t for r, t in stack.items() if r < rank}
                stack[rank] = title
                context, top = " / ".join(stack[r] for r in sorted(stack)), stack.get(1, "")
            self.starts.append(pos)
            self.contexts.append(context)
            self.tops.append(top)
            pos += len(line) + 1

    def at(self, pos: int) -> tuple[str, str]:
        i = max(i for i, s in enumerate(self.starts) if s <= pos) if pos >= 0 else -1
        return (self.contexts[i], self.tops[i]) if i >= 0 else ("", "")


def _report(top_starts: set[int]) -> Report:
    sections = tuple(
        Section(kind=SectionKind.HEADING, span=Span(start=p, end=p), level=1, heading_span=Span(start=p, end=p))
        for p in sorted(top_starts)
    )
    return attrs.evolve(_EMPTY, sections=sections)


_EMPTY: Report = parse("文")
_PIECES = [*"一二十(1234)①⑩ 、.\n:。;某\u3000\r\t", "（三）", "2、", "(12)", "工作情况", "第一部分", "\n\n"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join), st.data())
def test_scan_equals_line_by_line_reading(text: str, data: st.DataObject) -> None:
    """Context and top-level title at every offset equal the line-by-line reading's."""
    view = matching_view(text)
    tops = set(data.draw(st.lists(st.integers(0, len(view) + 1), max_size=6)))
    contents = [i for i in range(len(view) + 1) if i == 0 or view[i - 1] == "\n"]
    tops |= set(data.draw(st.lists(st.sampled_from(contents), max_size=3)))  # line starts, often leading
    fast = HeadingContext(view, _report(tops))
    plain = _LineByLine(view, tops)
    for pos in range(-1, len(view) + 2):
        assert (fast.at(pos), fast.top(pos)) == plain.at(pos), pos


def test_top_level_heading_names_its_line() -> None:
    """A structure-stage top heading the ranked patterns miss still opens a rank-1 context."""
    view = "前言\n  第一部分 总体情况\n(一)主动公开\n本年公开3条。"
    start = view.index("第")
    context = HeadingContext(view, _report({start}))
    assert context.at(len(view) - 1) == "第一部分 总体情况 / 主动公开"
    assert context.top(len(view) - 1) == "第一部分 总体情况"
    assert context.at(0) == ""
