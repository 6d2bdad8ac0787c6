"""Typed results of a code scan and the policy that turns findings into a treatment."""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, Field

from shieldwall.codeshield.schema import Severity


class Treatment(str, Enum):
    """What a caller should do with the scanned code. Ordered: ignore < warn < block."""

    IGNORE = "ignore"
    WARN = "warn"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return {"ignore": 0, "warn": 1, "block": 2}[self.value]


class FlowStep(BaseModel):
    """One step of a source-to-sink flow: where the data went and what happened there."""

    line: int
    note: str


class Issue(BaseModel):
    """One finding: which rule fired where, why it matters and how to fix it.

    Dataflow findings also carry ``confidence`` (high: data from a real source reaches the sink;
    medium: a non-constant value of unknown origin does), ``source_line`` and the ``flow``.
    """

    rule: str
    cwe: str
    severity: Severity
    message: str
    fix: str = ""
    line: int
    column: int = 1
    end_line: int | None = None
    snippet: str = ""
    language: str | None = None
    analyzer: Literal["ast", "regex", "semgrep", "dataflow"] = "ast"
    treatment: Treatment = Treatment.IGNORE
    confidence: Literal["high", "medium"] | None = None
    source: str | None = None
    source_line: int | None = None
    flow: list[FlowStep] = Field(default_factory=list)


class CodeScanResult(BaseModel):
    """Everything a code scan found. ``is_insecure`` is true when any warning or error fired."""

    is_insecure: bool = False
    treatment: Treatment = Treatment.IGNORE
    issues: list[Issue] = Field(default_factory=list)
    language: str | None = None
    languages: list[str] = Field(default_factory=list)
    blocks: int = 1
    notes: list[str] = Field(default_factory=list)
    latency_ms: float = 0.0

    def to_row(self, row_id: object = None) -> dict[str, object]:
        """The public JSONL row contract of ``shieldwall scan-code --input``."""
        return {
            "id": row_id,
            "insecure": self.is_insecure,
            "treatment": self.treatment.value,
            "issues": [_row_issue(i) for i in self.issues],
            "language": self.language,
            "latency_ms": round(self.latency_ms, 3),
        }


def _row_issue(issue: Issue) -> dict[str, object]:
    row: dict[str, object] = {"rule": issue.rule, "cwe": issue.cwe,
                              "severity": issue.severity.value, "line": issue.line}  # fmt: skip
    if issue.confidence is not None:
        row["confidence"] = issue.confidence
        if issue.source_line is not None:
            row["source_line"] = issue.source_line
    return row


class CodePolicy(BaseModel):
    """Maps each finding to block / warn / ignore by severity, confidence, CWE and rule id.

    Precedence: ``ignore_rules`` / ``ignore_cwes`` first, then ``block_cwes``, then severities.
    A medium-confidence dataflow finding (a non-constant value of unknown origin reaches a
    sink) is treated at most as ``medium_confidence_cap`` (block, i.e. no cap, by default: an
    unknown-origin value in a shell command is still blocked; set it to warn to block only
    proven flows); ``ignore_medium`` drops such findings altogether.
    """

    block_severities: set[Severity] = Field(default_factory=lambda: {Severity.ERROR})
    warn_severities: set[Severity] = Field(default_factory=lambda: {Severity.WARNING})
    insecure_severities: set[Severity] = Field(
        default_factory=lambda: {Severity.ERROR, Severity.WARNING}
    )
    block_cwes: set[str] = Field(default_factory=set)
    warn_cwes: set[str] = Field(default_factory=set)
    ignore_cwes: set[str] = Field(default_factory=set)
    ignore_rules: set[str] = Field(default_factory=set)
    medium_confidence_cap: Treatment = Treatment.BLOCK
    ignore_medium: bool = False

    def keeps(self, issue: Issue) -> bool:
        if self.ignore_medium and issue.confidence == "medium":
            return False
        return issue.rule not in self.ignore_rules and issue.cwe not in self.ignore_cwes

    def treat(self, issue: Issue) -> Treatment:
        if issue.cwe in self.block_cwes or issue.severity in self.block_severities:
            treatment = Treatment.BLOCK
        elif issue.cwe in self.warn_cwes or issue.severity in self.warn_severities:
            treatment = Treatment.WARN
        else:
            return Treatment.IGNORE
        if issue.confidence == "medium" and treatment.rank > self.medium_confidence_cap.rank:
            return self.medium_confidence_cap
        return treatment

    def is_insecure(self, issue: Issue) -> bool:
        return (
            issue.severity in self.insecure_severities
            or issue.cwe in self.block_cwes
            or issue.cwe in self.warn_cwes
        )
