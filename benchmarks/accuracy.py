"""Accuracy harness: parse a corpus, map each Report to the truth schema, score it.

Usage::

    python benchmarks/accuracy.py --corpus DIR [--json OUT] [--quiet]

``DIR`` holds ``docs/`` (any files) and optionally ``truth/<id>.json`` (the
schema of ``shared/corpus/README.md``; a directory of ``*.txt`` next to a
``truth/`` folder, as in ``shared/seeds``, works too).  Scoring follows that
README: for every truth path with a non-null value, the prediction is
*correct* (strings equal after removing white space, numbers numerically,
dates as ``YYYY-MM-DD``), *wrong* (a different non-null value) or *missing*.
Predictions where the truth is null are *unverified*.  Headline: numeric
precision = correct / (correct + wrong), numeric recall = correct / all
numeric truth values, text accuracy = correct / all text truth values.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import govdisclosure as gd
from govdisclosure.model import ApplicantCounts, Cell, LabelledQuantity, OutcomeCounts

BOOKKEEPING = {"id", "notes", "complete", "derived_fields", "noise", "truncated"}
APPLICANT_COLUMNS = ("natural_person", "commercial", "research", "social", "legal", "other")
CHANNELS = ("in_person", "online", "fax", "letter", "email", "phone", "other")
OUTCOME_KEYS = ("maintained", "corrected", "other", "pending", "total")

# Truth keys of service-hall figures that the library files under another name or
# only in ``other``: a figure is found when a quantity's field is the key, or its
# label contains one of these words (the README's "label or an alias").
SERVICE_ALIASES: dict[str, tuple[str, ...]] = {
    "units_stationed": ("进驻", "入驻", "部门", "单位"),
    "staff": ("工作人员", "人员"),
    "items": ("事项",),
    "windows": ("窗口",),
    "handled": ("办件", "办理", "受理", "办结", "收件"),
    "one_visit_items": ("跑一次", "一次办", "跑一趟", "办一次"),
    "max_one_visit_items": ("跑一次", "跑一趟"),
    "zero_visit_items": ("零跑", "不跑", "不用跑"),
    "one_window_items": ("一窗",),
    "online_rate_percent": ("网上", "网办", "在线"),
    "satisfaction_percent": ("满意",),
    "visits_served": ("人次", "接待", "服务"),
    "banners": ("锦旗",),
    "praise_letters": ("表扬信", "感谢信"),
    "mayor_mailbox_letters": ("信箱",),
    "mayor_mailbox_reply_rate_percent": ("信箱", "回复率", "答复率"),
    "mayor_mailbox_satisfaction_percent": ("满意",),
    "platform_departments": ("部门",),
    "platform_items": ("事项", "服务项目"),
    "websites": ("网站",),
    "working_groups": ("工作组",),
    "area_m2": ("面积", "平方米"),
    "online_handled": ("网上", "网办", "审批网", "服务网"),
    "online_applications": ("网上申请", "在线申请", "申请", "在线申报", "网上申报"),
    "certificates_removed": ("证明",),
    "items_in_center": ("事项",),
    "township_items": ("乡镇", "事项"),
}


# --------------------------------------------------------------------------- mapping


def _num(value: object) -> int | float | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, int | float):
        return value
    return None


def _cell(cell: Cell | None) -> int | float | None:
    return None if cell is None else _num(cell.value)


def _row_total(row: ApplicantCounts | None) -> int | float | None:
    return None if row is None else _cell(row.total)


def _outcome(block: OutcomeCounts | None) -> dict[str, Any] | None:
    if block is None:
        return None
    out = {k: _cell(getattr(block, k)) for k in OUTCOME_KEYS}
    return out if any(v is not None for v in out.values()) else None


def _quantity_entry(lq: LabelledQuantity) -> dict[str, Any]:
    q = lq.quantity
    return {
        "label": lq.label,
        "field": lq.field,
        "level": lq.level,
        "value": _num(q.value),
        "unit": q.unit,
        "approx": q.approximation.value,
        "raw": q.raw,
    }


def report_to_truth(report: gd.Report) -> dict[str, Any]:
    """Map a :class:`~govdisclosure.Report` onto the truth schema of the corpus README."""
    apps = report.applications
    rl = report.review_litigation
    ad = report.active_disclosure
    other_total = _row_total(apps.other_total)
    if other_total is None:  # the 2019 form's （六）其他处理 is a single row
        other_total = _row_total(apps.other_processing)
    by_applicant = None
    if apps.new_received is not None:
        by_applicant = {k: _cell(getattr(apps.new_received, k)) for k in APPLICANT_COLUMNS}
        if all(v is None for v in by_applicant.values()):
            by_applicant = None
    by_channel = None
    if apps.by_channel is not None:
        by_channel = {k: _cell(getattr(apps.by_channel, k)) for k in CHANNELS}
        by_channel = {k: v for k, v in by_channel.items() if v is not None} or None
    review = _outcome(rl.review)
    direct = _outcome(rl.litigation_direct)
    after = _outcome(rl.litigation_after_review)
    active: dict[str, Any] = {}
    for attr in gd.ActiveDisclosure.__attrs_attrs__:  # type: ignore[attr-defined]
        if attr.name == "legacy_rows":
            continue
        active[attr.name] = _cell(getattr(ad, attr.name))
    service: dict[str, list[dict[str, Any]]] = {}
    for attr in gd.ServiceHallMetrics.__attrs_attrs__:  # type: ignore[attr-defined]
        entries = getattr(report.service_hall, attr.name)
        if entries:
            service[attr.name] = [_quantity_entry(lq) for lq in entries]
    key_areas = [
        {"area": ka.area, "area_label": ka.label, **_quantity_entry(lq)} for ka in report.key_areas for lq in ka.counts
    ]
    return {
        "kind": report.kind.value,
        "title": report.title.value if report.title else None,
        "organ": report.organ.value if report.organ else None,
        "year": report.year,
        "published": report.published.value.isoformat() if report.published else None,
        "signed": report.signed.value.isoformat() if report.signed else None,
        "template": report.template.value if report.template else None,
        "language": report.language.value,
        "period": [report.period.start.isoformat(), report.period.end.isoformat()] if report.period else None,
        "sections": [s.heading for s in report.top_sections()],
        "applications": {
            "new_received_total": _row_total(apps.new_received),
            "carried_over_total": _row_total(apps.carried_over),
            "granted": _row_total(apps.granted),
            "partially_granted": _row_total(apps.partially_granted),
            "denied_total": _row_total(apps.denied_total),
            "unable_to_provide_total": _row_total(apps.unable_total),
            "not_processed_total": _row_total(apps.not_processed_total),
            "other_total": other_total,
            "outcome_total": _row_total(apps.outcome_total),
            "carried_forward": _row_total(apps.carried_forward),
            "by_applicant_new_received": by_applicant,
            "by_channel": by_channel,
        },
        "review_litigation": {
            "review_total": review["total"] if review else None,
            "litigation_direct_total": direct["total"] if direct else None,
            "litigation_after_review_total": after["total"] if after else None,
            "litigation_total": _cell(rl.litigation_total),
            "review": review,
            "litigation_direct": direct,
            "litigation_after_review": after,
        },
        "active_disclosure": active,
        "document_number": report.document_number.canonical if report.document_number else None,
        "fees": _cell(apps.fees_charged),
        "contacts": {
            "phones": [c.value for c in report.contacts.phones],
            "fax": [c.value for c in report.contacts.fax],
            "emails": [c.value for c in report.contacts.emails],
            "urls": [c.value for c in report.contacts.urls],
        },
        "cited_documents": [d.canonical for d in report.cited_documents],
        "key_area_counts": key_areas,
        "service_hall": service,
        "tasks": [
            {
                "number": t.number,
                "title": t.title,
                "responsible": t.responsible_text,
                "group": t.group,
                "deadline": t.deadline,
            }
            for t in report.tasks
        ],
        "metadata_block": {m.key: m.value for m in report.metadata},
        "declared_parts": [p.value for p in report.declared_parts],
        "diagnostics": [d.code for d in report.diagnostics],
    }


# --------------------------------------------------------------------------- scoring

_WS = re.compile(r"\s+")


def _norm_text(value: object) -> str:
    return _WS.sub("", str(value))


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _equal(truth: object, pred: object) -> bool:
    if _is_number(truth):
        return _is_number(pred) and abs(float(truth) - float(pred)) < 1e-9  # type: ignore[arg-type]
    return _norm_text(truth) == _norm_text(pred)


class Score:
    """Correct / wrong / missing counts per field, plus the list of wrong values."""

    def __init__(self) -> None:
        self.fields: dict[str, dict[str, int]] = defaultdict(lambda: {"correct": 0, "wrong": 0, "missing": 0})
        self.kinds: dict[str, dict[str, int]] = {
            "numeric": {"correct": 0, "wrong": 0, "missing": 0},
            "text": {"correct": 0, "wrong": 0, "missing": 0},
        }
        self.wrong: list[tuple[str, str, object, object]] = []
        self.missing: list[tuple[str, str, object]] = []
        self.unverified: list[tuple[str, str, object]] = []

    def add(self, doc: str, path: str, truth: object, pred: object) -> None:
        field = re.sub(r"\[\d+\]", "[]", path)
        kind = "numeric" if _is_number(truth) else "text"
        if pred is None or pred in ([], {}):
            outcome = "missing"
            self.missing.append((doc, path, truth))
        elif _equal(truth, pred):
            outcome = "correct"
        else:
            outcome = "wrong"
            self.wrong.append((doc, path, truth, pred))
        self.fields[field][outcome] += 1
        self.kinds[kind][outcome] += 1


def _walk(truth: object, pred: object, path: str) -> Iterator[tuple[str, object, object]]:
    """Yield (path, truth leaf, predicted leaf) for every non-null truth leaf."""
    if truth is None:
        return
    if isinstance(truth, dict):
        pd = pred if isinstance(pred, dict) else {}
        for key, value in truth.items():
            yield from _walk(value, pd.get(key), f"{path}.{key}" if path else key)
    elif isinstance(truth, list):
        pl = pred if isinstance(pred, list) else []
        for i, value in enumerate(truth):
            yield from _walk(value, pl[i] if i < len(pl) else None, f"{path}[{i}]")
    else:
        yield path, truth, pred


def _label_match(truth_label: str, pred_label: str) -> bool:
    a, b = _norm_text(truth_label), _norm_text(pred_label)
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def _score_key_areas(score: Score, doc: str, truth: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
    for i, item in enumerate(truth):
        path = f"key_area_counts[{i}]"
        cands = [p for p in pred if _label_match(item["label"], p.get("label") or "")]
        cands += [p for p in pred if _label_match(item["label"], p.get("area_label") or "")]
        hit = next((p for p in cands if _equal(item["value"], p["value"])), None)
        if hit is None and not cands:
            hit = next(
                (p for p in pred if _equal(item["value"], p["value"]) and p.get("unit") == item.get("unit")), None
            )
            if hit is not None and not _label_match(item["label"], hit.get("label") or ""):
                hit = None
        if hit is not None:
            score.add(doc, path + ".value", item["value"], hit["value"])
        elif cands:
            score.add(doc, path + ".value", item["value"], cands[0]["value"])
        else:
            score.add(doc, path + ".value", item["value"], None)


def _service_candidates(key: str, pred: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    named = list(pred.get(key, []))
    aliases = SERVICE_ALIASES.get(key, ())
    others = [q for qs in pred.values() for q in qs if q not in named]
    named += [q for q in others if any(a in (q.get("label") or "") for a in aliases)]
    return named


def _score_service(score: Score, doc: str, truth: dict[str, Any], pred: dict[str, list[dict[str, Any]]]) -> None:
    for key, value in truth.items():
        if value is None:
            continue
        cands = _service_candidates(key, pred)
        if isinstance(value, dict) and "value" not in value:  # by level
            for level, v in value.items():
                if v is None:
                    continue
                lc = [q for q in cands if q.get("level") == level] or []
                hit = next((q for q in lc if _equal(v, q["value"])), None)
                pv = hit["value"] if hit else (lc[0]["value"] if lc else None)
                score.add(doc, f"service_hall.{key}.{level}", v, pv)
            continue
        target = value["value"] if isinstance(value, dict) else value
        hit = next((q for q in cands if _equal(target, q["value"])), None)
        exact = list(pred.get(key, []))
        pv = hit["value"] if hit else (exact[0]["value"] if exact else None)
        score.add(doc, f"service_hall.{key}", target, pv)
        if isinstance(value, dict) and value.get("approx") and hit is not None:
            score.add(doc, f"service_hall.{key}.approx", value["approx"], hit.get("approx"))


def _score_tasks(score: Score, doc: str, truth: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
    for i, item in enumerate(truth):
        p = pred[i] if i < len(pred) else {}
        for key in ("number", "title", "responsible", "group", "deadline"):
            if item.get(key) is not None:
                score.add(doc, f"tasks[{i}].{key}", item[key], p.get(key))


def score_document(score: Score, doc: str, truth: dict[str, Any], pred: dict[str, Any]) -> None:
    """Add one document's comparisons to *score*."""
    for key, value in truth.items():
        if key in BOOKKEEPING or value is None:
            continue
        if key == "key_area_counts":
            _score_key_areas(score, doc, value, pred.get(key) or [])
        elif key == "service_hall":
            _score_service(score, doc, value, pred.get(key) or {})
        elif key == "tasks":
            _score_tasks(score, doc, value, pred.get(key) or [])
        else:
            for path, t, p in _walk(value, pred.get(key), key):
                score.add(doc, path, t, p)
    for path, p, t in _walk(_prune(pred), truth, ""):
        if t is None and path.split(".")[0] not in {"diagnostics", "service_hall", "key_area_counts", "tasks"}:
            score.unverified.append((doc, path, p))


