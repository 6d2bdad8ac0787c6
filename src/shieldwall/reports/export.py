"""Triaged reports as labelled data rows that training and threshold tuning read.

A row is ``{id, kind, text | prompt+response, label, categories, attack, tags, source, lang}``
with ``source: "report:<id>"``. The label follows the triage outcome:

* a *confirmed* report of a category (``S1``, ``jailbreak``...) is an ``unsafe`` example of it;
* a *confirmed* ``false_positive`` report (a harmless message was blocked) is a ``safe`` example;
* a *rejected* report of a category is a ``safe`` example (the reporter was wrong);
* other reports (``new``, ``triaged``, rejected false positives, no text) carry no label and are
  skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from shieldwall.reports.schema import FALSE_POSITIVE, Report, ReportStatus

_ATTACKS = {"jailbreak", "injection"}


def label_of(report: Report) -> tuple[str, list[str]] | None:
    """``(label, categories)`` of a triaged report, or ``None`` when it teaches nothing."""
    fp = report.category == FALSE_POSITIVE
    if report.status is ReportStatus.CONFIRMED:
        if fp:
            return "safe", []
        if report.category == "other":
            return None
        return "unsafe", [report.category]
    if report.status is ReportStatus.REJECTED and not fp:
        return "safe", []
    return None


def to_row(report: Report) -> dict[str, Any] | None:
    """The labelled-data row of one report, or ``None`` when it cannot be one."""
    labelled = label_of(report)
    if labelled is None:
        return None
    label, categories = labelled
    attack = "none"
    hazards = []
    for code in categories:
        if code in _ATTACKS:
            attack = code
        else:
            hazards.append(code)
    row: dict[str, Any] = {"id": f"report-{report.id}"}
    if report.stage == "output":
        if not report.response or not report.prompt:
            return None
        row.update(kind="response", prompt=report.prompt, response=report.response)
    else:
        if not report.prompt:
            return None
        row.update(kind="request", text=report.prompt)
    row.update(
        label=label,
        categories=hazards,
        attack=attack,
        tags=["report", report.status.value, f"reported:{report.category}"],
        source=f"report:{report.id}",
        lang="en",
    )
    return row


def export_rows(reports: Iterable[Report]) -> Iterator[dict[str, Any]]:
    """Labelled rows of the reports that have a label and the text it applies to."""
    for report in reports:
        row = to_row(report)
        if row is not None:
            yield row
