"""Words that mark responsibilities, task tables and non-task chapters of work plans.

All entries are simplified characters: they are matched on the matching view
(:attr:`~govdisclosure.ingest.document.Document.view`), which is width-folded
and simplified, so traditional and full-width texts match too.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "CLOSING_CHAPTERS",
    "COLUMN_DEADLINE",
    "COLUMN_GROUP",
    "COLUMN_NUMBER",
    "COLUMN_RESPONSIBLE",
    "COLUMN_TITLE",
    "DEADLINE_LABELS",
    "INTRO_ITEMS",
    "LEAD_LABELS",
    "RESPONSIBILITY_CUES",
    "RESPONSIBILITY_LABELS",
    "STATEMENT_ROLE_WORDS",
    "TITLE_CONNECTORS",
    "UNIT_SUFFIXES",
]

#: Words inside a parenthesis that say it names who is responsible.
RESPONSIBILITY_CUES: Final[tuple[str, ...]] = (
    "负责",
    "牵头",
    "落实",
    "配合",
    "责任",
    "承办",
    "协办",
    "参与",
    "主办",
    "分工",
)

#: Labels that introduce a list of units (``牵头单位：…``), longest first.
RESPONSIBILITY_LABELS: Final[tuple[str, ...]] = (
    "主要责任单位",
    "责任领导",
    "牵头单位",
    "牵头部门",
    "责任单位",
    "责任部门",
    "责任科室",
    "责任处室",
    "责任主体",
    "配合单位",
    "配合部门",
    "参与单位",
    "协办单位",
    "承办单位",
    "主办单位",
    "完成单位",
)

#: Labels that introduce a deadline inside a responsibility statement
#: (``（牵头单位：…，完成时限：年底前）``), longest first.
DEADLINE_LABELS: Final[tuple[str, ...]] = (
    "完成时限",
    "完成时间",
    "办结时限",
    "时限要求",
    "时间要求",
    "时间节点",
    "时限",
)

#: Labels whose units lead the task (go to ``WorkTask.lead_units``).
LEAD_LABELS: Final[tuple[str, ...]] = ("牵头单位", "牵头部门", "主办单位", "主要责任单位")

#: How a unit name typically ends (``县政府办``, ``市财政局``, ``各科室`` …).
UNIT_SUFFIXES: Final[tuple[str, ...]] = (
    "政府",
    "部门",
    "单位",
    "机构",
    "机关",
    "局",
    "办",
    "办公室",
    "委",
    "委员会",
    "中心",
    "科室",
    "科",
    "室",
    "处",
    "处室",
    "厅",
    "部",
    "院",
    "所",
    "站",
    "队",
    "组",
    "街道",
    "乡镇",
    "镇",
    "乡",
    "社区",
    "公司",
    "集团",
    "法院",
    "检察院",
    "管委会",
    "企业",
    "学校",
    "银行",
    "支行",
    "分行",
    "海关",
)

#: Role words that make a line of unit names a responsibility statement on its own
#: (``市财政局牵头落实`` under a task, the responsible cell of a table flattened one cell per line).
STATEMENT_ROLE_WORDS: Final[tuple[str, ...]] = ("牵头", "负责", "配合", "协助", "参与", "承办", "协办")

#: Items that introduce a plan rather than assign work (``（一）指导思想``).
INTRO_ITEMS: Final[tuple[str, ...]] = (
    "总体要求",
    "总体思路",
    "指导思想",
    "工作目标",
    "主要目标",
    "总体目标",
    "目标任务",
    "基本原则",
    "工作原则",
    "适用范围",
    "编制依据",
    "工作依据",
)

#: Chapters that close a plan (their items are not tasks): 保障措施 and the like.
CLOSING_CHAPTERS: Final[tuple[str, ...]] = (
    "保障措施",
    "组织保障",
    "工作保障",
    "保障机制",
    "工作要求",
    "有关要求",
    "相关要求",
    "工作措施",
    "组织实施",
    "实施步骤",
    "工作步骤",
    "时间安排",
    "进度安排",
    "步骤安排",
    "其他事项",
)

#: Connectors allowed between two of the words above in one chapter title (``指导思想和工作目标``).
TITLE_CONNECTORS: Final[tuple[str, ...]] = ("和", "与", "及", "、", ",", " ")

# --- task-table header keywords (longest first inside each group) ---------

#: Header of the column naming the group of tasks (a merged cell spanning rows).
COLUMN_GROUP: Final[tuple[str, ...]] = ("工作任务", "重点任务", "任务名称", "工作事项", "任务类别", "类别", "任务")

#: Header of the column holding the task itself.
COLUMN_TITLE: Final[tuple[str, ...]] = (
    "具体要求",
    "工作内容",
    "主要任务",
    "任务内容",
    "具体任务",
    "工作要求",
    "具体内容",
    "工作措施",
    "具体措施",
    "主要内容",
    "任务要求",
    "内容",
    "要求",
)

#: Header of the column of responsible units.
COLUMN_RESPONSIBLE: Final[tuple[str, ...]] = (
    "负责单位",
    "负责部门",
    "负责科室",
    "负责处室",
    "负责股室",
    "责任单位",
    "责任科室",
    "责任处室",
    "责任部门",
    "牵头单位",
    "牵头部门",
    "配合单位",
    "责任主体",
    "承办单位",
    "责任人",
    "责任",
)

#: Header of the deadline column.
COLUMN_DEADLINE: Final[tuple[str, ...]] = (
    "完成时限",
    "时限要求",
    "完成时间",
    "时间要求",
    "进度安排",
    "时间节点",
    "时限",
    "时间",
)

#: Header of the numbering column.
COLUMN_NUMBER: Final[tuple[str, ...]] = ("序号", "编号", "项次")
