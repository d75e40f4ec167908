"""Hypothesis fuzzing of the whole pipeline.

Two sources of documents:

* generated annual reports in the official 2021 structure — random figures in
  tables 二/三/四 rendered in several shapes (pipe rows, one cell per line, an
  HTML page, PDF-like space separated rows), random numbering styles of the
  subsections, noise lines (breadcrumbs, page numbers, spam) between blocks;
* mutations of the real shared documents (deletions, duplications, full-width
  and traditional swaps, inserted spam); skipped when ../shared is absent.

Properties: no exception but InputError; the sections tile the text; every
value's span text contains its raw text; the JSON round trip holds; and for
generated reports the table figures are extracted exactly (for the shapes the
pipeline supports, ``SUPPORTED``).

The ``ci`` profile (default) runs a couple of hundred examples per test;
``pytest tests/test_fuzz.py --hypothesis-profile=long`` runs 100 000 each.
"""

from __future__ import annotations

import functools
import random
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import assume, given, note, settings
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure.model import Cell, Report
from tests.conftest import SHARED_DOCS, needs_shared
from tests.test_robustness import check_invariants

SHAPES = ("pipe", "cells", "html", "pdf")

#: (table, shape) pairs whose figures must come out exactly.
SUPPORTED: frozenset[tuple[str, str]] = frozenset((table, shape) for table in ("二", "三", "四") for shape in SHAPES)

#: Every whole-pipeline example parses a full document: in the default ``ci``
#: profile (200 examples) these tests run fewer, so the suite stays fast; the
#: ``long`` profile (100 000) and any other profile keep their own count.
_PROFILE_EXAMPLES: int = settings().max_examples
LONG_RUN = _PROFILE_EXAMPLES >= 100_000


def examples(ci: int) -> settings:
    """Settings with at most *ci* examples under the ci profile, the profile's count otherwise."""
    return settings(max_examples=min(ci, _PROFILE_EXAMPLES) if _PROFILE_EXAMPLES <= 200 else _PROFILE_EXAMPLES)


#: Examples run per test (progress lines on stderr every 10 000 in long runs; use ``-s`` to see them).
RUN = Counter[str]()


def _count(test: str) -> None:
    RUN[test] += 1
    if LONG_RUN and RUN[test] % 10_000 == 0:
        print(f"[fuzz] {test}: {RUN[test]} examples", file=sys.stderr, flush=True)


# --- the official 2021 tables (labels from the national template) --------------------------------

T2_BLOCKS: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    (
        "第二十条第（一）项",
        ("本年制发件数", "本年废止件数", "现行有效件数"),
        (
            ("规章", ("regulations_made", "regulations_repealed", "regulations_valid")),
            ("行政规范性文件", ("normative_docs_made", "normative_docs_repealed", "normative_docs_valid")),
        ),
    ),
    ("第二十条第（五）项", ("本年处理决定数量",), (("行政许可", ("licensing_decisions",)),)),
    (
        "第二十条第（六）项",
        ("本年处理决定数量",),
        (("行政处罚", ("punishment_decisions",)), ("行政强制", ("coercion_decisions",))),
    ),
    ("第二十条第（八）项", ("本年收费金额（单位：万元）",), (("行政事业性收费", ("admin_fees_10k_yuan",)),)),
)

