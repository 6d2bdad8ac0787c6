"""Run a benchmark against a target: concurrent under the target's limit, retries with backoff,
every attempt in the JSONL log (resumable), then judge, summarise and write the reports.

Errors stay errors: a target that fails after its retries is an ``error`` outcome and a judge that
fails is a ``judge_error`` outcome; neither is ever counted as a refusal or a failed attack.
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from shieldwall.evals.benchmarks.base import Benchmark, LoadedCases
from shieldwall.evals.cases import Case
from shieldwall.evals.judges import Judge, JudgeItem, Judgement
from shieldwall.evals.results import CaseRecord, RunResult
from shieldwall.evals.runlog import RunLog, latest_final
from shieldwall.evals.targets import Reply, Request, Target

EXAMPLES = 25


class Progress:
    """A rich progress bar, or nothing (tests, ``--quiet``)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    @contextmanager
    def task(self, description: str, total: int) -> Iterator[Callable[[int], None]]:
        if not self.enabled or total == 0:
            yield lambda n: None
            return
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as RichProgress

        with RichProgress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TimeRemainingColumn(), transient=False) as bar:
            tid = bar.add_task(description, total=total)
            yield lambda n: bar.advance(tid, n)


def _backoff(attempt: int, base_s: float) -> float:
    return float(base_s * (2 ** (attempt - 1)) * (0.5 + random.random() / 2))


def request_for(case: Case) -> Request:
    return Request(case_id=case.id, messages=case.messages, response=case.response,
                   source=case.meta.get("source"), meta=case.meta)


