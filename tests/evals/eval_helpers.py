"""Helpers of the eval tests: the loopback OpenAI/Ollama fake server of tests/models,
a counting callable target, and a tiny run folder."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models"))

from lg_fakes import FakeServer, Reply, fake_server

__all__ = ["BLOCKING_POLICY", "Counter", "FakeServer", "Reply", "fake_server"]

#: A policy with deterministic scanners: blocks inputs saying "forbidden", outputs saying "leaked".
BLOCKING_POLICY: dict[str, Any] = {
    "name": "test-blocking",
    "input": {"scanners": [{"name": "keywords", "options": {"words": ["forbidden"]}}]},
    "output": {"scanners": [{"name": "keywords", "options": {"words": ["leaked"]}}]},
    "categories": {"keyword": {"action": "block"}},
}


class Counter:
    """A callable target body that counts calls per case and answers from a function."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.calls: list[str] = []
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0

    def __call__(self, messages: list[dict[str, str]]) -> Any:
        with self.lock:
            self.calls.append(messages[-1]["content"])
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            return self.answer(messages)
        finally:
            with self.lock:
                self.in_flight -= 1


