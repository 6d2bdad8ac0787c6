"""A tiny threaded HTTP server that speaks the OpenAI and Ollama wire formats for the tests."""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass
class Reply:
    status: int = 200
    body: bytes | dict[str, Any] | str = b"{}"
    delay_s: float = 0.0
    content_length: int | None = None  # lie about the length to cut the body short


Route = Callable[[dict[str, Any]], Reply]


@dataclass
class FakeServer:
    url: str
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    peers: set[tuple[str, int]] = field(default_factory=set)

    def route(self, path: str, fn: Route) -> None:
        self.routes[path] = fn


def _handler(server: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length)
            try:
                payload = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                payload = {}
            server.requests.append((self.path, payload))
            server.peers.add(self.client_address)
            fn = server.routes.get(self.path)
            reply = fn(payload) if fn else Reply(404, {"error": f"no route {self.path}"})
            if reply.delay_s:
                time.sleep(reply.delay_s)
            body = reply.body
            if isinstance(body, dict):
                body = json.dumps(body).encode()
            elif isinstance(body, str):
                body = body.encode()
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(reply.content_length or len(body)))
                if reply.content_length:
                    self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass
            if reply.content_length:
                self.close_connection = True

    return Handler


@pytest.fixture
def fake_server() -> Iterator[FakeServer]:
    holder = FakeServer(url="")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(holder))
    httpd.daemon_threads = True
    holder.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield holder
    finally:
        httpd.shutdown()
        httpd.server_close()


def completion_choice(text: str, p_unsafe: float | None, index: int = 0) -> dict[str, Any]:
    """An OpenAI completions choice whose first token carries safe/unsafe top logprobs."""
    choice: dict[str, Any] = {"index": index, "text": text, "finish_reason": "stop"}
    if p_unsafe is not None:
        first = text.split()[0] if text.split() else ""
        choice["logprobs"] = {
            "tokens": [first],
            "token_logprobs": [0.0],
            "top_logprobs": [{"unsafe": math.log(p_unsafe), "safe": math.log(1 - p_unsafe)}],
        }
    return choice


def chat_logprobs(text: str, p_unsafe: float) -> dict[str, Any]:
    first = text.split()[0]
    return {
        "content": [
            {
                "token": first,
                "logprob": -0.01,
                "top_logprobs": [
                    {"token": "unsafe", "logprob": math.log(p_unsafe)},
                    {"token": "safe", "logprob": math.log(1 - p_unsafe)},
                ],
            }
        ]
    }
