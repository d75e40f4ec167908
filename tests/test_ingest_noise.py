"""Ingest: noise (breadcrumbs, chrome, navigation, footers, markup debris, spam) is marked, never removed."""

from __future__ import annotations

import re
import string
import sys
from collections.abc import Sequence

from hypothesis import example, given
from hypothesis import strategies as st

from govdisclosure.ingest import noise, read
from govdisclosure.model import NoiseKind
from tests.conftest import SHARED_DOCS, needs_shared

PAGE = "\n".join(
    [
        '<tbody id="q1"></tbody>',
        "关怀版 无障碍",
        "您的位置：首页 > 信息公开 > 年度报告",
        "某某区审计局2023年政府信息公开工作年度报告",
        "发布日期：2024-01-20  浏览次数：35  字号：[大 中 小]",
        "一、总体情况",
        "2023年，本局坚持公开为常态，全年主动公开信息48条，收到申请2件。",
        "（一）主动公开情况。本局通过门户网站发布工作动态，zzbet体育_zzbet官网@:及时更新栏目内容。",
        "二、其他事项",
        "本年度未收取信息处理费。",
        "分享到：微信 微博",
        "【打印本页】【关闭窗口】",
        "版权所有：某某区审计局  备案号：某ICP备12345678号",
        "好运彩票平台|彩票网下载APP 某县 某市 某区",
    ]
)


def _noise(doc_text: str) -> dict[NoiseKind, list[str]]:
    doc = read(doc_text)
    out: dict[NoiseKind, list[str]] = {}
    for ns in doc.noise:
        assert doc.text[ns.span.start : ns.span.end] == ns.text
        out.setdefault(ns.kind, []).append(ns.text)
    return out


def test_page_noise_is_marked_and_kept_in_text() -> None:
    """Breadcrumb, chrome, share, footer, markup and spam lines are marked; the text is unchanged."""
    doc = read(PAGE)
    assert doc.text == PAGE
    found = _noise(PAGE)
    assert found[NoiseKind.MARKUP] == ['<tbody id="q1"></tbody>']
    assert found[NoiseKind.BREADCRUMB] == ["您的位置：首页 > 信息公开 > 年度报告"]
    assert "关怀版 无障碍" in found[NoiseKind.PAGE_CHROME]
    assert "发布日期：2024-01-20  浏览次数：35  字号：[大 中 小]" in found[NoiseKind.PAGE_CHROME]
    assert "【打印本页】【关闭窗口】" in found[NoiseKind.PAGE_CHROME]
    assert found[NoiseKind.SHARE] == ["分享到：微信 微博"]
    assert found[NoiseKind.FOOTER] == ["版权所有：某某区审计局  备案号：某ICP备12345678号"]
    assert "zzbet体育_zzbet官网@:" in found[NoiseKind.SPAM]
    assert "好运彩票平台|彩票网下载APP 某县 某市 某区" in found[NoiseKind.SPAM]
    codes = {d.code for d in doc.diagnostics}
    assert {"GD004", "GD005"} <= codes


def test_report_content_is_never_noise() -> None:
    """The title, headings and prose lines are not touched by any noise span."""
    doc = read(PAGE)
    for keep in ("某某区审计局2023年政府信息公开工作年度报告", "一、总体情况", "本年度未收取信息处理费。"):
        start = doc.text.index(keep)
        assert not any(n.span.start < start + len(keep) and start < n.span.end for n in doc.noise), keep
    # inline spam is exactly the junk characters, the sentence around it is content
    sentence = doc.text.index("（一）主动公开情况")
    inside = [n for n in doc.noise if n.span.start > sentence and n.kind is NoiseKind.SPAM]
    assert inside[0].text == "zzbet体育_zzbet官网@:"


def test_published_date_is_reported_as_metadata() -> None:
    """Values of chrome labels are offered on Document.metadata (发布日期 etc.)."""
    meta = dict(read(PAGE).metadata)
    assert meta["发布日期"] == "2024-01-20"
    assert meta["浏览次数"] == "35"


