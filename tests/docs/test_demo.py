"""`make demo`: JSONL rows on stdout (the batch contract), a summary table on stderr."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from io import StringIO
from pathlib import Path

from shieldwall.cli.summary import Summary, summary_row

REPO = Path(__file__).resolve().parents[2]


def demo_command() -> list[str]:
    """The demo target's command line from the Makefile, with ``$(BIN)`` made this venv's bin."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^demo:.*\n\t(.+)$", makefile, re.MULTILINE)
    assert recipe, "no demo target in the Makefile"
    return shlex.split(recipe.group(1).replace("$(BIN)", str(Path(sys.executable).parent)))


def test_make_demo_prints_rows_then_a_summary_table() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(REPO / "src"), os.environ.get("PYTHONPATH"))
                                                       if p)}
    proc = subprocess.run(demo_command(), cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    inputs = [json.loads(line) for line in (REPO / "examples/conversations.jsonl").read_text().splitlines() if line]
    assert [r["id"] for r in rows] == [r["id"] for r in inputs]
    assert {"decision", "categories", "scores", "findings"} <= set(rows[0])
    table = proc.stderr[proc.stderr.index("summary"):]
    for row in rows:
        assert row["id"] in table
    assert re.search(r"violent-intent\s*│\s*block\s*│\s*S1\s*│\s*S1 0\.\d{3}\s*│\s*content", table)
    assert re.search(r"pii-in-response\s*│\s*redact\s*│\s*pii\.email, pii\.phone", table)
    counts = {d: sum(r["decision"] == d for r in rows) for d in {r["decision"] for r in rows}}
    assert f"{len(rows)} rows: " + ", ".join(f"{n} {d}" for d, n in sorted(counts.items())) in table


def test_summary_rows_name_the_deciding_finding_and_errors() -> None:
    row = {"id": "x", "decision": "block", "categories": ["S1", "jailbreak"], "scores": {"S1": 0.9},
           "findings": [
               {"scanner": "content", "category": "S1", "score": 0.91, "action": "block"},
               {"scanner": "prompt_attack", "category": "jailbreak", "score": 0.99, "action": "warn"},
           ]}
    assert summary_row(row) == ("x", "block", "S1, jailbreak", "S1 0.910", "content")
    allowed = {"id": 2, "decision": "allow", "categories": [], "scores": {"S1": 0.01, "jailbreak": 0.2},
               "findings": []}
    assert summary_row(allowed) == ("2", "allow", "-", "jailbreak 0.200", "-")
    error = {"id": "bad", "line": 3, "error": "row needs 'prompt' or 'messages'"}
    assert summary_row(error)[:2] == ("bad", "error") and "line 3" in summary_row(error)[2]


def test_summary_keeps_counting_past_the_rows_it_shows() -> None:
    summary = Summary(max_rows=2)
    summary.add({"id": i, "decision": "allow", "categories": [], "scores": {}, "findings": []} for i in range(5))
    out = StringIO()
    summary.print(file=out)
    assert "5 rows: 5 allow (first 2 shown)" in out.getvalue()
