"""Service-hall (政务服务) cue words: section scope and the named metrics of ServiceHallMetrics.

Patterns are regular expressions over the matching view (simplified, width
folded).  :data:`SERVICE_FIELDS` is ordered: the first field whose pattern
matches a figure's label (then its clause) and whose unit fits wins.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "DISCLOSURE_WORK_CUES",
    "HONOUR_CUES",
    "RESOURCE_FIELDS",
    "SERVICE_FIELDS",
    "SERVICE_SCOPE_CUES",
    "SERVICE_SENTENCE_CUES",
    "SHARE_RATE_TAILS",
    "THRESHOLD_TAILS",
    "TRANSFER_VERBS",
    "ServiceField",
]

#: Heading words that open a service-hall section.
SERVICE_SCOPE_CUES: Final[tuple[str, ...]] = (
    "政务服务",
    "行政服务",
    "便民服务",
    "服务大厅",
    "政务大厅",
    "办事大厅",
    "服务中心",
    "审批服务",
    "办事服务",
    "网上办事",
    "放管服",
    "一网通办",
    "最多跑一次",
    "大堂服务",
    "12345",
)

#: A sentence outside such sections still counts when it names one of these.
SERVICE_SENTENCE_CUES: Final[tuple[str, ...]] = (
    "政务服务",
    "行政服务",
    "便民服务",
    "服务大厅",
    "政务大厅",
    "办事大厅",
    "服务中心",
    "审批服务",
    "网上办事",
    "一窗受理",
    "一窗",
    "跑一次",
    "跑一趟",
    "不用跑",
    "零跑",
    "网上可办",
    "网办",
    "一网通办",
    "办件",
    "进驻",
    "入驻",
)


#: Words of disclosure work: a figure whose clause names it (安排N名工作人员负责政务公开) counts
#: that work, even in a sentence that also names a service centre.
DISCLOSURE_WORK_CUES: Final[tuple[str, ...]] = ("政务公开", "信息公开", "政府信息")

#: Words of an honour or award: windows or staff that won one (N个窗口获赠锦旗, N名工作人员被评为…)
#: are some of them, not the hall's count.
HONOUR_CUES: Final[tuple[str, ...]] = ("锦旗", "表扬", "表彰", "评为", "荣获", "获评", "称号", "嘉奖", "先进", "授予")

#: Fields counting what a hall has (its windows, staff, stationed units): an honour cue voids them.
RESOURCE_FIELDS: Final[frozenset[str]] = frozenset({"windows", "staff", "units_stationed"})


#: Words right after a figure that make it a threshold (两个及以上部门, 30%以上的事项): it
#: qualifies a noun phrase ("N or more"), so it is no count of anything.
THRESHOLD_TAILS: Final[tuple[str, ...]] = ("及以上", "及以下", "或以上", "或以下", "以上的", "以下的", "以内的")

#: Verbs of sending papers: a hall named as the recipient (向…服务中心报送) is where copies go,
#: not what the sentence counts, so it does not bring the sentence into scope.
TRANSFER_VERBS: Final[tuple[str, ...]] = ("报送", "送交", "移送", "移交", "报备", "寄送", "抄送", "呈送")

#: Label ends of a share of cases (办结率, 提前办结率): such a percentage above 100 is a garbled copy.
SHARE_RATE_TAILS: Final[tuple[str, ...]] = ("率",)


class ServiceField:
    """One named metric: field name, label pattern, admissible units (``None``: any).

    ``unless``: a pattern that, found in the label or clause, voids the field
    (the figure counts something else that shares the cue word).
    """

    __slots__ = ("name", "pattern", "units", "unless")

    def __init__(self, name: str, pattern: str, units: frozenset[str] | None, unless: str | None = None) -> None:
        self.name = name
        self.pattern = pattern
        self.units = units
        self.unless = unless

    def __repr__(self) -> str:
        return f"ServiceField({self.name!r})"


_PCT = frozenset({"%"})
_ITEMS = frozenset({"项", "个", "类", "件"})
# items abolished or cut (取消证明事项N项, 精简事项N项) count a reduction, not the hall's items
_REMOVED = r"取消|削减|精简|压减|减少|废止"
# letters to a mailbox (市长信箱, 来信, 留言) are correspondence, even via a column named 投诉
_LETTERS = r"信箱|信件|来信|留言"

SERVICE_FIELDS: Final[tuple[ServiceField, ...]] = (
    ServiceField("satisfaction_percent", r"满意", _PCT),
    # 提前办结率 (finished before the deadline) is a share of the on-time cases, not the on-time rate
    ServiceField("on_time_rate_percent", r"按时|按期|准时|(?<!提前)办结率", _PCT),
    ServiceField("online_rate_percent", r"网上|网办|在线|可办率|全程网", _PCT),
    ServiceField("one_visit_items", r"最多.{0,3}一[次趟]|马上办|一次办|跑一次|一次性办", _ITEMS, _REMOVED),
    ServiceField("one_window_items", r"一窗", _ITEMS, _REMOVED),
    ServiceField(
        "units_stationed",
        r"(?:进驻|入驻).{0,8}(?:单位|部门|机构)|(?:单位|部门|机构).{0,8}(?:进驻|入驻)",
        frozenset({"家", "个", "批"}),
    ),
    ServiceField("windows", r"窗口", frozenset({"个", "扇", "处"})),
    ServiceField("staff", r"工作人员|人员|员工|干部", frozenset({"人", "名", "位"})),
    ServiceField("hotline_calls", r"热线|来电|话务|电话", frozenset({"个", "件", "通", "次", "条", "起"})),
    ServiceField("complaints", r"投诉", frozenset({"件", "起", "个", "次", "条"}), _LETTERS),
    ServiceField("visits_served", r"接待|服务群众|办事群众|人次", frozenset({"人次", "人", "次"})),
    ServiceField("handled", r"办件|办理|办结|受理|收件", frozenset({"件", "笔"})),
    ServiceField("items", r"事项|项目", frozenset({"项", "个", "类"}), _REMOVED),
)
