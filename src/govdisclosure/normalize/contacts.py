"""Contact details printed in a document: phones, fax, e-mail, URLs, addresses, postcodes."""

from __future__ import annotations

import functools
import re
from typing import Final

from govdisclosure.lexicon.contacts import (
    ADDRESS_CUES,
    CUE_GAP,
    FAX_CUES,
    NUMBER_JOINERS,
    PHONE_CUES,
    POSTCODE_CUES,
    URL_TLDS,
)
from govdisclosure.model import Contact, Contacts, Span
from govdisclosure.normalize.text import matching_view

__all__ = ["find_contacts"]

# Runs of URL/e-mail characters that hold a letter (a bare number is neither); runs are
# disjoint, so scanning them is linear.  The pattern opens with a character class so the
# regex engine skips to candidates at C speed: the first character starts a run (the
# lookbehind sees no run character before it), and possessive quantifiers never backtrack.
_RUN_CHARS: Final = r"A-Za-z0-9._~:/?#@!$&*+=%\-"
_ASCII_RUN: Final = re.compile(
    rf"[{_RUN_CHARS}](?<![{_RUN_CHARS}][{_RUN_CHARS}])(?:(?<=[A-Za-z])|[0-9._~:/?#@!$&*+=%\-]*+[A-Za-z])[{_RUN_CHARS}]*+"
)
_EMAIL_LOCAL: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
_DOMAIN_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_DOMAIN: Final = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_LETTER: Final = re.compile("[A-Za-z]")
_URL_START: Final = re.compile(r"https?://|www\.", re.IGNORECASE)
_TRAILING: Final = ".,:;!?'-"

# A phone number with an area code (0719-2725514, 0719—2725514 with a dash typed
# as a Chinese dash, (0719)2725514), a 400/800 hotline, or a mobile written in
# groups; found anywhere.
# The first character is matched by a class (a fast C scan to candidates), then each branch
# checks it by lookbehind; the two-character lookbehind is "no digit, letter, - / . before".
_PHONE_ANYWHERE: Final = re.compile(
    r"[0(148](?<![0-9A-Za-z\-/.].)"
    r"(?:(?<=0)[0-9]{2,3}[-—–][0-9]{7,8}(?:(?:-|转)[0-9]{1,5})?"
    r"|(?<=\()0[0-9]{2,3}\) ?[0-9]{7,8}"
    r"|(?<=[48])00-[0-9]{3}-[0-9]{4}"
    r"|(?<=1)[3-9][0-9]-[0-9]{4}-[0-9]{4})(?![0-9\-])"
)
# After a cue: any of the above, a mobile, or a bare 7–8 digit local number.
_PHONE_AFTER_CUE: Final = re.compile(
    r"(?:0[0-9]{2,3}[-—–][0-9]{7,8}(?:(?:-|转)[0-9]{1,5})?"
    r"|\(0[0-9]{2,3}\) ?[0-9]{7,8}"
    r"|[48]00-?[0-9]{3}-?[0-9]{4}"
    r"|1[3-9][0-9]{9}"
    r"|[1-9][0-9]{6,7})(?![0-9\-])"
)
_POSTCODE: Final = re.compile(r"[ \t:]*([0-9]{6})(?![0-9])")
_ADDRESS: Final = re.compile(r"[ \t:]*([^,;。)\n:]{2,60}?)(?=[,;。)\n]|$)")