class Runner:
    """One benchmark x one target x one judge, logged to ``out_dir/attempts.jsonl``."""

    def __init__(self, benchmark: Benchmark, target: Target, judge: Judge | None, out_dir: str | Path, *,
                 concurrency: int | None = None, retries: int = 2, backoff_s: float = 0.5,
                 retry_errors: bool = False, progress: bool = True, engine: str = "local",
                 judge_spec: str | None = None, label: str = "") -> None:
        if benchmark.task is not None and judge is not None:
            judge.check_task(benchmark.task)
        self.benchmark = benchmark
        self.target = target
        self.judge = judge
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.log = RunLog(self.out_dir / "attempts.jsonl")
        self.concurrency = max(1, concurrency or target.max_concurrency)
        self.retries = max(0, retries)
        self.backoff_s = backoff_s
        self.retry_errors = retry_errors
        self.progress = Progress(progress)
        self.engine = engine
        self.judge_spec = judge_spec
        self.label = label

    # -- keys -----------------------------------------------------------------------------------

    def _base(self, case: Case) -> dict[str, Any]:
        return {"benchmark": self.benchmark.name, "case": case.id, "target": self.target.id}

    # -- phase 1: responses ---------------------------------------------------------------------

    def _generate(self, case: Case) -> None:
        base = self._base(case)
        last_error = ""
        for attempt in range(1, self.retries + 2):
            try:
                reply = self.target.generate(request_for(case))
            except Exception as exc:  # any failure of a target is an error outcome, never a label
                last_error = f"{type(exc).__name__}: {exc}"
                self.log.append({"type": "response", **base, "attempt": attempt, "status": "error",
                                 "error": last_error})
                if attempt <= self.retries:
                    time.sleep(_backoff(attempt, self.backoff_s))
                continue
            self.log.append({"type": "response", **base, "attempt": attempt, "status": "ok",
                             "reply": reply.model_dump(mode="json")})
            return
        self.log.append({"type": "response", **base, "attempt": self.retries + 1, "status": "failed",
                         "error": last_error})

    def _pending_responses(self, cases: list[Case], done: dict[tuple[str, ...], dict[str, Any]]) -> list[Case]:
        out = []
        for c in cases:
            rec = done.get((self.benchmark.name, c.id, self.target.id))
            if rec is None or (rec["status"] == "failed" and self.retry_errors):
                out.append(c)
        return out

    def generate_all(self, cases: list[Case]) -> int:
        done = latest_final(self.log.read(), "response")
        pending = self._pending_responses(cases, done)
        if not pending:
            return 0
        with self.progress.task(f"{self.benchmark.name} <- {self.target.id}", len(pending)) as advance, \
                cf.ThreadPoolExecutor(self.concurrency, thread_name_prefix="shieldwall-eval") as pool:
            futures = [pool.submit(self._generate, c) for c in pending]
            try:
                for fut in cf.as_completed(futures):
                    fut.result()
                    advance(1)
            except BaseException:
                for f in futures:
                    f.cancel()
                raise
        return len(pending)

    # -- phase 2: judgements --------------------------------------------------------------------

    def _judge_items(self, judge: Judge, task: str, items: list[JudgeItem]) -> list[Judgement | str]:
        """Labels, or an error message per item; a failing batch is retried item by item."""
        error = ""
        for attempt in range(1, self.retries + 2):
            try:
                labels = self._judge_call(judge, task, items)
                return list(labels)
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}"
                if len(items) > 1:
                    break
                if attempt <= self.retries:
                    time.sleep(_backoff(attempt, self.backoff_s))
        if len(items) == 1:
            return [error]
        return [self._judge_items(judge, task, [it])[0] for it in items]

    def _judge_call(self, judge: Judge, task: str, items: list[JudgeItem]) -> list[Judgement]:
        labels = judge.judge_batch(task, items)
        if len(labels) != len(items):
            raise RuntimeError(f"judge {judge.id} returned {len(labels)} labels for {len(items)} items")
        return labels

    def judge_all(self, cases: list[Case]) -> int:
        if self.judge is None or self.benchmark.task is None:
            return 0
        judge, task = self.judge, self.benchmark.task
        records = self.log.read()
        responses = latest_final(records, "response")
        judged = latest_final(records, "judgement")
        todo: list[CaseRecord] = []
        for c in cases:
            resp = responses.get((self.benchmark.name, c.id, self.target.id))
            if resp is None or resp["status"] != "ok":
                continue
            reply = Reply.model_validate(resp["reply"])
            if reply.status != "answered":
                continue
            j = judged.get((self.benchmark.name, c.id, self.target.id, judge.id))
            if j is not None and (j["status"] == "ok" or not self.retry_errors):
                continue
            todo.append(CaseRecord(case=c, reply=reply))
        if not todo:
            return 0
        if self.engine == "ray":
            from shieldwall.evals.ray_engine import judge_on_ray

            spec = self.judge_spec or judge.name
            items = [self.benchmark.judge_item(r) for r in todo]
            results: list[Judgement | str] = list(judge_on_ray(spec, task, items, batch_size=judge.batch_size))
            for r, res in zip(todo, results, strict=True):
                self._log_judgement(r.case, judge, res)
            return len(todo)
        with self.progress.task(f"judging with {judge.id}", len(todo)) as advance:
            for start in range(0, len(todo), judge.batch_size):
                chunk = todo[start:start + judge.batch_size]
                items = [self.benchmark.judge_item(r) for r in chunk]
                for r, res in zip(chunk, self._judge_items(judge, task, items), strict=True):
                    self._log_judgement(r.case, judge, res)
                advance(len(chunk))
        return len(todo)

    def _log_judgement(self, case: Case, judge: Judge, res: Judgement | str) -> None:
        base = {**self._base(case), "judge": judge.id}
        if isinstance(res, str):
            self.log.append({"type": "judgement", **base, "status": "failed", "error": res})
        else:
            self.log.append({"type": "judgement", **base, "status": "ok", "judgement": res.model_dump(mode="json")})

    # -- phase 3: assemble ----------------------------------------------------------------------

    def records(self, cases: list[Case]) -> list[CaseRecord]:
        log = self.log.read()
        responses = latest_final(log, "response")
        judged = latest_final(log, "judgement")
        out = []
        for c in cases:
            rec = CaseRecord(case=c)
            resp = responses.get((self.benchmark.name, c.id, self.target.id))
            if resp is None:
                rec.error = "not run (interrupted)"
            elif resp["status"] != "ok":
                rec.error = resp.get("error") or "failed"
            else:
                rec.reply = Reply.model_validate(resp["reply"])
                if self.judge is not None and self.benchmark.task is not None and rec.reply.status == "answered":
                    j = judged.get((self.benchmark.name, c.id, self.target.id, self.judge.id))
                    if j is None:
                        rec.judge_error = "not judged (interrupted)"
                    elif j["status"] != "ok":
                        rec.judge_error = j.get("error") or "failed"
                    else:
                        rec.judgement = Judgement.model_validate(j["judgement"])
                elif self.benchmark.task is None:
                    rec.judgement = self.benchmark.self_judge(rec)
            out.append(rec)
        return out

    def run(self, loaded: LoadedCases, *, agreement: bool = True) -> RunResult:
        import shieldwall

        started = dt.datetime.now(dt.UTC)
        t0 = time.perf_counter()
        try:
            self.generate_all(loaded.cases)
            self.judge_all(loaded.cases)
        finally:
            self.log.close()
        records = self.records(loaded.cases)
        head, parts = self.benchmark.summarize(records)
        tables, curves = self.benchmark.extra()
        outcomes: dict[str, int] = {}
        for r in records:
            outcomes[r.outcome] = outcomes.get(r.outcome, 0) + 1
        agreements = []
        if agreement and self.judge is not None and self.judge.offline and self.benchmark.task is not None:
            from shieldwall.evals.judge_check import shipped_agreement

            agreements = shipped_agreement(self.judge, self.benchmark.task)
        result = RunResult(
            benchmark=self.benchmark.name, benchmark_version=self.benchmark.version,
            description=self.benchmark.description, task=self.benchmark.task,
            target=self.target.settings(), judge=self.judge.settings() if self.judge else None,
            judge_id=self.judge.id if self.judge else None,
            dataset=loaded.source, dataset_format=loaded.format, cases=len(loaded.cases),
            skipped_rows=loaded.skipped, outcomes=dict(sorted(outcomes.items())), headline=head,
            breakdowns=parts, curves=[c.model_copy(update={"series": self.label or self.target.id}) for c in curves],
            tables=tables, judge_agreement=agreements, examples=_examples(records, self.benchmark),
            started_at=started.isoformat(timespec="seconds"),
            finished_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            duration_s=round(time.perf_counter() - t0, 3), log=str(self.log.path),
            shieldwall_version=shieldwall.__version__, label=self.label or self.target.id)
        write_result(result, self.out_dir)
        return result


