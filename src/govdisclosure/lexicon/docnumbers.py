"""Document numbers (文号): bracket pairs and the words that end an issuer code.

Written in the *matching view* (simplified, width-folded).  Used by
:mod:`govdisclosure.normalize.docnumbers`.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "CANONICAL_BRACKETS",
    "DOC_BRACKETS",
    "ISSUER_JOINERS",
    "ISSUER_STOP_WORDS",
    "MAX_ISSUER_LEN",
    "SERIAL_SUFFIXES",
]

#: Opening bracket → closing bracket around the year of a 文号, as they appear
#: in the matching view (full-width ［］（） are folded to [] ()).
DOC_BRACKETS: Final[dict[str, str]] = {
    "〔": "〕",
    "[": "]",
    "【": "】",
    "(": ")",
    "﹝": "﹞",
    "〖": "〗",
    "{": "}",
    "<": ">",
}

#: The brackets of the canonical form.
CANONICAL_BRACKETS: Final[tuple[str, str]] = ("〔", "〕")

#: 号 after the serial (號 reaches the matching view as 号).
SERIAL_SUFFIXES: Final[frozenset[str]] = frozenset({"号"})

#: Issuer codes are short abbreviations (国办发, 厦湖府办, 国办公开办函).
MAX_ISSUER_LEN: Final[int] = 10

#: Words that end the running text before an issuer code: the issuer starts
#: right after the last of them (按照国办发〔…〕 → 国办发; 转发省政府办公厅某政办发〔…〕
#: → 某政办发).  None of them occurs inside an issuer code.
ISSUER_STOP_WORDS: Final[tuple[str, ...]] = (
    "根据",
    "依据",
    "按照",
    "依照",
    "参照",
    "遵照",
    "对照",
    "落实",
    "执行",
    "贯彻",
    "完成",
    "印发",
    "转发",
    "下发",
    "发布",
    "出台",
    "通知",
    "文件",
    "精神",
    "要求",
    "规定",
    "以及",
    "关于",
    "办公厅",
    "办公室",
    "人民",
    "政府",
    "委员会",
    "号",
    "的",
    "了",
    "按",
    "据",
    "即",
    "见",
    "是",
    "为",
    "在",
    "将",
    "把",
    "并",
    "等",
)

#: Joiners between two cited numbers (…〔2018〕1号和…〔2018〕2号): dropped
#: only right after a previous 号, so that issuer codes starting with 和 stay.
ISSUER_JOINERS: Final[frozenset[str]] = frozenset("和及与或暨、")