T3_HEAD_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_ORGS = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
T3_COLUMNS = ("natural_person", "commercial", "research", "social", "legal", "other", "total")
_OUT = "三、本年度办理结果"
T3_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("new_received", "一、本年新收政府信息公开申请数量", "", ""),
    ("carried_over", "二、上年结转政府信息公开申请数量", "", ""),
    ("granted", _OUT, "（一）予以公开", ""),
    ("partially_granted", _OUT, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""),
    ("denied_state_secret", _OUT, "（三）不予公开", "1.属于国家秘密"),
    ("denied_prohibited_by_law", _OUT, "（三）不予公开", "2.其他法律行政法规禁止公开"),
    ("denied_three_safeties", _OUT, "（三）不予公开", "3.危及“三安全一稳定”"),
    ("denied_third_party", _OUT, "（三）不予公开", "4.保护第三方合法权益"),
    ("denied_internal_affairs", _OUT, "（三）不予公开", "5.属于三类内部事务信息"),
    ("denied_process_info", _OUT, "（三）不予公开", "6.属于四类过程性信息"),
    ("denied_enforcement_files", _OUT, "（三）不予公开", "7.属于行政执法案卷"),
    ("denied_inquiry", _OUT, "（三）不予公开", "8.属于行政查询事项"),
    ("unable_not_held", _OUT, "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("unable_needs_creation", _OUT, "（四）无法提供", "2.没有现成信息需要另行制作"),
    ("unable_unclear", _OUT, "（四）无法提供", "3.补正后申请内容仍不明确"),
    ("not_processed_complaint", _OUT, "（五）不予处理", "1.信访举报投诉类申请"),
    ("not_processed_repeat", _OUT, "（五）不予处理", "2.重复申请"),
    ("not_processed_publication", _OUT, "（五）不予处理", "3.要求提供公开出版物"),
    ("not_processed_mass_repeat", _OUT, "（五）不予处理", "4.无正当理由大量反复申请"),
    ("not_processed_confirm", _OUT, "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    (
        "other_no_correction",
        _OUT,
        "（六）其他处理",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    ),
    (
        "other_unpaid_fee",
        _OUT,
        "（六）其他处理",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    ),
    ("other_other", _OUT, "（六）其他处理", "3.其他"),
    ("outcome_total", _OUT, "（七）总计", ""),
    ("carried_forward", "四、结转下年度继续办理", "", ""),
)
T4_BLOCKS = ("review", "litigation_direct", "litigation_after_review")
T4_KEYS = ("maintained", "corrected", "other", "pending", "total")
T4_WORDS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")

NUMERALS = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
SUB_STYLES = ("（{c}）", "({c})", "{n}.", "{n}、", "（{n}）", "{o}")
SUB_TITLES = ("主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障")
NOISE_LINES = (
    "当前位置：首页 > 政务公开 > 政府信息公开年报",
    "首页 | 政务公开 | 办事服务 | 互动交流",
    "- {n} -",
    "第 {n} 页 共 {m} 页",
    "{n}",
    "扫一扫在手机打开当前页",
    "【打印本页】【关闭窗口】",
    "澳门葡京娱乐城 注册送彩金 www.example-spam{n}.com",
)
PROSE = (
    "本年度共主动公开政府信息{n}条。",
    "全年共收到政府信息公开申请{n}件，均在法定期限内答复。",
    "通过政府网站发布信息{n}条，政务新媒体推送{m}条。",
    "组织开展业务培训{n}次，参训人员{m}人次。",
    "进一步规范依申请公开办理流程，按时办结率达到100%。",
    "年内未发生因政府信息公开引发的行政复议、行政诉讼案件。",
)


# --- generation -------------------------------------------------------------------------------------


@attrs.frozen
class Generated:
    """A generated report: the source handed to parse, its shape and the printed figures."""

    source: str
    shape: str
    table2: dict[str, int | Decimal | None]
    table3: dict[str, list[int]]
    table4: dict[str, list[int]]


def _sub_number(style: str, i: int) -> str:
    return style.format(c=NUMERALS[i], n=i + 1, o=CIRCLED[i])


def _fee_text(value: Decimal) -> str:
    return format(value, "f")


@st.composite
def figures(draw: st.DrawFn) -> tuple[dict[str, int | Decimal | None], dict[str, list[int]], dict[str, list[int]]]:
    """Random figures for tables 二, 三, 四 (None is a placeholder cell).

    The ~180 figures come from one drawn seed (cheap to generate, so the long
    profile can run 100 000 documents); the magnitude is drawn so shrinking
    still moves towards small numbers.
    """
    rng = random.Random(draw(st.integers(min_value=0, max_value=2**32)))
    top = draw(st.sampled_from((1, 9, 999, 99_999)))
    placeholders = draw(st.booleans())
    t2: dict[str, int | Decimal | None] = {}
    for _, _, rows in T2_BLOCKS:
        for _, fields in rows:
            for name in fields:
                if name == "admin_fees_10k_yuan":
                    places = rng.choice((0, 1, 2))
                    t2[name] = Decimal(rng.randint(0, top * 100)).scaleb(-places)
                elif placeholders and rng.random() < 0.2:
                    t2[name] = None
                else:
                    t2[name] = rng.randint(0, top)
    t3: dict[str, list[int]] = {}
    for name, *_ in T3_ROWS:
        six = [rng.randint(0, min(top, 999)) for _ in range(6)]
        t3[name] = [*six, sum(six)]
    t4: dict[str, list[int]] = {}
    for block in T4_BLOCKS:
        four = [rng.randint(0, min(top, 999)) for _ in range(4)]
        t4[block] = [*four, sum(four)]
    return t2, t3, t4


