"""Parts declared in a report's preamble."""

from __future__ import annotations

import pytest

import govdisclosure as gd
from govdisclosure.structure.parts import find_declared_parts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("本报告由概述、主动公开情况、依申请公开情况共三个部分组成。", ["概述", "主动公开情况", "依申请公开情况"]),
        (
            "全文包括总体情况，主动公开情况，复议、诉讼情况，以及其他事项。",
            ["总体情况", "主动公开情况", "复议、诉讼情况", "其他事项"],
        ),
        ("本报告由四个部分组成，分别是：概述、甲情况、乙情况、附表。", ["概述", "甲情况", "乙情况", "附表"]),
        ("报告包括甲、乙、丙等组成，另有说明。", ["甲", "乙", "丙"]),
    ],
)
def test_declared_parts(sentence: str, expected: list[str]) -> None:
    """The listed parts are split on the list's own separator, wrappers removed, spans exact."""
    parts = find_declared_parts(sentence, sentence, 0, len(sentence))
    assert [p.value for p in parts] == expected
    for p in parts:
        assert p.span is not None
        assert sentence[p.span.start : p.span.end] == p.value


def test_short_lists_are_not_parts() -> None:
    """Fewer than three items is not a declared structure."""
    s = "本报告由县政府办公室编制组成。"
    assert find_declared_parts(s, s, 0, len(s)) == ()


def test_truncation_diagnostic() -> None:
    """A copy with fewer chapters than declared parts gets GD008."""
    text = (
        "某县2023年政府信息公开工作年度报告\n"
        "本报告由总体情况、主动公开情况、申请情况、其他事项共四个部分组成。\n一、总体情况\n正文。"
    )
    report = gd.parse(text)
    assert [p.value for p in report.declared_parts] == ["总体情况", "主动公开情况", "申请情况", "其他事项"]
    assert "GD008" in [d.code for d in report.diagnostics]
