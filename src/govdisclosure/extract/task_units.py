"""Responsibility text of a work-plan task: recognise it and split it into units.

Every function takes the printed text and its matching view (same length,
width-folded and simplified) and returns slices of the printed text, so
units keep the document's own characters (traditional, full-width).
"""

from __future__ import annotations

import re
from typing import Final

from attrs import frozen

from govdisclosure.lexicon.tasks import (
    LEAD_LABELS,
    RESPONSIBILITY_CUES,
    RESPONSIBILITY_LABELS,
    STATEMENT_ROLE_WORDS,
    UNIT_SUFFIXES,
)

__all__ = ["Units", "is_statement", "names_units", "split_units"]

_LABEL: Final = re.compile("(" + "|".join(map(re.escape, RESPONSIBILITY_LABELS)) + r")[ \t]*[:：]")
_SEPARATOR: Final = re.compile(r"[、,，;；/\s]+")
# "A牵头B配合": a role word followed by more text ends a unit.
_ROLE_BREAK: Final = re.compile(r"(?:牵头|配合)(?=[^\s落实实施推进办理完成,，、;；。.)）])")
# The role phrase after a unit name: 按工作职能分别负责落实, 牵头落实, 配合 …
_ROLE_TAIL: Final = re.compile(
    r"(?:按照?(?:工作)?(?:职能|职责)(?:分工)?)?(?:分别|共同|具体)?"
    r"(?:牵头|负责|配合|参与|协助|协调){0,3}(?:落实|实施|推进|办理|完成)?[。.]?$"
)
_LEADING: Final = re.compile(r"^(?:由|请)")
_LEAD_LABELS: Final = frozenset(LEAD_LABELS)
_ROLE_WORD: Final = re.compile("|".join(map(re.escape, STATEMENT_ROLE_WORDS)))
# A statement line is short; a longer line is a sentence that happens to end in a role word.
_MAX_STATEMENT: Final = 80
# Sentence punctuation inside a line: a statement line holds none (a final 。 is allowed).
_BARE_SUFFIXES: Final = frozenset(UNIT_SUFFIXES)
_SENTENCE_MARKS: Final = frozenset('。:：()?？!！《》"“”')


@frozen(kw_only=True)
class Units:
    """Units named by a responsibility text, as printed, in order (leads also in ``lead``)."""

    units: tuple[str, ...]
    lead: tuple[str, ...]


def names_units(view: str) -> bool:
    """Whether a parenthesised *view* text names responsible units.

    True when it holds a responsibility cue (负责, 牵头, 落实 …) or when every
    unit it lists ends like a unit name (政府, 局, 办, 科室 …).

    >>> names_units("县政府办公室负责落实")
    True
    >>> names_units("县财政局、县审计局")
    True
    >>> names_units("以下简称五公开")
    False
    >>> names_units("2023年")
    False
    """
    if any(cue in view for cue in RESPONSIBILITY_CUES):
        return True
    parts = [p for p in _SEPARATOR.split(_LABEL.sub(" ", view)) if p]
    return bool(parts) and all(p.endswith(UNIT_SUFFIXES) for p in parts)


def _segments(view: str) -> list[tuple[int, int, bool]]:
    """Split *view* into ``(start, end, lead_by_label)`` segments on separators and labels."""
    cuts: list[tuple[int, int, bool | None]] = []  # (start, end, new label role or None)
    pos = 0
    role = False
    for m in _LABEL.finditer(view):
        cuts.append((pos, m.start(), None))
        role = m.group(1) in _LEAD_LABELS
        cuts.append((m.end(), m.end(), role))
        pos = m.end()
    cuts.append((pos, len(view), None))
    out: list[tuple[int, int, bool]] = []
    role = False
    for start, end, new_role in cuts:
        if new_role is not None:
            role = new_role
            continue
        piece = view[start:end]
        p = 0
        for sep in _SEPARATOR.finditer(piece):
            out.append((start + p, start + sep.start(), role))
            p = sep.end()
        out.append((start + p, end, role))
    return out


def split_units(text: str, view: str) -> Units:
    """Split a responsibility text into units (``text`` as printed, ``view`` its matching view).

    Separators are 、，,;；/ and white space; labels such as ``牵头单位：``
    switch the role; a role word inside a segment (``A牵头B配合``) ends a
    unit; the role phrase after a name (``按职能分别负责落实``, ``牵头``) is
    dropped.  Units led by ``牵头`` or a lead label are also in ``lead``.

    >>> u = split_units("县政务中心牵头，各部门按职能分别负责落实", "县政务中心牵头,各部门按职能分别负责落实")
    >>> u.units, u.lead
    (('县政务中心', '各部门'), ('县政务中心',))
    >>> split_units("牵头单位：市政府办；配合单位：市财政局", "牵头单位:市政府办;配合单位:市财政局").lead
    ('市政府办',)
    >>> split_units("县财政局、县审计局分别牵头落实", "县财政局、县审计局分别牵头落实").lead
    ('县财政局', '县审计局')
    """
    if len(text) != len(view):
        msg = "text and view must have the same length"
        raise ValueError(msg)
    units: list[str] = []
    lead: list[str] = []
    pending: list[str] = []  # units since the last role phrase: 'A、B分别牵头' makes them all leads
    for seg_start, seg_end, label_lead in _segments(view):
        pieces: list[tuple[int, int]] = []
        p = seg_start
        for m in _ROLE_BREAK.finditer(view, seg_start, seg_end):
            pieces.append((p, m.end()))
            p = m.end()
        pieces.append((p, seg_end))
        for start, end in pieces:
            piece = view[start:end]
            tail = _ROLE_TAIL.search(piece)
            cut = tail.start() if tail else len(piece)
            lead_here = label_lead or (tail is not None and "牵头" in tail.group())
            head = _LEADING.match(piece)
            begin = head.end() if head else 0
            if begin >= cut:
                continue
            unit = text[start + begin : start + cut].strip()
            if not unit:
                continue
            units.append(unit)
            role = tail.group() if tail is not None else ""
            if lead_here and ("分别" in role or "共同" in role):
                lead.extend(u for u in pending if u not in lead)
            if lead_here:
                lead.append(unit)
            pending = [] if role.strip("。.") else [*pending, unit]
    return Units(units=tuple(units), lead=tuple(lead))


def is_statement(view: str) -> bool:
    """Whether the line *view* (stripped) is a bare responsibility statement: units with their role.

    Every unit must end like a unit name and the line must hold a role word
    (牵头, 负责, 配合 …), so a sentence ending in 落实 and a signature line
    naming an organ are not statements.

    >>> is_statement("市财政局牵头落实"), is_statement("县发改委、县住建局分别负责")
    (True, True)
    >>> is_statement("认真抓好工作落实"), is_statement("某县人民政府办公室"), is_statement("各部门要密切配合")
    (False, False, False)
    >>> is_statement("牵头单位"), is_statement("配合部门")
    (False, False)
    """
    if not view or len(view) > _MAX_STATEMENT or _ROLE_WORD.search(view) is None:
        return False
    if any(ch in _SENTENCE_MARKS for ch in view.rstrip("。.")):
        return False
    units = split_units(view, view).units
    # a unit is more than a bare suffix: '牵头单位' alone is a column header, not a statement
    return bool(units) and all(u.endswith(UNIT_SUFFIXES) and u not in _BARE_SUFFIXES for u in units)
