"""The server-rendered triage page: list and filter reports, open one, change its status."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape

from shieldwall.core.errors import InputError
from shieldwall.reports.schema import ReportQuery, ReportStatus
from shieldwall.reports.store import ReportNotFoundError, StoreUnavailableError
from shieldwall.server.security import key_from_headers

if TYPE_CHECKING:
    from shieldwall.server.app import ServiceState

COOKIE = "shieldwall_reports_key"
PAGE_SIZE = 25

_env = Environment(loader=PackageLoader("shieldwall.server", "templates"),
                   autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
_env.filters["pretty_json"] = lambda value: json.dumps(value, indent=2, ensure_ascii=False)


def _render(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = _env.get_template(name).render(statuses=[s.value for s in ReportStatus], **context)
    return HTMLResponse(html, status_code=status_code,
                        headers={"Cache-Control": "no-store", "X-Frame-Options": "DENY",
                                 "Content-Security-Policy": "default-src 'self'; "
                                 "style-src 'unsafe-inline'; form-action 'self'"})


def add_triage_routes(app: FastAPI, state: ServiceState) -> None:
    def authorized(request: Request) -> bool:
        if not state.report_keys.enabled:
            return True
        key = key_from_headers(request.headers.get("authorization"),
                               request.headers.get("x-api-key")) or request.cookies.get(COOKIE)
        return state.report_keys.check(key)

    def same_origin(request: Request) -> bool:
        origin = request.headers.get("origin")
        if not origin or origin == "null":
            return origin is None
        return urlsplit(origin).netloc == request.headers.get("host")

    async def form(request: Request) -> dict[str, str]:
        raw = (await request.body()).decode("utf-8", "replace")
        return {k: v[-1] for k, v in parse_qs(raw, keep_blank_values=True).items()}

    def unavailable(exc: Exception) -> HTMLResponse:
        return _render("error.html", 503, title="Database unavailable", message=str(exc))

    @app.get("/reports/login", response_class=HTMLResponse, include_in_schema=False)
    async def login_page() -> HTMLResponse:
        return _render("login.html", error=None)

    @app.post("/reports/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        if not same_origin(request):
            return _render("error.html", 403, title="Forbidden", message="cross-site form post")
        key = (await form(request)).get("key", "").strip()
        if state.report_keys.enabled and not state.report_keys.check(key):
            return _render("login.html", 401, error="That key is not a reports key.")
        response = RedirectResponse("/reports", status_code=303)
        response.set_cookie(COOKIE, key, httponly=True, samesite="strict",
                            secure=request.url.scheme == "https", path="/reports")
        return response

    @app.get("/reports", response_class=HTMLResponse, include_in_schema=False)
    async def report_list(request: Request) -> Response:
        if not authorized(request):
            return RedirectResponse("/reports/login", status_code=303)
        params = request.query_params
        status_value = params.get("status") or None
        try:
            status = ReportStatus(status_value) if status_value else None
            page = max(1, int(params.get("page") or 1))
        except ValueError:
            return _render("error.html", 400, title="Bad filter",
                           message=f"unknown status or page: {status_value!r}")
        category = (params.get("category") or "").strip() or None
        text = (params.get("q") or "").strip()[:200] or None
        query = ReportQuery(status=status, category=category, text=text, limit=PAGE_SIZE,
                            offset=(page - 1) * PAGE_SIZE)
        try:
            result = await state.db(state.store.list, query)
        except StoreUnavailableError as exc:
            return unavailable(exc)
        filters = {k: v for k, v in {"status": status_value, "category": category,
                                     "q": text}.items() if v}
        pages = max(1, -(-result.total // PAGE_SIZE))
        return _render("reports.html", result=result, filters=filters, page=page, pages=pages,
                       prev_url=f"/reports?{urlencode({**filters, 'page': page - 1})}"
                       if page > 1 else None,
                       next_url=f"/reports?{urlencode({**filters, 'page': page + 1})}"
                       if page < pages else None)

    @app.get("/reports/{report_id}", response_class=HTMLResponse, include_in_schema=False)
    async def report_detail(request: Request, report_id: int) -> Response:
        if not authorized(request):
            return RedirectResponse("/reports/login", status_code=303)
        try:
            report = await state.db(state.store.get, report_id)
        except ReportNotFoundError as exc:
            return _render("error.html", 404, title="Not found", message=str(exc))
        except StoreUnavailableError as exc:
            return unavailable(exc)
        return _render("report.html", report=report,
                       updated=request.query_params.get("updated") == "1")

    @app.post("/reports/{report_id}/status", include_in_schema=False)
    async def report_status(request: Request, report_id: int) -> Response:
        if not authorized(request):
            return RedirectResponse("/reports/login", status_code=303)
        if not same_origin(request):
            return _render("error.html", 403, title="Forbidden", message="cross-site form post")
        data = await form(request)
        try:
            await state.db(state.store.set_status, report_id, data.get("status", ""),
                                    data.get("note"))
        except ReportNotFoundError as exc:
            return _render("error.html", 404, title="Not found", message=str(exc))
        except InputError as exc:
            return _render("error.html", 400, title="Bad status", message=str(exc))
        except StoreUnavailableError as exc:
            return unavailable(exc)
        return RedirectResponse(f"/reports/{report_id}?updated=1", status_code=303)
