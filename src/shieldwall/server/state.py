"""What every request of one app shares: settings, guard, store, upstream, keys, metrics.

Routers reach it through :func:`get_state`; nothing here imports a router, so the app module
imports the routers and never the other way round.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal, TypeVar

import httpx
from fastapi import Request

from shieldwall.core.errors import InputError
from shieldwall.core.verdict import Verdict
from shieldwall.guard.pipeline import Guard
from shieldwall.reports.store import ReportStore
from shieldwall.server.audit import AuditLog
from shieldwall.server.errors import ApiError
from shieldwall.server.metrics import Metrics
from shieldwall.server.security import KeyRing, SessionStore
from shieldwall.server.settings import ServerSettings
from shieldwall.server.upstream import Upstream

log = logging.getLogger("shieldwall.server")

T = TypeVar("T")

#: The endpoints whose verdicts are recorded (metrics and audit log).
Endpoint = Literal["/v1/check", "/v1/moderations", "/v1/chat/completions"]


class RecentResponses:
    """The last N proxied responses by id, so a report can name a response id only (memory only)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def put(self, response_id: str, record: dict[str, Any]) -> None:
        if self.size <= 0:
            return
        self._items[response_id] = record
        self._items.move_to_end(response_id)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def get(self, response_id: str) -> dict[str, Any] | None:
        return self._items.get(response_id)


class ServiceState:
    """Everything a request needs; one per app."""

    def __init__(self, settings: ServerSettings, guard: Guard, store: ReportStore | None,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self.guard = guard
        store_text = guard.policy.audit.store_text
        # Built now (no connection yet) so that a malformed --db fails at start-up.
        self.store = store or ReportStore(settings.db_url, retry_s=settings.db_retry_s,
                                          log_text=store_text)
        self.metrics = Metrics()
        self.audit = AuditLog(settings.audit_log, store_text=store_text)
        self.api_keys = KeyRing(settings.api_keys)
        self.report_keys = KeyRing(settings.report_keys)
        self.sessions = SessionStore(ttl_s=settings.session_ttl_s)
        self.recent = RecentResponses(settings.recent_responses)
        self.upstream: Upstream | None = None
        if settings.upstream:
            try:
                self.upstream = Upstream(settings.upstream, api_key=settings.upstream_api_key,
                                         timeout_s=settings.upstream_timeout_s,
                                         connect_timeout_s=settings.upstream_connect_timeout_s,
                                         max_bytes=settings.upstream_max_bytes,
                                         max_line_bytes=settings.upstream_max_line_bytes,
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
            raise ApiError(503, "no_upstream", "no upstream model server is configured; start "
                           "the service with --upstream URL to use /v1/chat/completions",
                           type_="server_error")
        return self.upstream

    def record(self, verdict: Verdict, *, endpoint: Endpoint, request_id: str, text: str | None,
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


def get_state(request: Request) -> ServiceState:
    """The app's :class:`ServiceState` (a FastAPI dependency)."""
    state: ServiceState = request.app.state.shieldwall
    return state


def request_id(request: Request) -> str:
    """The id the metrics middleware gave this request (also in ``X-Request-Id``)."""
    return str(getattr(request.state, "request_id", "") or "-")
