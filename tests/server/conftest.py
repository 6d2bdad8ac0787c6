"""Fixtures of the service tests: a fake keyword scanner, a small policy, a stub upstream."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from fastapi.testclient import TestClient

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
