"""The policy schema: which scanners run where, and what each category triggers."""

from __future__ import annotations

import fnmatch
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from shieldwall.core.messages import Role
from shieldwall.core.verdict import Action, FailMode, Stage


class CategoryRule(BaseModel):
    """Per-category settings. Unset fields fall through to the scanner's defaults."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool | None = None
    threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    action: Action | None = None
    message: str | None = None


class ScannerConfig(BaseModel):
    """One scanner in a stage. ``name`` is the registry key; ``id`` tells two copies apart."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    id: str | None = None
    enabled: bool = True
    timeout_ms: float | None = Field(default=None, gt=0)
    fail_mode: FailMode | None = None
    threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    action: Action | None = None
    options: dict[str, Any] = Field(default_factory=dict)
    categories: dict[str, CategoryRule] = Field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.id or self.name


#: Every role a conversation can hold: by default an input check scans all of them.
ALL_ROLES: list[Role] = ["system", "developer", "user", "tool", "assistant"]


class StageConfig(BaseModel):
    """A stage's scanners. ``roles`` (input only) names the message roles whose text is scanned
    besides the last user/tool message: earlier turns, system and developer messages, tool
    results, an assistant prefill, ``name`` fields and tool-call arguments."""

    model_config = ConfigDict(extra="forbid")

    scanners: list[ScannerConfig] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=lambda: list(ALL_ROLES))

    @field_validator("scanners", mode="before")
    @classmethod
    def _bare_names(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"name": v} if isinstance(v, str) else v for v in value]
        return value

    @model_validator(mode="after")
    def _unique_keys(self) -> StageConfig:
        keys = [s.key for s in self.scanners]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise ValueError(f"scanner listed twice without distinct 'id': {', '.join(dupes)}")
        return self


class Messages(BaseModel):
    """What the end user sees."""

    model_config = ConfigDict(extra="forbid")

    block: str = "Sorry, I can't help with that request."
    output_block: str | None = None
    warn: str | None = None
    error: str = "The safety check could not be completed, so this message was withheld."


class StreamConfig(BaseModel):
    """Incremental output scanning: every ``every_chars`` new characters, the new text plus the
    ``overlap_chars`` before it (at most ``window_chars`` in all) is scanned, so each character is
    scanned about twice and the cost is linear in the length of the answer. Text is released up
    to the last sentence end that passed; the rest waits for the next scan."""

    model_config = ConfigDict(extra="forbid")

    window_chars: int = Field(default=2000, ge=64)
    every_chars: int = Field(default=200, ge=1)
    overlap_chars: int = Field(default=300, ge=0)


class AuditConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    store_text: bool = False


class ResolvedRule(BaseModel):
    enabled: bool
    threshold: float
    action: Action
    message: str | None = None


class Policy(BaseModel):
    """A deployment's safety policy. Load with :func:`shieldwall.policy.load_policy`."""

    model_config = ConfigDict(extra="forbid")

    name: str = "custom"
    description: str = ""
    version: int = 1
    taxonomy: str | dict[str, Any] = "llama_guard_3"
    fail_mode: FailMode = FailMode.OPEN
    scanner_timeout_ms: float = Field(default=2000, gt=0)
    deadline_ms: float = Field(default=5000, gt=0)
    input: StageConfig = Field(default_factory=StageConfig)
    output: StageConfig = Field(default_factory=StageConfig)
    categories: dict[str, CategoryRule] = Field(default_factory=dict)
    messages: Messages = Field(default_factory=Messages)
    stream: StreamConfig = Field(default_factory=StreamConfig)
    audit: AuditConfig = Field(default_factory=AuditConfig)

    def stage(self, stage: Stage) -> StageConfig:
        return self.input if stage == "input" else self.output

    def resolve(
        self,
        scanner: ScannerConfig,
        category: str,
        *,
        default_threshold: float,
        default_action: Action,
    ) -> ResolvedRule:
        """The effective rule for ``category`` emitted by ``scanner``.

        Look-up order, most specific first: the scanner entry's ``categories``, the scanner
        entry's own ``threshold``/``action``, then the policy's ``categories``; in each table an
        exact code beats the longest matching glob (``pii.*``, ``*``). The first value set for each
        field wins; what is still unset comes from the scanner class defaults.
        """
        chain = [
            *_matches(scanner.categories, category),
            CategoryRule(threshold=scanner.threshold, action=scanner.action),
            *_matches(self.categories, category),
        ]
        enabled = next((r.enabled for r in chain if r.enabled is not None), True)
        threshold = next((r.threshold for r in chain if r.threshold is not None), None)
        action = next((r.action for r in chain if r.action is not None), None)
        message = next((r.message for r in chain if r.message is not None), None)
        return ResolvedRule(
            enabled=enabled,
            threshold=threshold if threshold is not None else default_threshold,
            action=action if action is not None else default_action,
            message=message,
        )


def _matches(table: dict[str, CategoryRule], category: str) -> list[CategoryRule]:
    if not table:
        return []
    found: list[CategoryRule] = []
    if category in table:
        found.append(table[category])
    globs = sorted((k for k in table if k != category and any(c in k for c in "*?[")),
                   key=len, reverse=True)
    found.extend(table[k] for k in globs if fnmatch.fnmatchcase(category, k))
    return found
