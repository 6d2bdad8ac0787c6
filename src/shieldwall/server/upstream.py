"""The upstream OpenAI-compatible server (vLLM, Ollama, llama.cpp, a hosted API).

Everything read from the upstream is bounded: a non-streamed answer by ``max_bytes``, a stream
by ``max_bytes`` in total and ``max_line_bytes`` per line (so one endless SSE line cannot grow
the server's memory). An upstream 5xx body never reaches our client: it may hold internals.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx
from pydantic import SecretStr

from shieldwall.core.errors import ShieldwallError

log = logging.getLogger("shieldwall.server.upstream")

#: Why the upstream failed (a metric label and the ``code`` of the error answer).
UpstreamErrorKind = Literal["timeout", "stalled", "unreachable", "transport", "status",
                            "bad_response", "too_large", "incomplete"]


class UpstreamError(ShieldwallError):
    """The upstream failed; ``status`` is what our client gets (502 or 504), ``kind`` a metric."""

    def __init__(self, status: int, message: str, kind: UpstreamErrorKind) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.kind: UpstreamErrorKind = kind


class UpstreamStatusError(ShieldwallError):
    """The upstream refused the request (4xx); ``message`` is its own error message, if any."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


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
                 connect_timeout_s: float = 5.0, max_bytes: int = 8_000_000,
                 max_line_bytes: int = 1_000_000,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.url = chat_url(base_url)
        parts = urlsplit(self.url)
        self.display = f"{parts.scheme}://{parts.hostname}{f':{parts.port}' if parts.port else ''}"
        self.api_key = api_key
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.max_line_bytes = max_line_bytes
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
        """A non-streamed completion, within ``timeout_s`` overall and ``max_bytes`` in size."""
        request = self.client.build_request("POST", self.url, json=body,
                                            headers=self.headers(client_authorization))
        try:
            async with asyncio.timeout(self.timeout_s):
                response = await self.client.send(request, stream=True)
                try:
                    content = await self.read_body(response)
                finally:
                    await response.aclose()
        except TimeoutError as exc:
            raise self._timeout() from exc
        except httpx.HTTPError as exc:
            raise self._transport_error(exc) from exc
        self.check_status(response.status_code, content)
        return self.parse_completion(content)

    def parse_completion(self, content: bytes) -> dict[str, Any]:
        """A chat completion from JSON bytes, or :class:`UpstreamError` (``bad_response``)."""
        try:
            data = json.loads(content)
        except (ValueError, RecursionError) as exc:
            raise UpstreamError(502, f"upstream {self.display} answered with invalid JSON",
                                "bad_response") from exc
        if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
            raise UpstreamError(502, f"upstream {self.display} answered without 'choices'",
                                "bad_response")
        return data

    async def read_body(self, response: httpx.Response) -> bytes:
        """The whole body, refusing more than ``max_bytes``."""
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise self.too_large()
            chunks.append(chunk)
        return b"".join(chunks)

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
                async with asyncio.timeout(self.timeout_s):
                    content = await self.read_body(response)
            except (httpx.HTTPError, TimeoutError, UpstreamError):
                content = b""
            finally:
                await response.aclose()
            self.check_status(response.status_code, content)
            raise UpstreamError(502, f"upstream {self.display} answered {response.status_code}",
                                "status")
        return response

    def check_status(self, status: int, content: bytes) -> None:
        """Raise for anything but 200: 4xx as :class:`UpstreamStatusError` with the upstream's
        message, 5xx and others as a 502 that does not repeat the upstream's body."""
        if status == 200:
            return
        if 400 <= status < 500:
            raise UpstreamStatusError(status, _error_message(content)
                                      or f"upstream {self.display} refused the request ({status})")
        log.warning("upstream %s answered %d (%d bytes of body withheld from the client)",
                    self.display, status, len(content))
        raise UpstreamError(502, f"upstream {self.display} answered {status}", "status")

    def too_large(self) -> UpstreamError:
        return UpstreamError(502, f"upstream {self.display} sent more than the limit of "
                                  f"{self.max_bytes} bytes", "too_large")

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


def _error_message(content: bytes) -> str | None:
    """The ``error.message`` of an OpenAI-style error body (at most 500 characters)."""
    try:
        data = json.loads(content[:100_000])
    except (ValueError, RecursionError):
        return None
    error = data.get("error") if isinstance(data, dict) else None
    message = error.get("message") if isinstance(error, dict) else error
    if isinstance(message, str) and message.strip():
        return message.strip()[:500]
    return None


class SSEEvent:
    """One server-sent event's data (``None`` for a comment-only keep-alive)."""

    __slots__ = ("data",)

    def __init__(self, data: str | None) -> None:
        self.data = data


async def sse_events(chunks: AsyncIterator[bytes], *, max_bytes: int,
                     max_line_bytes: int) -> AsyncIterator[SSEEvent]:
    """The events of an SSE byte stream: ``data:`` payloads joined per event, and one
    ``SSEEvent(None)`` per comment line (so a caller can tell keep-alives from silence).

    Raises :class:`SSELimitError` past ``max_bytes`` in total or ``max_line_bytes`` in one line;
    invalid UTF-8 is replaced, never fatal.
    """
    buffer = b""
    total = 0
    data_lines: list[str] = []
    async for chunk in chunks:
        total += len(chunk)
        if total > max_bytes:
            raise SSELimitError(f"the stream exceeded the limit of {max_bytes} bytes")
        buffer += chunk
        while True:
            cut = _line_end(buffer)
            if cut is None:
                break
            end, skip = cut
            raw, buffer = buffer[:end], buffer[end + skip:]
            event = _line(raw.decode("utf-8", "replace"), data_lines)
            if event is not None:
                yield event
        if len(buffer) > max_line_bytes:
            raise SSELimitError(f"a stream line exceeded the limit of {max_line_bytes} bytes")
    if buffer:
        _line(buffer.decode("utf-8", "replace"), data_lines)
    if data_lines:
        yield SSEEvent("\n".join(data_lines))


def _line_end(buffer: bytes) -> tuple[int, int] | None:
    """Where the first line of ``buffer`` ends and how long its terminator is (CR, LF, CRLF)."""
    lf = buffer.find(b"\n")
    cr = buffer.find(b"\r")
    if cr == -1 and lf == -1:
        return None
    if cr == -1 or (lf != -1 and lf < cr):
        return lf, 1
    if cr + 1 == len(buffer):
        return None  # a CR at the end may be half of a CRLF: wait for more
    return cr, 2 if buffer[cr + 1:cr + 2] == b"\n" else 1


def _line(line: str, data_lines: list[str]) -> SSEEvent | None:
    if line == "":
        if data_lines:
            event = SSEEvent("\n".join(data_lines))
            data_lines.clear()
            return event
        return None
    if line.startswith(":"):
        return SSEEvent(None)
    field, _, value = line.partition(":")
    if field == "data":
        data_lines.append(value[1:] if value.startswith(" ") else value)
    return None


class SSELimitError(Exception):
    """An upstream stream went past a size limit."""


def sse(payload: dict[str, Any] | str) -> bytes:
    """One SSE event carrying JSON (or a literal such as ``[DONE]``); never raises on bad text."""
    data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False,
                                                               separators=(",", ":"))
    return f"data: {data}\n\n".encode("utf-8", "replace")
