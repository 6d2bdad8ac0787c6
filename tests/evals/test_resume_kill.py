"""Kill a run half-way (SIGKILL, or Ctrl-C) and rerun it: it finishes with no case answered twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

CASES = 16


def _cmd(out: Path) -> list[str]:
    return [sys.executable, "-c", "from shieldwall.cli.app import main; main()", "eval", "false-refusal",
            "--target", "scripted:slow?delay_s=0.25", "--concurrency", "2", "--limit", str(CASES), "-o", str(out),
            "--quiet"]


def _ok_responses(log: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    if not log.exists():
        return counts
    for line in log.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if rec.get("type") == "response" and rec.get("status") == "ok":
            counts[rec["case"]] += 1
    return counts


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_interrupted_run_resumes_without_repeats(tmp_path: Path, sig: signal.Signals) -> None:
    out = tmp_path / "run"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    proc = subprocess.Popen(_cmd(out), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    log = out / "attempts.jsonl"
    deadline = time.monotonic() + 60
    while sum(_ok_responses(log).values()) < 4 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(sig)
    proc.wait(timeout=30)
    assert proc.returncode != 0, "the run finished before it could be interrupted"
    done_before = _ok_responses(log)
    assert 4 <= sum(done_before.values()) < CASES
    assert not (out / "results.json").exists()

    rerun = subprocess.run(_cmd(out), env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    done_after = _ok_responses(log)
    assert len(done_after) == CASES
    assert max(done_after.values()) == 1  # nothing answered twice
    result = json.loads((out / "results.json").read_text())
    assert result["outcomes"] == {"compliance": CASES}