def _t2_rows(t2: dict[str, int | Decimal | None], placeholder: str) -> list[tuple[str, list[str]]]:
    """Table 二 as (kind, cells) rows: kind is block / header / data."""
    rows: list[tuple[str, list[str]]] = []
    for title, header, data in T2_BLOCKS:
        rows.append(("block", [title]))
        rows.append(("header", ["信息内容", *header]))
        for label, fields in data:
            cells = []
            for name in fields:
                value = t2[name]
                cells.append(
                    placeholder if value is None else _fee_text(value) if isinstance(value, Decimal) else str(value)
                )
            rows.append(("data", [label, *cells]))
    return rows


def _t3_label(a: str, b: str, c: str) -> str:
    return c or b or a


def _t4_header() -> list[list[str]]:
    return [
        ["行政复议", "行政诉讼"],
        [*T4_WORDS, "未经复议直接起诉", "复议后起诉"],
        [*T4_WORDS, *T4_WORDS],
    ]


def _t4_values(t4: dict[str, list[int]]) -> list[str]:
    return [str(v) for block in T4_BLOCKS for v in t4[block]]


def render_pipe(
    t2: dict[str, int | Decimal | None], t3: dict[str, list[int]], t4: dict[str, list[int]], ph: str
) -> dict[str, list[str]]:
    """Each table as pipe rows ``| a | b |``."""

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    two = [line(cells) for _, cells in _t2_rows(t2, ph)]
    three = [line([T3_HEAD_NOTE, "申请人情况"]), line(["自然人", "法人或其他组织", "总计"]), line(list(T3_ORGS))]
    three += [line([_t3_label(a, b, c), *map(str, t3[name])]) for name, a, b, c in T3_ROWS]
    four = [line(cells) for cells in _t4_header()] + [line(_t4_values(t4))]
    return {"二": two, "三": three, "四": four}


def render_cells(
    t2: dict[str, int | Decimal | None], t3: dict[str, list[int]], t4: dict[str, list[int]], ph: str
) -> dict[str, list[str]]:
    """Each table one cell per line (``cell |``), rows closed by a pipe-only line."""

    def rows_to_lines(rows: list[list[str]]) -> list[str]:
        out: list[str] = []
        for cells in rows:
            out.extend(f"{c} |" for c in cells)
            out.append("||")
        return out

    two = rows_to_lines([cells for _, cells in _t2_rows(t2, ph)])
    three = rows_to_lines(
        [[T3_HEAD_NOTE, "申请人情况"], ["自然人", "法人或其他组织", "总计"], list(T3_ORGS)]
        + [[_t3_label(a, b, c), *map(str, t3[name])] for name, a, b, c in T3_ROWS]
    )
    four = rows_to_lines([*_t4_header(), _t4_values(t4)])
    return {"二": two, "三": three, "四": four}


def render_pdf(
    t2: dict[str, int | Decimal | None], t3: dict[str, list[int]], t4: dict[str, list[int]], ph: str
) -> dict[str, list[str]]:
    """Each table as a PDF text layer gives it: space separated rows, header words on their own lines."""
    two = [" ".join(cells) for _, cells in _t2_rows(t2, ph)]
    three = [T3_HEAD_NOTE, "申请人情况", "自然人", "法人或其他组织", "总计", " ".join(T3_ORGS)]
    three += [f"{_t3_label(a, b, c)} " + " ".join(map(str, t3[name])) for name, a, b, c in T3_ROWS]
    four = ["行政复议 行政诉讼", " ".join(T4_WORDS) + " 未经复议直接起诉 复议后起诉", " ".join(T4_WORDS * 2)]
    four.append(" ".join(_t4_values(t4)))
    return {"二": two, "三": three, "四": four}


