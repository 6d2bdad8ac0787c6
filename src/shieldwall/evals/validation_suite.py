"""The public validation suite, file by file, through the Guard exactly as `shieldwall check --input`
runs it (``Guard.check_batch`` with a policy preset).

Each file of the suite (``../shared/validation/*.jsonl``) is one source. Per file it reports the
rows, the share flagged (overall and by head: content S1-S14 vs prompt attack), and precision,
recall and F1 wherever the labels allow; per slice (tags, weak labels, language) the share
flagged. The per-row scores are kept so thresholds can be chosen offline on the same verdicts
(:func:`flag_rows`), and a reliability table says whether the scores mean what they say.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field

from shieldwall.batch.jsonl import read_jsonl
from shieldwall.batch.rows import row_to_item
from shieldwall.core.errors import InputError
from shieldwall.core.verdict import Action, Verdict
from shieldwall.evals.metrics import BinaryMetrics, binary_metrics
from shieldwall.guard import Guard
from shieldwall.scanners.base import ScanInput
from shieldwall.taxonomy import hazard_codes

CATEGORIES = hazard_codes()
ATTACK_CODES = ("jailbreak", "injection")


class ValidationRow(BaseModel):
    """One scored validation row (labels as given by the file; ``None`` where it has none)."""

    file: str
    id: str
    kind: str
    lang: str = "en"
    unsafe: int | None = None
    attack: int | None = None
    weak: bool = False
    tags: list[str] = Field(default_factory=list)
    flagged: bool = False
    content_flag: bool = False
    attack_flag: bool = False
    categories: list[str] = Field(default_factory=list)
    scores: dict[str, float] = Field(default_factory=dict)

    @property
    def target(self) -> int | None:
        """What the guard should do with the row: 1 = flag (unsafe or an attack), 0 = allow."""
        if self.unsafe is None and self.attack is None:
            return None
        return int(bool(self.unsafe) or bool(self.attack))


class SliceFigures(BaseModel):
    n: int
    flagged: float


class FileReport(BaseModel):
    file: str
    n: int
    positives: int
    flagged: float
    content_flagged: float
    attack_flagged: float
    decision: BinaryMetrics | None = None
    slices: dict[str, SliceFigures] = Field(default_factory=dict)


class ReliabilityBin(BaseModel):
    low: float
    high: float
    n: int
    mean_score: float
    observed: float


class ValidationReport(BaseModel):
    policy: str
    directory: str
    rows: int
    seconds: float
    files: list[FileReport]
    reliability_content: list[ReliabilityBin] = Field(default_factory=list)
    reliability_attack: list[ReliabilityBin] = Field(default_factory=list)


def _suite_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise InputError(f"{directory}: validation folder not found")
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        raise InputError(f"{directory}: no *.jsonl files")
    return files


def load_suite(directory: Path, *, limit: int | None = None,
               only: Sequence[str] | None = None) -> list[tuple[ValidationRow, ScanInput]]:
    """Every row of every file, with the scan input `shieldwall check --input` would build."""
    out: list[tuple[ValidationRow, ScanInput]] = []
    for path in _suite_files(directory):
        if only and not any(o in path.stem for o in only):
            continue
        for count, raw in enumerate(read_jsonl(path), 1):
            if raw.data is None:
                raise InputError(f"{path}: line {raw.line}: {raw.error}")
            data = raw.data
            try:
                item = row_to_item(data)
            except InputError as exc:
                raise InputError(f"{path}: line {raw.line}: {exc}") from exc
            label = data.get("label")
            attack = data.get("attack")
            row = ValidationRow(
                file=path.stem, id=str(data.get("id", f"{path.stem}:{raw.line}")),
                kind=str(data.get("kind", "request")), lang=str(data.get("lang", "en")),
                unsafe=None if label is None else int(str(label).lower() == "unsafe"),
                attack=None if attack is None else int(str(attack).lower() not in {"none", "benign"}),
                weak=data.get("label_quality") == "weak",
                tags=[str(t) for t in data.get("tags", []) or []])
            # An attack file without content labels: the content verdict is not judged there.
            if row.attack and label is None:
                row.unsafe = None
            out.append((row, item))
            if limit and count >= limit:
                break
    return out


def _content_flag(v: Verdict) -> bool:
    return any(f.category in CATEGORIES and f.action is not Action.LOG for f in v.findings)


def _attack_flag(v: Verdict) -> bool:
    return any(f.category in ATTACK_CODES and f.action is not Action.LOG for f in v.findings)


def score_suite(guard: Guard, suite: list[tuple[ValidationRow, ScanInput]], *, batch_size: int = 64,
                progress: Callable[[int, int], None] | None = None) -> list[ValidationRow]:
    """Run every row through ``guard.check_batch`` and record verdicts and scores."""
    rows = [r for r, _ in suite]
    for start in range(0, len(suite), batch_size):
        chunk = suite[start:start + batch_size]
        verdicts = guard.check_batch([item for _, item in chunk])
        for (row, _), v in zip(chunk, verdicts, strict=True):
            row.flagged = v.flagged
            row.content_flag = _content_flag(v)
            row.attack_flag = _attack_flag(v)
            row.categories = v.categories
            row.scores = {k: round(float(s), 6) for k, s in v.scores.items()
                          if k in CATEGORIES or k in ATTACK_CODES or k == "unsafe"}
        if progress:
            progress(min(start + batch_size, len(suite)), len(suite))
    return rows


def _slices(rows: list[ValidationRow]) -> dict[str, list[ValidationRow]]:
    out: dict[str, list[ValidationRow]] = defaultdict(list)
    langs = {r.lang for r in rows}
    for r in rows:
        for t in r.tags:
            if t != "templated":
                out[f"tag:{t}"].append(r)
        if r.weak:
            out["weak label"].append(r)
        elif any(x.weak for x in rows):
            out["strong label"].append(r)
        if len(langs) > 1:
            out[f"lang:{r.lang}"].append(r)
        if r.unsafe is not None and len({x.unsafe for x in rows}) > 1:
            out["label:unsafe" if r.unsafe else "label:safe"].append(r)
    return dict(out)


def file_report(name: str, rows: list[ValidationRow]) -> FileReport:
    n = len(rows)
    labelled = [r for r in rows if r.target is not None]
    decision = None
    if labelled:
        y = [r.target or 0 for r in labelled]
        score = [max(r.scores.values(), default=0.0) for r in labelled]
        decision = binary_metrics(y, [int(r.flagged) for r in labelled], score)
    return FileReport(
        file=name, n=n, positives=sum(r.target or 0 for r in rows),
        flagged=sum(r.flagged for r in rows) / max(n, 1),
        content_flagged=sum(r.content_flag for r in rows) / max(n, 1),
        attack_flagged=sum(r.attack_flag for r in rows) / max(n, 1),
        decision=decision,
        slices={k: SliceFigures(n=len(v), flagged=sum(r.flagged for r in v) / len(v))
                for k, v in sorted(_slices(rows).items())})


def reliability(scores: Sequence[float], labels: Sequence[int], bins: int = 10) -> list[ReliabilityBin]:
    """Mean score against observed positive rate in equal-width score bins."""
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=float)
    out = []
    edges = np.linspace(0.0, 1.0, bins + 1)
    for i in range(bins):
        lo, hi = edges[i], edges[i + 1]
        sel = (s >= lo) & ((s < hi) if i < bins - 1 else (s <= hi))
        if sel.sum():
            out.append(ReliabilityBin(low=float(lo), high=float(hi), n=int(sel.sum()),
                                      mean_score=float(s[sel].mean()), observed=float(y[sel].mean())))
    return out


def expected_calibration_error(bins: list[ReliabilityBin]) -> float:
    total = sum(b.n for b in bins)
    return sum(b.n * abs(b.mean_score - b.observed) for b in bins) / max(total, 1)


def build_report(rows: list[ValidationRow], *, policy: str, directory: Path, seconds: float) -> ValidationReport:
    by_file: dict[str, list[ValidationRow]] = defaultdict(list)
    for r in rows:
        by_file[r.file].append(r)
    content = [r for r in rows if r.unsafe is not None and not r.weak]
    attack = [r for r in rows if r.kind != "response" and (r.attack is not None or r.unsafe == 0)
              and not r.weak]
    return ValidationReport(
        policy=policy, directory=str(directory), rows=len(rows), seconds=round(seconds, 1),
        files=[file_report(name, rs) for name, rs in sorted(by_file.items())],
        reliability_content=reliability([r.scores.get("unsafe", 0.0) for r in content],
                                        [r.unsafe or 0 for r in content]),
        reliability_attack=reliability(
            [max(r.scores.get("jailbreak", 0.0), r.scores.get("injection", 0.0)) for r in attack],
            [r.attack or 0 for r in attack]))


def run_suite(guard: Guard, directory: Path, *, limit: int | None = None, only: Sequence[str] | None = None,
              progress: Callable[[int, int], None] | None = None) -> tuple[ValidationReport, list[ValidationRow]]:
    """Load, score and summarise the validation suite under ``directory``."""
    suite = load_suite(directory, limit=limit, only=only)
    t0 = time.perf_counter()
    rows = score_suite(guard, suite, progress=progress)
    report = build_report(rows, policy=guard.policy.name, directory=directory,
                          seconds=time.perf_counter() - t0)
    return report, rows


def print_validation_report(report: ValidationReport, *, slices: bool = True) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 130))

    def pct(x: float) -> str:
        return f"{100 * x:.1f}%"

    def fmt(x: float | None) -> str:
        return "-" if x is None else f"{x:.3f}"

    t = Table("file", "n", "pos", "flagged", "content", "attack", "precision", "recall", "F1", "FPR",
              title=f"validation suite ({report.policy}, {report.rows} rows, {report.seconds} s)")
    for f in report.files:
        d = f.decision
        both = d is not None and 0 < d.positives < d.n
        t.add_row(f.file, str(f.n), str(f.positives), pct(f.flagged), pct(f.content_flagged),
                  pct(f.attack_flagged),
                  fmt(d.precision) if both and d else "-",
                  fmt(d.recall) if d and d.positives else "-",
                  fmt(d.f1) if both and d else "-",
                  fmt(d.fpr) if d and d.positives < d.n else "-")
    console.print(t)
    if slices:
        s = Table("file", "slice", "n", "flagged", title="slices (share flagged)")
        for f in report.files:
            for name, fig in f.slices.items():
                s.add_row(f.file, name, str(fig.n), pct(fig.flagged))
        console.print(s)
    for title, bins in (("content: unsafe score", report.reliability_content),
                        ("prompt attack: max(jailbreak, injection)", report.reliability_attack)):
        if not bins:
            continue
        r = Table("score bin", "n", "mean score", "observed rate",
                  title=f"reliability, {title} (ECE {expected_calibration_error(bins):.3f})")
        for b in bins:
            r.add_row(f"{b.low:.1f}-{b.high:.1f}", str(b.n), f"{b.mean_score:.3f}", f"{b.observed:.3f}")
        console.print(r)


def save_validation(report: ValidationReport, rows: list[ValidationRow], path: Path,
                    rows_path: Path | None = None) -> None:
    path.write_text(json.dumps(report.model_dump(mode="json"), indent=2) + "\n", encoding="utf-8")
    if rows_path is not None:
        with rows_path.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r.model_dump(mode="json"), ensure_ascii=False) + "\n")


def load_scored_rows(path: Path) -> list[ValidationRow]:
    """Rows written by :func:`save_validation` (for offline threshold sweeps)."""
    out = []
    for raw in read_jsonl(path):
        if raw.data is None:
            raise InputError(f"{path}: line {raw.line}: {raw.error}")
        out.append(ValidationRow.model_validate(raw.data))
    return out


def summary_lines(report: ValidationReport) -> list[str]:
    """The per-file table as Markdown (for the model card)."""
    lines = ["| file | n | flagged | content | attack | precision | recall | F1 |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for f in report.files:
        d = f.decision
        both = d is not None and 0 < d.positives < d.n
        lines.append(
            f"| {f.file} | {f.n} | {100 * f.flagged:.1f}% | {100 * f.content_flagged:.1f}% | "
            f"{100 * f.attack_flagged:.1f}% | {_num(d.precision) if both and d else '-'} | "
            f"{_num(d.recall) if d and d.positives else '-'} | {_num(d.f1) if both and d else '-'} |")
    return lines


def _num(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"
