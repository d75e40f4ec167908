"""Cue words of contact details (电话, 传真, 邮编, 地址) in the matching view.

Used by :mod:`govdisclosure.normalize.contacts`.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ADDRESS_CUES",
    "CUE_GAP",
    "FAX_CUES",
    "NUMBER_JOINERS",
    "PHONE_CUES",
    "POSTCODE_CUES",
    "URL_TLDS",
]

#: Words after which a bare 7–8 digit local number is a phone number.
PHONE_CUES: Final[tuple[str, ...]] = (
    "联系电话",
    "咨询电话",
    "举报电话",
    "投诉电话",
    "服务电话",
    "办公电话",
    "监督电话",
    "电话号码",
    "热线电话",
    "电话",
    "热线",
    "联系方式",
    "Tel",
    "TEL",
    "tel",
    "Phone",
)

#: Words after which a number is a fax number.
FAX_CUES: Final[tuple[str, ...]] = ("传真号码", "传真电话", "传真", "Fax", "FAX", "fax")

#: Words after which six digits are a postcode.
POSTCODE_CUES: Final[tuple[str, ...]] = ("邮政编码", "邮编")

#: Words after which the text up to the next separator is a postal address.
ADDRESS_CUES: Final[tuple[str, ...]] = ("办公地址", "通讯地址", "联系地址", "通信地址", "地址")

#: How many characters (no sentence end, no digit) may sit between a cue and
#: its number: ``电话(办公室:86552285)``.
CUE_GAP: Final[int] = 8

#: Separators between several numbers after one cue (7222186、7222730).
NUMBER_JOINERS: Final[frozenset[str]] = frozenset({"、", ",", "/", "或", "和", "及", ";", " "})

#: Top-level domains accepted for a bare domain without ``http://`` or ``www.``.
URL_TLDS: Final[tuple[str, ...]] = ("gov.cn", "com.cn", "org.cn", "net.cn", "edu.cn", "cn", "com", "net", "org")
