"""The FastAPI service: check API, moderation API, guarded OpenAI proxy, reports, metrics.

``create_app`` only assembles: shared state (:mod:`.state`), the error shape (:mod:`.errors`),
one router per area (:mod:`.routers`) and the ASGI middlewares, outermost first:
query-key redaction, request metrics, the last-resort 500, CORS (when asked), body limits.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shieldwall.guard.pipeline import Guard
from shieldwall.reports.store import ReportStore
from shieldwall.server.errors import CatchAll, install_error_handlers
from shieldwall.server.limits import BodySizeLimit
from shieldwall.server.metrics import Metrics
from shieldwall.server.routers import check, ops, proxy, reports, triage
from shieldwall.server.security import RedactQueryKeys
from shieldwall.server.settings import ServerSettings
from shieldwall.server.state import ServiceState

log = logging.getLogger("shieldwall.server")


class MetricsMiddleware:
    """Counts requests by route template and status, and times them (pure ASGI, streaming-safe)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500
        request_id = uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id

        async def wrapped(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, wrapped)
        finally:
            route = scope.get("route")
            endpoint = getattr(route, "path", None) or "other"
            self.metrics.requests.labels(endpoint, str(status)).inc()
            self.metrics.request_latency.labels(endpoint).observe(time.perf_counter() - start)


def _lifespan(state: ServiceState) -> object:
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(state.guard.warm_up)
        if not state.api_keys.enabled:
            log.warning("no API keys configured (SHIELDWALL_API_KEYS): the check and proxy "
                        "endpoints are open to anyone who can reach this port")
        if not state.report_keys.enabled:
            log.warning("no report keys configured (SHIELDWALL_REPORT_KEYS): reports can be read "
                        "and triaged by anyone who can reach this port")
        log.info("shieldwall serving policy '%s'%s; reports database %s",
                 state.guard.policy.name,
                 f", upstream {state.upstream.display}" if state.upstream else "",
                 state.store.display_url)
        try:
            yield
        finally:
            await state.aclose()

    return lifespan


def create_app(settings: ServerSettings | None = None, *, guard: Guard | None = None,
               store: ReportStore | None = None,
               upstream_transport: httpx.AsyncBaseTransport | None = None) -> FastAPI:
    """Build the service. ``guard``/``store`` default to the settings' policy and database."""
    settings = settings or ServerSettings()
    state = ServiceState(settings, guard or Guard.from_policy(settings.policy), store,
                         upstream_transport)
    app = FastAPI(title="shieldwall", version="0.1.0", lifespan=_lifespan(state),  # type: ignore[arg-type]
                  docs_url=None, redoc_url=None, openapi_url=None)
    app.state.shieldwall = state
    install_error_handlers(app)
    for area in (ops, check, proxy, reports, triage):
        app.include_router(area.router)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes,
                       max_depth=settings.max_json_depth)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST", "PATCH"],
                           allow_headers=["authorization", "content-type", "x-api-key"])
    app.add_middleware(CatchAll)
    app.add_middleware(MetricsMiddleware, metrics=state.metrics)
    app.add_middleware(RedactQueryKeys)
    return app
