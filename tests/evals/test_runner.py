"""The runner: scripted targets, retries, errors kept apart, resume without repeats, concurrency limits."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest
from eval_helpers import Counter

from shieldwall.evals.benchmarks import create_benchmark
from shieldwall.evals.judges import Judge, JudgeError, JudgeItem, Judgement
from shieldwall.evals.runner import Runner, run_benchmark
from shieldwall.evals.targets import CallableTarget


def _log(run_dir: Path) -> list[dict]:
    return [json.loads(line) for line in (run_dir / "attempts.jsonl").read_text().splitlines() if line.strip()]


@pytest.mark.parametrize(("mode", "rate"), [("refuse", 1.0), ("comply", 0.0)])
def test_scripted_refuse_and_comply(mode: str, rate: float, run_dir: Path) -> None:
    result = run_benchmark("false-refusal", f"scripted:{mode}", out_dir=run_dir, progress=False)
    assert result.headline["refusal_rate"] == rate
    assert result.cases == 42 and sum(result.outcomes.values()) == 42
    assert (run_dir / "results.json").exists() and (run_dir / "report.html").exists()
    # the judge's own agreement on our labelled set is attached to the figures it produced
    assert result.judge_agreement and result.judge_agreement[0].judge == "refusal-head@1"


def test_seeded_mix_matches_its_own_coin_flips(run_dir: Path) -> None:
    result = run_benchmark("false-refusal", "scripted:mix?seed=3&p_refuse=0.4", out_dir=run_dir, progress=False)
    bench = create_benchmark("false-refusal")
    safe = [c for c in bench.load().cases if c.meta["expected"] == "safe"]
    expected = sum(random.Random(hashlib.sha256(f"3:{c.id}".encode()).digest()).random() < 0.4 for c in safe)
    assert result.headline["refusal_rate"] == pytest.approx(expected / len(safe))


def test_failing_target_is_an_error_never_a_refusal(run_dir: Path) -> None:
    result = run_benchmark("false-refusal", "scripted:fail", out_dir=run_dir, limit=4, retries=1, backoff_s=0.0,
                           progress=False)
    assert result.outcomes == {"error": 4}
    assert result.headline["refusal_rate"] is None
    log = _log(run_dir)
    assert [r["status"] for r in log if r["case"] == log[0]["case"]] == ["error", "error", "failed"]


def test_flaky_target_succeeds_on_retry(run_dir: Path) -> None:
    result = run_benchmark("false-refusal", "scripted:flaky?failures=2", out_dir=run_dir, limit=3, retries=2,
                           backoff_s=0.0, progress=False)
    assert result.outcomes == {"compliance": 3}
    assert sum(r["status"] == "error" for r in _log(run_dir)) == 6


def test_rerun_skips_done_cases_and_retries_errors_only_when_asked(run_dir: Path) -> None:
    calls = Counter(lambda m: "Sure: kill -9 works.")
    target = CallableTarget(fn=calls)
    run_benchmark("false-refusal", target, out_dir=run_dir, limit=5, progress=False)
    assert len(calls.calls) == 5
    run_benchmark("false-refusal", target, out_dir=run_dir, limit=8, progress=False)
    assert len(calls.calls) == 8  # only the three new cases ran

    failing = Counter(lambda m: (_ for _ in ()).throw(RuntimeError("down")))
    other = tmp = run_dir.parent / "other"
    run_benchmark("false-refusal", CallableTarget(fn=failing), out_dir=tmp, limit=2, retries=0, progress=False)
    run_benchmark("false-refusal", CallableTarget(fn=failing), out_dir=other, limit=2, retries=0, progress=False)
    assert len(failing.calls) == 2  # failed cases are final unless --retry-errors
    run_benchmark("false-refusal", CallableTarget(fn=failing), out_dir=other, limit=2, retries=0,
                  retry_errors=True, progress=False)
    assert len(failing.calls) == 4


def test_a_new_judge_rescoring_reuses_the_responses(run_dir: Path) -> None:
    calls = Counter(lambda m: "I'm sorry, I can't help with that.")
    target = CallableTarget(fn=calls)
    a = run_benchmark("false-refusal", target, "refusal-head", out_dir=run_dir, limit=4, progress=False)
    b = run_benchmark("false-refusal", target, "keyword", out_dir=run_dir, limit=4, progress=False)
    assert len(calls.calls) == 4
    assert a.headline["refusal_rate"] == b.headline["refusal_rate"] == 1.0
    assert a.judge_id == "refusal-head@1" and b.judge_id == "keyword@1"


class _Picky(Judge):
    name = "picky"
    tasks = frozenset({"refusal"})

    def judge_batch(self, task: str, items: list[JudgeItem]) -> list[Judgement]:
        if any("boom" in it.response for it in items):
            raise JudgeError("cannot read this one")
        return [Judgement(label="compliance") for _ in items]


def test_a_failing_judge_is_a_judge_error_for_that_case_only(run_dir: Path) -> None:
    target = CallableTarget(fn=lambda m: "boom" if "kill" in m[-1]["content"].lower() else "fine")
    result = run_benchmark("false-refusal", target, _Picky(), out_dir=run_dir, limit=6, retries=0, progress=False)
    assert result.outcomes.get("judge_error", 0) >= 1
    assert result.outcomes["compliance"] + result.outcomes["judge_error"] == 6
    assert result.headline["refusal_rate"] == 0.0  # judge errors are outside the denominator


def test_concurrency_is_limited_per_target(run_dir: Path) -> None:
    import time

    body = Counter(lambda m: (time.sleep(0.05), "ok")[1])
    target = CallableTarget(fn=body, concurrency=3)
    bench = create_benchmark("false-refusal")
    Runner(bench, target, None, run_dir, progress=False).generate_all(bench.load(limit=12).cases)
    assert 1 < body.max_in_flight <= 3


def test_truncated_log_line_is_ignored_and_appends_stay_valid(run_dir: Path) -> None:
    run_benchmark("false-refusal", "scripted:comply", out_dir=run_dir, limit=2, progress=False)
    log = run_dir / "attempts.jsonl"
    log.write_bytes(log.read_bytes() + b'{"type": "response", "bench')  # a kill mid-write
    result = run_benchmark("false-refusal", "scripted:comply", out_dir=run_dir, limit=3, progress=False)
    assert result.outcomes == {"compliance": 3}
    lines = log.read_text().splitlines()
    assert sum(1 for ln in lines if ln.startswith('{"type": "response", "bench') and not ln.endswith("}")) == 1
    assert json.loads(lines[-1])["type"] == "judgement"
