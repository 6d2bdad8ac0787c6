"""Pure-ASGI request body limits: size (413 without reading more than the limit into memory)
and JSON nesting depth (400 before any parser recurses into it)."""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(rb"[\[\]{}]")


def json_depth_exceeds(raw: bytes, limit: int) -> bool:
    """True when JSON text nests arrays/objects deeper than ``limit`` (strings are skipped)."""
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False
    depth = 0
    for match in _BRACKETS.finditer(_STRING.sub(b'""', raw)):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        else:
            depth = max(0, depth - 1)
    return False


class BodySizeLimit:
    """Refuse bodies over ``max_bytes``: by ``Content-Length`` up front, else while reading; and
    JSON bodies nested deeper than ``max_depth``.

    The body is read (at most ``max_bytes``) before the app runs and replayed to it, so a chunked
    upload without ``Content-Length`` is refused as cleanly as a declared one.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, max_depth: int = 64) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_depth = max_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _reply(send, 400, "invalid Content-Length header")
                    return
                if declared > self.max_bytes:
                    await _reply(send, 413, self._message())
                    return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                await _reply(send, 413, self._message())
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if body.lstrip()[:1] in (b"{", b"[") and json_depth_exceeds(body, self.max_depth):
            await _reply(send, 400, f"request body nests JSON deeper than the limit of "
                                    f"{self.max_depth} levels", code="json_too_deep")
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _message(self) -> str:
        return f"request body is larger than the limit of {self.max_bytes} bytes"


async def _reply(send: Send, status: int, message: str, code: str | None = None) -> None:
    body: dict[str, Any] = {"error": {"message": message, "type": "invalid_request_error",
                                      "code": code or ("body_too_large" if status == 413
                                                       else "invalid_request"),
                                      "param": None, "request_id": None}}
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(data)).encode())]})
    await send({"type": "http.response.body", "body": data})
