"""Key areas of proactive disclosure (重点领域): lexicon code → aliases as they appear in reports.

Codes are stable snake_case keys; aliases are matched on the matching view
(simplified characters).  The first alias of each entry is the canonical
Chinese name.  Where one alias is contained in another, the longer wins
(:data:`KEY_AREA_ALIASES` is sorted longest first).

>>> KEY_AREAS["budget"][0]
'财政预决算'
>>> len(KEY_AREA_ALIASES[0][0]) >= len(KEY_AREA_ALIASES[-1][0])
True
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "ALL_KEY_AREAS",
    "ITEM_TOTAL_CUES",
    "KEY_AREAS",
    "KEY_AREA_ALIASES",
    "KEY_AREA_SECTION_CUES",
    "LIST_CLOSERS",
    "LIST_ITEM_UNITS",
    "ORGAN_SUFFIXES",
    "QUOTED_CHANNEL_TAILS",
    "UNITLESS_COUNT_TAILS",
    "area_of",
]

#: A label ending in one of these counts items even when its figure has no unit (``…信息数2``).
#: Words that close an enumeration (A、B、C等N个): the number after them counts the listed things.
LIST_CLOSERS: Final[tuple[str, ...]] = ("等",)

#: Units in which a count after such a list is still a count of information (…等信息N条 / 等N条).
LIST_ITEM_UNITS: Final[frozenset[str]] = frozenset({"条", "篇", "期", "则"})

#: A total whose label names one of these counts listed items (服务事项, 权责事项), not information:
#: its parts (其中行政许可N项) are item types, not key-area disclosures.
ITEM_TOTAL_CUES: Final[tuple[str, ...]] = ("事项",)

UNITLESS_COUNT_TAILS: Final[tuple[str, ...]] = ("信息数", "信息数量", "信息条数", "信息件数")

#: Code of a total over all key areas (重点领域信息N条).
ALL_KEY_AREAS: Final = "all_key_areas"

KEY_AREAS: Final[dict[str, tuple[str, ...]]] = {
    "budget": (
        "财政预决算",
        "预决算",
        "预算决算",
        "财政预算、决算",
        "预算、决算",
        "财政资金",
        "财政专项资金",
        "专项资金",
        "三公经费",
        '"三公"经费',
        "财政信息",
        "财政类",
    ),
    "major_projects": ("重大建设项目", "重大项目建设", "重大项目", "重点项目建设", "重点项目", "建设项目批准和实施"),
    "public_resources": ("公共资源配置", "公共资源交易", "公共资源", "产权交易", "土地交易", "工程建设交易"),
    "public_welfare": ("社会公益事业", "公益事业", "社会福利事业", "社会福利"),
    "poverty_alleviation": ("脱贫攻坚", "精准扶贫", "扶贫脱贫", "扶贫", "脱贫", "乡村振兴"),
    "environment": ("环境保护", "生态环境", "环保", "环境信息", "环境监测", "环评", "污染防治"),
    "social_assistance": ("社会救助", "低保", "最低生活保障", "特困人员", "临时救助", "医疗救助"),
    "education": ("教育", "招生"),
    "health": ("医疗卫生", "卫生健康", "公共卫生", "疫情"),
    "housing": ("住房保障", "保障性住房", "保障房", "棚户区改造", "棚改"),
    "land_expropriation": ("征地拆迁", "征收拆迁", "房屋征收", "征地", "拆迁"),
    "land_resources": ("国土资源", "自然资源", "土地出让", "矿业权"),
    "work_safety": ("安全生产", "安监", "生产安全"),
    "food_drugs": ("食品药品", "食品安全", "药品安全", "药品"),
    "law_enforcement": ("行政执法", "双随机", "执法信息", "监督执法", "行政处罚", "行政许可"),
    "prices_fees": ("价格收费", "收费标准", "价格信息", "涉企收费"),
    "audit": ("审计",),
    "procurement": ("政府采购",),
    "tendering": ("招标投标", "招投标", "招标公告", "中标", "招标"),
    "power_exercise": ("行政权力运行", "权力运行", "权责清单", "权力清单"),
    "employment": ("就业创业", "就业", "社会保险", "社保"),
    "state_enterprises": ("国有企业", "国有资产", "国资国企"),
    "emergencies": ("突发事件", "应急管理", "灾害事故", "防灾减灾"),
    "policy_interpretation": ("政策解读",),
    "public_culture": ("公共文化", "文化体育"),
    # a total over all key areas (全年共公开重点领域信息N条)
    "all_key_areas": ("重点领域",),
}

#: (alias, code) pairs, longest alias first, for leftmost-longest matching.
KEY_AREA_ALIASES: Final[tuple[tuple[str, str], ...]] = tuple(
    sorted(
        ((alias, code) for code, aliases in KEY_AREAS.items() for alias in aliases),
        key=lambda pair: (-len(pair[0]), pair[0]),
    )
)

#: An alias followed by one of these is part of an organ's name (教育局, 审计署), not an area.
ORGAN_SUFFIXES: Final[tuple[str, ...]] = ("局", "委", "厅", "署", "办公室")

#: A quoted name followed by one of these names an account or app (“…教育发布”微信公众号):
#: an alias inside it names the channel, not the area of what was published.
QUOTED_CHANNEL_TAILS: Final[tuple[str, ...]] = (
    "微信",
    "公众号",
    "微博",
    "头条",
    "抖音",
    "客户端",
    "APP",
    "App",
    "app",
    "视频号",
    "订阅号",
    "服务号",
)

#: Heading words of a section about key-area disclosure.
KEY_AREA_SECTION_CUES: Final[tuple[str, ...]] = ("重点领域", "重点信息", "重点工作信息")


# One alternation in KEY_AREA_ALIASES order: the regex finds the leftmost position, and there the
# first listed (longest) alias, which is the leftmost-longest rule of area_of.
_ALIAS_RE: Final = re.compile("|".join(re.escape(alias) for alias, _ in KEY_AREA_ALIASES))
_CODE_OF: Final[dict[str, str]] = {}
for _alias, _code in KEY_AREA_ALIASES:
    _CODE_OF.setdefault(_alias, _code)


def area_of(text: str, pos: int = 0) -> tuple[str, int, int] | None:
    """Return ``(code, start, end)`` of the first (leftmost, then longest) key-area alias in *text*.

    The search starts at *pos*; offsets are into *text*.

    >>> area_of("各类环境信息187条")
    ('environment', 2, 6)
    >>> area_of("环保和环境信息", 1)
    ('environment', 3, 7)
    >>> area_of("无关内容") is None
    True
    """
    m = _ALIAS_RE.search(text, pos)
    return (_CODE_OF[m.group()], m.start(), m.end()) if m else None
