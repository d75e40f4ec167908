"""Precision rules of the structure stage: values that are not what they look like stay None."""

from __future__ import annotations

import govdisclosure as gd


def _parse(text: str) -> gd.Report:
    return gd.parse(text.encode("utf-8"))


def test_file_name_line_is_not_the_title() -> None:
    """A download caption naming a file (X.docx) is skipped; the real title line below is used."""
    r = _parse(
        "青岚县工作方案.docx\n青岚县2030年政务公开工作要点实施方案\n一、总体要求\n为做好政务公开工作，制定本方案。\n"
    )
    assert r.title is not None
    assert r.title.value == "青岚县2030年政务公开工作要点实施方案"


def test_file_name_extension_matches_case_folded() -> None:
    """An upper-case extension (X.PDF) is still a file name."""
    r = _parse("某某年度报告.PDF\n一、总体情况\n本年度工作平稳。\n")
    assert r.title is None or not r.title.value.casefold().endswith(".pdf")


def test_title_tail_alone_is_no_title() -> None:
    """A first line holding only the second half of a split title (工作年度报告) gives no title."""
    r = _parse("工作年度报告\n2030年以来，青岚街道主动公开信息。\n一、总体情况\n2030年，青岚街道做好公开工作。\n")
    assert r.title is None


def test_split_title_with_its_first_half_is_kept() -> None:
    """The tail line joined to the year line before it still forms the title."""
    r = _parse("青岚街道办事处2030年度政府\n信息公开工作年度报告\n一、总体情况\n2030年，工作平稳。\n")
    assert r.title is not None
    assert r.title.value == "青岚街道办事处2030年度政府信息公开工作年度报告"


def test_internal_office_compiler_gives_no_organ() -> None:
    """A report compiled by a body's internal office (综合办公室) does not take that office as organ."""
    r = _parse("本报告由青岚街道综合办公室编制，全文包括总体情况等部分。\n一、总体情况\n我街道高度重视公开工作。\n")
    assert r.organ is None or "综合办公室" not in r.organ.value


def test_disclosure_office_compiler_still_names_its_government() -> None:
    """The compiler rule still reduces a disclosure office to its government."""
    r = _parse("本报告由青岚县人民政府信息公开办编制，全文包括总体情况等部分。\n一、总体情况\n我县高度重视公开工作。\n")
    assert r.organ is not None
    assert r.organ.value == "青岚县人民政府"