def test_traditional_chrome_matches_on_the_view() -> None:
    """Traditional-script chrome (當前位置, 發布時間) is recognised through the simplified view."""
    text = (
        "當前位置：網站首頁>政務公開\n某縣政府工作報告\n發布時間：2019-05-01 09:00\n"
        "一、總體情況\n全年共辦理申請事項若干件，均已辦結。"
    )
    found = _noise(text)
    assert found[NoiseKind.BREADCRUMB] == ["當前位置：網站首頁>政務公開"]
    assert found[NoiseKind.PAGE_CHROME] == ["發布時間：2019-05-01 09:00"]


def test_label_and_value_on_separate_lines() -> None:
    """A chrome label alone on a line above the body takes the short value line below it."""
    text = (
        "某局工作报告\n发布时间\n2022年03月01日 10:00:00\n来源\n某局办公室\n"
        "根据有关规定，现将本局年度工作情况报告如下，请审阅。"
    )
    found = _noise(text)
    assert found[NoiseKind.PAGE_CHROME] == ["发布时间", "2022年03月01日 10:00:00", "来源", "某局办公室"]


def test_weak_labels_in_the_body_are_content() -> None:
    """A body line that starts with 时间： (a work-plan deadline) is not chrome."""
    text = (
        "某县政务公开工作要点\n一、加强政策解读，做好回应关切工作，完善发布机制。\n"
        "时间：2023年底前\n二、推进基层政务公开标准化规范化，提升公开质量。"
    )
    assert NoiseKind.PAGE_CHROME not in _noise(text)


def test_pdf_page_numbers_and_running_headers() -> None:
    """Page numbers like '- 3 -' and a header repeated at every page edge are marked."""
    pages = []
    for n in range(1, 5):
        pages.append(
            f"- {n} -\n某市人民政府公报\n第{n}页的正文内容，这里是一段足够长的文字，说明本页情况。\n继续的正文。"
        )
    text = "\n".join(pages)
    found = _noise(text)
    assert found[NoiseKind.PAGE_NUMBER] == [f"- {n} -" for n in range(1, 5)]
    assert found[NoiseKind.PAGE_HEADER] == ["某市人民政府公报"] * 4


def test_brand_substituted_for_a_word_is_spam() -> None:
    """A made-up 'XX网络' brand that replaced a common word, seen in long and short form, is spam."""
    text = (
        "一、总体情况\n本市各级星河网络认真落实公开要求，取得较好成效。\n"
        "各星河网协调配合，推进重点领域公开工作。\n市直星河网络按时报送材料，做好互联网信息发布。\n"
        "相关星河网络将持续改进。"
    )
    found = _noise(text)
    assert found[NoiseKind.SPAM] == ["星河网络", "星河网", "星河网络", "星河网络"]


def test_seo_inserts_only_out_of_place() -> None:
    """'网站建设' inserted before a comma is spam; '政府网站建设工作' is content."""
    text = "一、加强政府网站建设工作，提高服务水平。\n二、全市共有服务项目12个网站建设，均已完成。"
    found = _noise(text)
    assert found[NoiseKind.SPAM] == ["网站建设"]
    doc = read(text)
    assert doc.noise[0].span.start > doc.text.index("二、")


def test_pinyin_readings_inserted_after_characters_are_spam() -> None:
    """Bracketed pinyin after characters is spam when a page has several; one gloss is content."""
    text = "一、本年度共制发规(guī)章2件，行政规范性文件(jiàn)5件，均已按时(shí)公开。"
    assert _noise(text)[NoiseKind.SPAM] == ["(guī)", "(jiàn)", "(shí)"]
    assert NoiseKind.SPAM not in _noise("“行(xíng)”字在此读作第二声，另有(a)(b)两项。")


def test_ordinary_words_are_not_spam() -> None:
    """Lottery welfare funds, app downloads and the internet are ordinary report content."""
    text = (
        "一、福利彩票公益金使用情况已按规定公开。\n二、政务APP下载量持续增长，APP平台运行平稳。\n"
        "三、依托互联网和政务网开展公开，电子邮箱a@b.com。"
    )
    assert _noise(text) == {}


# --- The fast path (cue lines only) against the straightforward pass over every line ---------------------


