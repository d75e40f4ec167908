"""Cue words for figures in prose: clause boundaries, fillers, relations, levels and statistics.

All strings are in the *matching view* form (simplified characters, ASCII
punctuation where the view folds full-width forms), because the extractors
match on :attr:`govdisclosure.ingest.Document.view`.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ANSWERED_CUES",
    "APPLICATION_CUES",
    "APPLICATION_VERBS",
    "CARRIED_FORWARD_CUES",
    "CARRIED_OVER_CUES",
    "CASE_COST_WORDS",
    "CHANGE_FROM_WORDS",
    "CHANGE_TO_WORDS",
    "CHANNEL_CUES",
    "CLAUSE_DELIMITERS",
    "COPIES_PREFIXES",
    "COUNT_UNITS",
    "CUMULATIVE_CUES",
    "DISCLOSURE_CHANNEL_WORDS",
    "FEE_CUES",
    "FEE_ZERO_PATTERN",
    "FEE_ZERO_STARTS",
    "HANDLED_TOTAL_CUES",
    "INFO_CATEGORY_TAILS",
    "INFO_TOTAL_QUALIFIERS",
    "LEADING_CONNECTIVES",
    "LEADING_FILLERS",
    "LEVEL_CUES",
    "LITIGATION_CUES",
    "NONE_PREFIXES",
    "NON_WEBSITE_CHANNEL_WORDS",
    "OTHER_CHANNEL_WORDS",
    "OUTCOME_CUES",
    "OUTCOME_REASON_CUES",
    "OUTCOME_TOTAL_CUES",
    "PART_CUES",
    "PART_INTRO_PATTERN",
    "RECEIVED_NOT_HANDLED_CUES",
    "REQUEST_COUNT_TAILS",
    "RESPECTIVELY_CUES",
    "REVIEW_CUES",
    "SENTENCE_DELIMITERS",
    "TRAILING_FILLERS",
    "VERB_TAILS",
    "WEBSITE_WORDS",
]

#: Characters that end a sentence (a relation such as 其中 does not cross them).
SENTENCE_DELIMITERS: Final[str] = "。;!?；！？"

#: Characters that end a clause: a label never reaches back across them.
CLAUSE_DELIMITERS: Final[str] = "。;!?；！？,，:：\n"

#: Words stripped from the start of a label: connectives, time phrases, subjects.
#: Longest first, applied repeatedly.
LEADING_FILLERS: Final[tuple[str, ...]] = (
    "截至目前",
    "截止目前",
    "截至年底",
    "截止年底",
    "今年以来",
    "一年来",
    "上半年",
    "下半年",
    "全年度",
    "本年度",
    "年度内",
    "与此同时",
    "同时",
    "此外",
    "另外",
    "另有",
    "其中",
    "包括",
    "以及",
    "目前",
    "现已",
    "全年",
    "本年",
    "当年",
    "累计",
    "共计",
    "合计",
    "总计",
    "其余",
    "均已",
    "已经",
    "共有",
)

#: Single-character connectives stripped only right after a previous figure
#: (``…5条和B 3条``), since elsewhere they start words (及时, 共享, 和平).
LEADING_CONNECTIVES: Final[str] = "、和及与,"

#: Words stripped from the end of a label (between the label and its number).
TRAILING_FILLERS: Final[tuple[str, ...]] = (
    "达到了",
    "达到",
    "分别为",
    "分别是",
    "分别",
    "共计",
    "合计",
    "总计",
    "累计",
    "约为",
    "达",
    "为",
    "共",
    "计",
    "约",
    "有",
    "是",
    "占",
    ":",
    " ",
)

#: What stands between an earlier figure and the current one in a change (``由506项增加到607项``):
#: the first figure is a baseline, not a count of its own; the label names the second one.
CHANGE_TO_WORDS: Final[frozenset[str]] = frozenset(
    verb + to
    for verb in ("增加", "增长", "提高", "提升", "上升", "扩大", "下降", "减少", "降低", "压缩", "缩短", "缩减")
    for to in ("到", "至")
) | frozenset({"增至", "增到", "升至", "降至", "降到", "减至", "变为", "调整为", "调整到"})

#: Words that open a change's baseline (``由``/``从`` 506项增加到…): dropped from the end of the label.
CHANGE_FROM_WORDS: Final[tuple[str, ...]] = ("由", "从")

#: A label made only of (or ending in) one of these verbs names no thing: the
#: noun after the number does (``共收到4件信息公开申请``).
VERB_TAILS: Final[tuple[str, ...]] = (
    "收到",
    "受理",
    "接收",
    "接到",
    "公开",
    "发布",
    "办理",
    "完成",
    "成立",
    "开设",
    "设置",
    "设立",
    "设有",
    "开通",
    "建成",
    "建立",
    "进驻",
    "入驻",
    "涉及",
    "实现",
    "推出",
    "编制",
    "制作",
    "组织",
    "开展",
    "召开",
    "举办",
    "推送",
    "更新",
    "上报",
    "报送",
    "处理",
    "答复",
    "回复",
    "有",
)

#: Words that open a part-of relation to the figure before them.
PART_CUES: Final[tuple[str, ...]] = ("其中", "包括", "含", "包含")

#: Words that make a number a count of copies of one paper (一式三份: in triplicate), never a figure.
COPIES_PREFIXES: Final[tuple[str, ...]] = ("一式",)

#: An enumeration that opens with "among the information disclosed" (在主动公开的信息中,…):
#: the figures after it in the sentence are its parts, never the total.
PART_INTRO_PATTERN: Final[str] = r"在[^,;:。!?\n\d]{0,30}?(?:信息|文件)中"

#: Ends of the words right before 信息 that name one category of it (概况类信息, 工作动态信息,
#: 采购信息): such a count is part of what was disclosed, never the total of items.
INFO_CATEGORY_TAILS: Final[tuple[str, ...]] = (
    "类",
    "动态",
    "采购",
    "招标",
    "中标",
    "数据",
    "预决算",
    "预算",
    "决算",
    "人事",
    "招录",
    "招聘",
    "公告",
    "公示",
    "结果",
)

#: Qualifiers before 信息 that still mean all of it (各类信息, 各项信息), though they end like a category.
INFO_TOTAL_QUALIFIERS: Final[tuple[str, ...]] = ("各类", "各项", "全部", "所有", "此类")

#: Words of costs or fees: a negation of them (未产生…诉讼相关的费用) says nothing of the number of cases.
CASE_COST_WORDS: Final[tuple[str, ...]] = ("费用", "收费", "支出", "经费")

#: Words that distribute several labels over several figures.
RESPECTIVELY_CUES: Final[tuple[str, ...]] = ("分别为", "分别是", "分别")

#: Units of counted things (documents, items, requests …), as printed after a number.
COUNT_UNITS: Final[frozenset[str]] = frozenset(
    {"条", "件", "项", "个", "篇", "期", "份", "封", "次", "起", "类", "批", "场", "本", "则"}
)

#: Level words (label or clause) → level name; the first cue found wins.
LEVEL_CUES: Final[tuple[tuple[str, str], ...]] = (
    ("省级", "province"),
    ("省直", "province"),
    ("市级", "city"),
    ("市直", "city"),
    ("市本级", "city"),
    ("县级", "county"),
    ("县直", "county"),
    ("县本级", "county"),
    ("区级", "county"),
    ("区直", "county"),
    ("区本级", "county"),
    ("乡镇", "township"),
    ("镇级", "township"),
    ("乡级", "township"),
    ("街道", "township"),
    ("村级", "village"),
    ("村(社区)", "village"),
    ("村便民", "village"),
    ("村服务", "village"),
    ("社区", "village"),
)

# --- requests (依申请公开) --------------------------------------------------

#: A figure is about disclosure requests when its clause or sentence says 申请.
APPLICATION_CUES: Final[tuple[str, ...]] = ("申请",)

#: Verbs of receiving requests.
APPLICATION_VERBS: Final[tuple[str, ...]] = ("收到", "受理", "接收", "接到", "接受")

#: Label endings that name a count of requests (``全年依申请公开数0件``).
REQUEST_COUNT_TAILS: Final[tuple[str, ...]] = ("申请数", "申请数量", "申请公开数", "申请件数", "申请量", "申请总数")

#: Words that say a figure is not the new-received count.
RECEIVED_NOT_HANDLED_CUES: Final[tuple[str, ...]] = (
    "结转",
    "顺延",
    "办结",
    "答复",
    "复议",
    "诉讼",
    "咨询",
    "投诉",
    "举报",
    "不予",
    "部分",
    "同意",
)

CARRIED_OVER_CUES: Final[tuple[str, ...]] = ("上年结转", "上年度结转", "上一年度结转", "上年转", "结转上年", "上年遗留")
CARRIED_FORWARD_CUES: Final[tuple[str, ...]] = (
    "结转下年",
    "结转至下年",
    "转入下年",
    "顺延",
    "结转到下年",
    "下年度继续",
    "结转下一年",
)
#: Outcome totals: requests concluded / answered.
OUTCOME_TOTAL_CUES: Final[tuple[str, ...]] = ("办结", "答复", "办理完毕", "处理完毕", "已处理")
ANSWERED_CUES: Final[tuple[str, ...]] = ("答复",)
#: A narrative "handled in total" figure that includes carried-over requests.
HANDLED_TOTAL_CUES: Final[tuple[str, ...]] = ("办理",)

#: Outcome groups in prose → ApplicationStats field (checked in order).  Only
#: group names: a single reason (信息不存在, 非本机关 …) is not its group's total.
OUTCOME_CUES: Final[tuple[tuple[str, str], ...]] = (
    ("部分公开", "partially_granted"),
    ("不予公开", "denied_total"),
    ("无法提供", "unable_total"),
    ("不予处理", "not_processed_total"),
    ("其他处理", "other_total"),
    ("同意公开", "granted"),
    ("予以公开", "granted"),
    ("全部公开", "granted"),
)

#: Single reasons inside an outcome group: such a figure fills no field (the
#: group may hold other reasons the text does not count).
OUTCOME_REASON_CUES: Final[tuple[str, ...]] = (
    "信息不存在",
    "不存在",
    "非本机关",
    "不属于本",
    "不明确",
    "重复申请",
    "需要另行制作",
    "需另行制作",
    "国家秘密",
    "商业秘密",
    "个人隐私",
)

#: Channels of requests → ChannelCounts field (checked in order).
CHANNEL_CUES: Final[tuple[tuple[str, str], ...]] = (
    ("当面", "in_person"),
    ("现场", "in_person"),
    ("窗口", "in_person"),
    ("电子邮件", "email"),
    ("电子邮箱", "email"),
    ("邮件", "email"),
    ("传真", "fax"),
    ("信函", "letter"),
    ("信件", "letter"),
    ("邮寄", "letter"),
    ("网络", "online"),
    ("在线", "online"),
    ("网上", "online"),
    ("网站", "online"),
    ("数据电文", "online"),
    ("平台", "online"),
    ("电话", "phone"),
    ("其他", "other"),
    ("其它", "other"),
)

# --- review and litigation --------------------------------------------------

REVIEW_CUES: Final[tuple[str, ...]] = ("复议",)
LITIGATION_CUES: Final[tuple[str, ...]] = ("诉讼",)
#: Negations that, directly before 复议/诉讼, state that none occurred.
NONE_PREFIXES: Final[tuple[str, ...]] = (
    "未发生",
    "没有发生",
    "未产生",
    "没有产生",
    "未出现",
    "未收到",
    "没有收到",
    "未接到",
    "没有接到",
    "没有",
    "未有",
    "无",
)

# --- fees -------------------------------------------------------------------

FEE_CUES: Final[tuple[str, ...]] = ("信息处理费", "处理费", "检索费", "复制费", "收取费用", "收费")
#: Phrases that state no fee was charged (matched on the view).
FEE_ZERO_PATTERN: Final[str] = (
    r"(?:均|都|一律|全部)?(?:未|没有|不|未曾)(?:收取|收)(?:任何|过|过任何)?(?:信息处理费|费用|费)"
    # 没有向申请人收取复印、邮寄等任何费用 / 未收取与申请有关的任何费用
    r"|(?:未|没有)(?:向[^。;,\d]{1,12}?)?收取[^。;,\d]{0,16}?任何费"
    # 没有向申请人收费的情况
    r"|(?:未|没有)向[^。;,\d]{1,16}?收(?:取)?费"
    # 未发生…的收费及减免 / 无…收费
    r"|(?:未发生|没有发生|未产生|未涉及|没有涉及|不涉及|无)[^。;,\d]{0,12}?收费"
    r"|未收费|均未收费|免费提供|零收费|无收费"
)
#: Every character a FEE_ZERO_PATTERN match can start with (the scan tries the pattern only there).
FEE_ZERO_STARTS: Final[str] = "均都一全未没不无免零"

# --- active disclosure --------------------------------------------------------

#: Channel words naming something other than the portal website: a count that names one of
#: these besides the website (网站、新媒体及报刊共公开N条) sums several channels.
NON_WEBSITE_CHANNEL_WORDS: Final[tuple[str, ...]] = (
    "微信",
    "微博",
    "客户端",
    "公众号",
    "公报",
    "媒体",
    "发布会",
    "公开栏",
    "公示栏",
    "电子屏",
    "报刊",
    "广播",
    "电视",
)
#: Words naming a channel of disclosure (the portal website, its columns, other media).
DISCLOSURE_CHANNEL_WORDS: Final[tuple[str, ...]] = (
    "网站",
    "网页",
    "门户",
    "公开网",
    "政务网",
    "公务网",
    "政府网",
    "信息网",
    "栏目",
    "专栏",
    "平台",
    *NON_WEBSITE_CHANNEL_WORDS,
)
#: Of those, the words naming the portal website itself (信息公开网, 政务网: a site named …网).
WEBSITE_WORDS: Final[tuple[str, ...]] = ("网站", "门户", "公开网", "政务网", "公务网", "政府网", "信息网")
#: Words saying a count runs over several years (历年累计, 开通以来), so it is not the year's total.
CUMULATIVE_CUES: Final[tuple[str, ...]] = ("历年", "以来")
#: Words naming "other channels" as a whole.
OTHER_CHANNEL_WORDS: Final[tuple[str, ...]] = ("其他方式", "其他渠道", "其他途径", "其它方式", "其它渠道", "其它途径")
