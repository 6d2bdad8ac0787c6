"""The benchmark contract: load cases (ours or a user's file), say how to judge a reply, summarise."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from shieldwall.core.errors import InputError, ShieldwallError
from shieldwall.evals.cases import Case, RawRow, read_rows
from shieldwall.evals.judges import JudgeItem, Judgement
from shieldwall.evals.registry import Registry
from shieldwall.evals.results import ERROR, JUDGE_ERROR, Breakdown, CaseRecord, Curve, RateRow, Table
from shieldwall.evals.stats import bootstrap_ci

#: The prompt sets we ship (data/benchmarks/ in the source tree; SHIELDWALL_BENCHMARK_DATA overrides).
DATA_DIR = Path(os.environ.get("SHIELDWALL_BENCHMARK_DATA")
                or Path(__file__).resolve().parents[4] / "data" / "benchmarks")


@dataclass
class LoadedCases:
    cases: list[Case]
    source: str
    format: str
    skipped: list[str] = field(default_factory=list)


class Benchmark(ABC):
    """A set of cases plus the rules that turn judged replies into figures."""

    name: ClassVar[str] = ""
    version: ClassVar[str] = "1"
    description: ClassVar[str] = ""
    task: ClassVar[str | None] = None  # the judge task (None: no judge, e.g. guard-quality)
    default_judge: ClassVar[str | None] = None
    builtin_file: ClassVar[str] = ""
    positive: ClassVar[tuple[str, ...]] = ()  # outcome labels the headline rate counts
    metric: ClassVar[str] = "rate"

    def __init__(self, **options: Any) -> None:
        self.options = options

    # -- loading ------------------------------------------------------------------------------

    def builtin_path(self) -> Path:
        path = DATA_DIR / self.builtin_file
        if not path.exists():
            raise InputError(f"{path}: the built-in prompt set is missing (install from a source checkout, or "
                             "pass --dataset PATH)")
        return path

    def load(self, path: str | Path | None = None, fmt: str | None = None, limit: int | None = None) -> LoadedCases:
        """Our prompt set, or the user's file in any supported format; bad rows are skipped and listed."""
        raw = read_rows(path or self.builtin_path(), fmt)
        cases: list[Case] = []
        skipped = list(raw.skipped)
        seen: set[str] = set()
        for row in raw.rows:
            try:
                case = self.case_from_row(row, raw.format)
            except (ShieldwallError, ValueError, TypeError) as exc:
                msg = str(exc)
                skipped.append(msg if msg.startswith(str(raw.path)) else f"{raw.path}: {msg}")
                continue
            if case is None:
                continue
            if case.id in seen:
                skipped.append(f"{raw.path}: {row.where}: duplicate case id '{case.id}'")
                continue
            seen.add(case.id)
            cases.append(case)
            if limit and len(cases) >= limit:
                break
        if not cases:
            raise InputError(f"{raw.path}: no usable cases for benchmark '{self.name}'"
                             + (f" (first problem: {skipped[0]})" if skipped else ""))
        return LoadedCases(cases, str(raw.path), raw.format, skipped)

    @abstractmethod
    def case_from_row(self, row: RawRow, fmt: str) -> Case | None:
        """One case from a raw row (``None`` to leave a row out on purpose)."""

    # -- judging ------------------------------------------------------------------------------

    def judge_item(self, record: CaseRecord) -> JudgeItem:
        case, reply = record.case, record.reply
        assert reply is not None
        return JudgeItem(case_id=case.id, prompt=case.prompt, response=reply.text,
                         question=case.meta.get("judge_question"), language=case.meta.get("code_language"),
                         meta=case.meta)

    def self_judge(self, record: CaseRecord) -> Judgement | None:
        """For benchmarks without a judge (``task`` None): the label read off the reply itself."""
        return None

    # -- summary ------------------------------------------------------------------------------

    @abstractmethod
    def summarize(self, records: list[CaseRecord]) -> tuple[dict[str, float | None], list[Breakdown]]:
        """Headline figures and breakdowns."""

    def extra(self) -> tuple[list[Table], list[Curve]]:
        """Tables and curves computed by :meth:`summarize` (guard-quality has both)."""
        return [], []

    def rates(self, records: list[CaseRecord], positive: Iterable[str] | None = None) -> dict[str, float | None]:
        """Share of each outcome among non-error cases, plus the headline rate."""
        pos = set(positive or self.positive)
        ok = [r for r in records if not r.failed]
        counts = Counter(r.outcome for r in ok)
        out: dict[str, float | None] = {f"{k}_rate": v / len(ok) for k, v in sorted(counts.items())} if ok else {}
        out[self.metric] = sum(counts[p] for p in pos) / len(ok) if ok else None
        out["error_rate"] = sum(r.failed for r in records) / len(records) if records else None
        return out


def breakdown(records: list[CaseRecord], title: str, metric: str, positive: Iterable[str],
              key: Callable[[CaseRecord], str | Iterable[str]], *, seed: int = 0) -> Breakdown:
    """Per-group counts and ``positive / non-error`` rates with bootstrap 95% intervals."""
    pos = set(positive)
    groups: dict[str, list[CaseRecord]] = defaultdict(list)
    for r in records:
        k = key(r)
        for name in [k] if isinstance(k, str) else k:
            groups[name].append(r)
    rows = []
    for name in sorted(groups):
        rs = groups[name]
        counts = Counter(r.outcome for r in rs)
        errors = counts.get(ERROR, 0) + counts.get(JUDGE_ERROR, 0)
        scored = len(rs) - errors
        hits = sum(counts[p] for p in pos)
        rows.append(RateRow(key=name, n=len(rs), errors=errors, counts=dict(sorted(counts.items())),
                            rate=hits / scored if scored else None, ci=bootstrap_ci(hits, scored, seed=seed)))
    return Breakdown(title=title, metric=metric, positive=sorted(pos), rows=rows)


BENCHMARKS: Registry[Benchmark] = Registry("benchmark", "shieldwall.benchmarks", Benchmark, {
    "insecure-code": "shieldwall.evals.benchmarks.code",
    "cyberattack": "shieldwall.evals.benchmarks.cyber",
    "interpreter-abuse": "shieldwall.evals.benchmarks.cyber",
    "false-refusal": "shieldwall.evals.benchmarks.refusal",
    "hazards": "shieldwall.evals.benchmarks.hazards",
    "prompt-injection": "shieldwall.evals.benchmarks.injection",
    "guard-quality": "shieldwall.evals.benchmarks.guards",
})


def create_benchmark(name: str, **options: Any) -> Benchmark:
    return BENCHMARKS.get(name)(**options)
