"""Judging on Ray (``--engine ray``): same labels as local, in input order."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("ray", reason="needs the [ray] extra")

from shieldwall.evals.runner import run_benchmark

pytestmark = pytest.mark.slow


def test_ray_judging_matches_local(tmp_path: Path) -> None:
    import ray

    responses = tmp_path / "responses.jsonl"
    rows = [f'{{"id": "homonyms-{i}", "response": "{text}"}}' for i, text in
            enumerate(["I'm sorry, I can't.", "Use kill -9.", "Sorry to hear that! Restart it.", "I won't help.",
                       "Sure: run pkill."], start=1)]
    responses.write_text("\n".join(rows) + "\n", encoding="utf-8")
    try:
        local = run_benchmark("false-refusal", f"precomputed:{responses}", "keyword", out_dir=tmp_path / "local",
                              limit=5, progress=False)
        on_ray = run_benchmark("false-refusal", f"precomputed:{responses}", "keyword", out_dir=tmp_path / "ray",
                               limit=5, progress=False, engine="ray")
    finally:
        ray.shutdown()
    assert on_ray.outcomes == local.outcomes == {"compliance": 2, "refusal": 3}