def _reference_brands(view: str, mark: noise._Marker) -> None:
    """Brand substitutions the straightforward way: every 网 of the view."""
    hits: dict[str, list[tuple[int, int]]] = {}
    pos = view.find("网", 2)
    while pos != -1:
        prefix, after = view[pos - 2 : pos], view[pos + 1 : pos + 2]
        cjk = all("\u4e00" <= ch <= "\u9fff" for ch in prefix)
        if cjk and after not in noise._NET_NEXT and prefix not in noise._LEGIT_NET_PREFIXES:
            hits.setdefault(prefix, []).append((pos - 2, pos + 2 if after == "络" else pos + 1))
        pos = view.find("网", pos + 1)
    for prefix, found in hits.items():
        forms = {end - start for start, end in found}
        if len(found) >= 3 and len(forms) >= 2 and view.count(prefix) == len(found):
            for start, end in found:
                mark.add(NoiseKind.SPAM, start, end)


def _reference_furniture(lines: list[noise._Line], pages: Sequence[int], mark: noise._Marker) -> None:
    """Page numbers and running headers the straightforward way: by line index."""
    rx = noise._patterns()
    edges: list[int] = []
    for i, line in enumerate(lines):
        if rx.dashed_number.fullmatch(line.bare):
            mark.line(NoiseKind.PAGE_NUMBER, line)
            edges.append(i)
    starts = set(pages)
    for i, line in enumerate(lines):
        if line.start in starts:
            edges.append(i)
            for j in (i - 1, i):
                if 0 <= j < len(lines) and rx.page_number.fullmatch(lines[j].bare):
                    mark.line(NoiseKind.PAGE_NUMBER, lines[j])
    where: dict[str, set[int]] = {}
    for edge in edges:
        for j in (edge - 2, edge - 1, edge + 1, edge + 2):
            if 0 <= j < len(lines):
                core = lines[j].core
                short = 0 < len(core) <= noise._SHORT and not rx.page_number.fullmatch(lines[j].bare)
                if short and not rx.sentence.search(core):
                    where.setdefault(core, set()).add(j)
    for found in where.values():
        if len(found) >= 3 and len(found) * 2 >= len(edges):
            for j in found:
                mark.line(NoiseKind.PAGE_HEADER, lines[j])


def reference_noise(text: str, view: str, pages: Sequence[int] = ()) -> noise.NoiseResult:
    """find_noise without any prefilter: every line through the line rules, every scan over the whole view."""
    mark = noise._Marker(text)
    lines = list(noise._lines(view))
    prose = [line.start for line in lines if noise._is_prose(line.core)]
    rules = noise._LinePass(text, mark, prose[0] if prose else len(view) + 1, prose[-1] if prose else -1)
    label: noise._Line | None = None
    for line in lines:
        label = line if rules.visit(line, label) else None
    noise._inline_spam(view, mark, [(0, len(view))])
    _reference_brands(view, mark)
    _reference_furniture(lines, pages, mark)
    return noise._result(text, mark, rules.metadata)


_FRAGMENTS = (
    "本机关全年主动公开政府信息一百二十条，比上年有所增加。",
    "依申请公开办理情况良好,总体平稳",
    "收到申请3件;已全部办结",
    "这是一段足够长的正文内容没有句号" * 5,
    "某县人民政府办公室",
    "一、总体情况",
    "发布日期:2024-01-05",
    "浏览次数:12",
    "发 布 时 间:",
    "发布时间",
    "来源",
    "时间:2023年底前",
    "字号:[大 中 小]",
    "2022年03月01日 10:00",
    "当前位置:首页 > 信息公开",
    "您的位置:",
    "首页 >",
    "首 页 »",
    "首页",
    "政务公开",
    "信息公开",
    "政府信息公开",
    "正文",
    "【打印本页】",
    "【关闭窗口】",
    "关怀版",
    "无障碍",
    "English",
    "ENGLISH",
    "分享到:",
    "微信",
    "微博",
    "QQ空间",
    "扫一扫",
    "版权所有:某某局",
    "Copyright ©2024",
    "COPYR\u0130GHT",
    "ICP备12345678号",
    "\u0131cp证",
    "联系我们",
    "网站地图",
    "主办单位:某局",
    "zzbet体育_zzbet官网@:",
    "好运彩票平台",
    "彩票网下载APP",
    "PK10",
    "p\u212a10",
    "seo优化",
    "\u017feo优化",
    "网站建设",
    "加强网站建设",
    "abc.vip",
    "www.example.gov.cn",
    "星河网络",
    "星河网",
    "星星网络",
    "星星网",
    "星星星网",
    "互联网",
    "体育投注",
    '<div class="x">',
    "</p>",
    "&nbsp;",
    "- 3 -",
    "第 2 页",
    "12",
    "3/10",
    "",
)
_LEADS = ("", "", "", " ", "\u3000\u3000", "• ", "【", "|", "-", "> ", "\t", "[ ")
_SEPS = ("", " ", " | ", ",", "，", "。", ":", "\u3000", "/", "_", ">")

