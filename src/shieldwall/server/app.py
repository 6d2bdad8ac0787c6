"""The FastAPI service: check API, moderation API, guarded OpenAI proxy, reports, metrics."""

from __future__ import annotations

import asyncio
import functools
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any, Literal, TypeVar

import httpx
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shieldwall.core.errors import InputError, ShieldwallError
from shieldwall.core.messages import Conversation
from shieldwall.core.verdict import Verdict
from shieldwall.guard.pipeline import Guard
from shieldwall.reports.schema import (
    Report,
    ReportCreate,
    ReportPage,
    ReportQuery,
    ReportStatus,
    StatusUpdate,
)
from shieldwall.reports.store import ReportNotFoundError, ReportStore, StoreUnavailableError
from shieldwall.server.audit import AuditLog
from shieldwall.server.limits import BodySizeLimit
from shieldwall.server.metrics import Metrics
from shieldwall.server.proxy import (
    RecentResponses,
    complete,
    open_guarded_stream,
    parse_chat_request,
    verdict_json,
)
from shieldwall.server.security import KeyRing, key_from_headers
from shieldwall.server.settings import ServerSettings
from shieldwall.server.upstream import Upstream, UpstreamError, UpstreamStatusError

log = logging.getLogger("shieldwall.server")

T = TypeVar("T")


