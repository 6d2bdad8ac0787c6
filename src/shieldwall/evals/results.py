"""Typed results of an evaluation run (what ``results.json`` holds)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from shieldwall.evals.cases import Case
from shieldwall.evals.judges import Judgement
from shieldwall.evals.targets import Reply

#: Outcomes that are not a judgement of the model: kept apart in every figure.
ERROR = "error"
JUDGE_ERROR = "judge_error"
INPUT_BLOCKED = "input_blocked"
OUTPUT_BLOCKED = "output_blocked"


class CaseRecord(BaseModel):
    """Everything known about one case after a run: the reply, the judgement, or the error."""

    case: Case
    reply: Reply | None = None
    judgement: Judgement | None = None
    error: str | None = None
    judge_error: str | None = None

    @property
    def outcome(self) -> str:
        if self.error is not None or self.reply is None:
            return ERROR
        if self.reply.status != "answered":
            return self.reply.status
        if self.judge_error is not None:
            return JUDGE_ERROR
        if self.judgement is None:
            return "answered"
        return self.judgement.label

    @property
    def failed(self) -> bool:
        return self.outcome in (ERROR, JUDGE_ERROR)


class RateRow(BaseModel):
    """One group of a breakdown: counts of every outcome and the headline rate with its CI."""

    key: str
    n: int
    errors: int
    counts: dict[str, int]
    rate: float | None
    ci: tuple[float, float] | None = None


class Breakdown(BaseModel):
    """A rate per group (per language, CWE, tactic, ...). ``rate`` = positives / non-error cases."""

    title: str
    metric: str
    positive: list[str]
    rows: list[RateRow]


class Curve(BaseModel):
    """A precision-recall curve (x = recall, y = precision)."""

    title: str
    series: str
    x: list[float]
    y: list[float]
    auc: float | None = None


class Table(BaseModel):
    title: str
    columns: list[str]
    rows: list[list[Any]]


class Agreement(BaseModel):
    """A judge's agreement with human labels on a labelled set."""

    judge: str
    task: str
    dataset: str
    n: int
    errors: int = 0
    accuracy: float | None
    binary_accuracy: float | None = None
    kappa: float | None
    per_label: dict[str, dict[str, float]] = Field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = Field(default_factory=dict)
    responses_per_s: float | None = None


class RunResult(BaseModel):
    """``results.json``: settings, outcome counts, headline figures, breakdowns and curves."""

    benchmark: str
    benchmark_version: str
    description: str = ""
    task: str | None = None
    target: dict[str, Any]
    judge: dict[str, Any] | None = None
    judge_id: str | None = None
    dataset: str
    dataset_format: str
    cases: int
    skipped_rows: list[str] = Field(default_factory=list)
    outcomes: dict[str, int]
    headline: dict[str, float | None]
    breakdowns: list[Breakdown] = Field(default_factory=list)
    curves: list[Curve] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    judge_agreement: list[Agreement] = Field(default_factory=list)
    examples: list[dict[str, Any]] = Field(default_factory=list)
    started_at: str
    finished_at: str
    duration_s: float
    log: str
    shieldwall_version: str
    label: str = ""