def render_html_tables(
    t2: dict[str, int | Decimal | None], t3: dict[str, list[int]], t4: dict[str, list[int]], ph: str
) -> dict[str, list[str]]:
    """Each table as an HTML <table> with the official merged cells."""

    def td(text: str, rowspan: int = 1, colspan: int = 1) -> str:
        attrs_ = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
        return f"<td{attrs_}>{text}</td>"

    two = ['<table border="1">']
    for kind, cells in _t2_rows(t2, ph):
        if kind == "block":
            two.append("<tr>" + td(cells[0], colspan=4) + "</tr>")
        elif len(cells) == 2:
            two.append("<tr>" + td(cells[0]) + td(cells[1], colspan=3) + "</tr>")
        else:
            two.append("<tr>" + "".join(td(c) for c in cells) + "</tr>")
    two.append("</table>")

    three = ['<table border="1">']
    three.append("<tr>" + td(T3_HEAD_NOTE, 3, 3) + td("申请人情况", colspan=7) + "</tr>")
    three.append("<tr>" + td("自然人", rowspan=2) + td("法人或其他组织", colspan=5) + td("总计", rowspan=2) + "</tr>")
    three.append("<tr>" + "".join(td(o) for o in T3_ORGS) + "</tr>")
    outcome = [r for r in T3_ROWS if r[1] == _OUT]
    prev_b = ""
    for name, a, b, c in T3_ROWS:
        nums = "".join(td(str(v)) for v in t3[name])
        if a != _OUT:
            three.append("<tr>" + td(a, colspan=3) + nums + "</tr>")
            continue
        first = td(a, rowspan=len(outcome)) if name == outcome[0][0] else ""
        if not c:
            three.append("<tr>" + first + td(b, colspan=2) + nums + "</tr>")
        else:
            cell_b = td(b, rowspan=sum(1 for r in outcome if r[2] == b)) if b != prev_b else ""
            three.append("<tr>" + first + cell_b + td(c) + nums + "</tr>")
        prev_b = b
    three.append("</table>")

    four = ['<table border="1">']
    four.append("<tr>" + td("行政复议", colspan=5) + td("行政诉讼", colspan=10) + "</tr>")
    four.append(
        "<tr>"
        + "".join(td(w, rowspan=2) for w in T4_WORDS)
        + td("未经复议直接起诉", colspan=5)
        + td("复议后起诉", colspan=5)
        + "</tr>"
    )
    four.append("<tr>" + "".join(td(w) for w in T4_WORDS * 2) + "</tr>")
    four.append("<tr>" + "".join(td(v) for v in _t4_values(t4)) + "</tr>")
    four.append("</table>")
    return {"二": two, "三": three, "四": four}


RENDERERS = {"pipe": render_pipe, "cells": render_cells, "pdf": render_pdf, "html": render_html_tables}


