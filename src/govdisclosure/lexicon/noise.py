"""Noise lexicon: words that mark page chrome, navigation, footers, share buttons and injected spam.

Everything here is matched against the *matching view* (simplified characters,
half-width ASCII), so entries are written in simplified Chinese with ASCII
punctuation.  The ingest stage (:mod:`govdisclosure.ingest.noise`) turns these
words into patterns once, at import time.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "BREADCRUMB_LABELS",
    "CHANNEL_NAMES",
    "CHROME_BARE",
    "CHROME_LABELS",
    "CHROME_VALUE_LABELS",
    "CHROME_WEAK_LABELS",
    "FOOTER_STRONG_WORDS",
    "FOOTER_WORDS",
    "GAMBLING_STRONG",
    "GAMBLING_WEAK",
    "HTML_NOISE_CLASSES",
    "MIN_PINYIN_READINGS",
    "PINYIN_READING",
    "PINYIN_TONED",
    "SEO_INSERTS",
    "SEO_LEGIT_BEFORE",
    "SHARE_WORDS",
    "SPAM_BRAND_SUFFIXES",
    "SPAM_TLDS",
]

#: A line starting with one of these (then ``:``) is a breadcrumb trail.
BREADCRUMB_LABELS: Final[tuple[str, ...]] = (
    "您当前所在位置",
    "您当前的位置",
    "您当前位置",
    "您现在的位置",
    "您所在的位置",
    "您的位置",
    "你的位置",
    "当前所在位置",
    "当前的位置",
    "当前位置",
    "所在位置",
    "现在位置",
)

#: Labels of page chrome that carry a value after ``:`` (``发布日期:2024-01-02``).
#: The value is page metadata; the line stays in the text and is also reported
#: on :attr:`Document.metadata`.
CHROME_VALUE_LABELS: Final[tuple[str, ...]] = (
    "发布时间",
    "发布日期",
    "发文日期",
    "成文日期",
    "公文生成日期",
    "生成日期",
    "撰写时间",
    "更新时间",
    "更新日期",
    "信息来源",
    "来源",
    "时间",
    "日期",
    "作者",
    "编辑",
    "责任编辑",
    "发布机构",
    "发布单位",
    "发文机关",
    "索引号",
    "主题分类",
    "信息分类",
    "组配分类",
    "体裁分类",
    "主题词",
    "文号",
    "备注/文号",
    "发文字号",
    "有效性",
    "浏览次数",
    "浏览量",
    "访问量",
    "访问次数",
    "点击数",
    "点击量",
    "点击率",
    "阅读次数",
    "阅读量",
    "字号",
    "字体",
    "文字大小",
    "字体大小",
)

#: Labels that also start ordinary lines of a report body (``时间:2023年底前``): a line
#: with only one of these is chrome only above the first paragraph or below the last.
CHROME_WEAK_LABELS: Final[tuple[str, ...]] = ("时间", "日期", "来源", "作者", "编辑", "文号", "有效性", "主题词")

#: Chrome words that stand alone (buttons, toggles, font-size pickers).
CHROME_BARE: Final[tuple[str, ...]] = (
    "关怀版",
    "无障碍",
    "无障碍浏览",
    "长者模式",
    "适老化",
    "登录",
    "注册",
    "登陆",
    "打印",
    "打印本页",
    "打印此页",
    "打印正文",
    "关闭",
    "关闭窗口",
    "关闭本页",
    "返回顶部",
    "返回",
    "收藏",
    "加入收藏",
    "设为首页",
    "默认",
    "繁体",
    "简体",
    "繁體",
    "简体版",
    "繁体版",
    "english",
    "放大",
    "缩小",
    "护眼",
)

#: Every chrome label, with and without a value (used to recognise a label alone on a line).
CHROME_LABELS: Final[tuple[str, ...]] = CHROME_VALUE_LABELS

#: Channel names that appear as a navigation line of their own above the title.
CHANNEL_NAMES: Final[tuple[str, ...]] = (
    "首页",
    "网站首页",
    "政府信息公开",
    "信息公开",
    "政务公开",
    "政府信息公开目录",
    "信息公开目录",
    "法定主动公开内容",
    "政府信息公开年报",
    "年度报告",
    "政府信息公开年度报告",
    "新闻中心",
    "新闻动态",
    "政务动态",
    "互动交流",
    "政民互动",
    "办事服务",
    "政务服务",
    "走进",
    "通知公告",
    "信息浏览",
    "正文",
)

#: Words of a site footer (a short line holding one of these is a footer line).
FOOTER_WORDS: Final[tuple[str, ...]] = (
    "版权所有",
    "copyright",
    "主办单位",
    "承办单位",
    "主办:",
    "承办:",
    "协办单位",
    "维护单位",
    "技术支持",
    "icp备",
    "icp证",
    "公网安备",
    "网站标识码",
    "网站识别码",
    "网站地图",
    "联系我们",
    "隐私声明",
    "隐私政策",
    "免责声明",
    "建议使用",
    "分辨率",
    "浏览器浏览",
    "政府网站找错",
)

#: Footer words that mark a line as a site footer anywhere on the page (matched ignoring case).
FOOTER_STRONG_WORDS: Final[tuple[str, ...]] = (
    "版权所有",
    "copyright",
    "©",
    "icp备",
    "icp证",
    "公网安备",
    "网站标识码",
    "网站识别码",
)

#: Share widgets.
SHARE_WORDS: Final[tuple[str, ...]] = (
    "分享到",
    "分享至",
    "扫一扫",
    "扫码",
    "在手机打开",
    "手机扫描",
    "微信扫一扫",
    "分享",
    "微信",
    "微博",
    "qq空间",
    "qq好友",
    "新浪微博",
    "腾讯微博",
    "微信好友",
    "朋友圈",
)

#: Gambling/betting words that never occur in a government report: one is enough.
GAMBLING_STRONG: Final[tuple[str, ...]] = (
    "博彩",
    "娱乐城",
    "娱乐场",
    "百家乐",
    "老虎机",
    "时时彩",
    "六合彩",
    "发财计划",
    "真人视讯",
    "真人娱乐",
    "体育投注",
    "网上投注",
    "投注平台",
    "棋牌游戏",
    "电子游艺",
    "彩票平台",
    "彩票网",
    "购彩",
    "澳门新葡京",
    "葡京",
    "皇冠体育",
    "开元棋牌",
    "快3",
    "pk10",
    "北京赛车",
    "幸运飞艇",
)

#: Words that are spam only next to a Latin brand or another spam word (``xbet体育``, ``xx官网``).
GAMBLING_WEAK: Final[tuple[str, ...]] = (
    "体育",
    "官网",
    "官方网站",
    "娱乐",
    "彩票",
    "平台",
    "网址",
    "登录",
    "注册",
    "下载",
    "app",
    "国际",
    "集团",
    "手机版",
    "网页版",
    "客户端",
)

#: Suffixes of a brand name that a mirror site substitutes for a common word (``某某网络``).
SPAM_BRAND_SUFFIXES: Final[tuple[str, ...]] = ("网络", "网")

#: SEO phrases a mirror site inserts mid-sentence.
SEO_INSERTS: Final[tuple[str, ...]] = (
    "网站建设",
    "网站制作",
    "网站开发",
    "网站设计",
    "网站优化",
    "网站推广",
    "网页设计",
    "网页制作",
    "seo优化",
    "关键词排名",
    "整站优化",
)

#: A character just before an SEO phrase that makes it ordinary prose (``政府网站建设``, ``加强网站建设``).
SEO_LEGIT_BEFORE: Final[str] = '府户门强进抓的和与及、,("类级局委办县市省区镇乡街体好化范动展做在对'

#: Top-level domains used by spam mirrors (a bare domain with one of these is spam).
SPAM_TLDS: Final[tuple[str, ...]] = (
    "vip",
    "cc",
    "top",
    "xyz",
    "bet",
    "casino",
    "club",
    "win",
    "live",
    "fun",
    "icu",
    "tk",
    "ws",
    "me",
)

#: Vowels with a tone mark: a bracketed Latin run holding one after a character is a pinyin
#: reading (``规(guī)章``), junk that some mirror sites put after every few characters.
PINYIN_TONED: Final[str] = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"

#: Such a reading as a regex: one tone-marked syllable in brackets, right after a Chinese
#: character (the bracket comes first, so a search skips from bracket to bracket).
PINYIN_READING: Final[str] = rf"\((?<=[\u4e00-\u9fff]\()[a-zü]{{0,5}}[{PINYIN_TONED}][a-zü]{{0,5}}\)"

#: A page needs this many bracketed pinyin readings before they are marked as spam (one may be
#: a real gloss).
MIN_PINYIN_READINGS: Final[int] = 3

#: ``class``/``id`` tokens of HTML elements that hold navigation, breadcrumbs, footers or share widgets.
HTML_NOISE_CLASSES: Final[dict[str, str]] = {
    "nav": "navigation",
    "navbar": "navigation",
    "navigation": "navigation",
    "menu": "navigation",
    "topnav": "navigation",
    "mainnav": "navigation",
    "breadcrumb": "breadcrumb",
    "breadcrumbs": "breadcrumb",
    "crumb": "breadcrumb",
    "crumbs": "breadcrumb",
    "position": "breadcrumb",
    "location": "breadcrumb",
    "dqwz": "breadcrumb",
    "weizhi": "breadcrumb",
    "footer": "footer",
    "foot": "footer",
    "copyright": "footer",
    "bottom": "footer",
    "share": "share",
    "bdshare": "share",
    "fenxiang": "share",
}
