"""find_contacts: phones, fax, e-mail, URLs, postcodes, addresses."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.model import Contacts
from govdisclosure.normalize import contacts as contacts_module
from govdisclosure.normalize import find_contacts


def _values(c: Contacts) -> dict[str, list[str]]:
    kinds = ("phones", "fax", "emails", "urls", "addresses", "postcodes")
    return {k: [x.value for x in getattr(c, k)] for k in kinds if getattr(c, k)}


def test_area_code_phone_anywhere() -> None:
    """A number with an area code is a phone even without a cue."""
    assert _values(find_contacts("如有疑问请联系我们，0123-4567890。")) == {"phones": ["0123-4567890"]}
    assert _values(find_contacts("联系电话010-12345678转123")) == {"phones": ["010-12345678转123"]}


def test_bare_local_numbers_need_a_cue() -> None:
    """7–8 digit local numbers count only after 电话/传真 cues; lists after one cue are all taken."""
    c = find_contacts("聯系電話:1234567、7654321,傳真:2345678。")
    assert _values(c) == {"phones": ["1234567", "7654321"], "fax": ["2345678"]}
    assert _values(find_contacts("全年共办理1234567件")) == {}
    assert _values(find_contacts("对外公布了一部电话(办公室:87654321)")) == {"phones": ["87654321"]}


def test_not_phones() -> None:
    """Postcodes, years, counts after a cue, 文号 and index numbers are not phones."""
    c = find_contacts(
        "邮编:123456,电话督查200余个,咨询电话3000余起,某府发〔2019〕1234567号,索引号:012345678/2019-00123"
    )
    assert [p.value for p in c.postcodes] == ["123456"]
    assert c.phones == ()
    assert c.fax == ()


def test_emails_and_urls() -> None:
    """E-mail addresses and URLs end at CJK punctuation and brackets; trailing / kept."""
    text = "网站(<http://www.example.gov.cn/>)和www.abc.example.gov.cn，信箱:Ab.c_1@mail.example.com。链接https://x.example.cn/a?b=1）"
    c = find_contacts(text)
    assert [u.value for u in c.urls] == [
        "http://www.example.gov.cn/",
        "www.abc.example.gov.cn",
        "https://x.example.cn/a?b=1",
    ]
    assert [e.value for e in c.emails] == ["Ab.c_1@mail.example.com"]


def test_full_width_values_are_folded_and_raw_kept() -> None:
    """Contact.value is width-folded, raw is as printed, span slices raw."""
    text = "电话：０１２３－４５６７８９０"
    c = find_contacts(text, offset=5)
    assert [(p.value, p.raw) for p in c.phones] == [("0123-4567890", "０１２３－４５６７８９０")]
    span = c.phones[0].span
    assert span is not None
    assert text[span.start - 5 : span.end - 5] == c.phones[0].raw


def test_duplicates_kept_once() -> None:
    """A value printed twice is reported once (first occurrence)."""
    c = find_contacts("电话:1234567。再次:电话:1234567")
    assert [p.value for p in c.phones] == ["1234567"]
    assert c.phones[0].span is not None
    assert c.phones[0].span.start == 3


def test_address_and_postcode() -> None:
    """地址: up to the next separator; 邮编 six digits."""
    c = find_contacts("(地址:某市某区某路1号,邮编:654321,电话:7654321)")
    assert _values(c) == {"phones": ["7654321"], "addresses": ["某市某区某路1号"], "postcodes": ["654321"]}


def test_area_code_joined_by_a_chinese_dash() -> None:
    """0000—1234567 (a dash typed as 一字线/en dash) is a phone; the value uses '-', raw stays as printed."""
    c = find_contacts("电话:0000—1234567;办公室 0000–7654321。")
    assert [(p.value, p.raw) for p in c.phones] == [("0000-1234567", "0000—1234567"), ("0000-7654321", "0000–7654321")]


def test_spam_at_sign_is_not_an_email() -> None:
    """An @ without a local part and domain is not an e-mail."""
    assert find_contacts("某某官网@:某某").emails == ()


@given(st.text())
def test_never_raises_and_spans_slice(s: str) -> None:
    """find_contacts is total and every span slices its raw text."""
    c = find_contacts(s)
    for group in (c.phones, c.fax, c.emails, c.urls, c.addresses, c.postcodes):
        for item in group:
            assert item.span is not None
            assert s[item.span.start : item.span.end] == item.raw


# The plain forms of the two scan patterns, as written before they were given a leading
# character class for speed: the fast forms must match exactly the same spans.
_PLAIN_ASCII_RUN = re.compile(r"[A-Za-z0-9._~:/?#@!$&*+=%\-]+")
_PLAIN_PHONE_ANYWHERE = re.compile(
    r"(?<![0-9A-Za-z\-/.])(?:0[0-9]{2,3}[-—–][0-9]{7,8}(?:(?:-|转)[0-9]{1,5})?"
    r"|\(0[0-9]{2,3}\) ?[0-9]{7,8}"
    r"|[48]00-[0-9]{3}-[0-9]{4}"
    r"|1[3-9][0-9]-[0-9]{4}-[0-9]{4})(?![0-9\-])"
)
_CONTACT_PIECES = st.sampled_from(
    [*"0123456789()-—–/.:@a转 \n", "0719-2725514", "(010)", "400-123-4567", "138-1234-5678", "www.", "x.cn", "8"]
)


@settings(max_examples=400)
@given(st.lists(_CONTACT_PIECES, max_size=12).map("".join))
def test_fast_scan_patterns_equal_plain_ones(s: str) -> None:
    """The phone and URL/e-mail run patterns find what their plain forms find (runs: those with a letter)."""
    assert [m.span() for m in contacts_module._PHONE_ANYWHERE.finditer(s)] == [
        m.span() for m in _PLAIN_PHONE_ANYWHERE.finditer(s)
    ]
    lettered = [m.span() for m in _PLAIN_ASCII_RUN.finditer(s) if re.search("[A-Za-z]", m.group())]
    assert [m.span() for m in contacts_module._ASCII_RUN.finditer(s)] == lettered
