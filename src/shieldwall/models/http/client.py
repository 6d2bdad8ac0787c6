"""One pooled ``httpx.Client`` per scanner instance, with a hard overall deadline per request.

Every failure (server down, timeout, HTTP 4xx/5xx, truncated or non-JSON body) becomes an
:class:`EndpointError` naming the URL, so the Guard turns it into a ``scanner_error`` finding and
applies the policy's fail mode. A request never outlives its ``timeout_s`` by more than one read.
"""

from __future__ import annotations

import json
import os
import threading
import time
from typing import Any

import httpx

from shieldwall.core.errors import ModelError

_RETRY_STATUS = frozenset({502, 503, 504})
_SNIPPET = 200


class EndpointError(ModelError):
    """A model endpoint could not give a usable answer."""


class EndpointUnavailable(EndpointError):
    """The server could not be reached (refused, DNS, reset before a response)."""


class EndpointTimeout(EndpointError):
    """The server did not answer within the request's deadline."""


class EndpointHTTPError(EndpointError):
    """The server answered with an HTTP error status."""

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


class EndpointResponseError(EndpointError):
    """The server's body is not the JSON we expected (truncated, HTML, empty, ...)."""


def api_key_from(api_key: str | None, env: str | None) -> str | None:
    """An explicit key, else the named environment variable, else ``None``."""
    if api_key:
        return api_key
    if env:
        return os.environ.get(env) or None
    return None


def _snippet(data: bytes | str) -> str:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    text = " ".join(text.split())
    return text[:_SNIPPET] + ("..." if len(text) > _SNIPPET else "")


class HttpClient:
    """A keep-alive connection pool to one base URL.

    ``timeout_s`` is the whole budget of one call (connect, send, wait, read, and any retry);
    ``retries`` re-sends after a refused connection or HTTP 502/503/504 while budget is left.
    """

    def __init__(
        self,
        base_url: str,
        *,
        timeout_s: float = 5.0,
        connect_timeout_s: float = 2.0,
        headers: dict[str, str] | None = None,
        api_key: str | None = None,
        retries: int = 1,
        max_connections: int = 16,
        max_response_bytes: int = 8 * 1024 * 1024,
    ) -> None:
        if timeout_s <= 0:
            raise ModelError(f"timeout_s must be positive, got {timeout_s}")
        self.base_url = base_url.rstrip("/")
        self.timeout_s = float(timeout_s)
        self.connect_timeout_s = float(connect_timeout_s)
        self.retries = max(0, int(retries))
        self.max_response_bytes = max_response_bytes
        all_headers = {"Accept": "application/json", **(headers or {})}
        if api_key:
            all_headers["Authorization"] = f"Bearer {api_key}"
        self._headers = all_headers
        self._limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        )
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()

    @property
    def client(self) -> httpx.Client:
        """The underlying pooled client (created on first use, then reused)."""
        if self._client is None:
            with self._lock:
                if self._client is None:
                    self._client = httpx.Client(
                        base_url=self.base_url,
                        headers=self._headers,
                        limits=self._limits,
                        timeout=httpx.Timeout(self.timeout_s, connect=self.connect_timeout_s),
                    )
        return self._client

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def post_json(
        self, path: str, payload: dict[str, Any], *, timeout_s: float | None = None
    ) -> dict[str, Any]:
        """POST ``payload`` as JSON and return the JSON object the server answers."""
        budget = self.timeout_s if timeout_s is None else timeout_s
        deadline = time.monotonic() + budget
        url = self.url(path)
        attempt = 0
        while True:
            try:
                return self._post_once(path, url, payload, deadline, budget)
            except (EndpointUnavailable, EndpointHTTPError) as exc:
                retryable = isinstance(exc, EndpointUnavailable) or (
                    isinstance(exc, EndpointHTTPError) and exc.status in _RETRY_STATUS
                )
                pause = min(0.05 * (2**attempt), 0.5)
                if not retryable or attempt >= self.retries or time.monotonic() + pause >= deadline:
                    raise
                attempt += 1
                time.sleep(pause)

    def _post_once(
        self, path: str, url: str, payload: dict[str, Any], deadline: float, budget: float
    ) -> dict[str, Any]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise EndpointTimeout(f"no answer from {url} within {budget:.3g} s")
        timeout = httpx.Timeout(remaining, connect=min(self.connect_timeout_s, remaining))
        body = bytearray()
        try:
            with self.client.stream("POST", path, json=payload, timeout=timeout) as response:
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.max_response_bytes:
                        raise EndpointResponseError(
                            f"response from {url} exceeds {self.max_response_bytes} bytes"
                        )
                    if time.monotonic() > deadline:
                        raise EndpointTimeout(
                            f"no complete answer from {url} within {budget:.3g} s"
                        )
                status = response.status_code
        except httpx.TimeoutException as exc:
            raise EndpointTimeout(
                f"no answer from {url} within {budget:.3g} s ({type(exc).__name__})"
            ) from exc
        except httpx.ConnectError as exc:
            raise EndpointUnavailable(
                f"cannot connect to {url}: {exc}; is the server running?"
            ) from exc
        except httpx.RemoteProtocolError as exc:
            if body:
                raise EndpointResponseError(
                    f"{url} closed the connection mid-response: {exc}"
                ) from exc
            raise EndpointUnavailable(f"{url} closed the connection: {exc}") from exc
        except httpx.HTTPError as exc:
            raise EndpointUnavailable(
                f"request to {url} failed: {type(exc).__name__}: {exc}"
            ) from exc
        if status >= 400:
            raise EndpointHTTPError(
                f"HTTP {status} from {url}: {_snippet(bytes(body))}", status=status
            )
        try:
            data = json.loads(bytes(body))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            what = (
                "empty body"
                if not body
                else f"truncated or invalid JSON ({exc.__class__.__name__})"
            )
            raise EndpointResponseError(f"{what} from {url}: {_snippet(bytes(body))!r}") from exc
        if not isinstance(data, dict):
            raise EndpointResponseError(
                f"expected a JSON object from {url}, got {type(data).__name__}"
            )
        return data

    def close(self) -> None:
        """Close the pooled connections."""
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
