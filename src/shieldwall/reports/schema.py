"""The report contract: what an end user files about a model output, and what triage makes of it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from shieldwall.core.messages import Conversation

#: Stage of the conversation a report is about.
Stage = Literal["input", "output"]

#: Deepest page a listing may ask for (so an absurd offset is a 400, not a database error).
MAX_OFFSET = 1_000_000_000

#: Category an end user picks when a harmless message was blocked or flagged (over-blocking).
FALSE_POSITIVE = "false_positive"


class ReportStatus(StrEnum):
    """Where a report is in triage."""

    NEW = "new"
    TRIAGED = "triaged"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class ReportCreate(BaseModel):
    """``POST /v1/reports``: the conversation (or a response id the proxy issued) and what is wrong.

    ``category`` is a taxonomy code (``S1``..., ``jailbreak``), ``false_positive`` for a harmless
    message that was blocked, or ``other``.
    """

    model_config = ConfigDict(extra="forbid")

    conversation: list[dict[str, Any]] | None = None
    response: str | None = Field(default=None, max_length=200_000)
    response_id: str | None = Field(default=None, max_length=200)
    stage: Stage = "output"
    category: str = Field(min_length=1, max_length=64)
    comment: str = Field(default="", max_length=20_000)
    reporter: str | None = Field(default=None, max_length=200)

    @field_validator("conversation")
    @classmethod
    def _valid_conversation(cls, value: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
        if value is None:
            return None
        return Conversation.of(value).to_openai()

    @model_validator(mode="after")
    def _something_to_report(self) -> ReportCreate:
        if not self.conversation and not self.response_id and not self.response:
            raise ValueError("give 'conversation' (with or without 'response') or 'response_id'")
        return self


class Report(BaseModel):
    """A stored report."""

    id: int
    created_at: datetime
    updated_at: datetime
    status: ReportStatus
    category: str
    stage: Stage
    comment: str = ""
    reporter: str | None = None
    response_id: str | None = None
    conversation: list[dict[str, Any]] | None = None
    response: str | None = None
    verdict: dict[str, Any] | None = None
    note: str = ""

    @property
    def prompt(self) -> str:
        """The last user message of the reported conversation ('' when unknown)."""
        for message in reversed(self.conversation or []):
            if message.get("role") == "user":
                return str(message.get("content") or "")
        return ""


class StatusUpdate(BaseModel):
    """``PATCH /v1/reports/{id}``."""

    model_config = ConfigDict(extra="forbid")

    status: ReportStatus
    note: str | None = Field(default=None, max_length=20_000)


class ReportQuery(BaseModel):
    """Filters and paging of a report listing."""

    status: ReportStatus | None = None
    category: str | None = None
    reporter: str | None = None
    stage: Stage | None = None
    text: str | None = Field(default=None, description="substring of the comment or response")
    since: datetime | None = None
    until: datetime | None = None
    limit: int = Field(default=50, ge=1, le=1000)
    offset: int = Field(default=0, ge=0, le=MAX_OFFSET)


class ReportPage(BaseModel):
    items: list[Report]
    total: int
    limit: int
    offset: int
