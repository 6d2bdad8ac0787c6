"""The server-rendered triage page: list and filter reports, open one, change its status."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape

from shieldwall.core.errors import InputError
from shieldwall.reports.schema import MAX_OFFSET, ReportQuery, ReportStatus
from shieldwall.reports.store import MAX_ID, ReportNotFoundError, StoreError
from shieldwall.server.auth import SESSION_COOKIE, reports_authorized
from shieldwall.server.state import ServiceState, get_state

PAGE_SIZE = 25
MAX_PAGE = MAX_OFFSET // PAGE_SIZE

router = APIRouter(include_in_schema=False)

_env = Environment(loader=PackageLoader("shieldwall.server", "templates"),
                   autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
_env.filters["pretty_json"] = lambda value: json.dumps(value, indent=2, ensure_ascii=False)


def _render(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = _env.get_template(name).render(statuses=[s.value for s in ReportStatus], **context)
    return HTMLResponse(html, status_code=status_code,
                        headers={"Cache-Control": "no-store", "X-Frame-Options": "DENY",
                                 "Content-Security-Policy": "default-src 'self'; "
                                 "style-src 'unsafe-inline'; form-action 'self'"})


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.headers.get("host")


async def _form(request: Request) -> dict[str, str]:
    raw = (await request.body()).decode("utf-8", "replace")
    return {k: v[-1] for k, v in parse_qs(raw, keep_blank_values=True).items()}


def _unavailable(exc: Exception) -> HTMLResponse:
    return _render("error.html", 503, title="Database unavailable", message=str(exc))


def _not_found(report_id: object) -> HTMLResponse:
    return _render("error.html", 404, title="Not found", message=f"no report with id {report_id}")


def _report_id(raw: str) -> int | None:
    """A report id from the path, or None when it cannot be one (so it is simply not found)."""
    if not raw.isdigit() or len(raw) > 10:
        return None
    value = int(raw)
    return value if 0 < value <= MAX_ID else None


@router.get("/reports/login", response_class=HTMLResponse)
async def login_page() -> HTMLResponse:
    return _render("login.html", error=None)


@router.post("/reports/login")
async def login(request: Request, state: ServiceState = Depends(get_state)) -> Response:
    if not _same_origin(request):
        return _render("error.html", 403, title="Forbidden", message="cross-site form post")
    key = (await _form(request)).get("key", "").strip()
    if state.report_keys.enabled and not state.report_keys.check(key):
        return _render("login.html", 401, error="That key is not a reports key.")
    response = RedirectResponse("/reports", status_code=303)
    # The cookie holds a random session token; the key itself never leaves this request.
    response.set_cookie(SESSION_COOKIE, state.sessions.create(), httponly=True,
                        samesite="strict", secure=request.url.scheme == "https", path="/",
                        max_age=int(state.settings.session_ttl_s))
    return response


@router.post("/reports/logout")
async def logout(request: Request, state: ServiceState = Depends(get_state)) -> Response:
    if not _same_origin(request):
        return _render("error.html", 403, title="Forbidden", message="cross-site form post")
    state.sessions.drop(request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/reports/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/reports", response_class=HTMLResponse)
async def report_list(request: Request, state: ServiceState = Depends(get_state)) -> Response:
    if not reports_authorized(request, state):
        return RedirectResponse("/reports/login", status_code=303)
    params = request.query_params
    status_value = params.get("status") or None
    page_value = (params.get("page") or "1").strip()
    try:
        status = ReportStatus(status_value) if status_value else None
    except ValueError:
        return _render("error.html", 400, title="Bad filter",
                       message=f"unknown status: {status_value!r}")
    if not page_value.isdigit() or len(page_value) > 12 or not 1 <= int(page_value) <= MAX_PAGE:
        return _render("error.html", 400, title="Bad page",
                       message=f"page must be a number from 1 to {MAX_PAGE}")
    page = int(page_value)
    category = (params.get("category") or "").strip()[:64] or None
    text = (params.get("q") or "").strip()[:200] or None
    query = ReportQuery(status=status, category=category, text=text, limit=PAGE_SIZE,
                        offset=(page - 1) * PAGE_SIZE)
    try:
        result = await state.db(state.store.list, query)
    except StoreError as exc:
        return _unavailable(exc)
    filters = {k: v for k, v in {"status": status_value, "category": category,
                                 "q": text}.items() if v}
    pages = max(1, -(-result.total // PAGE_SIZE))
    return _render("reports.html", result=result, filters=filters, page=page, pages=pages,
                   prev_url=f"/reports?{urlencode({**filters, 'page': page - 1})}"
                   if page > 1 else None,
                   next_url=f"/reports?{urlencode({**filters, 'page': page + 1})}"
                   if page < pages else None)


@router.get("/reports/{report_id}", response_class=HTMLResponse)
async def report_detail(request: Request, report_id: str,
                        state: ServiceState = Depends(get_state)) -> Response:
    if not reports_authorized(request, state):
        return RedirectResponse("/reports/login", status_code=303)
    rid = _report_id(report_id)
    if rid is None:
        return _not_found(report_id[:20])
    try:
        report = await state.db(state.store.get, rid)
    except ReportNotFoundError:
        return _not_found(rid)
    except StoreError as exc:
        return _unavailable(exc)
    return _render("report.html", report=report,
                   updated=request.query_params.get("updated") == "1")


@router.post("/reports/{report_id}/status")
async def report_status(request: Request, report_id: str,
                        state: ServiceState = Depends(get_state)) -> Response:
    if not reports_authorized(request, state):
        return RedirectResponse("/reports/login", status_code=303)
    if not _same_origin(request):
        return _render("error.html", 403, title="Forbidden", message="cross-site form post")
    rid = _report_id(report_id)
    if rid is None:
        return _not_found(report_id[:20])
    data = await _form(request)
    try:
        await state.db(state.store.set_status, rid, data.get("status", ""), data.get("note"))
    except ReportNotFoundError:
        return _not_found(rid)
    except InputError as exc:
        return _render("error.html", 400, title="Bad status", message=str(exc))
    except StoreError as exc:
        return _unavailable(exc)
    return RedirectResponse(f"/reports/{rid}?updated=1", status_code=303)
