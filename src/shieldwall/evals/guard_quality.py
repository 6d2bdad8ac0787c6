"""Guard quality on a labelled set: precision, recall, F1, AUPRC and FPR overall, per category
and per data slice, plus latency. Uses the Guard exactly as an application would."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, Field, ValidationError

from shieldwall.batch.jsonl import read_jsonl
from shieldwall.batch.rows import row_to_item
from shieldwall.core.errors import InputError
from shieldwall.core.verdict import Action, Verdict
from shieldwall.datasets.schema import SafetyRow, slice_of
from shieldwall.evals.metrics import BinaryMetrics, binary_metrics
from shieldwall.guard import Guard
from shieldwall.scanners.base import ScanInput
from shieldwall.taxonomy import hazard_codes

CATEGORIES = hazard_codes()
_UNSAFE_WORDS = {"unsafe", "1", "true", "harmful", "toxic", "yes", "flagged", "jailbreak", "injection"}
_SAFE_WORDS = {"safe", "0", "false", "benign", "harmless", "no", "none", "ok", "clean"}


@dataclass
class EvalRow:
    id: str
    item: ScanInput
    unsafe: int | None
    categories: list[str]
    attack: int | None
    slices: list[str] = field(default_factory=list)


class LatencyStats(BaseModel):
    single_p50_ms: float
    single_p95_ms: float
    batched_ms_per_row: float


class GuardReport(BaseModel):
    rows: int
    policy: str
    content: BinaryMetrics | None = None
    attacks: BinaryMetrics | None = None
    decision: BinaryMetrics | None = None
    per_category: dict[str, BinaryMetrics] = Field(default_factory=dict)
    per_slice: dict[str, BinaryMetrics] = Field(default_factory=dict)
    latency: LatencyStats | None = None


def _label(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return int(value > 0)
    word = str(value).strip().lower()
    if word in _UNSAFE_WORDS:
        return 1
    if word in _SAFE_WORDS:
        return 0
    raise InputError(f"label {value!r} is neither safe ({', '.join(sorted(_SAFE_WORDS))}) nor unsafe "
                     f"({', '.join(sorted(_UNSAFE_WORDS))})")


def row_from_dict(data: dict[str, Any], line: int) -> EvalRow:
    """A labelled row: our SafetyRow schema, or a loose {prompt|text, response?, label} row."""
    if "kind" in data and "source" in data:
        try:
            row = SafetyRow.model_validate(data)
        except ValidationError as exc:
            raise InputError(f"line {line}: {exc.errors()[0]['msg']}") from exc
        return from_safety_row(row)
    try:
        item = row_to_item(data)  # the one row contract of `shieldwall check --input`
    except InputError as exc:
        raise InputError(f"line {line}: {exc}") from exc
    label = data.get("label", data.get("unsafe", data.get("flagged")))
    attack = data.get("attack")
    cats = [c for c in data.get("categories", []) if isinstance(c, str) and c in CATEGORIES]
    attack_label = None if attack is None else int(str(attack).lower() not in {"none", "benign", "0", "false"})
    try:
        unsafe = _label(label)
    except InputError as exc:
        raise InputError(f"line {line}: {exc}") from exc
    if str(label).lower() in {"jailbreak", "injection"}:
        attack_label, unsafe = 1, None
    return EvalRow(str(data.get("id", f"line-{line}")), item, unsafe, cats, attack_label,
                   [str(data.get("slice", "all"))])


def from_safety_row(row: SafetyRow) -> EvalRow:
    if row.kind == "response":
        item = Guard.output_item(row.prompt or "", row.response or "")
    else:
        item = Guard.input_item(row.text or "", source="third_party" if row.kind == "document" else None)
    return EvalRow(row.id, item, int(row.label == "unsafe") if row.use_for_content else None,
                   row.categories, int(row.attack != "none"), slice_of(row))


def load_labelled(path: Path) -> list[EvalRow]:
    rows = []
    for raw in read_jsonl(path):
        if raw.data is None:
            raise InputError(f"{path}: line {raw.line}: {raw.error}")
        rows.append(row_from_dict(raw.data, raw.line or 0))
    if not rows:
        raise InputError(f"{path}: no rows")
    return rows


def _content_flag(v: Verdict) -> int:
    return int(any(f.category in CATEGORIES and f.action is not Action.LOG for f in v.findings))


def _attack_flag(v: Verdict) -> int:
    return int(any(f.category in {"jailbreak", "injection"} and f.action is not Action.LOG
                   for f in v.findings))


def _category_label(code: str) -> Callable[[EvalRow], int | None]:
    return lambda r: None if r.unsafe is None else int(code in r.categories)


def _category_pred(code: str) -> Callable[[Verdict], int]:
    return lambda v: int(code in v.categories)


def _category_score(code: str) -> Callable[[Verdict], float]:
    return lambda v: v.scores.get(code, 0.0)


def evaluate(guard: Guard, rows: list[EvalRow], *, batch_size: int = 64, latency_sample: int = 200,
             progress: Callable[[int], None] | None = None) -> GuardReport:
    verdicts: list[Verdict] = []
    t0 = time.perf_counter()
    for start in range(0, len(rows), batch_size):
        verdicts.extend(guard.check_batch([r.item for r in rows[start:start + batch_size]]))
        if progress:
            progress(min(start + batch_size, len(rows)))
    batched = (time.perf_counter() - t0) * 1000 / max(len(rows), 1)
    single = []
    for r in rows[:latency_sample]:
        s = time.perf_counter()
        guard.check(r.item)
        single.append((time.perf_counter() - s) * 1000)
    report = GuardReport(rows=len(rows), policy=guard.policy.name, latency=LatencyStats(
        single_p50_ms=float(np.percentile(single, 50)) if single else 0.0,
        single_p95_ms=float(np.percentile(single, 95)) if single else 0.0,
        batched_ms_per_row=batched))

    def metrics(idx: Iterable[int], label: Callable[[EvalRow], int | None],
                pred: Callable[[Verdict], int], score: Callable[[Verdict], float]) -> BinaryMetrics | None:
        chosen = [i for i in idx if label(rows[i]) is not None]
        if not chosen:
            return None
        return binary_metrics([label(rows[i]) or 0 for i in chosen], [pred(verdicts[i]) for i in chosen],
                              [score(verdicts[i]) for i in chosen])

    everything = range(len(rows))
    report.content = metrics(everything, lambda r: r.unsafe, _content_flag,
                             lambda v: v.scores.get("unsafe", max((f.score for f in v.findings), default=0.0)))
    report.attacks = metrics(everything, lambda r: r.attack, _attack_flag,
                             lambda v: max(v.scores.get("jailbreak", 0.0), v.scores.get("injection", 0.0)))
    report.decision = metrics(everything, lambda r: None if r.unsafe is None and r.attack is None
                              else int(bool(r.unsafe) or bool(r.attack)),
                              lambda v: int(v.flagged), lambda v: max(v.scores.values(), default=0.0))
    for code in CATEGORIES:
        m = metrics(everything, _category_label(code), _category_pred(code), _category_score(code))
        if m is not None and m.positives:
            report.per_category[code] = m
    by_slice: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        for name in r.slices:
            by_slice[name].append(i)
    if "attacks" in by_slice:
        # attack detection is judged against the benign look-alikes too, so AUROC is defined
        by_slice["attacks"] = sorted(set(by_slice["attacks"]) | set(by_slice.get("attack look-alikes", [])))
    for name, idx in sorted(by_slice.items()):
        if name == "attacks":
            m = metrics(idx, lambda r: r.attack, _attack_flag,
                        lambda v: max(v.scores.get("jailbreak", 0.0), v.scores.get("injection", 0.0)))
        else:
            m = metrics(idx, lambda r: r.unsafe, _content_flag, lambda v: v.scores.get("unsafe", 0.0))
        if m is not None:
            report.per_slice[name] = m
    return report


def print_report(report: GuardReport) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()

    def fmt(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    def table(title: str, entries: dict[str, BinaryMetrics | None]) -> None:
        t = Table("", "n", "pos", "precision", "recall", "F1", "FPR", "AUPRC", "AUROC", title=title)
        for name, m in entries.items():
            if m is None:
                continue
            t.add_row(name, str(m.n), str(m.positives), fmt(m.precision), fmt(m.recall), fmt(m.f1),
                      fmt(m.fpr), fmt(m.auprc), fmt(m.auroc))
        console.print(t)

    table(f"overall (policy {report.policy}, {report.rows} rows)",
          {"content (S1-S14)": report.content, "prompt attacks": report.attacks,
           "guard decision": report.decision})
    table("per category", dict(report.per_category))
    table("per slice", dict(report.per_slice))
    if report.latency:
        lat = report.latency
        console.print(f"latency: single check p50 {lat.single_p50_ms:.2f} ms, p95 {lat.single_p95_ms:.2f} ms; "
                      f"batched {lat.batched_ms_per_row:.2f} ms/row")


def save_report(report: GuardReport, path: Path) -> None:
    path.write_text(json.dumps(report.model_dump(mode="json"), indent=2) + "\n", encoding="utf-8")
