"""A tiny OpenAI-compatible upstream (pure ASGI) and a helper that serves an app on loopback.

Used by the tests, the load benchmark and demos: ``/v1/chat/completions`` answers with
``config.reply`` (or echoes the last user message), streamed in ``chunk_chars`` pieces when asked.
"""

from __future__ import annotations

import asyncio
import json
import math
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.types import Receive, Scope, Send


@dataclass
class StubConfig:
    reply: str | Callable[[dict[str, Any]], str] | None = None
    delay_s: float = 0.0
    chunk_chars: int = 8
    chunk_delay_s: float = 0.0
    status: int = 200
    seen: list[dict[str, Any]] = field(default_factory=list)
    seen_headers: list[dict[str, str]] = field(default_factory=list)
    record: bool = True


class StubUpstream:
    """An ASGI app speaking enough of the OpenAI chat API for tests and benchmarks."""

    def __init__(self, config: StubConfig | None = None) -> None:
        self.config = config or StubConfig()

    def _reply(self, body: dict[str, Any]) -> str:
        reply = self.config.reply
        if callable(reply):
            return reply(body)
        if reply is not None:
            return reply
        last = next((m.get("content", "") for m in reversed(body.get("messages", []))
                     if isinstance(m, dict) and m.get("role") == "user"), "")
        return f"You said: {last}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        raw = b""
        while True:
            message = await receive()
            raw += message.get("body", b"")
            if not message.get("more_body"):
                break
        cfg = self.config
        if not scope["path"].endswith("/chat/completions"):
            await _json(send, 404, {"error": {"message": "not found"}})
            return
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            await _json(send, 400, {"error": {"message": "bad json"}})
            return
        if cfg.record:
            cfg.seen.append(body)
            cfg.seen_headers.append({k.decode(): v.decode() for k, v in scope["headers"]})
        if cfg.delay_s:
            await asyncio.sleep(cfg.delay_s)
        if cfg.status != 200:
            await _json(send, cfg.status, {"error": {"message": f"stub status {cfg.status}",
                                                     "type": "stub_error"}})
            return
        text = self._reply(body)
        created = int(time.time())
        model = body.get("model", "stub")
        if not body.get("stream"):
            await _json(send, 200, {
                "id": f"chatcmpl-stub{time.monotonic_ns()}", "object": "chat.completion",
                "created": created, "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                             "logprobs": None, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 5, "completion_tokens": len(text.split()),
                          "total_tokens": 5 + len(text.split())}})
            return
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream")]})
        cid = f"chatcmpl-stub{time.monotonic_ns()}"

        def event(delta: dict[str, Any], finish: str | None = None) -> bytes:
            chunk = {"id": cid, "object": "chat.completion.chunk", "created": created,
                     "model": model, "choices": [{"index": 0, "delta": delta,
                                                  "finish_reason": finish}]}
            return f"data: {json.dumps(chunk)}\n\n".encode()

        await send({"type": "http.response.body", "body": event({"role": "assistant"}),
                    "more_body": True})
        step = max(1, cfg.chunk_chars)
        for i in range(0, len(text), step):
            if cfg.chunk_delay_s:
                await asyncio.sleep(cfg.chunk_delay_s)
            await send({"type": "http.response.body", "body": event({"content": text[i:i + step]}),
                        "more_body": True})
        await send({"type": "http.response.body", "body": event({}, "stop"), "more_body": True})
        await send({"type": "http.response.body", "body": b"data: [DONE]\n\n", "more_body": False})


async def _json(send: Send, status: int, payload: dict[str, Any]) -> None:
    data = json.dumps(payload).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(data)).encode())]})
    await send({"type": "http.response.body", "body": data})


class ServerThread:
    """Serve an ASGI app with uvicorn on a free loopback port in a background thread."""

    def __init__(self, app: Any, *, graceful_s: float = 5.0, **config: Any) -> None:
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        cfg = uvicorn.Config(app, log_level="warning", access_log=False,
                             timeout_graceful_shutdown=math.ceil(graceful_s), **config)
        self.server = uvicorn.Server(cfg)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True)

    def start(self, timeout_s: float = 10.0) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + timeout_s
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.01)
        return self

    def stop(self, timeout_s: float = 10.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout_s)
        self.sock.close()

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    """``python -m shieldwall.server.stub --port N [--reply TEXT]``: serve the stub upstream."""
    import argparse

    import uvicorn

    parser = argparse.ArgumentParser(description="OpenAI-compatible stub upstream")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--reply", default=None)
    parser.add_argument("--delay-ms", type=float, default=0.0)
    args = parser.parse_args(argv)
    config = StubConfig(reply=args.reply, delay_s=args.delay_ms / 1000.0, record=False)
    uvicorn.run(StubUpstream(config), host=args.host, port=args.port, log_level="warning",
                access_log=False)


if __name__ == "__main__":
    main()
