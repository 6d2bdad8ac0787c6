"""The ``code`` scanner in a policy: dataflow confidence becomes the score, the flow travels along."""

from __future__ import annotations

from shieldwall import Guard
from shieldwall.core.verdict import Decision

PROVEN = '''```python
from flask import request
import sqlite3

def view():
    uid = request.args["id"]
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT * FROM t WHERE id = " + uid)
```'''

UNKNOWN_ORIGIN = "```python\nimport os\ndef run(cmd):\n    os.system('ls ' + cmd)\n```"


def _guard(threshold: float | None = None) -> Guard:
    scanner = {"name": "code", **({"threshold": threshold} if threshold is not None else {})}
    return Guard.from_policy({"name": "t", "output": {"scanners": [scanner]}})


def test_a_proven_flow_blocks_with_its_source_and_path() -> None:
    verdict = _guard().check_output("write a view", PROVEN)
    assert verdict.decision is Decision.BLOCK
    finding = verdict.findings[0]
    assert finding.score == 1.0 and finding.metadata["confidence"] == "high"
    assert finding.metadata["cwe"] == "CWE-89" and finding.metadata["source_line"] == 6  # lines of the answer (the fence is line 1)
    assert len(finding.metadata["flow"]) >= 2


def test_unknown_origin_scores_lower_so_a_policy_can_act_on_proven_flows_only() -> None:
    verdict = _guard().check_output("q", UNKNOWN_ORIGIN)
    assert verdict.decision is Decision.BLOCK
    assert verdict.findings[0].metadata["confidence"] == "medium" and verdict.findings[0].score < 0.8
    assert _guard(threshold=0.8).check_output("q", UNKNOWN_ORIGIN).decision is Decision.ALLOW
    assert _guard(threshold=0.8).check_output("q", PROVEN).decision is Decision.BLOCK
    ignoring = Guard.from_policy({"name": "t", "output": {"scanners": [
        {"name": "code", "options": {"ignore_medium": True}}]}})
    assert ignoring.check_output("q", UNKNOWN_ORIGIN).decision is Decision.ALLOW
