"""Typed results: what a scanner detected, what the policy decided, and views of it."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, computed_field


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
    """The outcome of a check. Ordered by severity."""

    ALLOW = "allow"
    WARN = "warn"
    REDACT = "redact"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _DECISION_RANK[self]

    @classmethod
    def of(cls, action: Action | None) -> Decision:
        """The decision an action leads to (``log`` and no action allow)."""
        return _DECISION_BY_ACTION[action] if action is not None else cls.ALLOW

    @classmethod
    def worst(cls, decisions: Iterable[Decision]) -> Decision:
        """The most severe of ``decisions`` (``allow`` when there are none)."""
        return max(decisions, key=lambda d: d.rank, default=cls.ALLOW)


_DECISION_RANK = {Decision.ALLOW: 0, Decision.WARN: 1, Decision.REDACT: 2, Decision.BLOCK: 3}
_DECISION_BY_ACTION = {Action.LOG: Decision.ALLOW, Action.WARN: Decision.WARN, Action.REDACT: Decision.REDACT,
                       Action.BLOCK: Decision.BLOCK}


Stage = Literal["input", "output"]


class FailMode(str, Enum):
    """What a scanner error or timeout means: ``open`` lets the text through, ``closed`` blocks."""

    OPEN = "open"
    CLOSED = "closed"


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
    """The result of one check: what to do, why, and how long it took.

    ``model_dump(mode="json")`` is *the* JSON shape of a verdict (CLI ``--json``, the HTTP API, the
    proxy's verdict events); ``flagged`` and ``categories`` are computed fields of it.
    ``latency_ms`` is the wall time of the check; for a check made inside a batch
    (``batch_size`` > 1) it is the batch's wall time divided by the batch size.
    ``scanner_latency_ms`` holds each scanner's own time.
    """

    model_config = ConfigDict(use_enum_values=False, populate_by_name=True)

    decision: Decision = Decision.ALLOW
    stage: Stage = "input"
    findings: list[Finding] = Field(default_factory=list)
    scores: dict[str, float] = Field(default_factory=dict)
    sanitized_text: str | None = None
    #: Redacted text of every conversation part a redact action fired on, keyed by its place
    #: (``messages[2].content``); the primary part's is also ``sanitized_text``.
    redacted_parts: dict[str, str] = Field(default_factory=dict)
    user_message: str | None = None
    latency_ms: float = Field(default=0.0, validation_alias=AliasChoices("latency_ms", "total_latency_ms"))
    scanner_latency_ms: dict[str, float] = Field(default_factory=dict)
    batch_size: int = 1
    policy: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def flagged(self) -> bool:
        """True when the text violates the policy as given: the decision is block or warn.

        A ``redact`` decision is not flagged: the sanitized text is safe to pass on (its findings
        and categories still say what was removed).
        """
        return self.decision in (Decision.BLOCK, Decision.WARN)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def categories(self) -> list[str]:
        """Codes of the categories that fired with an action above ``log``, in first-seen order."""
        seen: dict[str, None] = {}
        for finding in self.findings:
            if finding.action is not Action.LOG:
                seen.setdefault(finding.category, None)
        return list(seen)

    @property
    def blocked(self) -> bool:
        return self.decision is Decision.BLOCK

    @property
    def errors(self) -> list[Finding]:
        """Scanner errors and timeouts (whatever the fail mode made of them)."""
        return [f for f in self.findings if f.category == SCANNER_ERROR]

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
        """The public JSONL row contract of ``shieldwall check --input``: the verdict's JSON, less
        what only a single check needs, with the row ``id`` first. ``sanitized_text`` is present
        when a redact action fired."""
        row: dict[str, Any] = {
            "id": row_id,
            "decision": self.decision.value,
            "flagged": self.flagged,
            "categories": self.categories,
            "scores": {k: round(v, 6) for k, v in self.scores.items()},
            "findings": [f.model_dump(mode="json", exclude_none=True) for f in self.findings],
            "latency_ms": round(self.latency_ms, 3),
        }
        if self.sanitized_text is not None:
            row["sanitized_text"] = self.sanitized_text
        return row


#: The category of a finding that records a scanner error or timeout.
SCANNER_ERROR = "scanner_error"