_FURNITURE = ("- 3 -", " —12— ", "第 2 页", "第3页,共9页", "7", "某市人民政府公报", "某局文件", "")

_line = st.one_of(
    st.builds(
        lambda lead, parts, sep: lead + sep.join(parts),
        st.sampled_from(_LEADS),
        st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=3),
        st.sampled_from(_SEPS),
    ),
    st.sampled_from(_FURNITURE),  # page numbers and running headers at page edges
)


_LONG = "这是一段足够长的正文内容没有句号" * 5  # prose by its length alone


@given(st.lists(_line, min_size=1, max_size=40), st.sets(st.integers(0, 39), max_size=8))
@example(["首页", _LONG, "首页", "正文。", "首页"], set())
@example(["首页", "正文。", "首页", "• " + _LONG + " •", "首页"], set())
@example([_LONG, "首页", "正文。", "联系我们", _LONG, "网站地图"], set())
@example(["- 1 -", "发布时间", "2022年03月01日", "正文。", "- 2 -"], {0, 4})
@example(["【打印本页】", "正文。"], set())
def test_fast_path_equals_every_line_pass(lines: list[str], page_lines: set[int]) -> None:
    """find_noise (cue lines only) gives the same spans, diagnostics and metadata as visiting every line."""
    view = "\n".join(lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    pages = sorted(starts[i] for i in page_lines if i < len(starts))
    assert noise.find_noise(view, view, pages=pages) == reference_noise(view, view, pages)


@needs_shared
def test_fast_path_equals_every_line_pass_on_shared_documents() -> None:
    """On every shared document the fast path and the every-line pass agree."""
    for path in SHARED_DOCS:
        doc = read(path)
        assert noise.find_noise(doc.text, doc.view) == reference_noise(doc.text, doc.view), path.name


def test_case_variants_are_exactly_ignorecase() -> None:
    """Case variants are what re.IGNORECASE and str.lower() equate, so the flag-free patterns match the same."""
    from govdisclosure.lexicon import noise as lex

    chars = set(string.ascii_lowercase).union(*lex.FOOTER_STRONG_WORDS, *lex.GAMBLING_STRONG, *lex.SEO_INSERTS)
    any_of = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]", re.IGNORECASE)
    related = {c: set(c) for c in chars}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if any_of.fullmatch(ch) is not None or ch.lower() in related:
            for c in chars:
                if re.fullmatch(re.escape(c), ch, re.IGNORECASE) or ch.lower() == c:
                    related[c].add(ch)
    for c, found in related.items():
        assert set(noise._case_variants(c)) == found, c


def test_line_lead_space_is_all_white_space_but_the_line_break() -> None:
    """The spelled-out white space of the line-start cue is exactly \\s without the line break."""
    space = re.compile(f"[{noise._SPACE_NOT_NL}]")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert (space.fullmatch(ch) is not None) == (ch.isspace() and ch != "\n"), hex(code)


@given(st.text(alphabet="一二网络", max_size=40))
def test_bigram_counts_equal_str_count(text: str) -> None:
    """Counting brand prefixes in one pass gives str.count for each (non-overlapping occurrences)."""
    bigrams = {a + b for a in "一二网络" for b in "一二网络"}
    assert noise._bigram_counts(text, bigrams) == {b: text.count(b) for b in bigrams}


def test_many_brand_prefixes_are_counted_together() -> None:
    """A page of many different substituted brands (counted in one pass) is marked as the per-brand count would."""
    prefixes = [chr(0x4E00 + i // 60) + chr(0x4E00 + 100 + i % 60) for i in range(1500)]
    view = "".join(f"{p}网络,{p}网,{p}网," for p in prefixes)
    assert len(noise.find_noise(view, view).noise) == 3 * len(prefixes)
    assert noise.find_noise(view, view) == reference_noise(view, view)
