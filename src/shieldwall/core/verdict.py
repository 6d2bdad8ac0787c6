"""Typed results: what a scanner detected, what the policy decided, and views of it."""

from __future__ import annotations

from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Action(str, Enum):
    """What the policy does when a category fires. Ordered by severity."""

    LOG = "log"
    WARN = "warn"
    REDACT = "redact"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _ACTION_RANK[self]


_ACTION_RANK = {Action.LOG: 0, Action.WARN: 1, Action.REDACT: 2, Action.BLOCK: 3}


class Decision(str, Enum):
    """The outcome of a check."""

    ALLOW = "allow"
    WARN = "warn"
    REDACT = "redact"
    BLOCK = "block"


Stage = Literal["input", "output"]


class Span(BaseModel):
    """Character offsets ``[start, end)`` into the scanned text."""

    start: int
    end: int


class Detection(BaseModel):
    """A raw signal from a scanner, before the policy applies thresholds and actions."""

    category: str
    score: float = 1.0
    message: str = ""
    span: Span | None = None
    line: int | None = None
    replacement: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)


class ScanResult(BaseModel):
    """Everything one scanner says about one text."""

    scanner: str
    scores: dict[str, float] = Field(default_factory=dict)
    detections: list[Detection] = Field(default_factory=list)
    decided_by: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)


class Finding(BaseModel):
    """A detection the policy acted on."""

    scanner: str
    category: str
    score: float
    threshold: float
    action: Action
    message: str = ""
    span: Span | None = None
    line: int | None = None
    decided_by: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)


class ModerationResult(BaseModel):
    """An OpenAI-moderation-shaped view of a verdict."""

    flagged: bool
    categories: dict[str, bool]
    category_scores: dict[str, float]


class Verdict(BaseModel):
    """The result of one check: what to do, why, and how long it took."""

    model_config = ConfigDict(use_enum_values=False)

    decision: Decision = Decision.ALLOW
    stage: Stage = "input"
    findings: list[Finding] = Field(default_factory=list)
    scores: dict[str, float] = Field(default_factory=dict)
    sanitized_text: str | None = None
    user_message: str | None = None
    latency_ms: dict[str, float] = Field(default_factory=dict)
    total_latency_ms: float = 0.0
    policy: str | None = None

    @property
    def flagged(self) -> bool:
        """True when the text violates the policy as given: the decision is block or warn.

        A ``redact`` decision is not flagged: the sanitized text is safe to pass on (its findings
        and categories still say what was removed).
        """
        return self.decision in (Decision.BLOCK, Decision.WARN)

    @property
    def blocked(self) -> bool:
        return self.decision is Decision.BLOCK

    @property
    def categories(self) -> list[str]:
        """Codes of the categories that fired with an action above ``log``, in first-seen order."""
        seen: dict[str, None] = {}
        for finding in self.findings:
            if finding.action is not Action.LOG:
                seen.setdefault(finding.category, None)
        return list(seen)

    def moderation(self) -> ModerationResult:
        """The OpenAI moderation view: one flag and one score per category."""
        fired = set(self.categories)
        cats = {code: code in fired for code in self.scores}
        for code in fired:
            cats[code] = True
        scores = dict(self.scores)
        for finding in self.findings:
            scores[finding.category] = max(scores.get(finding.category, 0.0), finding.score)
        return ModerationResult(flagged=self.flagged, categories=cats, category_scores=scores)

    def to_row(self, row_id: Any = None) -> dict[str, Any]:
        """The public JSONL row contract of ``shieldwall check --input``."""
        return {
            "id": row_id,
            "decision": self.decision.value,
            "flagged": self.flagged,
            "categories": self.categories,
            "scores": {k: round(v, 6) for k, v in self.scores.items()},
            "findings": [f.model_dump(mode="json", exclude_none=True) for f in self.findings],
            "latency_ms": round(self.total_latency_ms, 3),
        }
