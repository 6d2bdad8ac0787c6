"""SARIF 2.1.0 export of code-scan results (one run, one result per issue)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from shieldwall.codeshield.dataflow.spec import SinkSpec, find_sink
from shieldwall.codeshield.result import CodeScanResult, Issue
from shieldwall.codeshield.rules_loader import RuleSet, load_rules
from shieldwall.codeshield.schema import RuleSpec, Severity

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.ADVICE: "note"}
_SCORE = {Severity.ERROR: "8.0", Severity.WARNING: "5.0", Severity.ADVICE: "2.0"}


def _code_flow(uri: str, issue: Issue) -> dict[str, Any]:
    """SARIF ``codeFlow`` of a dataflow finding: source, each step, then the sink."""
    locations = [
        {
            "location": {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": {"startLine": step.line},
                },
                "message": {"text": step.note},
            }
        }
        for step in issue.flow
    ]
    return {"threadFlows": [{"locations": locations}]}


def to_sarif(
    results: Sequence[tuple[str, CodeScanResult]],
    *,
    rules: RuleSet | None = None,
    tool_version: str = "0.1.0",
) -> dict[str, Any]:
    """A SARIF log for ``(artifact_uri, result)`` pairs; rules are listed once, in id order."""
    ruleset = rules if rules is not None else load_rules()
    used = sorted({issue.rule for _, result in results for issue in result.issues})
    descriptors: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for rule_id in used:
        compiled = ruleset.get(rule_id)
        index[rule_id] = len(descriptors)
        if compiled is None:
            sink = find_sink(rule_id)
            if sink is None:  # e.g. a semgrep rule
                descriptors.append({"id": rule_id})
                continue
            spec: RuleSpec | SinkSpec = sink
            tags = ["dataflow"]
        else:
            spec = compiled.spec
            tags = list(compiled.spec.tags)
        descriptors.append(
            {
                "id": spec.id,
                "name": spec.id.split(".", 1)[-1],
                "shortDescription": {"text": spec.message},
                "help": {"text": spec.fix},
                "defaultConfiguration": {"level": _LEVEL[spec.severity]},
                "properties": {
                    "tags": ["security", spec.cwe, *tags],
                    "cwe": spec.cwe,
                    "security-severity": _SCORE[spec.severity],
                },
            }
        )
    sarif_results: list[dict[str, Any]] = []
    for uri, result in results:
        for issue in result.issues:
            sarif_results.append(
                {
                    "ruleId": issue.rule,
                    "ruleIndex": index[issue.rule],
                    "level": _LEVEL[issue.severity],
                    "message": {"text": f"{issue.message} ({issue.cwe}). Fix: {issue.fix}"},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": uri},
                                "region": {
                                    "startLine": issue.line,
                                    "startColumn": issue.column,
                                    "endLine": issue.end_line or issue.line,
                                    "snippet": {"text": issue.snippet},
                                },
                            }
                        }
                    ],
                    "properties": {
                        "cwe": issue.cwe,
                        "severity": issue.severity.value,
                        "treatment": issue.treatment.value,
                        **({"confidence": issue.confidence} if issue.confidence else {}),
                    },
                    **({"codeFlows": [_code_flow(uri, issue)]} if issue.flow else {}),
                }
            )
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "shieldwall-codeshield",
                        "version": tool_version,
                        "rules": descriptors,
                    }
                },
                "results": sarif_results,
            }
        ],
    }
