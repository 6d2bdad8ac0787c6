"""``/v1/reports``: file a report (service key), list, read and triage them (reports key)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Path, Query

from shieldwall.reports.schema import (
    MAX_OFFSET,
    Report,
    ReportCreate,
    ReportPage,
    ReportQuery,
    ReportStatus,
    Stage,
    StatusUpdate,
)
from shieldwall.reports.store import MAX_ID
from shieldwall.server.auth import report_key, submit_key
from shieldwall.server.state import ServiceState, get_state

router = APIRouter(tags=["reports"])

ReportId = Path(ge=1, le=MAX_ID, description="A report id.")


@router.post("/v1/reports", status_code=201, dependencies=[Depends(submit_key)])
async def create_report(body: ReportCreate, state: ServiceState = Depends(get_state)) -> Report:
    remembered = state.recent.get(body.response_id) if body.response_id else None
    kwargs: dict[str, Any] = {}
    if remembered is not None:
        kwargs = {"conversation": remembered.get("conversation"),
                  "response": remembered.get("response"),
                  "verdict": remembered.get("verdict")}
    report = await state.db(state.store.add, body, **kwargs)
    state.metrics.reports.labels(report.category).inc()
    return report


@router.get("/v1/reports", dependencies=[Depends(report_key)])
async def list_reports(
    status: ReportStatus | None = None,
    category: str | None = Query(default=None, max_length=64),
    reporter: str | None = Query(default=None, max_length=200),
    stage: Stage | None = None,
    q: str | None = Query(default=None, max_length=200,
                          description="Substring of the comment or response (literal text)."),
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = Query(default=50, ge=1, le=1000),
    offset: int = Query(default=0, ge=0, le=MAX_OFFSET),
    state: ServiceState = Depends(get_state),
) -> ReportPage:
    query = ReportQuery(status=status, category=category, reporter=reporter, stage=stage,
                        text=q, since=since, until=until, limit=limit, offset=offset)
    return await state.db(state.store.list, query)


@router.get("/v1/reports/{report_id}", dependencies=[Depends(report_key)])
async def get_report(report_id: int = ReportId,
                     state: ServiceState = Depends(get_state)) -> Report:
    return await state.db(state.store.get, report_id)


@router.patch("/v1/reports/{report_id}", dependencies=[Depends(report_key)])
async def update_report(body: StatusUpdate, report_id: int = ReportId,
                        state: ServiceState = Depends(get_state)) -> Report:
    return await state.db(state.store.set_status, report_id, body.status, body.note)
