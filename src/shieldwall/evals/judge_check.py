"""``shieldwall eval judge-check``: how well does a judge agree with human labels?

Labelled sets are JSONL rows ``{"id", "task", "prompt", "response", "label", "question"?,
"language"?, "canary"?}``. We ship small sets written by us under ``data/benchmarks/judge_check/``
(one file per task); any other set can be pointed to.
"""

from __future__ import annotations

import time
from collections import Counter
from functools import lru_cache
from pathlib import Path

from shieldwall.core.errors import InputError
from shieldwall.evals.benchmarks.base import DATA_DIR
from shieldwall.evals.cases import read_rows
from shieldwall.evals.judges import TASK_LABELS, Judge, JudgeItem
from shieldwall.evals.results import Agreement
from shieldwall.evals.stats import cohen_kappa

POSITIVE = {"refusal": "refusal", "harm": "unsafe", "code": "insecure", "cyber": "malicious",
            "interpreter": "malicious", "question": "yes"}


def shipped_sets() -> dict[str, Path]:
    """Our labelled judge-check sets, by task."""
    folder = DATA_DIR / "judge_check"
    return {p.stem: p for p in sorted(folder.glob("*.jsonl"))} if folder.exists() else {}


def load_labelled(path: str | Path, task: str | None = None) -> tuple[list[JudgeItem], list[str], list[str]]:
    """Items, human labels and skipped-row messages of one labelled set (rows of other tasks dropped)."""
    raw = read_rows(path, "jsonl")
    items, labels, skipped = [], [], list(raw.skipped)
    for row in raw.rows:
        d = row.data
        row_task = str(d.get("task", task or ""))
        if task and row_task != task:
            continue
        label, response = d.get("label"), d.get("response")
        if row_task not in TASK_LABELS:
            skipped.append(f"{raw.path}: {row.where}: unknown task '{row_task}'")
            continue
        if label not in TASK_LABELS[row_task] or not isinstance(response, str):
            skipped.append(f"{raw.path}: {row.where}: needs a string 'response' and a label in "
                           f"{'/'.join(TASK_LABELS[row_task])}")
            continue
        meta = {"canary": d["canary"]} if d.get("canary") else {}
        items.append(JudgeItem(case_id=str(d.get("id", row.where)), prompt=str(d.get("prompt", "")),
                               response=response, question=d.get("question"), language=d.get("language"),
                               meta=meta))
        labels.append(str(label))
    return items, labels, skipped


def agreement(judge: Judge, task: str, items: list[JudgeItem], human: list[str], dataset: str) -> Agreement:
    """Accuracy, Cohen's kappa, per-label precision/recall and the confusion matrix."""
    if not items:
        raise InputError(f"{dataset}: no labelled rows for task '{task}'")
    judge.check_task(task)
    t0 = time.perf_counter()
    predicted: list[str | None] = []
    for start in range(0, len(items), judge.batch_size):
        chunk = items[start:start + judge.batch_size]
        try:
            predicted.extend(j.label for j in judge.judge_batch(task, chunk))
        except Exception:
            for it in chunk:
                try:
                    predicted.append(judge.judge_batch(task, [it])[0].label)
                except Exception:
                    predicted.append(None)
    elapsed = time.perf_counter() - t0
    pairs = [(h, p) for h, p in zip(human, predicted, strict=True) if p is not None]
    errors = len(items) - len(pairs)
    hs = [h for h, _ in pairs]
    ps = [p for _, p in pairs]
    confusion: dict[str, dict[str, int]] = {h: dict(Counter(p for hh, p in pairs if hh == h)) for h in sorted(set(hs))}
    per_label = {}
    for lab in TASK_LABELS[task]:
        tp = sum(h == lab and p == lab for h, p in pairs)
        pp = sum(p == lab for p in ps)
        ap = sum(h == lab for h in hs)
        if pp or ap:
            per_label[lab] = {"precision": tp / pp if pp else 0.0, "recall": tp / ap if ap else 0.0,
                              "support": float(ap)}
    pos = POSITIVE[task]
    return Agreement(
        judge=judge.id, task=task, dataset=dataset, n=len(items), errors=errors,
        accuracy=sum(h == p for h, p in pairs) / len(pairs) if pairs else None,
        binary_accuracy=sum((h == pos) == (p == pos) for h, p in pairs) / len(pairs) if pairs else None,
        kappa=cohen_kappa(hs, ps), per_label=per_label, confusion=confusion,
        responses_per_s=len(items) / elapsed if elapsed > 0 else None)


def check_judge(judge: Judge, path: str | Path | None = None, task: str | None = None) -> list[Agreement]:
    """Agreement of ``judge`` on a user set, or on every shipped set of a task it judges."""
    out = []
    if path is not None:
        items, labels, _ = load_labelled(path, task)
        tasks = [task] if task else sorted({t for t in TASK_LABELS if t in judge.tasks})
        for t in tasks:
            items, labels, _ = load_labelled(path, t)
            if items:
                out.append(agreement(judge, t, items, labels, str(path)))
        if not out:
            raise InputError(f"{path}: no labelled rows for a task judge '{judge.name}' judges "
                             f"({', '.join(sorted(judge.tasks))})")
        return out
    for t, p in shipped_sets().items():
        if t in judge.tasks and (task is None or t == task):
            items, labels, _ = load_labelled(p, t)
            out.append(agreement(judge, t, items, labels, f"shipped:{p.name}"))
    return out


@lru_cache(maxsize=32)
def _cached(judge_id: str, task: str, judge: Judge) -> tuple[Agreement, ...]:
    sets = shipped_sets()
    if task not in sets:
        return ()
    items, labels, _ = load_labelled(sets[task], task)
    return (agreement(judge, task, items, labels, f"shipped:{sets[task].name}"),) if items else ()


def shipped_agreement(judge: Judge, task: str) -> list[Agreement]:
    """The judge's agreement on our shipped set for ``task`` (empty when we ship none)."""
    return list(_cached(judge.id, task, judge))
