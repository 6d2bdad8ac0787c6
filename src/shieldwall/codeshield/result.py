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


class Issue(BaseModel):
    """One finding: which rule fired where, why it matters and how to fix it."""

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
    analyzer: Literal["ast", "regex", "semgrep"] = "ast"
    treatment: Treatment = Treatment.IGNORE


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
            "issues": [
                {"rule": i.rule, "cwe": i.cwe, "severity": i.severity.value, "line": i.line}
                for i in self.issues
            ],
            "language": self.language,
            "latency_ms": round(self.latency_ms, 3),
        }


class CodePolicy(BaseModel):
    """Maps each finding to block / warn / ignore by severity, CWE and rule id.

    Precedence: ``ignore_rules`` / ``ignore_cwes`` first, then ``block_cwes``, then severities.
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

    def keeps(self, issue: Issue) -> bool:
        return issue.rule not in self.ignore_rules and issue.cwe not in self.ignore_cwes

    def treat(self, issue: Issue) -> Treatment:
        if issue.cwe in self.block_cwes or issue.severity in self.block_severities:
            return Treatment.BLOCK
        if issue.cwe in self.warn_cwes or issue.severity in self.warn_severities:
            return Treatment.WARN
        return Treatment.IGNORE

    def is_insecure(self, issue: Issue) -> bool:
        return (
            issue.severity in self.insecure_severities
            or issue.cwe in self.block_cwes
            or issue.cwe in self.warn_cwes
        )
