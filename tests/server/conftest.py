"""Fixtures of the service tests: a fake keyword scanner, a small policy, a stub upstream."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from fastapi.testclient import TestClient
from faulty import FaultyUpstream, Script

from shieldwall.core.verdict import Detection, ScanResult, Span
from shieldwall.guard.pipeline import Guard
from shieldwall.reports.store import ReportStore
from shieldwall.scanners.base import ScanInput, Scanner
from shieldwall.scanners.registry import register
from shieldwall.server.app import create_app
from shieldwall.server.settings import ServerSettings
from shieldwall.server.stub import ServerThread, StubConfig, StubUpstream


@register()
class KeywordTestScanner(Scanner):
    """Flags configured words (test only): ``words: {word: category}``."""

    name = "sw_test_keywords"
    categories: ClassVar[tuple[str, ...]] = ("*",)
    inline = True

    def __init__(self, *, words: dict[str, str] | None = None, delay_s: float = 0.0,
                 **options: Any) -> None:
        super().__init__(**options)
        self.words = {k.lower(): v for k, v in (words or {}).items()}
        self.delay_s = delay_s

    def scan(self, item: ScanInput) -> ScanResult:
        if self.delay_s:
            time.sleep(self.delay_s)
        low = item.text.lower()
        detections: list[Detection] = []
        scores: dict[str, float] = {}
        for word, category in self.words.items():
            at = low.find(word)
            if at >= 0:
                scores[category] = 0.99
                detections.append(Detection(category=category, score=0.99,
                                            message=f"contains '{word}'",
                                            span=Span(start=at, end=at + len(word))))
        return self.result(scores=scores, detections=detections, decided_by="test-keywords")


POLICY: dict[str, Any] = {
    "name": "test_policy",
    "input": {"scanners": [{"name": "sw_test_keywords",
                            "options": {"words": {"bomb": "S9", "ignore previous": "injection",
                                                  "4111-1111": "pii.card"}}}]},
    "output": {"scanners": [{"name": "sw_test_keywords",
                             "options": {"words": {"nerve agent": "S9",
                                                   "555-0100": "pii.phone"}}}]},
    "categories": {"S*": {"action": "block"}, "injection": {"action": "block"},
                   "pii.*": {"action": "redact"}},
    "messages": {"block": "Blocked by the test policy.",
                 "output_block": "Response withheld by the test policy."},
    "stream": {"window_chars": 64, "every_chars": 16},
}


@pytest.fixture()
def policy_data() -> dict[str, Any]:
    """A copy of the test policy (tests change it freely)."""
    return {**POLICY}


@pytest.fixture(scope="session")
def stub() -> Iterator[tuple[ServerThread, StubConfig]]:
    config = StubConfig()
    server = ServerThread(StubUpstream(config)).start()
    yield server, config
    server.stop()


@pytest.fixture()
def stub_config(stub: tuple[ServerThread, StubConfig]) -> Iterator[StubConfig]:
    _, config = stub
    config.reply, config.delay_s, config.chunk_delay_s, config.status = None, 0.0, 0.0, 200
    config.chunk_chars = 8
    config.seen.clear()
    config.seen_headers.clear()
    yield config
    config.reply, config.delay_s, config.chunk_delay_s, config.status = None, 0.0, 0.0, 200


@pytest.fixture()
def make_client(tmp_path: Any, stub: tuple[ServerThread, StubConfig],
                stub_config: StubConfig) -> Iterator[Any]:
    """``make_client(**settings)`` -> a started TestClient over a fresh app."""
    server, _ = stub
    clients: list[TestClient] = []

    def make(*, policy_data: dict[str, Any] | None = None, store: ReportStore | None = None,
             **overrides: Any) -> TestClient:
        values: dict[str, Any] = {"upstream": server.url + "/v1",
                                  "db_url": str(tmp_path / "reports.db"),
                                  "upstream_timeout_s": 5.0}
        values.update(overrides)
        settings = ServerSettings(policy=policy_data or POLICY, **values)
        app = create_app(settings, guard=Guard.from_policy(policy_data or POLICY), store=store)
        client = TestClient(app, raise_server_exceptions=False)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture(scope="session")
def faulty_server() -> Iterator[tuple[ServerThread, FaultyUpstream]]:
    upstream = FaultyUpstream()
    server = ServerThread(upstream).start()
    yield server, upstream
    server.stop()


@pytest.fixture()
def faulty(faulty_server: tuple[ServerThread, FaultyUpstream]) -> Iterator[FaultyUpstream]:
    """The fault-injecting upstream, reset for this test (set ``.script`` or ``.make``)."""
    _, upstream = faulty_server
    upstream.script, upstream.make = Script(), None
    upstream.requests.clear()
    yield upstream
    upstream.script, upstream.make = Script(), None


@pytest.fixture()
def faulty_client(make_client: Any, faulty_server: tuple[ServerThread, FaultyUpstream],
                  faulty: FaultyUpstream) -> Any:
    """``faulty_client(**settings)`` -> a TestClient whose upstream is the faulty one."""
    server, _ = faulty_server

    def make(**overrides: Any) -> TestClient:
        return make_client(**{"upstream": server.url + "/v1", **overrides})  # type: ignore[no-any-return]

    return make


@pytest.fixture()
def live_app(tmp_path: Any, faulty_server: tuple[ServerThread, FaultyUpstream],
             faulty: FaultyUpstream) -> Iterator[Any]:
    """``live_app(**settings)`` -> the URL of the service served by uvicorn on loopback (for
    timing tests: the TestClient does not deliver a stream's bytes as they are sent)."""
    server, _ = faulty_server
    started: list[ServerThread] = []

    def make(*, policy_data: dict[str, Any] | None = None, **overrides: Any) -> str:
        values: dict[str, Any] = {"upstream": server.url + "/v1",
                                  "db_url": str(tmp_path / "live.db"), "upstream_timeout_s": 5.0}
        values.update(overrides)
        settings = ServerSettings(policy=policy_data or POLICY, **values)
        app = create_app(settings, guard=Guard.from_policy(policy_data or POLICY))
        thread = ServerThread(app).start()
        started.append(thread)
        return thread.url

    yield make
    for thread in started:
        thread.stop()


def sse_events(body: str) -> list[Any]:
    """The events of an SSE body: JSON objects, and the literal ``[DONE]``."""
    events: list[Any] = []
    for block in body.split("\n\n"):
        if block.startswith("data: "):
            data = block[len("data: "):]
            events.append(data if data == "[DONE]" else json.loads(data))
    return events


def streamed_text(events: list[Any]) -> str:
    out = []
    for e in events:
        if isinstance(e, dict):
            for choice in e.get("choices", []):
                out.append(choice["delta"].get("content") or "")
    return "".join(out)


def finish_reasons(events: list[Any]) -> list[str]:
    return [c["finish_reason"] for e in events if isinstance(e, dict)
            for c in e.get("choices", []) if c.get("finish_reason")]


def assert_well_ended(events: list[Any]) -> dict[str, Any]:
    """Every stream ends with the verdict event then ``[DONE]``; returns the verdict event."""
    assert events and events[-1] == "[DONE]", events[-3:]
    final = events[-2]
    assert isinstance(final, dict) and final["choices"] == [] and "shieldwall" in final, final
    assert final["shieldwall"]["decision"] in ("allow", "warn", "redact", "block")
    return final