class HTTPError(Exception):
    """An error answered as ``{"error": {"message", "type", "code"}}`` (the OpenAI shape)."""

    def __init__(self, status: int, message: str, *, type_: str = "invalid_request_error",
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type_
        self.headers = headers


def error_response(status: int, message: str, type_: str = "invalid_request_error",
                   headers: dict[str, str] | None = None, param: str | None = None) -> JSONResponse:
    error: dict[str, Any] = {"message": message, "type": type_, "code": status}
    if param:
        error["param"] = param
    return JSONResponse({"error": error}, status_code=status, headers=headers)


class ServiceState:
    """Everything a request needs; one per app."""

    def __init__(self, settings: ServerSettings, guard: Guard, store: ReportStore | None,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self.guard = guard
        # Built now (no connection yet) so that a malformed --db fails at start-up.
        self.store = store or ReportStore(settings.db_url, retry_s=settings.db_retry_s)
        self.metrics = Metrics()
        self.audit = AuditLog(settings.audit_log, store_text=guard.policy.audit.store_text)
        self.api_keys = KeyRing(settings.api_keys)
        self.report_keys = KeyRing(settings.report_keys)
        self.recent = RecentResponses(settings.recent_responses)
        self.upstream: Upstream | None = None
        if settings.upstream:
            try:
                self.upstream = Upstream(settings.upstream, api_key=settings.upstream_api_key,
                                         timeout_s=settings.upstream_timeout_s,
                                         connect_timeout_s=settings.upstream_connect_timeout_s,
                                         transport=transport)
            except ValueError as exc:
                raise InputError(str(exc)) from exc
        self.started = time.time()
        self._db_pool = ThreadPoolExecutor(settings.db_threads, thread_name_prefix="shieldwall-db")

    async def db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a store call on the database threads (own pool: a database outage that keeps
        calls retrying must not starve the threads that scanners use)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._db_pool, functools.partial(fn, *args, **kwargs))

    def require_upstream(self) -> Upstream:
        if self.upstream is None:
            raise HTTPError(503, "no upstream model server is configured; start the service with "
                                 "--upstream URL to use /v1/chat/completions", type_="server_error")
        return self.upstream

    def record(self, verdict: Verdict, *, endpoint: str, request_id: str, text: str | None,
               extra: dict[str, Any] | None = None) -> None:
        self.metrics.observe(verdict)
        try:
            self.audit.write(verdict, endpoint=endpoint, request_id=request_id, text=text,
                             extra=extra)
        except OSError as exc:  # a full disk must not take the guard down
            log.error("cannot write the audit log: %s", exc)

    async def aclose(self) -> None:
        if self.upstream is not None:
            await self.upstream.aclose()
        self.store.close()
        self.audit.close()
        self.guard.close()
        self._db_pool.shutdown(wait=False, cancel_futures=True)


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


# -- request bodies --------------------------------------------------------------------------


class CheckRequest(BaseModel):
    """``POST /v1/check``: an input check of a conversation, or an output check of a response."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    stage: Literal["input", "output"] = "input"
    conversation: list[dict[str, Any]] | str = Field(alias="messages")
    response: str | None = None
    source: Literal["user", "third_party"] | None = None

    @model_validator(mode="after")
    def _response_for_output(self) -> CheckRequest:
        if self.stage == "output" and self.response is None:
            raise ValueError("an output check needs 'response' (the model's answer)")
        return self


class ModerationRequest(BaseModel):
    """``POST /v1/moderations`` in the OpenAI shape."""

    input: str | list[str] | list[dict[str, Any]]
    model: str | None = None


def _moderation_texts(value: str | list[str] | list[dict[str, Any]]) -> list[str]:
    if isinstance(value, str):
        return [value]
    texts: list[str] = []
    parts: list[str] = []
    for item in value:
        if isinstance(item, str):
            texts.append(item)
        elif item.get("type") == "text" and isinstance(item.get("text"), str):
            parts.append(item["text"])
    if parts:
        texts.append("\n".join(parts))
    if not texts:
        raise InputError("'input' has no text to moderate")
    return texts


# -- the app ---------------------------------------------------------------------------------


def create_app(settings: ServerSettings | None = None, *, guard: Guard | None = None,
               store: ReportStore | None = None,
               upstream_transport: httpx.AsyncBaseTransport | None = None) -> FastAPI:
    """Build the service. ``guard``/``store`` default to the settings' policy and database."""
    settings = settings or ServerSettings()
    guard = guard or Guard.from_policy(settings.policy)
    state = ServiceState(settings, guard, store, upstream_transport)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(guard.warm_up)
        if not state.api_keys.enabled:
            log.warning("no API keys configured (SHIELDWALL_API_KEYS): the check and proxy "
                        "endpoints are open to anyone who can reach this port")
        if not state.report_keys.enabled:
            log.warning("no report keys configured (SHIELDWALL_REPORT_KEYS): reports can be read "
                        "and triaged by anyone who can reach this port")
        log.info("shieldwall serving policy '%s'%s", guard.policy.name,
                 f", upstream {state.upstream.display}" if state.upstream else "")
        try:
            yield
        finally:
            await state.aclose()

    app = FastAPI(title="shieldwall", version="0.1.0", lifespan=lifespan,
                  docs_url="/docs", redoc_url=None)
    app.state.shieldwall = state

    # -- errors ---------------------------------------------------------------------------

    @app.exception_handler(HTTPError)
    async def _http_error(_: Request, exc: HTTPError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.type, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        first: dict[str, Any] = dict(errors[0]) if errors else {"msg": "invalid request"}
        if first.get("type") == "json_invalid":
            ctx = first.get("ctx")
            detail = ctx.get("error", "parse error") if isinstance(ctx, dict) else "parse error"
            return error_response(400, f"request body is not valid JSON ({detail})")
        loc = [str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path")]
        param = ".".join(loc) or None
        message = str(first.get("msg", "invalid request"))
        if first.get("type") == "missing":
            message = f"'{param}' is required"
        elif param:
            message = f"'{param}': {message}"
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more problem(s))"
        return error_response(422, message, param=param)

    @app.exception_handler(StarletteHTTPException)
    async def _starlette_http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail))

    @app.exception_handler(ReportNotFoundError)
    async def _not_found(_: Request, exc: ReportNotFoundError) -> JSONResponse:
        return error_response(404, str(exc))

    @app.exception_handler(StoreUnavailableError)
    async def _store_down(_: Request, exc: StoreUnavailableError) -> JSONResponse:
        return error_response(503, f"{exc}; the report was not stored, please retry",
                              "server_error", headers={"Retry-After": "5"})

    @app.exception_handler(UpstreamError)
    async def _upstream(_: Request, exc: UpstreamError) -> JSONResponse:
        state.metrics.upstream_errors.labels(exc.kind).inc()
        return error_response(exc.status, exc.message, "upstream_error")

    @app.exception_handler(UpstreamStatusError)
    async def _upstream_status(_: Request, exc: UpstreamStatusError) -> Response:
        return Response(exc.body, status_code=exc.status, media_type=exc.content_type)

    @app.exception_handler(ShieldwallError)
    async def _shieldwall(_: Request, exc: ShieldwallError) -> JSONResponse:
        return error_response(400 if isinstance(exc, InputError) else 500, str(exc))

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s", request.url.path)
        return error_response(500, f"internal error ({type(exc).__name__}); see the server log "
                                   f"for request {getattr(request.state, 'request_id', '?')}",
                              "server_error")

    # -- auth -------------------------------------------------------------------------------

    async def service_key(request: Request) -> None:
        if not state.api_keys.enabled:
            return
        key = key_from_headers(request.headers.get("authorization"),
                               request.headers.get("x-api-key"))
        if not state.api_keys.check(key):
            raise HTTPError(401, "missing or invalid API key (send 'Authorization: Bearer <key>')",
                            type_="authentication_error", headers={"WWW-Authenticate": "Bearer"})

    async def submit_key(request: Request) -> None:
        # Reports are filed by applications on behalf of their users: a service key (or a
        # reports key) is enough; submission is open when the service itself has no keys.
        if not state.api_keys.enabled:
            return
        key = key_from_headers(request.headers.get("authorization"),
                               request.headers.get("x-api-key"))
        if state.api_keys.check(key) or state.report_keys.check(key):
            return
        raise HTTPError(401, "missing or invalid API key (send 'Authorization: Bearer <key>')",
                        type_="authentication_error", headers={"WWW-Authenticate": "Bearer"})

    async def report_key(request: Request) -> None:
        if not state.report_keys.enabled:
            return
        key = key_from_headers(request.headers.get("authorization"),
                               request.headers.get("x-api-key"))
        if not state.report_keys.check(key):
            raise HTTPError(401, "missing or invalid reports key: reading and triaging reports "
                                 "needs a key from SHIELDWALL_REPORT_KEYS",
                            type_="authentication_error", headers={"WWW-Authenticate": "Bearer"})

    # -- operations -------------------------------------------------------------------------

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        return {"status": "ok", "policy": guard.policy.name,
                "upstream": state.upstream.display if state.upstream else None,
                "uptime_s": round(time.time() - state.started, 1)}

    @app.get("/metrics")
    async def metrics() -> Response:
        return Response(generate_latest(state.metrics.registry), media_type=CONTENT_TYPE_LATEST)

    # -- checks -----------------------------------------------------------------------------

    @app.post("/v1/check", dependencies=[Depends(service_key)])
    async def check(body: CheckRequest, request: Request) -> JSONResponse:
        conversation = Conversation.of(body.conversation)
        rid = request.state.request_id
        if body.stage == "input":
            verdict = await guard.acheck_input(conversation, source=body.source)
            last = conversation.last("user", "tool")
            text = last.content if last else None
        else:
            assert body.response is not None
            verdict = await guard.acheck_output(conversation, body.response)
            text = body.response
        state.record(verdict, endpoint="/v1/check", request_id=rid, text=text)
        return JSONResponse({**verdict_json(verdict), "request_id": rid})

    @app.post("/v1/moderations", dependencies=[Depends(service_key)])
    async def moderations(body: ModerationRequest, request: Request) -> JSONResponse:
        rid = request.state.request_id
        texts = _moderation_texts(body.input)
        verdicts = await asyncio.gather(*(guard.acheck_input(t) for t in texts))
        results = []
        for text, verdict in zip(texts, verdicts, strict=True):
            state.record(verdict, endpoint="/v1/moderations", request_id=rid, text=text)
            results.append(verdict.moderation().model_dump())
        return JSONResponse({"id": f"modr-{rid}", "results": results,
                             "model": body.model or f"shieldwall-{guard.policy.name}"})

    @app.post("/v1/chat/completions", dependencies=[Depends(service_key)], response_model=None)
    async def chat_completions(request: Request) -> Response:
        rid = request.state.request_id
        payload, conversation = parse_chat_request(await request.body())
        # The client's Authorization is forwarded only when the service has no keys of its own.
        forwarded = None if state.api_keys.enabled else request.headers.get("authorization")
        if payload.get("stream"):
            stream = await open_guarded_stream(state, payload, conversation, forwarded, rid)
            return StreamingResponse(stream, media_type="text/event-stream",
                                     headers={"Cache-Control": "no-cache",
                                              "X-Accel-Buffering": "no"})
        # Already JSON-native: a plain JSONResponse skips FastAPI's generic encoder.
        return JSONResponse(await complete(state, payload, conversation, forwarded, rid))

    # -- reports ----------------------------------------------------------------------------

    @app.post("/v1/reports", status_code=201, dependencies=[Depends(submit_key)])
    async def create_report(body: ReportCreate) -> Report:
        remembered = state.recent.get(body.response_id) if body.response_id else None
        kwargs: dict[str, Any] = {}
        if remembered is not None:
            kwargs = {"conversation": remembered.get("conversation"),
                      "response": remembered.get("response"),
                      "verdict": remembered.get("verdict")}
        report = await state.db(state.store.add, body, **kwargs)
        state.metrics.reports.labels(report.category).inc()
        return report

    @app.get("/v1/reports", dependencies=[Depends(report_key)])
    async def list_reports(
        status: ReportStatus | None = None,
        category: str | None = None,
        reporter: str | None = None,
        stage: Literal["input", "output"] | None = None,
        q: str | None = Query(default=None, max_length=200),
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = Query(default=50, ge=1, le=1000),
        offset: int = Query(default=0, ge=0),
    ) -> ReportPage:
        query = ReportQuery(status=status, category=category, reporter=reporter, stage=stage,
                            text=q, since=since, until=until, limit=limit, offset=offset)
        return await state.db(state.store.list, query)

    @app.get("/v1/reports/{report_id}", dependencies=[Depends(report_key)])
    async def get_report(report_id: int) -> Report:
        return await state.db(state.store.get, report_id)

    @app.patch("/v1/reports/{report_id}", dependencies=[Depends(report_key)])
    async def update_report(report_id: int, body: StatusUpdate) -> Report:
        return await state.db(state.store.set_status, report_id, body.status, body.note)

    from shieldwall.server.triage import add_triage_routes

    add_triage_routes(app, state)

    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST", "PATCH"],
                           allow_headers=["authorization", "content-type", "x-api-key"])
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(MetricsMiddleware, metrics=state.metrics)
    return app
