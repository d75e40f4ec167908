"""Ingest benchmarks: a synthetic 5 MB HTML page, the shared corpus, and 40 000-level nesting.

Run from the repository root: ``.venv/bin/python benchmarks/ingest.py [--corpus ../shared]``.
Prints MB/s (best of three) for HTML → Document, the split between the HTML
reader and the rest (matching view, noise, language), corpus throughput, and
the time for nested markup at two depths (linear means ~4x for 4x input).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from govdisclosure.ingest import read
from govdisclosure.ingest.html import html_to_text
from govdisclosure.normalize.text import matching_view

_CHARS = "政府信息公开工作年度报告本机关依申请主动行政复议诉讼总体情况收到处理数量件条项推进完善加强规范服务平台网站"


def _para(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_CHARS) for _ in range(n))


def synthetic_block(rng: random.Random) -> str:
    """About 20 KB like a real page: breadcrumb, a 20-link menu, paragraphs, script/style, a merged table."""
    parts = ['<div class="position">当前位置：<a href="/">首页</a> &gt; <a>信息公开</a> &gt; 年度报告</div>']
    parts.append('<ul class="menu">' + "".join(f'<li><a href="/c{i}">栏目{i}</a></li>' for i in range(20)) + "</ul>")
    parts.append("<script>var x = 1; function f(){ return '<p>x</p>'; }</script><style>p{margin:0}</style>")
    parts.extend(f"<p>　　{_para(rng, 170)}，共{i}件。</p>" for i in range(30))
    header = (
        '<tr><td colspan="3" rowspan="3">说明</td><td colspan="7">申请人情况</td></tr>'
        '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>'
        "<tr>" + "".join(f"<td>类{i}</td>" for i in range(5)) + "</tr>"
    )
    body = "".join(
        f'<tr><td colspan="3">{_para(rng, 12)}</td>'
        + "".join(f"<td>{rng.randint(0, 99)}</td>" for _ in range(7))
        + "</tr>"
        for _ in range(25)
    )
    parts.append(f'<table border="1">{header}{body}</table>')
    parts.append('<div id="footer">版权所有 某某网站 ICP备00000000号</div><!-- comment -->')
    return "\n".join(parts)


def synthetic_page(size: int = 5_000_000) -> bytes:
    """A page of about *size* bytes: the synthetic block repeated."""
    rng = random.Random(5)
    block = synthetic_block(rng).encode("utf-8")
    head = b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>'
    return head + block * (size // len(block) + 1) + b"</body></html>"


def best(fn: Callable[[], object], runs: int = 3) -> float:
    """Best wall time of *runs* calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Run the three benchmarks and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = parser.parse_args()

    page = synthetic_page()
    mb = len(page) / 1e6
    t_read = best(lambda: read(page))
    text = page.decode("utf-8")
    t_html = best(lambda: html_to_text(text))
    plain = html_to_text(text).text
    t_view = best(lambda: matching_view(plain))
    doc = read(page)
    print(f"5 MB HTML page: {mb:.2f} MB, {len(doc.tables)} tables, {len(doc.noise)} noise spans")
    print(f"  read() HTML -> Document   {t_read * 1000:7.0f} ms  {mb / t_read:6.1f} MB/s")
    print(f"  html_to_text alone        {t_html * 1000:7.0f} ms  {mb / t_html:6.1f} MB/s")
    print(f"  matching_view alone       {t_view * 1000:7.0f} ms  (normalize.text)")

    files = sorted(p for p in args.corpus.rglob("*") if p.is_file() and p.parent.name in {"docs", "seeds"})
    if files:
        total = sum(p.stat().st_size for p in files)
        t_corpus = best(lambda: [read(p) for p in files])
        rate = total / 1e6 / t_corpus
        print(f"shared corpus: {len(files)} files, {total / 1e3:.1f} KB, {t_corpus * 1000:.1f} ms, {rate:.1f} MB/s")
    else:
        print("shared corpus: not found (pass --corpus)")

    for n in (10_000, 40_000):
        nested = "<html><body>" + "<div>" * n + "文字" + "</div>" * n + "</body></html>"
        t_nested = best(lambda nested=nested: read(nested))  # type: ignore[misc]
        print(f"nested <div> x {n:6d}: {t_nested * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