def _cue_regex(cues: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(cues, key=len, reverse=True)
    return re.compile("|".join(re.escape(c) for c in ordered))


_PHONE_CUE: Final = _cue_regex(PHONE_CUES + FAX_CUES)
_POSTCODE_CUE: Final = _cue_regex(POSTCODE_CUES)
_ADDRESS_CUE: Final = _cue_regex(ADDRESS_CUES)
_STOPS: Final = frozenset("。;\n!?")
_DIGITS: Final = frozenset("0123456789")


class _Bag:
    """Contacts of one kind, first occurrence of each value kept."""

    def __init__(self, text: str, offset: int) -> None:
        self.text, self.offset = text, offset
        self.items: list[Contact] = []
        self.seen: set[str] = set()

    def add(self, start: int, end: int, value: str) -> None:
        if value in self.seen:
            return
        self.seen.add(value)
        span = Span(start=start + self.offset, end=end + self.offset)
        self.items.append(Contact(value=value, raw=self.text[start:end], span=span))


def _phone_value(view: str, start: int, end: int) -> str:
    return "".join(view[start:end].split()).replace("—", "-").replace("–", "-")


def find_contacts(text: str, *, offset: int = 0, view: str | None = None) -> Contacts:
    """Phones, fax, e-mail addresses, URLs, postal addresses and postcodes in *text*.

    Numbers with an area code are found anywhere; a bare 7–8 digit local
    number only right after a cue (电话, 联系电话, 传真 …), and several numbers
    joined by ``、`` after one cue are all taken.  Postcodes, years, 文号
    serials and index numbers are never phones.  ``Contact.value`` is the
    width-folded value, ``raw`` the text as printed; each value is kept once
    (its first occurrence).  *view*, when given, must be ``matching_view(text)``.

    >>> c = find_contacts("聯系電話:7222186、7222730,傳真:7222670。郵編:123456")
    >>> [p.value for p in c.phones], [f.value for f in c.fax], [p.value for p in c.postcodes]
    (['7222186', '7222730'], ['7222670'], ['123456'])
    >>> c = find_contacts("网站(<http://www.example.gov.cn/>),邮箱:ab_c@example.com。电话0719-2725514")
    >>> [u.value for u in c.urls], [e.value for e in c.emails], [p.raw for p in c.phones]
    (['http://www.example.gov.cn/'], ['ab_c@example.com'], ['0719-2725514'])
    >>> [(p.value, p.raw) for p in find_contacts("电话:0000—1234567").phones]
    [('0000-1234567', '0000—1234567')]
    """
    if view is None or len(view) != len(text):
        view = matching_view(text)
    return _find_contacts(text, view, offset)


# The structure and narrative stages both scan a document's text (with the same view unless line
# wraps were unwrapped): the second scan of the same text is a cache hit.  Contacts is immutable.
@functools.lru_cache(maxsize=4)
def _find_contacts(text: str, view: str, offset: int) -> Contacts:
    phones, fax = _Bag(text, offset), _Bag(text, offset)
    emails, urls = _Bag(text, offset), _Bag(text, offset)
    addresses, postcodes = _Bag(text, offset), _Bag(text, offset)
    _scan_ascii_runs(view, emails, urls)
    taken: set[int] = set()  # start offsets of numbers already classified
    postcode_starts = _scan_postcodes(view, postcodes)
    taken |= postcode_starts
    found: list[tuple[int, int, bool]] = []  # (start, end, is_fax)
    for m in _PHONE_CUE.finditer(view):
        is_fax = m.group() in FAX_CUES
        for start, end in _numbers_after_cue(view, m.end()):
            found.append((start, end, is_fax))
    for m in _PHONE_ANYWHERE.finditer(view):
        found.append((m.start(), m.end(), False))
    for start, end, is_fax in sorted(found, key=lambda f: f[0]):
        if start in taken:
            continue
        taken.add(start)
        (fax if is_fax else phones).add(start, end, _phone_value(view, start, end))
    _scan_addresses(view, addresses)
    return Contacts(
        phones=tuple(phones.items),
        fax=tuple(fax.items),
        emails=tuple(emails.items),
        urls=tuple(urls.items),
        addresses=tuple(addresses.items),
        postcodes=tuple(postcodes.items),
    )


def _numbers_after_cue(view: str, pos: int) -> list[tuple[int, int]]:
    """Numbers after a cue ending at *pos*: a short gap, then numbers joined by 、."""
    n = len(view)
    limit = min(n, pos + CUE_GAP)
    i = pos
    while i < limit and view[i] not in _DIGITS and view[i] not in _STOPS:
        i += 1
    if i >= n or view[i] not in _DIGITS:
        return []
    if i > pos and view[i - 1] == "(" and _PHONE_AFTER_CUE.match(view, i - 1):
        i -= 1  # (0719)2725514
    out: list[tuple[int, int]] = []
    while True:
        if i > 0 and view[i - 1] in _DIGITS:
            break
        m = _PHONE_AFTER_CUE.match(view, i)
        if m is None:
            break
        out.append((m.start(), m.end()))
        j = m.end()
        while j < n and view[j] == " ":
            j += 1
        if j < n and view[j] in NUMBER_JOINERS:
            j += 1
            while j < n and view[j] == " ":
                j += 1
            if j < n and view[j] in _DIGITS:
                i = j
                continue
        break
    return out


def _scan_postcodes(view: str, postcodes: _Bag) -> set[int]:
    starts: set[int] = set()
    for m in _POSTCODE_CUE.finditer(view):
        pm = _POSTCODE.match(view, m.end())
        if pm is not None:
            starts.add(pm.start(1))
            postcodes.add(pm.start(1), pm.end(1), pm.group(1))
    return starts


def _scan_addresses(view: str, addresses: _Bag) -> None:
    for m in _ADDRESS_CUE.finditer(view):
        if m.end() < len(view) and view[m.end()] not in ": \t":
            continue  # 网站地址 http… is not a postal address; require 地址:
        am = _ADDRESS.match(view, m.end())
        if am is None:
            continue
        value = am.group(1).strip()
        if not value or _URL_START.match(value) or (value[0].isascii() and value[0].isalnum()):
            continue
        start = am.start(1) + (len(am.group(1)) - len(am.group(1).lstrip()))
        addresses.add(start, start + len(value), value)


def _scan_ascii_runs(view: str, emails: _Bag, urls: _Bag) -> None:
    for m in _ASCII_RUN.finditer(view):
        run, base = m.group(), m.start()
        if _LETTER.search(run) is None:
            continue  # 1,234 or 0719-2725514: neither URL nor e-mail
        if "@" in run:
            _emails_in_run(run, base, emails)
            continue
        u = _URL_START.search(run)
        if u is not None:
            start = u.start()
        else:
            start = 0
            while start < len(run) and not run[start].isalnum():
                start += 1
        end = len(run)
        while end > start and run[end - 1] in _TRAILING:
            end -= 1
        cand = run[start:end]
        if u is None and not _is_bare_domain(cand):
            continue
        if u is not None and len(cand) <= len(u.group()) + 3:
            continue
        urls.add(base + start, base + end, cand)


def _is_bare_domain(cand: str) -> bool:
    host = cand.split("/", 1)[0]
    if not _DOMAIN.fullmatch(host) or not any(ch.isalpha() for ch in host):
        return False
    host = host.lower()
    return host.count(".") >= 2 and any(host.endswith("." + tld) for tld in URL_TLDS)


def _emails_in_run(run: str, base: int, emails: _Bag) -> None:
    n = len(run)
    for at in (i for i, ch in enumerate(run) if ch == "@"):
        s = at
        while s > 0 and run[s - 1] in _EMAIL_LOCAL:
            s -= 1
        while s < at and run[s] in "._-+%":
            s += 1
        e = at + 1
        while e < n and run[e] in _DOMAIN_CHARS:
            e += 1
        while e > at + 1 and run[e - 1] in ".-":
            e -= 1
        domain = run[at + 1 : e]
        if s == at or not _DOMAIN.fullmatch(domain) or not any(ch.isalpha() for ch in domain.rsplit(".", 1)[-1]):
            continue
        emails.add(base + s, base + e, run[s:e])
