"""Template version of an annual report: ``2021``, ``2019``, ``pre2019`` or None.

Rules, in order (TEMPLATE.md §7 "decide the template version from the labels
present", never from the year alone):

1. **Table labels.** A label only the 2021 form has (本年制发件数, 本年收费金额,
   逾期不补正 …) means 2021; a label only the 2019 form has (本年新制作数量,
   上一年项目数量, 第二十条第（九）项 …) means 2019.  Both present: the more
   numerous wins, with GD102.
2. **Chapters, no table labels.** The post-2019 layout is recognised by its
   chapter 一 "总体情况" (as a heading, or the chapter list in the preamble
   naming 总体情况 and 收到和处理政府信息公开申请情况).  Such a report follows the
   form in force for its year: the 2021 form for reports on 2021 and later
   (issued 2021-09, so every report on 2021 was written against it), the 2019
   form for reports on 2019 and 2020.  A citation of the notice that issued a
   form (〔2021〕30号 / 〔2019〕60号) decides when the year is unknown.
3. **Pre-2019 chapters.** 概述 / 基本概况 / …的情况 chapters, or a report on a
   year before 2019 (the 2019 form did not exist, whatever its chapters look
   like: GD102), mean ``pre2019``.
4. Otherwise (e.g. a 2020 memo with chapters of its own): None with GD102.
"""

from __future__ import annotations

from collections.abc import Sequence

from govdisclosure import diagnostics
from govdisclosure.lexicon.structure import (
    PRE2019_CHAPTER_WORDS,
    TEMPLATE_2019_CITATIONS,
    TEMPLATE_2019_LABELS,
    TEMPLATE_2021_CITATIONS,
    TEMPLATE_2021_LABELS,
)
from govdisclosure.model import Diagnostic, Template

__all__ = ["decide_template"]


def decide_template(
    view: str, top_headings: Sequence[str], preamble: str, year: int | None
) -> tuple[Template | None, list[Diagnostic]]:
    """Decide the :class:`Template` of an annual report (arguments in the matching view).

    >>> decide_template("信息内容 | 本年制发件数 |", [], "", 2020)[0].value
    '2021'
    >>> decide_template("", ["一、总体情况"], "", 2020)[0].value
    '2019'
    >>> decide_template("", ["一、概述"], "", 2016)[0].value
    'pre2019'
    """
    compact = view.replace(" ", "")
    n21 = sum(1 for label in TEMPLATE_2021_LABELS if label in compact)
    n19 = sum(1 for label in TEMPLATE_2019_LABELS if label in compact)
    if n21 or n19:
        if n21 and n19:
            chosen = Template.T2021 if n21 >= n19 else Template.T2019
            msg = f"table labels of both forms ({n21} of 2021, {n19} of 2019); chose {chosen.value}"
            return chosen, [diagnostics.make("GD102", msg)]
        return (Template.T2021 if n21 else Template.T2019), []
    first = top_headings[0] if top_headings else ""
    chapter_list = "总体情况" in preamble and "收到和处理政府信息公开申请" in preamble
    post2019 = "总体情况" in first or chapter_list
    pre2019 = any(w in first for w in PRE2019_CHAPTER_WORDS) or ("概述" in preamble and "主动公开政府信息" in preamble)
    if post2019 and not pre2019:
        if year is not None and year < 2019:
            # no later form existed for a report on this year: its chapters merely look like the 2019 ones
            msg = f"post-2019 chapter names in a report on {year}; only the pre-2019 layout existed"
            return Template.PRE2019, [diagnostics.make("GD102", msg)]
        if year is not None and year >= 2021:
            return Template.T2021, []
        if year is not None and year >= 2019:
            return Template.T2019, []
        if any(c in compact for c in TEMPLATE_2021_CITATIONS):
            return Template.T2021, [diagnostics.make("GD102", "year unknown; the 2021 form's notice is cited")]
        if any(c in compact for c in TEMPLATE_2019_CITATIONS):
            return Template.T2019, [diagnostics.make("GD102", "year unknown; the 2019 form's notice is cited")]
        return None, [diagnostics.make("GD102", "post-2019 chapters but no table labels and no year")]
    if pre2019 or (year is not None and year < 2019):
        if not pre2019:
            return Template.PRE2019, [diagnostics.make("GD102", f"no pre-2019 chapter names; report on {year}")]
        return Template.PRE2019, []
    return None, [diagnostics.make("GD102", "no table labels and no chapter layout of a known form")]
