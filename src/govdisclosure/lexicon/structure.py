"""Structure lexicon: numbering styles, kind and template cues, chapter titles, organ words.

Every entry is written as it appears in the *matching view* (simplified
characters, half-width ASCII punctuation: ``（一）`` is ``(一)`` here).  The
structure stage (:mod:`govdisclosure.structure`) compiles the patterns once
at import time.

Provenance: chapter titles and table labels follow the official annual-report
forms (国办公开办函〔2019〕60号 and 〔2021〕30号, see ``TEMPLATE.md``); the pre-2019
chapter words follow 2007《条例》第三十二条 as reports of 2008–2018 word them.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ALIAS_LEAD_WORDS",
    "ANNUAL_CHAPTER_WORDS",
    "ANNUAL_CUES",
    "CHAPTER_TITLE_ENDINGS",
    "CLAUSE_PREFIXES",
    "CN_ORDINAL_DIGITS",
    "CONTACT_LINE_CUES",
    "CONTACT_OFFICE_SUFFIXES",
    "DISCLOSURE_OFFICE_WORDS",
    "DOC_TYPE_CUES",
    "FILE_NAME_EXTENSIONS",
    "GOVERNMENT_OFFICE_WORDS",
    "INTERNAL_OFFICE_WORDS",
    "INTERPRETATION_CUES",
    "MARKER_DELIMITER",
    "META_KEYS",
    "ORGAN_CONTINUATION_CHARS",
    "ORGAN_SUFFIXES",
    "PLACE_SUFFIXES",
    "POST2019_CHAPTERS",
    "PRE2019_CHAPTER_WORDS",
    "PREAMBLE_OPENINGS",
    "PUBLISHED_KEYS",
    "RELATIVE_PREFIXES",
    "RUN_IN_CHAPTER_TITLES",
    "SERVICE_CUES",
    "SERVICE_REPORT_WORDS",
    "SERVICE_TITLE_CUES",
    "STYLE_RANK",
    "SUBJECT_PHRASES",
    "SUMMARY_REPORT_CUES",
    "TABLE_ROW_LABELS",
    "TEMPLATE_2019_CITATIONS",
    "TEMPLATE_2019_LABELS",
    "TEMPLATE_2021_CITATIONS",
    "TEMPLATE_2021_LABELS",
    "TITLE_TAIL_OPENINGS",
    "TRANSMITTAL_CUES",
    "TRANSMITTAL_VERBS",
    "WORK_PLAN_CUES",
    "WORK_PLAN_TITLE_CUES",
]

#: Chinese numeral characters used in section numbers (一 … 十, 百 for long plans).
CN_ORDINAL_DIGITS: Final[dict[str, int]] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

#: Conventional rank of each numbering style (smaller is higher in an outline).
#: Only used to let a clearly higher style take over the top level when a
#: document starts with lower-ranked numbering (a numbered list in a preamble).
STYLE_RANK: Final[dict[str, int]] = {
    "part": 0,
    "chapter": 0,
    "section": 1,
    "cn_dun": 1,
    "cn_dot": 1,
    "cn_space": 1,
    "article": 2,
    "cn_paren": 2,
    "di": 3,
    "ar_dot": 3,
    "ar_dun": 3,
    "ar_paren": 4,
    "ar_rparen": 4,
    "circled": 5,
    "yishi": 6,
}

#: The delimiter shape of a style: an Arabic number typed in place of a Chinese
#: one keeps the delimiter (``5、`` for ``五、``, ``(3)`` for ``(三)``).
MARKER_DELIMITER: Final[dict[str, str]] = {
    "cn_dun": "dun",
    "ar_dun": "dun",
    "cn_dot": "dot",
    "ar_dot": "dot",
    "cn_paren": "paren",
    "ar_paren": "paren",
}

#: Endings of a file name (``X方案.docx``): a line naming a file is a download link or
#: viewer caption, not the document's title (matched case-folded).
FILE_NAME_EXTENSIONS: Final[tuple[str, ...]] = (
    ".doc",
    ".docx",
    ".wps",
    ".pdf",
    ".xls",
    ".xlsx",
    ".et",
    ".ofd",
    ".txt",
    ".rtf",
)

#: Words that open only the second half of a title split over lines (``某街道2024年度政府信息公开`` /
#: ``工作年度报告``); such a line alone is a fragment, not a title.
TITLE_TAIL_OPENINGS: Final[tuple[str, ...]] = ("工作", "年度报告", "年报")

#: Internal offices of a body (a 街道's 综合办公室): the office compiling a report is never its
#: issuing organ, so a compiler named so gives no organ.
INTERNAL_OFFICE_WORDS: Final[tuple[str, ...]] = (
    "党政综合办公室",
    "综合办公室",
    "党政办公室",
    "党政综合办",
    "党政办",
    "综合办",
)

#: Words of a document type; a title line names one of them.
DOC_TYPE_CUES: Final[tuple[str, ...]] = (
    "报告",
    "年报",
    "要点",
    "方案",
    "通知",
    "意见",
    "办法",
    "计划",
    "规划",
    "总结",
    "决定",
    "公告",
    "通报",
    "细则",
    "清单",
    "安排",
    "说明",
    "汇报",
    "分解表",
)

#: Title cues of an annual disclosure report.
ANNUAL_CUES: Final[tuple[str, ...]] = (
    "政府信息公开工作年度报告",
    "信息公开工作年度报告",
    "信息公开年度报告",
    "政府信息公开年报",
    "信息公开工作报告",
    "公开工作年度报告",
    "年度报告",
)

#: Title cues of a work plan.
WORK_PLAN_TITLE_CUES: Final[tuple[str, ...]] = (
    "工作要点",
    "要点",
    "分工方案",
    "任务分工",
    "实施方案",
    "工作方案",
    "工作计划",
    "任务清单",
    "重点任务",
)

#: Head nouns of a title that explains or answers about another document (关于《X要点》的政策解读):
#: the document is ``other`` whatever X is.
INTERPRETATION_CUES: Final[tuple[str, ...]] = ("解读", "问答", "答记者问", "答问")

#: Words of a report in a service-hall title (报告, 总结, 汇报).
SERVICE_REPORT_WORDS: Final[tuple[str, ...]] = ("报告", "总结", "汇报")

#: Title cues of a service-hall report.
SERVICE_TITLE_CUES: Final[tuple[str, ...]] = (
    "政务服务情况",
    "政务服务工作",
    "政务服务中心",
    "行政服务中心",
    "便民服务中心",
    "政务服务大厅",
    "行政服务大厅",
)

#: Content cues of a work plan (responsibility columns, transmittal words).
WORK_PLAN_CUES: Final[tuple[str, ...]] = (
    "工作要点",
    "分工方案",
    "责任单位",
    "牵头单位",
    "责任科室",
    "责任部门",
    "配合单位",
    "时限要求",
    "完成时限",
    "工作任务",
    "印发给你们",
    "征求意见",
)

#: Content cues of a service-hall report.
SERVICE_CUES: Final[tuple[str, ...]] = (
    "政务服务中心",
    "行政服务中心",
    "便民服务中心",
    "服务大厅",
    "办事大厅",
    "窗口",
    "入驻",
    "进驻",
    "一窗",
    "办件",
    "跑一次",
    "办结",
    "行政审批",
    "满意率",
    "提速",
)

#: Words that mark a transmittal notice (the notice issues another document).
TRANSMITTAL_CUES: Final[tuple[str, ...]] = (
    "印发给你们",
    "现印发",
    "现将",
    "予以印发",
    "征求意见",
    "现予公布",
    "予以公布",
)

#: Verbs of a notice heading that issues another document (关于印发〈X〉的通知).
TRANSMITTAL_VERBS: Final[tuple[str, ...]] = ("印发", "公布", "发布", "转发", "印送")

#: Chapter titles that stand alone (a heading made of one of them and nothing else).  In a page
#: flattened without line breaks or spaces (``…制定本方案。一、工作目标紧紧围绕…``) nothing marks
#: where a heading's title ends: a title that starts with one of these ends after it.
RUN_IN_CHAPTER_TITLES: Final[tuple[str, ...]] = (
    # work plans
    "指导思想",
    "总体要求",
    "总体思路",
    "总体目标",
    "工作目标",
    "主要目标",
    "目标任务",
    "基本原则",
    "工作原则",
    "主要任务",
    "工作任务",
    "重点任务",
    "具体任务",
    "任务分工",
    "职责分工",
    "工作措施",
    "主要措施",
    "保障措施",
    "组织领导",
    "组织保障",
    "工作要求",
    "有关要求",
    "实施步骤",
    "工作步骤",
    "时间安排",
    "进度安排",
    "工作安排",
    # annual reports
    "概述",
    "概况",
    "总体情况",
    "基本情况",
)

#: Words that open a document's first paragraph (为深入贯彻…, 根据…): in a page flattened into one
#: line, a title run straight into its preamble ends where one of them follows a document-type word.
PREAMBLE_OPENINGS: Final[tuple[str, ...]] = ("为", "根据", "按照", "依据", "依照", "遵照", "现将", "经")

#: Words of the annual report's chapters (both templates and pre-2019).
ANNUAL_CHAPTER_WORDS: Final[tuple[str, ...]] = (
    "概述",
    "总体情况",
    "基本情况",
    "主动公开",
    "依申请公开",
    "收到和处理",
    "行政复议",
    "行政诉讼",
    "存在的主要问题",
    "其他需要报告",
    "政府信息公开",
    "信息公开",
    "公开政府信息",
    "依申请",
    "复议",
)

#: The six chapters of the 2019 and 2021 forms (distinctive words of each).
POST2019_CHAPTERS: Final[tuple[tuple[str, ...], ...]] = (
    ("总体情况",),
    ("主动公开政府信息情况",),
    ("收到和处理政府信息公开申请",),
    ("行政复议", "行政诉讼"),
    ("存在的主要问题", "存在问题", "改进情况"),
    ("其他需要报告",),
)

#: Last words of a chapter title of the 2019 and 2021 forms (…情况, 其他需要报告的事项).
CHAPTER_TITLE_ENDINGS: Final[tuple[str, ...]] = ("情况", "事项")

#: Numbered row labels of the official table 三 (TEMPLATE.md §4b, columns A and B), as in the
#: matching view without white space.  A line printing one of them (or its start, cut off) right
#: after a table is a row of that table, not a chapter heading.
TABLE_ROW_LABELS: Final[tuple[str, ...]] = (
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果",
    "四、结转下年度继续办理",
    "(一)予以公开",
    "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
    "(三)不予公开",
    "(四)无法提供",
    "(五)不予处理",
    "(六)其他处理",
    "(七)总计",
)

#: Words of a contact sentence (如对本报告有疑问，请联系…，电话：…): such a line is never a title.
CONTACT_LINE_CUES: Final[tuple[str, ...]] = (
    "请联系",
    "请与",
    "联系电话",
    "联系方式",
    "咨询电话",
    "电话:",
    "传真:",
    "邮箱:",
)

#: Words of pre-2019 chapter titles (2007《条例》第三十二条 layout).
PRE2019_CHAPTER_WORDS: Final[tuple[str, ...]] = (
    "概述",
    "概况",
    "主动公开政府信息的情况",
    "依申请公开政府信息和不予公开政府信息",
    "收费及减免",
    "咨询情况",
    "复议、诉讼和申诉",
    "政府支出与收费",
    "政府支出和收费",
)

#: Table labels only the 2021 form has (TEMPLATE.md §7).
TEMPLATE_2021_LABELS: Final[tuple[str, ...]] = (
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "本年处理决定数量",
    "本年收费金额",
    "逾期不补正",
    "缴纳费用",
)

#: Table labels only the 2019 form has (TEMPLATE.md §7).
TEMPLATE_2019_LABELS: Final[tuple[str, ...]] = (
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "本年增/减",
    "第二十条第(九)项",
    "采购项目数量",
    "采购总金额",
    "其他对外管理服务事项",
)

#: Citations of the notice that issued each form.
TEMPLATE_2021_CITATIONS: Final[tuple[str, ...]] = ("〔2021〕30号", "[2021]30号", "(2021)30号")
TEMPLATE_2019_CITATIONS: Final[tuple[str, ...]] = ("〔2019〕60号", "[2019]60号", "(2019)60号")

#: Endings of an organ's name (longest first).
ORGAN_SUFFIXES: Final[tuple[str, ...]] = (
    "人民政府办公室",
    "人民政府办公厅",
    "政府办公室",
    "政府办公厅",
    "街道办事处",
    "办事处",
    "人民政府",
    "政府",
    "委员会",
    "管委会",
    "办公室",
    "办公厅",
    "领导小组",
    "中心",
    "局",
    "委",
    "厅",
    "办",
    "院",
    "署",
    "处",
    "所",
    "站",
    "会",
)

#: Endings of a place name (a title naming only a place reports for its government).
PLACE_SUFFIXES: Final[tuple[str, ...]] = (
    "自治区",
    "自治州",
    "自治县",
    "特别行政区",
    "街道",
    "省",
    "市",
    "县",
    "区",
    "镇",
    "乡",
    "旗",
    "州",
    "盟",
)

#: First characters that make a name relative, not a name (全县, 本市, 我局 …).
RELATIVE_PREFIXES: Final[tuple[str, ...]] = ("全", "本", "我", "各", "该", "此", "其")

#: Prepositions that open a clause, not a name (在某院…, 根据某局…, 请联系某处…): a candidate starting so is no name.
CLAUSE_PREFIXES: Final[tuple[str, ...]] = ("在", "于", "对", "按照", "根据", "经", "由", "据", "请")

#: Verbs that may run into a full name declared before ``(以下简称…)`` (本报告结合X(以下简称Y)):
#: the name starts after the last of them.  Two characters or more, so none occurs inside a name.
ALIAS_LEAD_WORDS: Final[tuple[str, ...]] = (
    "结合",
    "根据",
    "按照",
    "依据",
    "现将",
    "公布",
    "发布",
    "关于",
)

#: Characters after an organ's name that continue a longer noun (网站, 门户, 信息 …):
#: a longer form followed by one of these is not the organ itself.
ORGAN_CONTINUATION_CHARS: Final[str] = "网门信党官公机各所部直办"

#: An office that handles disclosure for its government (the report is the government's).
#: Written right after the government's name (青岚市人民政府 + 信息公开工作领导小组办公室).
DISCLOSURE_OFFICE_WORDS: Final[tuple[str, ...]] = (
    "信息公开工作领导小组办公室",
    "信息公开领导小组办公室",
    "政务公开工作领导小组办公室",
    "信息公开办公室",
    "政务公开办公室",
    "信息公开办",
    "政务公开办",
)

#: Words of a report compiled from other bodies' reports (a city- or province-wide summary).
SUMMARY_REPORT_CUES: Final[tuple[str, ...]] = ("汇总", "综合各", "基础上")

#: The general office of a government, which compiles its government's summary report.
GOVERNMENT_OFFICE_WORDS: Final[tuple[str, ...]] = ("办公厅", "办公室")

#: Offices named in '请与 X 联系' sentences; X minus the office is the organ.
CONTACT_OFFICE_SUFFIXES: Final[tuple[str, ...]] = (
    *DISCLOSURE_OFFICE_WORDS,
    # a department's own disclosure office: 某县某局政府信息公开工作领导小组办公室 → 某县某局
    # (tried longest first; 某县人民政府信息公开办 keeps its 政府, as 某县人民 is no organ)
    *("政府" + w for w in DISCLOSURE_OFFICE_WORDS if w.startswith("信息公开")),
    "党政办公室",
    "党政办",
    "办公室",
)

#: Subject phrases that follow the organ or place in a title.
SUBJECT_PHRASES: Final[tuple[str, ...]] = (
    "政府信息公开",
    "信息公开",
    "政务公开",
    "政务服务",
    "政府网站",
)

#: Keys of a page's metadata block, longest first (matched at a line start).
META_KEYS: Final[tuple[str, ...]] = (
    "公文生成日期",
    "备注/文号",
    "信息来源",
    "发布机构",
    "发文机关",
    "发文字号",
    "发布日期",
    "发布时间",
    "撰写时间",
    "成文日期",
    "生成日期",
    "主题分类",
    "责任编辑",
    "浏览次数",
    "访问量",
    "索引号",
    "索 引 号",
    "文号",
    "来源",
    "编辑",
    "作者",
    "日期",
    "时间",
)

#: Metadata keys that give the publication date, in order of preference.
PUBLISHED_KEYS: Final[tuple[str, ...]] = (
    "发布日期",
    "发布时间",
    "公文生成日期",
    "生成日期",
    "成文日期",
    "撰写时间",
    "日期",
    "时间",
)
