"""A fault-injecting OpenAI-compatible upstream for the service tests.

Each request is answered by the current :class:`Script`: a status, a content type and a list of
steps, each either bytes to send or a pause in seconds. Builders below make the usual faults: a
slow drip, SSE comments only, malformed events, huge lines, surrogates, a 5xx with a body, a
stream cut without ``[DONE]``, plain JSON to a stream request, content parts and tool calls.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.types import Receive, Scope, Send

Step = bytes | float


@dataclass
class Script:
    status: int = 200
    content_type: str = "text/event-stream"
    steps: list[Step] = field(default_factory=list)
    #: Repeat the steps until the client goes away (comment-only keep-alives, endless drips).
    forever: bool = False


class FaultyUpstream:
    """ASGI app answering ``/v1/chat/completions`` with ``self.script`` (or ``self.make(body)``)."""

    def __init__(self) -> None:
        self.script = Script()
        self.make: Callable[[dict[str, Any]], Script] | None = None
        self.requests: list[dict[str, Any]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        raw = b""
        while True:
            message = await receive()
            raw += message.get("body", b"")
            if not message.get("more_body"):
                break
        body = json.loads(raw or b"{}")
        self.requests.append(body)
        script = self.make(body) if self.make else self.script
        await send({"type": "http.response.start", "status": script.status,
                    "headers": [(b"content-type", script.content_type.encode())]})
        try:
            while True:
                for step in script.steps:
                    if isinstance(step, float):
                        await asyncio.sleep(step)
                    else:
                        await send({"type": "http.response.body", "body": step,
                                    "more_body": True})
                if not script.forever:
                    break
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except (OSError, RuntimeError):  # the client went away
            return


# -- builders --------------------------------------------------------------------------------


def event(data: Any) -> bytes:
    payload = data if isinstance(data, str) else json.dumps(data)
    return f"data: {payload}\n\n".encode()


def chunk(delta: dict[str, Any] | None = None, finish: str | None = None,
          **extra: Any) -> dict[str, Any]:
    return {"id": "chatcmpl-faulty", "object": "chat.completion.chunk", "created": 1,
            "model": "faulty", "choices": [{"index": 0, "delta": delta or {},
                                            "finish_reason": finish}], **extra}


def text_stream(text: str, *, size: int = 8, pause: float = 0.0, done: bool = True,
                finish: str | None = "stop") -> list[Step]:
    steps: list[Step] = [event(chunk({"role": "assistant"}))]
    for i in range(0, len(text), size):
        if pause:
            steps.append(pause)
        steps.append(event(chunk({"content": text[i:i + size]})))
    if finish:
        steps.append(event(chunk({}, finish)))
    if done:
        steps.append(event("[DONE]"))
    return steps


def drip(text: str, *, size: int = 3, pause: float = 0.1) -> Script:
    """A slow upstream: ``size`` characters every ``pause`` seconds."""
    return Script(steps=text_stream(text, size=size, pause=pause))


def comments_only(pause: float = 0.05) -> Script:
    """An upstream that sends only SSE keep-alive comments, forever."""
    return Script(steps=[b": keep-alive\n\n", pause], forever=True)


def malformed(after: str = "Hello there. ") -> Script:
    """A good event, then ``{"choices": 5}``, then more text that must not arrive."""
    return Script(steps=[*text_stream(after, done=False, finish=None),
                         event({"choices": 5}), event(chunk({"content": "LEAKED"})),
                         event("[DONE]")])


def huge_line(size: int, piece: int = 65536) -> Script:
    """One ``data:`` line of ``size`` bytes that never ends."""
    steps: list[Step] = [b'data: {"choices": [{"index": 0, "delta": {"content": "']
    steps.extend(b"x" * piece for _ in range(size // piece))
    return Script(steps=steps)


def surrogates() -> Script:
    """Content holding a lone UTF-16 surrogate (valid JSON escape, invalid text)."""
    raw = '{"id": "c1", "choices": [{"index": 0, "delta": {"content": "hi \\ud800 there"}}]}'
    return Script(steps=[event(raw), event(chunk({}, "stop")), event("[DONE]")])


def server_error(secret: str = "Traceback: internal-db-password=hunter2") -> Script:
    return Script(status=500, content_type="text/plain", steps=[secret.encode()])


def cut(text: str = "The answer is cut") -> Script:
    """A stream that stops without a finish reason and without ``[DONE]``."""
    return Script(steps=text_stream(text, done=False, finish=None))


def completion(message: dict[str, Any], finish: str = "stop") -> dict[str, Any]:
    return {"id": "chatcmpl-json", "object": "chat.completion", "created": 1, "model": "faulty",
            "choices": [{"index": 0, "message": {"role": "assistant", **message},
                         "finish_reason": finish}]}


def plain_json(message: dict[str, Any], finish: str = "stop") -> Script:
    """A JSON completion (to a stream request, or a non-streamed one)."""
    return Script(content_type="application/json",
                  steps=[json.dumps(completion(message, finish)).encode()])


def tool_call_stream(name: str, arguments: str, size: int = 5) -> Script:
    steps: list[Step] = [event(chunk({"role": "assistant"})),
                         event(chunk({"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                                                      "function": {"name": name,
                                                                   "arguments": ""}}]}))]
    for i in range(0, len(arguments), size):
        steps.append(event(chunk({"tool_calls": [{"index": 0, "function": {
            "arguments": arguments[i:i + size]}}]})))
    steps += [event(chunk({}, "tool_calls")), event("[DONE]")]
    return Script(steps=steps)
