"""The upstream OpenAI-compatible server (vLLM, Ollama, llama.cpp, a hosted API)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

import httpx
from pydantic import SecretStr


class UpstreamError(Exception):
    """The upstream failed; ``status`` is what our client gets (502 or 504), ``kind`` a metric."""

    def __init__(self, status: int, message: str, kind: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.kind = kind


class UpstreamStatusError(Exception):
    """The upstream answered 4xx: relayed to the client as it is."""

    def __init__(self, status: int, body: bytes, content_type: str) -> None:
        super().__init__(f"upstream answered {status}")
        self.status = status
        self.body = body
        self.content_type = content_type


def chat_url(base: str) -> str:
    """``.../chat/completions`` under an OpenAI base URL (``http://host:8000/v1``).

    A URL with no path gets ``/v1`` first; a URL already ending in ``/chat/completions`` is kept.
    """
    base = base.strip().rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"upstream URL must be http(s)://host[:port][/path], got '{base}'")
    if base.endswith("/chat/completions"):
        return base
    if parts.path in ("", "/"):
        base += "/v1"
    return base + "/chat/completions"


class Upstream:
    """A pooled HTTP client for one upstream. Keys sent upstream are never logged."""

    def __init__(self, base_url: str, *, api_key: SecretStr | None = None, timeout_s: float = 60.0,
                 connect_timeout_s: float = 5.0,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.url = chat_url(base_url)
        parts = urlsplit(self.url)
        self.display = f"{parts.scheme}://{parts.hostname}{f':{parts.port}' if parts.port else ''}"
        self.api_key = api_key
        self.timeout_s = timeout_s
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout_s, connect=min(connect_timeout_s, timeout_s)),
            limits=httpx.Limits(max_connections=512, max_keepalive_connections=128),
            transport=transport,
            follow_redirects=False,
        )

    def headers(self, client_authorization: str | None) -> dict[str, str]:
        """Headers for the upstream: our configured key, else the client's own ``Authorization``."""
        headers = {"content-type": "application/json", "accept": "application/json"}
        if self.api_key is not None and self.api_key.get_secret_value():
            headers["authorization"] = f"Bearer {self.api_key.get_secret_value()}"
        elif client_authorization:
            headers["authorization"] = client_authorization
        return headers

    async def complete(self, body: dict[str, Any],
                       client_authorization: str | None) -> dict[str, Any]:
        """A non-streamed completion, within ``timeout_s`` overall."""
        try:
            async with asyncio.timeout(self.timeout_s):
                response = await self.client.post(self.url, json=body,
                                                  headers=self.headers(client_authorization))
        except TimeoutError as exc:
            raise self._timeout() from exc
        except httpx.HTTPError as exc:
            raise self._transport_error(exc) from exc
        self._check_status(response.status_code, response.content,
                           response.headers.get("content-type", ""))
        try:
            data = response.json()
        except ValueError as exc:
            raise UpstreamError(502, f"upstream {self.display} answered with invalid JSON",
                                "bad_response") from exc
        if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
            raise UpstreamError(502, f"upstream {self.display} answered without 'choices'",
                                "bad_response")
        return data

    async def open_stream(self, body: dict[str, Any],
                          client_authorization: str | None) -> httpx.Response:
        """Start a streamed completion; the caller must ``aclose()`` the response."""
        request = self.client.build_request("POST", self.url, json=body,
                                            headers={**self.headers(client_authorization),
                                                     "accept": "text/event-stream"})
        try:
            async with asyncio.timeout(self.timeout_s):
                response = await self.client.send(request, stream=True)
        except TimeoutError as exc:
            raise self._timeout() from exc
        except httpx.HTTPError as exc:
            raise self._transport_error(exc) from exc
        if response.status_code != 200:
            try:
                content = await response.aread()
            except httpx.HTTPError:
                content = b""
            finally:
                await response.aclose()
            self._check_status(response.status_code, content,
                               response.headers.get("content-type", ""))
            raise UpstreamError(502, f"upstream {self.display} answered {response.status_code}",
                                "status")
        return response

    def _check_status(self, status: int, content: bytes, content_type: str) -> None:
        if status >= 500:
            snippet = content[:200].decode("utf-8", "replace").strip()
            raise UpstreamError(502, f"upstream {self.display} answered {status}"
                                     + (f": {snippet}" if snippet else ""), "status")
        if status >= 400:
            raise UpstreamStatusError(status, content, content_type or "application/json")
        if status != 200:
            raise UpstreamError(502, f"upstream {self.display} answered {status}", "status")

    def _timeout(self) -> UpstreamError:
        return UpstreamError(504, f"upstream {self.display} did not answer within "
                                  f"{self.timeout_s:g} s", "timeout")

    def _transport_error(self, exc: httpx.HTTPError) -> UpstreamError:
        if isinstance(exc, httpx.TimeoutException) and not isinstance(exc, httpx.ConnectTimeout):
            return self._timeout()
        if isinstance(exc, httpx.ConnectTimeout | httpx.ConnectError):
            return UpstreamError(502, f"upstream {self.display} is unreachable "
                                      f"({type(exc).__name__})", "unreachable")
        return UpstreamError(502, f"upstream {self.display} failed ({type(exc).__name__})",
                             "transport")

    async def aclose(self) -> None:
        await self.client.aclose()


async def sse_data(response: httpx.Response) -> AsyncIterator[str]:
    """The ``data:`` payloads of a server-sent-event stream (multi-line data joined)."""
    lines: list[str] = []
    async for line in response.aiter_lines():
        if line == "":
            if lines:
                yield "\n".join(lines)
                lines = []
            continue
        if line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        if field == "data":
            lines.append(value[1:] if value.startswith(" ") else value)
    if lines:
        yield "\n".join(lines)


def sse(payload: dict[str, Any] | str) -> bytes:
    """One SSE event carrying JSON (or a literal such as ``[DONE]``)."""
    data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False,
                                                               separators=(",", ":"))
    return f"data: {data}\n\n".encode()