@st.composite
def generated_reports(draw: st.DrawFn) -> Generated:
    """A template-like 2021 annual report with random figures, numbering and noise."""
    t2, t3, t4 = draw(figures())
    shape = draw(st.sampled_from(SHAPES))
    placeholder = draw(st.sampled_from(("/", "—", "无")))
    tables = RENDERERS[shape](t2, t3, t4, placeholder)
    style = draw(st.sampled_from(SUB_STYLES))
    year = draw(st.integers(min_value=2021, max_value=2025))
    organ = draw(st.sampled_from(("某某县人民政府", "某市生态环境局", "某某镇人民政府", "某区发展和改革局")))
    num = st.integers(min_value=0, max_value=9999)

    def prose() -> str:
        template = draw(st.sampled_from(PROSE))
        return template.format(n=draw(num), m=draw(num))

    def noise() -> list[str]:
        if draw(st.integers(min_value=0, max_value=3)) != 0:
            return []
        return [draw(st.sampled_from(NOISE_LINES)).format(n=draw(st.integers(1, 30)), m=draw(st.integers(1, 30)))]

    blocks: list[tuple[str, list[str]]] = []  # (kind, lines): kind p = paragraph, t = table lines
    blocks.extend(("p", [line]) for line in noise())
    blocks.append(("p", [f"{organ}{year}年政府信息公开工作年度报告"]))
    if draw(st.booleans()):
        blocks.append(("p", [f"本报告数据统计期限为{year}年1月1日至{year}年12月31日。"]))
    blocks.append(("p", ["一、总体情况"]))
    for i in range(draw(st.integers(min_value=0, max_value=5))):
        blocks.append(("p", [_sub_number(style, i) + SUB_TITLES[i]]))
        blocks.extend(("p", [prose()]) for _ in range(draw(st.integers(min_value=0, max_value=2))))
        blocks.extend(("p", [line]) for line in noise())
    blocks.append(("p", ["二、主动公开政府信息情况"]))
    blocks.append(("t", tables["二"]))
    blocks.extend(("p", [line]) for line in noise())
    blocks.append(("p", ["三、收到和处理政府信息公开申请情况"]))
    blocks.append(("t", tables["三"]))
    blocks.extend(("p", [line]) for line in noise())
    blocks.append(("p", ["四、政府信息公开行政复议、行政诉讼情况"]))
    blocks.append(("t", tables["四"]))
    blocks.append(("p", ["五、存在的主要问题及改进情况"]))
    blocks.extend(("p", [prose()]) for _ in range(draw(st.integers(min_value=1, max_value=3))))
    blocks.append(("p", ["六、其他需要报告的事项"]))
    blocks.append(("p", [draw(st.sampled_from(("无。", "本年度未收取信息处理费。", prose())))]))
    blocks.extend(("p", [line]) for line in noise())

    if shape == "html":
        body = "\n".join("\n".join(lines) if kind == "t" else f"<p>{lines[0]}</p>" for kind, lines in blocks)
        source = f'<html><head><meta charset="utf-8"><title>{organ}</title></head><body>\n{body}\n</body></html>'
    else:
        source = "\n".join(line for _, lines in blocks for line in lines) + "\n"
    return Generated(source=source, shape=shape, table2=t2, table3=t3, table4=t4)


# --- properties -------------------------------------------------------------------------------------


def parse_or_none(source: str | bytes) -> Report | None:
    """Parse; InputError (the only acceptable exception) gives None."""
    try:
        return gd.parse(source)
    except gd.InputError:
        return None


def check_report(report: Report) -> None:
    """The shape-independent properties: tiling, raw within span, JSON round trip."""
    check_invariants(report)
    assert gd.loads(gd.dumps(report)) == report


def _value(cell: Cell | None) -> object:
    return None if cell is None else cell.value


def check_figures(report: Report, gen: Generated) -> None:
    """The generated tables' figures are the extracted ones, for the supported shapes."""
    if ("二", gen.shape) in SUPPORTED:
        got2 = {name: _value(getattr(report.active_disclosure, name)) for name in gen.table2}
        assert got2 == gen.table2, "table 二"
    if ("三", gen.shape) in SUPPORTED:
        apps = report.applications
        got3 = {}
        for name in gen.table3:
            row = getattr(apps, name)
            got3[name] = None if row is None else [_value(getattr(row, c)) for c in T3_COLUMNS]
        assert got3 == gen.table3, "table 三"
    if ("四", gen.shape) in SUPPORTED:
        rl = report.review_litigation
        got4 = {}
        for block in T4_BLOCKS:
            counts = getattr(rl, block)
            got4[block] = None if counts is None else [_value(getattr(counts, k)) for k in T4_KEYS]
        assert got4 == gen.table4, "table 四"


@examples(ci=60)
@given(generated_reports())
def test_generated_reports(gen: Generated) -> None:
    """Generated 2021 reports parse, keep the invariants and give back every printed table figure."""
    _count("generated")
    note(gen.source)
    report = parse_or_none(gen.source)
    assert report is not None, "a generated report is a readable document"
    check_report(report)
    check_figures(report, gen)


# --- mutations of the shared documents --------------------------------------------------------------


@functools.cache
def _shared_texts() -> tuple[str, ...]:
    return tuple(p.read_bytes().decode("utf-8", "replace") for p in SHARED_DOCS)


@functools.cache
def _s2t() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


