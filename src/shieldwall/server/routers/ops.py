"""Operations: ``/healthz`` (always open), ``/metrics`` and the API docs (keyed with protect_ops)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from shieldwall.server.auth import ops_key
from shieldwall.server.state import ServiceState, get_state

router = APIRouter(tags=["operations"])

#: How long /healthz waits for the report database before calling it unavailable.
STORE_PING_TIMEOUT_S = 2.0


@router.get("/healthz")
async def healthz(state: ServiceState = Depends(get_state)) -> JSONResponse:
    """Liveness plus the report store's health: ``status`` is ``ok``, or ``degraded`` when the
    store does not answer (checks and the proxy still work; reports cannot be filed)."""
    try:
        problem = await asyncio.wait_for(asyncio.to_thread(state.store.ping),
                                         STORE_PING_TIMEOUT_S)
    except TimeoutError:
        problem = f"no answer within {STORE_PING_TIMEOUT_S:g} s"
    store: dict[str, Any] = {"ok": problem is None, "url": state.store.display_url}
    if problem is not None:
        store["error"] = problem
    return JSONResponse({"status": "ok" if problem is None else "degraded",
                         "policy": state.guard.policy.name,
                         "upstream": state.upstream.display if state.upstream else None,
                         "store": store,
                         "uptime_s": round(time.time() - state.started, 1)})


@router.get("/metrics", dependencies=[Depends(ops_key)])
async def metrics(state: ServiceState = Depends(get_state)) -> Response:
    return Response(generate_latest(state.metrics.registry), media_type=CONTENT_TYPE_LATEST)


@router.get("/openapi.json", include_in_schema=False, dependencies=[Depends(ops_key)])
async def openapi(request: Request) -> JSONResponse:
    return JSONResponse(request.app.openapi())


@router.get("/docs", include_in_schema=False, dependencies=[Depends(ops_key)])
async def docs() -> HTMLResponse:
    return get_swagger_ui_html(openapi_url="/openapi.json", title="shieldwall API")
