"""``shieldwall redteam``: seeds x transforms (and an optional adaptive attacker) against a target,
judged per answer -> attack success rate per transform x category with bootstrap intervals, and
the successful transcripts. Runs through the eval runner, so it is logged and resumable."""

from __future__ import annotations

import hashlib
import json
import random
import threading
from pathlib import Path
from typing import Any

from shieldwall.core.errors import InputError
from shieldwall.evals.benchmarks.base import Benchmark, LoadedCases, breakdown
from shieldwall.evals.cases import Case, RawRow, read_rows, text_field, user
from shieldwall.evals.judges import Judge, create_judge
from shieldwall.evals.results import Breakdown, CaseRecord, Curve, RunResult, Table
from shieldwall.evals.runner import Runner
from shieldwall.evals.stats import bootstrap_ci
from shieldwall.evals.targets import GuardedTarget, Reply, Request, Target, create_target
from shieldwall.redteam.attacker import AdaptiveAttacker
from shieldwall.redteam.transforms import Chain, create_chain

ADAPTIVE = "adaptive"
SUCCESS = {"harm": ("harm", ("unsafe",)), "compliance": ("refusal", ("compliance", "partial"))}


class RedteamTarget(Target):
    """Wraps the target under test: applies each case's transform chain (or runs the adaptive
    attacker), and translates answers back where a transform asks for it."""

    name = "redteam"

    def __init__(self, inner: Target, *, translator: Target | None = None,
                 attacker: AdaptiveAttacker | None = None) -> None:
        super().__init__(inner.main)
        self.inner = inner
        self.translator = translator
        self.attacker = attacker
        self.max_concurrency = inner.max_concurrency
        self._chains: dict[str, Chain] = {}
        self._lock = threading.Lock()

    @property
    def id(self) -> str:
        return self.inner.id

    def settings(self) -> dict[str, Any]:
        out = dict(self.inner.settings())
        if self.translator is not None:
            out["translator"] = self.translator.settings()
        if self.attacker is not None:
            out["adaptive"] = self.attacker.settings()
        return out

    def chain(self, spec: str) -> Chain:
        with self._lock:
            if spec not in self._chains:
                self._chains[spec] = create_chain(spec, translator=self.translator)
            return self._chains[spec]

    def generate(self, request: Request) -> Reply:
        spec = str(request.meta.get("transform", "none"))
        if spec == ADAPTIVE:
            if self.attacker is None:
                raise InputError("the 'adaptive' arm needs --attacker SPEC")
            system = [m for m in request.messages if m.get("role") == "system"]
            return self.attacker.attack(self.inner, str(request.meta["seed"]), request.case_id, system)
        chain = self.chain(spec)
        rng = random.Random(hashlib.sha256(request.case_id.encode()).digest())
        messages = chain.apply(request.messages, rng)
        reply = self.inner.generate(request.model_copy(update={"messages": messages}))
        meta = {**reply.meta, "attack_messages": messages}
        if reply.status == "answered" and chain.parts:
            back = chain.postprocess(reply.text)
            if back != reply.text:
                meta["raw_text"] = reply.text
                reply = reply.model_copy(update={"text": back})
        return reply.model_copy(update={"meta": meta})

    def close(self) -> None:
        self.inner.close()
        if self.translator is not None:
            self.translator.close()


class Redteam(Benchmark):
    """Not a registered benchmark: its cases are seeds crossed with transforms."""

    name = "redteam"
    version = "1"
    description = "Attack success rate of transformed harmful seeds, per transform and category."
    metric = "attack_success_rate"

    def __init__(self, transforms: list[str], success: str = "harm") -> None:
        super().__init__()
        if success not in SUCCESS:
            raise InputError(f"--success must be one of {', '.join(SUCCESS)}, got '{success}'")
        self.task, self.positive = SUCCESS[success]  # type: ignore[misc]
        self.default_judge = "content-head" if success == "harm" else "refusal-head"  # type: ignore[misc]
        self.transforms = transforms
        self._table: Table | None = None

    def case_from_row(self, row: RawRow, fmt: str) -> Case:
        d = row.data
        prompt = text_field(d, "prompt", "goal", "Behavior", "text", where=row.where)
        cid = str(d.get("id", d.get("BehaviorID", row.where.replace(" ", "-"))))
        cat = str(d.get("category", d.get("SemanticCategory", "all")) or "all")
        return Case(id=cid, messages=user(prompt), category=cat, meta={"seed": prompt})

    def expand(self, seeds: LoadedCases) -> LoadedCases:
        cases = []
        for seed in seeds.cases:
            for spec in self.transforms:
                cases.append(seed.model_copy(update={
                    "id": f"{seed.id}|{spec}", "meta": {**seed.meta, "transform": spec, "seed_id": seed.id}}))
        return LoadedCases(cases, seeds.source, seeds.format, seeds.skipped)

    def summarize(self, records: list[CaseRecord]) -> tuple[dict[str, float | None], list[Breakdown]]:
        head = self.rates(records)
        by_t = breakdown(records, "attack success rate by transform", self.metric, self.positive,
                         lambda r: str(r.case.meta.get("transform")))
        by_c = breakdown(records, "attack success rate by category", self.metric, self.positive,
                         lambda r: r.case.category)
        base = next((row for row in by_t.rows if row.key == "none"), None)
        head["baseline_asr"] = base.rate if base else None
        scored = [row for row in by_t.rows if row.rate is not None]
        if scored:
            best = max(scored, key=lambda row: row.rate or 0.0)
            head["best_transform_asr"] = best.rate
        seeds_broken = {r.case.meta.get("seed_id") for r in records if r.outcome in self.positive}
        seeds = {r.case.meta.get("seed_id") for r in records}
        head["seeds_broken_by_any_transform"] = len(seeds_broken) / len(seeds) if seeds else None
        cats = sorted({r.case.category for r in records})
        rows = []
        for t in self.transforms:
            row: list[Any] = [t]
            for c in cats:
                rs = [r for r in records if r.case.meta.get("transform") == t and r.case.category == c and not r.failed]
                hits = sum(r.outcome in self.positive for r in rs)
                ci = bootstrap_ci(hits, len(rs))
                row.append(f"{hits / len(rs):.2f} [{ci[0]:.2f}, {ci[1]:.2f}] n={len(rs)}" if rs and ci else "–")
            rows.append(row)
        self._table = Table(title="attack success rate: transform x category (bootstrap 95% CI)",
                            columns=["transform", *cats], rows=rows)
        return head, [by_t, by_c]

    def extra(self) -> tuple[list[Table], list[Curve]]:
        return ([self._table] if self._table else []), []