_FULL: dict[str | int, str | int | None] = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}
_FULL[" "] = "\u3000"
_HALF: dict[str | int, str | int | None] = {v: k for k, v in _FULL.items() if isinstance(v, str)}
SPAM = (
    "澳门娱乐城",
    "www.spam-example.com",
    "| 首页 | 返回顶部 |",
    "一、",
    "（一）",
    "123456",
    "\n- 2 -\n",
    "<div>",
    "\n\n\n",
)


def mutate(text: str, op: str, a: float, b: float, extra: str) -> str:
    """Apply one mutation to the slice [a, b) (fractions of the length) of *text*."""
    i, j = sorted((int(a * len(text)), int(b * len(text))))
    piece = text[i:j]
    if op == "delete":
        return text[:i] + text[j:]
    if op == "duplicate":
        return text[:j] + piece + text[j:]
    if op == "full_width":
        return text[:i] + piece.translate(str.maketrans(_FULL)) + text[j:]
    if op == "half_width":
        return text[:i] + piece.translate(str.maketrans(_HALF)) + text[j:]
    if op == "traditional":
        return text[:i] + str(_s2t().convert(piece)) + text[j:]
    if op == "spam":
        return text[:i] + extra + text[i:]
    if op == "swap":
        return text[:i] + text[j:] + piece
    raise AssertionError(op)


MUTATIONS = st.tuples(
    st.sampled_from(("delete", "duplicate", "full_width", "half_width", "traditional", "spam", "swap")),
    st.floats(min_value=0, max_value=1),
    st.floats(min_value=0, max_value=1),
    st.one_of(st.sampled_from(SPAM), st.text(max_size=20)),
)


@needs_shared
@examples(ci=60)
@given(index=st.integers(min_value=0), mutations=st.lists(MUTATIONS, min_size=1, max_size=4))
def test_mutated_shared_documents(index: int, mutations: list[tuple[str, float, float, str]]) -> None:
    """Mutated real documents parse (or raise InputError) and keep the invariants."""
    _count("mutated")
    texts = _shared_texts()
    text = texts[index % len(texts)]
    for op, a, b, extra in mutations:
        text = mutate(text, op, a, b, extra)
    assume(text.strip())
    report = parse_or_none(text)
    if report is not None:
        check_report(report)


@needs_shared
@pytest.mark.parametrize("path", SHARED_DOCS, ids=[p.name for p in SHARED_DOCS])
def test_shared_documents_keep_invariants(path: Path) -> None:
    """Each real shared document, unmutated, keeps the invariants (the mutation fuzzing's baseline)."""
    report = gd.parse(path)
    check_report(report)


@examples(ci=200)
@given(st.text(max_size=300))
def test_arbitrary_text(text: str) -> None:
    """Any text parses or raises InputError, and keeps the invariants."""
    _count("arbitrary")
    report = parse_or_none(text)
    if report is not None:
        check_report(report)


@pytest.mark.parametrize("shape", SHAPES)
def test_one_generated_example_per_shape(shape: str) -> None:
    """A fixed example of each shape (fast smoke test, no Hypothesis)."""
    t2: dict[str, int | Decimal | None] = {
        name: i for i, name in enumerate(f for _, _, rows in T2_BLOCKS for _, fs in rows for f in fs)
    }
    t2["admin_fees_10k_yuan"] = Decimal("12.5")
    t2["licensing_decisions"] = None
    t3 = {name: [i, 1, 0, 2, 0, 1, i + 4] for i, (name, *_) in enumerate(T3_ROWS)}
    t4 = {block: [1, 2, 0, i, 3 + i] for i, block in enumerate(T4_BLOCKS)}
    tables = RENDERERS[shape](t2, t3, t4, "/")
    lines = [
        "一、总体情况",
        "二、主动公开政府信息情况",
        *tables["二"],
        "三、收到和处理政府信息公开申请情况",
        *tables["三"],
    ]
    lines += ["四、政府信息公开行政复议、行政诉讼情况", *tables["四"], "五、存在的主要问题及改进情况", "无。"]
    source = "\n".join(lines if shape != "html" else [f"<p>{x}</p>" if not x.startswith("<") else x for x in lines])
    if shape == "html":
        source = f"<html><body>{source}</body></html>"
    report = gd.parse(source)
    check_report(report)
    check_figures(report, Generated(source=source, shape=shape, table2=t2, table3=t3, table4=t4))
