"""One JSON error shape for the whole API, with a stable ``code``.

Every error answer is ``{"error": {"message", "type", "code", "param", "request_id"}}`` (the
OpenAI shape plus a request id); validation errors add ``problems``, one ``{"param", "message"}``
per problem. Client mistakes are 4xx; an unexpected failure is a 500 logged once, with its
traceback, under the request id the answer names.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shieldwall.core.errors import ConfigError, InputError, ShieldwallError
from shieldwall.reports.store import ReportNotFoundError, StoreError, StoreUnavailableError
from shieldwall.server.upstream import UpstreamError, UpstreamStatusError

log = logging.getLogger("shieldwall.server")

#: The stable ``error.code`` values (documented in docs/api.md).
ErrorCode = Literal[
    "invalid_json", "invalid_request", "json_too_deep", "body_too_large", "too_many_inputs",
    "unauthorized", "not_found", "method_not_allowed", "no_upstream", "upstream_rejected",
    "upstream_timeout", "upstream_stalled", "upstream_unreachable", "upstream_transport",
    "upstream_status", "upstream_bad_response", "upstream_too_large", "upstream_incomplete",
    "store_unavailable", "store_error", "internal_error",
]
ErrorType = Literal["invalid_request_error", "authentication_error", "upstream_error",
                    "server_error"]

_PYDANTIC_URL = re.compile(r"\s*For further information visit https?://errors\.pydantic\.dev\S*")


class ApiError(ShieldwallError):
    """An error answered in the API's error shape."""

    def __init__(self, status: int, code: ErrorCode, message: str, *,
                 type_: ErrorType = "invalid_request_error", param: str | None = None,
                 problems: Sequence[Mapping[str, Any]] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code: ErrorCode = code
        self.message = message
        self.type: ErrorType = type_
        self.param = param
        self.problems = list(problems) if problems else None
        self.headers = headers


def error_body(code: ErrorCode, message: str, *, type_: ErrorType = "invalid_request_error",
               param: str | None = None, request_id: str | None = None,
               problems: Sequence[Mapping[str, Any]] | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"message": message, "type": type_, "code": code,
                             "param": param, "request_id": request_id}
    if problems:
        error["problems"] = list(problems)
    return {"error": error}


def api_error_response(exc: ApiError, request_id: str | None = None) -> JSONResponse:
    return JSONResponse(error_body(exc.code, exc.message, type_=exc.type, param=exc.param,
                                   request_id=request_id, problems=exc.problems),
                        status_code=exc.status, headers=exc.headers)


def clean_message(text: str) -> str:
    """A message without pydantic's documentation URLs."""
    return _PYDANTIC_URL.sub("", text).strip()


def _param(loc: Iterable[Any]) -> str | None:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    out = ""
    for part in parts:
        out += f"[{part}]" if part.isdigit() else (f".{part}" if out else part)
    return out or None


def problems_of(errors: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One ``{"param", "message"}`` per pydantic error, worded for people."""
    problems: list[dict[str, Any]] = []
    for err in errors:
        param = _param(err.get("loc", ()))
        kind = err.get("type")
        message = clean_message(str(err.get("msg", "invalid value")))
        if message.startswith("Value error, "):
            message = message[len("Value error, "):]
        if kind == "missing":
            message = "is required"
        elif kind == "extra_forbidden":
            message = "is not a known field"
        problems.append({"param": param, "message": message})
    return problems


def validation_error(errors: Sequence[Mapping[str, Any]]) -> ApiError:
    """The 400 answer of invalid request fields, naming every problem."""
    first = errors[0] if errors else {}
    if first.get("type") == "json_invalid":
        ctx = first.get("ctx")
        detail = ctx.get("error", "parse error") if isinstance(ctx, dict) else "parse error"
        return ApiError(400, "invalid_json", f"request body is not valid JSON ({detail})")
    problems = problems_of(errors)
    texts = [f"'{p['param']}' {p['message']}" if p["param"] and p["message"] == "is required"
             else (f"'{p['param']}': {p['message']}" if p["param"] else p["message"])
             for p in problems]
    message = texts[0] if len(texts) == 1 else f"{len(texts)} problems: " + "; ".join(texts)
    return ApiError(400, "invalid_request", message,
                    param=problems[0]["param"] if problems else None, problems=problems)


def _rid(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


def install_error_handlers(app: FastAPI) -> None:
    """Map every error the API raises on purpose to the one error shape."""

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        return api_error_response(exc, _rid(request))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return api_error_response(validation_error(list(exc.errors())), _rid(request))

    @app.exception_handler(ValidationError)
    async def _pydantic(request: Request, exc: ValidationError) -> JSONResponse:
        return api_error_response(validation_error(list(exc.errors())), _rid(request))

    @app.exception_handler(StarletteHTTPException)
    async def _starlette(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes: dict[int, ErrorCode] = {404: "not_found", 405: "method_not_allowed",
                                       401: "unauthorized"}
        code = codes.get(exc.status_code, "invalid_request")
        status = exc.status_code if exc.status_code < 500 else 400
        return api_error_response(ApiError(status, code, str(exc.detail)), _rid(request))

    @app.exception_handler(ReportNotFoundError)
    async def _not_found(request: Request, exc: ReportNotFoundError) -> JSONResponse:
        return api_error_response(ApiError(404, "not_found", str(exc)), _rid(request))

    @app.exception_handler(StoreUnavailableError)
    async def _store_down(request: Request, exc: StoreUnavailableError) -> JSONResponse:
        return api_error_response(ApiError(503, "store_unavailable", f"{exc}; please retry",
                                           type_="server_error", headers={"Retry-After": "5"}),
                                  _rid(request))

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> JSONResponse:
        log.error("report store error on request %s: %s", _rid(request), exc)
        return api_error_response(ApiError(500, "store_error", str(exc), type_="server_error"),
                                  _rid(request))

    @app.exception_handler(UpstreamError)
    async def _upstream(request: Request, exc: UpstreamError) -> JSONResponse:
        state = getattr(request.app.state, "shieldwall", None)
        if state is not None:
            state.metrics.upstream_errors.labels(exc.kind).inc()
        code = cast(ErrorCode, f"upstream_{exc.kind}")
        return api_error_response(ApiError(exc.status, code, exc.message, type_="upstream_error"),
                                  _rid(request))

    @app.exception_handler(UpstreamStatusError)
    async def _upstream_status(request: Request, exc: UpstreamStatusError) -> JSONResponse:
        return api_error_response(ApiError(exc.status, "upstream_rejected", exc.message,
                                           type_="upstream_error"), _rid(request))

    @app.exception_handler(ShieldwallError)
    async def _shieldwall(request: Request, exc: ShieldwallError) -> JSONResponse:
        if isinstance(exc, InputError):
            return api_error_response(ApiError(400, "invalid_request", clean_message(str(exc))),
                                      _rid(request))
        if not isinstance(exc, ConfigError):
            log.error("error on request %s: %s: %s", _rid(request), type(exc).__name__, exc)
        return api_error_response(ApiError(500, "internal_error", clean_message(str(exc)),
                                           type_="server_error"), _rid(request))


class CatchAll:
    """Turn an unexpected exception into one 500 answer in the error shape, logged once.

    Starlette's own last-resort handler re-raises after answering, so the server logs the
    traceback a second time and drops the keep-alive connection; this middleware does neither.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception as exc:
            rid = scope.get("state", {}).get("request_id")
            log.error("internal error on %s (request %s)", scope.get("path"), rid, exc_info=exc)
            if started:
                return
            response = JSONResponse(
                error_body("internal_error", f"internal error ({type(exc).__name__}); see the "
                           f"server log for request {rid}", type_="server_error", request_id=rid),
                status_code=500)
            await response(scope, receive, send)
