"""The official-label lexicon: its contract, normalization and coverage of the form."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.extract.table3 import ROW_ORDER, match_row
from govdisclosure.lexicon.labels import LabelEntry, entries_for, normalize_label, official_labels, table2_cells
from govdisclosure.model import ActiveDisclosure, ApplicationStats


def test_entries_follow_the_contract() -> None:
    """Every entry has a known table, known templates, a label and normalized variants."""
    entries = official_labels()
    assert entries
    assert all(isinstance(e, LabelEntry) for e in entries)
    for e in entries:
        assert e.table in {"二", "三", "四", "annex"}
        assert e.templates
        assert set(e.templates) <= {"2019", "2021", "pre2019"}
        assert e.label.strip() == e.label
        assert e.label
        assert all(normalize_label(v) == v for v in e.variants), e


def test_table3_row_fields_exist_in_the_model() -> None:
    """Every table 三 row entry names an ApplicationStats field."""
    names = {a.name for a in attrs.fields(ApplicationStats)}
    for e in entries_for("三"):
        if "*" not in e.field:
            assert e.field.split(".", 1)[1] in names, e


def test_every_official_table3_label_matches_its_own_field() -> None:
    """Each official row label, normalized, is matched back to its field."""
    for e in entries_for("三"):
        if "*" in e.field:
            continue
        name = e.field.split(".", 1)[1]
        hit = match_row(normalize_label(e.label))
        assert hit is not None, e
        expected = {"other_total": "other_group", "other_processing": "other_group"}.get(name, name)
        assert hit[0] == expected, (e.label, hit)
    assert set(ROW_ORDER) <= {e.field.split(".", 1)[1] for e in entries_for("三")}


def test_table2_cells_are_model_fields() -> None:
    """Table 二 cells combine a row and a column into an existing ActiveDisclosure field."""
    names = {a.name for a in attrs.fields(ActiveDisclosure)}
    cells = table2_cells()
    assert {c.field.split(".", 1)[1] for c in cells} <= names
    assert ("active_disclosure.admin_fees_10k_yuan", ("2021",)) in {(c.field, c.templates) for c in cells}
    assert "active_disclosure.procurement_amount" in {c.field for c in cells}


def test_normalize_variants_of_print() -> None:
    """Spacing, quotes, brackets, <br> and traditional characters normalize alike."""
    assert normalize_label("3.危及'三安全一稳定'") == normalize_label("3.危及“三安全一稳定”")
    assert normalize_label("（二）部分公开") == normalize_label("(二) 部分\n公开")
    assert normalize_label("本年新<br>制作數量") == "本年新制作数量"


@given(st.text(alphabet="规章本年新制发件数（）()“”'\" \n\t　<br>其它他一二三", max_size=30))
def test_normalize_is_idempotent(text: str) -> None:
    """normalize_label(normalize_label(x)) == normalize_label(x) and it leaves no white space."""
    once = normalize_label(text)
    assert normalize_label(once) == once
    assert not any(ch.isspace() for ch in once)
