"""Ingest: noise (breadcrumbs, chrome, navigation, footers, markup debris, spam) is marked, never removed."""

from __future__ import annotations

from govdisclosure.ingest import read
from govdisclosure.model import NoiseKind

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


def test_ordinary_words_are_not_spam() -> None:
    """Lottery welfare funds, app downloads and the internet are ordinary report content."""
    text = (
        "一、福利彩票公益金使用情况已按规定公开。\n二、政务APP下载量持续增长，APP平台运行平稳。\n"
        "三、依托互联网和政务网开展公开，电子邮箱a@b.com。"
    )
    assert _noise(text) == {}
