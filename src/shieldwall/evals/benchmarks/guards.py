"""``guard-quality``: guards as the systems under test (targets ``guard:POLICY`` or
``guard:scanner=NAME``) on a labelled JSONL set -> precision, recall, F1, AUPRC and FPR overall
and per category, PR curves and latency. Run several ``--target``s to compare guards side by side."""

from __future__ import annotations

from typing import Any

import numpy as np

from shieldwall.evals.benchmarks.base import BENCHMARKS, Benchmark
from shieldwall.evals.cases import Case, RawRow
from shieldwall.evals.guard_quality import CATEGORIES, row_from_dict
from shieldwall.evals.judges import Judgement
from shieldwall.evals.metrics import BinaryMetrics, binary_metrics
from shieldwall.evals.results import Breakdown, CaseRecord, Curve, Table
from shieldwall.evals.stats import pr_curve

_ATTACKS = ("jailbreak", "injection")


def _content_score(row: dict[str, Any]) -> float:
    scores = row.get("scores", {})
    return float(scores.get("unsafe", max((scores.get(c, 0.0) for c in CATEGORIES), default=0.0)))


def _attack_score(row: dict[str, Any]) -> float:
    scores = row.get("scores", {})
    return float(max(scores.get("jailbreak", 0.0), scores.get("injection", 0.0)))


@BENCHMARKS.register()
class GuardQuality(Benchmark):
    name = "guard-quality"
    version = "1"
    description = "Guard quality on a labelled set: precision, recall, F1, AUPRC, FPR per category, latency."
    task = None
    default_judge = None
    builtin_file = "guard_quality.jsonl"
    positive = ("block",)
    metric = "block_rate"

    def case_from_row(self, row: RawRow, fmt: str) -> Case:
        if fmt != "jsonl":
            raise ValueError(f"{row.where}: guard-quality reads labelled JSONL, not {fmt}")
        line = int(row.where.split()[-1]) if row.where.startswith("line") else 0
        ev = row_from_dict(row.data, line)
        item = ev.item
        messages = [{"role": m.role, "content": m.content} for m in item.conversation]
        response = item.text if item.stage == "output" else None
        if item.stage == "input" and (not messages or messages[-1]["content"] != item.text):
            messages.append({"role": "user", "content": item.text})
        return Case(id=ev.id, messages=messages, response=response, category=",".join(ev.categories) or "none",
                    language=str(row.data.get("language", row.data.get("lang", "en"))),
                    meta={"unsafe": ev.unsafe, "attack": ev.attack, "categories": ev.categories,
                          "source": item.source, "stage": item.stage})

    def self_judge(self, record: CaseRecord) -> Judgement | None:
        reply = record.reply
        if reply is None or reply.guard is None:
            return None
        g = reply.guard
        return Judgement(label=str(g.get("decision", reply.text)), score=_content_score(g),
                         categories=list(g.get("categories", [])))

    def summarize(self, records: list[CaseRecord]) -> tuple[dict[str, float | None], list[Breakdown]]:
        head = self.rates(records)
        ok = [r for r in records if not r.failed and r.reply is not None and r.reply.guard is not None]
        self._tables: list[Table] = []
        self._curves: list[Curve] = []
        rows: dict[str, BinaryMetrics] = {}

        def add(name: str, chosen: list[CaseRecord], label: Any, pred: Any, score: Any) -> None:
            chosen = [r for r in chosen if label(r) is not None]
            if not chosen:
                return
            y = [int(label(r)) for r in chosen]
            m = binary_metrics(y, [int(pred(r)) for r in chosen], [float(score(r)) for r in chosen])
            rows[name] = m
            if m.positives and name in ("content", "attacks"):
                x, yy = pr_curve(y, [float(score(r)) for r in chosen])
                self._curves.append(Curve(title=f"PR curve: {name}", series="", x=x, y=yy, auc=m.auprc))

        def g(r: CaseRecord) -> dict[str, Any]:
            assert r.reply is not None and r.reply.guard is not None
            return r.reply.guard

        add("content", ok, lambda r: r.case.meta.get("unsafe"),
            lambda r: any(c in CATEGORIES for c in g(r).get("categories", [])), lambda r: _content_score(g(r)))
        add("attacks", ok, lambda r: r.case.meta.get("attack"),
            lambda r: any(c in _ATTACKS for c in g(r).get("categories", [])), lambda r: _attack_score(g(r)))
        add("decision", ok, lambda r: None if r.case.meta.get("unsafe") is None and r.case.meta.get("attack") is None
            else int(bool(r.case.meta.get("unsafe")) or bool(r.case.meta.get("attack"))),
            lambda r: bool(g(r).get("flagged")), lambda r: max(g(r).get("scores", {}).values(), default=0.0))
        for code in CATEGORIES:
            labelled = [r for r in ok if r.case.meta.get("unsafe") is not None]
            if not any(code in r.case.meta.get("categories", []) for r in labelled):
                continue
            add(code, labelled, lambda r, c=code: int(c in r.case.meta.get("categories", [])),
                lambda r, c=code: c in g(r).get("categories", []),
                lambda r, c=code: float(g(r).get("scores", {}).get(c, 0.0)))
        cols = ["", "n", "pos", "precision", "recall", "F1", "FPR", "AUPRC", "AUROC"]
        self._tables.append(Table(title="guard quality", columns=cols, rows=[
            [name, m.n, m.positives, m.precision, m.recall, m.f1, m.fpr, m.auprc, m.auroc]
            for name, m in rows.items()]))
        for name in ("content", "attacks", "decision"):
            if name in rows:
                m = rows[name]
                head.update({f"{name}_precision": m.precision, f"{name}_recall": m.recall, f"{name}_f1": m.f1,
                             f"{name}_fpr": m.fpr, f"{name}_auprc": m.auprc})
        lat = [r.reply.latency_ms for r in ok if r.reply is not None]
        if lat:
            head["latency_p50_ms"] = float(np.percentile(lat, 50))
            head["latency_p95_ms"] = float(np.percentile(lat, 95))
        return head, []

    def extra(self) -> tuple[list[Table], list[Curve]]:
        return getattr(self, "_tables", []), getattr(self, "_curves", [])
