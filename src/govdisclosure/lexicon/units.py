"""Units of counted figures and the words that qualify a figure as approximate.

Everything is written in the *matching view* (simplified, width-folded).
Used by :mod:`govdisclosure.normalize.quantities`.

Money needs no table of its own: 万 and 亿 are read as part of the number
(``5.1亿元`` is the number ``5.1亿`` and the unit ``元``), so every amount
comes out in 元.
"""

from __future__ import annotations

from typing import Final

from govdisclosure.model import Approximation

__all__ = [
    "APPROX_AFTER_NUMBER",
    "APPROX_AFTER_UNIT",
    "APPROX_BEFORE",
    "APPROX_BLOCKERS",
    "NON_QUANTITY_FOLLOWERS",
    "PERCENT_PREFIXES",
    "PERCENT_SIGNS",
    "UNITS",
]

#: Units of counted figures, as printed after the number.  Longer units that
#: start with a shorter one (个工作日, 人次) are matched first.
UNITS: Final[tuple[str, ...]] = (
    # counts of people and visits
    "人次",
    "户次",
    "件次",
    "批次",
    "架次",
    "车次",
    "人",
    "名",
    "位",
    "户",
    # documents, items, matters
    "条",
    "件",
    "项",
    "份",
    "篇",
    "本",
    "册",
    "期",
    "封",
    "页",
    "卷",
    "宗",
    "例",
    "类",
    "批",
    "起",
    "则",
    "部",
    "首",
    "幅",
    "面",  # 锦旗33面
    "张",
    "组",
    # organisations, places, things
    "个工作日",
    "个百分点",
    "个小时",
    "个月",
    "个",
    "家",
    "所",
    "处",
    "座",
    "栋",
    "间",
    "台",
    "套",
    "辆",
    "艘",
    "支",
    "栏",
    "种",
    # events
    "次",
    "场",
    "轮",
    "通",
    "期次",
    # time spans (years are never quantities: 年 is not a unit here)
    "工作日",
    "小时",
    "分钟",
    "天",
    "岁",
    # measures
    "平方米",
    "平方公里",
    "公里",
    "千米",
    "米",
    "吨",
    "亩",
    "倍",
    # money (万元/亿元 are read as number 万/亿 + 元)
    "美元",
    "元",
)

#: Percent signs after a number.
PERCENT_SIGNS: Final[dict[str, str]] = {"%": "%", "‰": "‰"}

#: Prefixes that write a percentage before the number (百分之六十二点七).
PERCENT_PREFIXES: Final[dict[str, str]] = {"百分之": "%", "千分之": "‰"}

#: Words before a number, longest first within a shared start.
APPROX_BEFORE: Final[dict[str, Approximation]] = {
    "大约": Approximation.ABOUT,
    "大概": Approximation.ABOUT,
    "约": Approximation.ABOUT,
    "将近": Approximation.NEARLY,
    "接近": Approximation.NEARLY,
    "近": Approximation.NEARLY,
    "超过": Approximation.MORE_THAN,
    "多于": Approximation.MORE_THAN,
    "高于": Approximation.MORE_THAN,
    "逾": Approximation.MORE_THAN,
    "至少": Approximation.AT_LEAST,
    "不少于": Approximation.AT_LEAST,
    "不低于": Approximation.AT_LEAST,
    "不足": Approximation.UNDER,
    "不到": Approximation.UNDER,
    "少于": Approximation.UNDER,
    "低于": Approximation.UNDER,
}

#: Characters that, right before a one-character approximation word, make it
#: part of another word: 最近, 附近 are not "nearly"; 节约, 制约 are not "about".
APPROX_BLOCKERS: Final[dict[str, frozenset[str]]] = {
    "近": frozenset("最附就靠邻临将接亲贴邻"),
    "约": frozenset("节制签预履集违合特公邀简缔守践续解条大"),
}

#: Words between the number and its unit (380余条, 三十多个).
APPROX_AFTER_NUMBER: Final[dict[str, Approximation]] = {
    "余": Approximation.MORE_THAN,
    "多": Approximation.MORE_THAN,
}

#: Words after the unit (60%以上, 3天左右).  以下/以内 mean "at most"; the
#: model has no such member, so they are reported as UNDER (see docs).
APPROX_AFTER_UNIT: Final[dict[str, Approximation]] = {
    "左右": Approximation.ABOUT,
    "以上": Approximation.MORE_THAN,
    "以下": Approximation.UNDER,
    "以内": Approximation.UNDER,
}

#: Characters right after a number (no unit) that make it a date, a time, an
#: ordinal, an address or a document number rather than a counted figure.
NON_QUANTITY_FOLLOWERS: Final[frozenset[str]] = frozenset("年月日号时点分秒届版楼层室幢弄季")

#: Units read only after Arabic digits: after a Chinese numeral they are idioms (四面八方).
ARABIC_ONLY_UNITS: Final[frozenset[str]] = frozenset({"面"})
