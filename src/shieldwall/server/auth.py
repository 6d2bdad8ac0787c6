"""Who may call what: FastAPI dependencies for the three key groups.

* service keys (``api_keys``): checks, moderations, the proxy, filing reports;
* reports keys (``report_keys``): reading and triaging reports (also filing them);
* operations (``/metrics``, ``/docs``, ``/openapi.json``): either key, when ``protect_ops`` is set.

A group with no keys is open. Keys come from ``Authorization: Bearer`` or ``X-API-Key`` only,
never from the URL.
"""

from __future__ import annotations

from fastapi import Depends, Request

from shieldwall.server.errors import ApiError
from shieldwall.server.security import key_from_headers
from shieldwall.server.state import ServiceState, get_state

#: The triage page's session cookie (a random token; see :class:`SessionStore`).
SESSION_COOKIE = "shieldwall_session"


def _key(request: Request) -> str | None:
    return key_from_headers(request.headers.get("authorization"), request.headers.get("x-api-key"))


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, "unauthorized", message, type_="authentication_error",
                    headers={"WWW-Authenticate": "Bearer"})


async def service_key(request: Request, state: ServiceState = Depends(get_state)) -> None:
    if state.api_keys.enabled and not state.api_keys.check(_key(request)):
        raise _unauthorized("missing or invalid API key (send 'Authorization: Bearer <key>')")


async def submit_key(request: Request, state: ServiceState = Depends(get_state)) -> None:
    # Reports are filed by applications on behalf of their users: a service key (or a reports
    # key) is enough; submission is open when the service itself has no keys.
    if not state.api_keys.enabled:
        return
    key = _key(request)
    if not (state.api_keys.check(key) or state.report_keys.check(key)):
        raise _unauthorized("missing or invalid API key (send 'Authorization: Bearer <key>')")


def reports_authorized(request: Request, state: ServiceState) -> bool:
    """A reports key in the headers, or a live triage session cookie."""
    if not state.report_keys.enabled:
        return True
    return (state.report_keys.check(_key(request))
            or state.sessions.check(request.cookies.get(SESSION_COOKIE)))


async def report_key(request: Request, state: ServiceState = Depends(get_state)) -> None:
    if not reports_authorized(request, state):
        raise _unauthorized("missing or invalid reports key: reading and triaging reports needs "
                            "a key from SHIELDWALL_REPORT_KEYS")


async def ops_key(request: Request, state: ServiceState = Depends(get_state)) -> None:
    if not state.settings.protect_ops:
        return
    if not (state.api_keys.enabled or state.report_keys.enabled):
        return
    key = _key(request)
    if state.api_keys.check(key) or state.report_keys.check(key) \
            or state.sessions.check(request.cookies.get(SESSION_COOKIE)):
        return
    raise _unauthorized("this endpoint needs a service or reports key (protect_ops is on)")