def _prune(value: object) -> object:
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v not in (None, [], {})}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


# --------------------------------------------------------------------------- driver


def _docs_dir(corpus: Path) -> Path:
    return corpus / "docs" if (corpus / "docs").is_dir() else corpus


def _pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:.1f}%" if b else "n/a"


def run(corpus: Path, out: Path | None = None, *, quiet: bool = False) -> dict[str, Any]:
    """Parse every document of *corpus*, score against its truth, print a report; return the summary."""
    docs = sorted(p for p in _docs_dir(corpus).iterdir() if p.is_file() and not p.name.startswith("."))
    truth_dir = corpus / "truth"
    predictions: dict[str, dict[str, Any]] = {}
    crashes: list[tuple[str, str]] = []
    score = Score()
    started = time.perf_counter()
    for path in docs:
        doc_id = path.stem
        try:
            report = gd.parse_file(path)
        except Exception as exc:
            crashes.append((doc_id, f"{type(exc).__name__}: {exc}"))
            continue
        predictions[doc_id] = pred = report_to_truth(report)
        truth_file = truth_dir / f"{doc_id}.json"
        if truth_file.is_file():
            score_document(score, doc_id, json.loads(truth_file.read_text(encoding="utf-8")), pred)
    elapsed = time.perf_counter() - started
    if out is not None:
        out.write_text(json.dumps(predictions, ensure_ascii=False, indent=1), encoding="utf-8")
    num, txt = score.kinds["numeric"], score.kinds["text"]
    summary = {
        "documents": len(docs),
        "crashes": len(crashes),
        "numeric_precision": num["correct"] / (num["correct"] + num["wrong"])
        if num["correct"] + num["wrong"]
        else None,
        "numeric_recall": num["correct"] / sum(num.values()) if sum(num.values()) else None,
        "text_accuracy": txt["correct"] / sum(txt.values()) if sum(txt.values()) else None,
        "numeric": num,
        "text": txt,
        "seconds": elapsed,
    }
    if not quiet:
        print(f"corpus {corpus}: {len(docs)} documents, {len(crashes)} crashes, {elapsed:.2f} s")
        for doc_id, err in crashes:
            print(f"  CRASH {doc_id}: {err}")
        if score.fields:
            print(f"\n{'field':58} {'correct':>7} {'wrong':>6} {'missing':>7}")
            for field in sorted(score.fields):
                c = score.fields[field]
                print(f"{field:58} {c['correct']:7} {c['wrong']:6} {c['missing']:7}")
            print("\nwrong values:")
            for doc_id, path, t, p in score.wrong:
                print(f"  {doc_id} {path}: truth={t!r} predicted={p!r}")
            print(f"\nmissing values: {len(score.missing)}; unverified predictions: {len(score.unverified)}")
    print(
        f"\nnumeric precision {_pct(num['correct'], num['correct'] + num['wrong'])} "
        f"({num['correct']}/{num['correct'] + num['wrong']}), "
        f"numeric recall {_pct(num['correct'], sum(num.values()))} ({num['correct']}/{sum(num.values())}), "
        f"text accuracy {_pct(txt['correct'], sum(txt.values()))} ({txt['correct']}/{sum(txt.values())})"
    )
    return summary


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, required=True, help="directory with docs/ and optionally truth/")
    ap.add_argument("--json", type=Path, default=None, help="write {id: predicted truth-schema dict} here")
    ap.add_argument("--quiet", action="store_true", help="print only the headline")
    args = ap.parse_args(argv)
    if not _docs_dir(args.corpus).is_dir():
        print(f"no such corpus directory: {args.corpus}", file=sys.stderr)
        return 2
    summary = run(args.corpus, args.json, quiet=args.quiet)
    return 1 if summary["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
