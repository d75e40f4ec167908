"""Ingest benchmarks: a synthetic 5 MB HTML page, a table-only page, the shared corpus, deep nesting.

Run from the repository root: ``.venv/bin/python benchmarks/ingest.py [--corpus ../shared] [--runs 5]``.

Every figure is the best of *runs* calls, as wall time and as CPU time of this
process (``time.process_time``): on a shared, busy machine the CPU figure is
the steadier one.  The load average is printed first.  For the 5 MB page the
time of ``read()`` is split into the stages it runs (HTML reader, matching
view, noise, language, the rest), so a regression shows where it is.
Nesting is timed at two depths: linear means about 4x for 4x the input.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections.abc import Callable
from pathlib import Path

from govdisclosure.ingest import read
from govdisclosure.ingest.html import html_to_text
from govdisclosure.ingest.language import detect_language
from govdisclosure.ingest.noise import find_noise
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


def table_page(rows: int = 7000) -> bytes:
    """One table of *rows* rows × 8 cells (about 1 MB): the per-cell cost alone."""
    rng = random.Random(7)
    body = "".join(
        f"<tr><td colspan=3>{_para(rng, 12)}</td>"
        + "".join(f"<td>{rng.randint(0, 99)}</td>" for _ in range(7))
        + "</tr>"
        for _ in range(rows)
    )
    return f"<html><body><table>{body}</table></body></html>".encode()


def best(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Best wall time and best CPU time (seconds) of *runs* calls."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    return min(walls), min(cpus)


def _row(label: str, mb: float, times: tuple[float, float]) -> str:
    wall, cpu = times
    rate = f"{mb / wall:6.1f} MB/s wall {mb / cpu:6.1f} MB/s cpu" if mb else ""
    return f"  {label:28s} {wall * 1000:7.0f} ms wall {cpu * 1000:7.0f} ms cpu  {rate}"


def main() -> None:
    """Run the benchmarks and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--runs", type=int, default=5, help="best of this many runs (default 5)")
    args = parser.parse_args()
    runs: int = args.runs
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs; best of {runs}")

    page = synthetic_page()
    mb = len(page) / 1e6
    text = page.decode("utf-8")
    doc = read(page)
    plain = doc.text
    view = doc.view
    print(f"5 MB HTML page: {mb:.2f} MB, {len(doc.tables)} tables, {len(doc.noise)} noise spans")
    print(_row("read() HTML -> Document", mb, best(lambda: read(page), runs)))
    print(_row("  html_to_text", mb, best(lambda: html_to_text(text), runs)))
    print(_row("  matching_view", 0, best(lambda: matching_view(plain), runs)))
    print(_row("  find_noise", 0, best(lambda: find_noise(plain, view), runs)))
    print(_row("  detect_language", 0, best(lambda: detect_language(plain, view), runs)))

    tables = table_page()
    tmb = len(tables) / 1e6
    tdoc = read(tables)
    cells = sum(len(t.cells) for t in tdoc.tables)
    print(f"table-only page: {tmb:.2f} MB, {cells} cells")
    print(_row("read()", tmb, best(lambda: read(tables), runs)))
    ttext = tables.decode("utf-8")
    t_html = best(lambda: html_to_text(ttext), runs)
    print(_row("  html_to_text", tmb, t_html) + f"  {t_html[1] / cells * 1e6:.1f} µs cpu/cell")

    files = sorted(p for p in args.corpus.rglob("*") if p.is_file() and p.parent.name in {"docs", "seeds"})
    if files:
        total = sum(p.stat().st_size for p in files)
        print(f"shared corpus: {len(files)} files, {total / 1e3:.1f} KB")
        print(_row("read() every file", total / 1e6, best(lambda: [read(p) for p in files], runs)))
    else:
        print("shared corpus: not found (pass --corpus)")

    print("nested <div> (stdlib fallback above the depth cap; linear = ~4x for 4x):")
    for n in (10_000, 40_000):
        nested = "<html><body>" + "<div>" * n + "文字" + "</div>" * n + "</body></html>"
        print(_row(f"depth {n}", 0, best(lambda nested=nested: read(nested), runs)))  # type: ignore[misc]


if __name__ == "__main__":
    main()