def _examples(records: list[CaseRecord], benchmark: Benchmark) -> list[dict[str, Any]]:
    """A few transcripts per outcome (positives first) for the report."""
    pos = set(benchmark.positive)
    ordered = sorted(records, key=lambda r: (r.outcome not in pos, r.outcome))
    out: list[dict[str, Any]] = []
    per_outcome: dict[str, int] = {}
    for r in ordered:
        if per_outcome.get(r.outcome, 0) >= 5 or len(out) >= EXAMPLES:
            continue
        per_outcome[r.outcome] = per_outcome.get(r.outcome, 0) + 1
        out.append({"case": r.case.id, "category": r.case.category, "outcome": r.outcome,
                    "prompt": r.case.prompt[:600], "response": (r.reply.text if r.reply else "")[:800],
                    "error": r.error or r.judge_error,
                    "categories": r.judgement.categories if r.judgement else []})
    return out


def write_result(result: RunResult, out_dir: Path) -> None:
    from shieldwall.evals.report import render_html

    (out_dir / "results.json").write_text(result.model_dump_json(indent=2) + "\n", encoding="utf-8")
    (out_dir / "report.html").write_text(render_html([result]), encoding="utf-8")


def run_benchmark(benchmark: Benchmark | str, target: Target | str, judge: Judge | str | None = "default", *,
                  out_dir: str | Path, dataset: str | Path | None = None, fmt: str | None = None,
                  limit: int | None = None, guard_policy: Any = None, **options: Any) -> RunResult:
    """The Python entry point behind ``shieldwall eval BENCHMARK``."""
    from shieldwall.evals.benchmarks import create_benchmark
    from shieldwall.evals.judges import create_judge
    from shieldwall.evals.targets import GuardedTarget, create_target

    bench = create_benchmark(benchmark) if isinstance(benchmark, str) else benchmark
    tgt = create_target(target)
    if guard_policy is not None:
        tgt = GuardedTarget(tgt, guard_policy)
    judge_spec = None
    if judge == "default":
        judge = bench.default_judge
    if isinstance(judge, str):
        judge_spec = judge
        judge = create_judge(judge)
    if bench.task is None:
        judge = None
    loaded = bench.load(dataset, fmt, limit)
    try:
        return Runner(bench, tgt, judge, out_dir, judge_spec=judge_spec, **options).run(loaded)
    finally:
        tgt.close()
        if judge is not None:
            judge.close()
