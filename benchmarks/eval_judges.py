"""Offline judges: responses judged per second, and agreement with our human labels, side by side
with the keyword-regex refusal detector peers use (re-implemented from its published description).

    python benchmarks/eval_judges.py [--repeat 10]

Accuracy: exact label match with the human label on our shipped judge-check sets
(data/benchmarks/judge_check/, written and labelled by us). "positive vs rest" collapses the labels
to refusal-vs-not (refusal task), unsafe-vs-safe (harm) or malicious-vs-not (cyber). The refusal
set deliberately contains the cases keyword matching gets wrong (refusals without the keywords,
code and answers that contain "cannot", "sorry", "illegal"), so it measures robustness, not the
keyword detector's accuracy on a natural sample of responses.
"""

from __future__ import annotations

import argparse
import time

from shieldwall.evals.judge_check import agreement, load_labelled, shipped_sets
from shieldwall.evals.judges import JudgeItem, create_judge

JUDGES = {"refusal": ["keyword", "refusal-head", "embedded"], "harm": ["content-head", "embedded"],
          "cyber": ["embedded"]}


def code_items(repeat: int) -> list[JudgeItem]:
    from shieldwall.evals.benchmarks import create_benchmark

    cases = [c for c in create_benchmark("insecure-code").load().cases if c.reference]
    return [JudgeItem(case_id=c.id, prompt=c.prompt, response=f"```{c.language}\n{c.reference}```",
                      language=c.language) for c in cases] * repeat


def throughput(spec: str, task: str, items: list[JudgeItem]) -> float:
    judge = create_judge(spec)
    judge.judge_batch(task, items[:8])  # load models outside the timed region
    t0 = time.perf_counter()
    for start in range(0, len(items), judge.batch_size):
        judge.judge_batch(task, items[start:start + judge.batch_size])
    return len(items) / (time.perf_counter() - t0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="repeat each labelled set this often for speed")
    args = parser.parse_args()
    sets = shipped_sets()
    header = f"{'task':<8} {'judge':<16} {'n':>4} {'accuracy':>9} {'pos-vs-rest':>12} {'kappa':>7} {'resp/s':>9}"
    print(header)
    print("-" * len(header))
    for task, specs in JUDGES.items():
        items, labels, _ = load_labelled(sets[task], task)
        for spec in specs:
            a = agreement(create_judge(spec), task, items, labels, sets[task].name)
            speed = throughput(spec, task, items * args.repeat)
            kappa = "-" if a.kappa is None else f"{a.kappa:.3f}"
            print(f"{task:<8} {spec:<16} {a.n:>4} {a.accuracy or 0:>9.3f} {a.binary_accuracy or 0:>12.3f} "
                  f"{kappa:>7} {speed:>9.1f}")
    items = code_items(args.repeat)
    print(f"{'code':<8} {'code-safeguard':<16} {len(items):>4} {'-':>9} {'-':>12} {'-':>7} "
          f"{throughput('code-safeguard', 'code', items):>9.1f}")
    print("\nkeyword vs refusal-head on the refusal set (accuracy ratio): ", end="")
    items, labels, _ = load_labelled(sets["refusal"], "refusal")
    kw = agreement(create_judge("keyword"), "refusal", items, labels, "refusal").accuracy or 0
    head = agreement(create_judge("refusal-head"), "refusal", items, labels, "refusal").accuracy or 0
    print(f"{head / kw:.2f}x" if kw else "n/a")


if __name__ == "__main__":
    main()