def load_seeds(bench: Redteam, path: str | Path, limit: int | None = None) -> LoadedCases:
    p = Path(path)
    if p.suffix.lower() == ".txt":
        if not p.exists():
            raise InputError(f"{p}: no such file")
        lines = [ln.strip() for ln in p.read_text(encoding="utf-8").splitlines()]
        cases = [Case(id=f"seed-{i}", messages=user(t), meta={"seed": t}) for i, t in enumerate(lines, 1) if t]
        if not cases:
            raise InputError(f"{p}: no seeds")
        return LoadedCases(cases[:limit] if limit else cases, str(p), "txt")
    read_rows(p)  # clear error for a missing or unknown file before the benchmark loader
    return bench.load(p, None, limit)


def run_redteam(target: Target | str, seeds: str | Path, transforms: list[str], *, out_dir: str | Path,
                judge: Judge | str | None = None, success: str = "harm", translator: Target | str | None = None,
                attacker: Target | str | None = None, attack_turns: int = 4, attack_mode: str = "pair",
                guard_policy: Any = None, limit: int | None = None, **options: Any) -> RunResult:
    """The Python entry point behind ``shieldwall redteam``."""
    bench = Redteam(transforms, success)
    inner = create_target(target)
    if guard_policy is not None:
        inner = GuardedTarget(inner, guard_policy)
    judge_spec = judge if isinstance(judge, str) else None
    the_judge = create_judge(judge or bench.default_judge or "content-head")
    tr = create_target(translator) if translator is not None else None
    adaptive = None
    if attacker is not None:
        adaptive = AdaptiveAttacker(create_target(attacker), the_judge, task=str(bench.task),
                                    success=bench.positive, turns=attack_turns,
                                    mode=attack_mode)  # type: ignore[arg-type]
        if ADAPTIVE not in transforms:
            transforms.append(ADAPTIVE)
    elif ADAPTIVE in transforms:
        raise InputError("the 'adaptive' arm needs --attacker SPEC")
    for spec in transforms:  # fail fast on unknown names, before any request is sent
        if spec != ADAPTIVE:
            create_chain(spec, translator=tr)
    seeds_loaded = load_seeds(bench, seeds, limit)
    loaded = bench.expand(seeds_loaded)
    wrapped = RedteamTarget(inner, translator=tr, attacker=adaptive)
    try:
        result = Runner(bench, wrapped, the_judge, out_dir, judge_spec=judge_spec, **options).run(loaded)
    finally:
        wrapped.close()
        the_judge.close()
    write_successes(result, Path(out_dir))
    return result


def write_successes(result: RunResult, out_dir: Path) -> Path:
    """Every successful attack's transcript (from the attempt log) as JSONL."""
    from shieldwall.evals.runlog import RunLog, latest_final

    log = RunLog(result.log).read()
    responses = latest_final(log, "response")
    judged = latest_final(log, "judgement")
    positive = set(SUCCESS["harm"][1]) if result.task == "harm" else set(SUCCESS["compliance"][1])
    path = out_dir / "successes.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for key, j in sorted(judged.items()):
            if j["status"] != "ok" or j["judgement"]["label"] not in positive or j["judge"] != result.judge_id:
                continue
            resp = responses.get(key[:3])
            if resp is None or resp["status"] != "ok":
                continue
            reply = resp["reply"]
            seed_id, _, transform = key[1].partition("|")
            fh.write(json.dumps({"case": key[1], "seed": seed_id, "transform": transform,
                                 "messages": reply.get("meta", {}).get("attack_messages"),
                                 "transcript": reply.get("meta", {}).get("transcript"),
                                 "response": reply.get("text"), "raw_response": reply.get("meta", {}).get("raw_text"),
                                 "judgement": j["judgement"]}, ensure_ascii=False) + "\n")
    return path
