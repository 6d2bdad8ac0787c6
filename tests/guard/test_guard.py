import asyncio
import threading
import time

import pytest

from shieldwall.core.verdict import Decision, Detection
from shieldwall.guard import Guard
from shieldwall.scanners import ScanInput, Scanner, register

RELEASE = threading.Event()


@register()
class SleepyScanner(Scanner):
    name = "test_sleepy"

    def __init__(self, *, seconds: float = 1.0, **options):
        super().__init__(**options)
        self.seconds = seconds

    def scan(self, item: ScanInput):
        RELEASE.wait(self.seconds)
        return self.result(detections=[Detection(category="sleepy", score=1.0)])

    async def ascan(self, item: ScanInput):
        await asyncio.sleep(self.seconds)
        return self.result(detections=[Detection(category="sleepy", score=1.0)])


@register()
class BrokenScanner(Scanner):
    name = "test_broken"

    def scan(self, item: ScanInput):
        raise RuntimeError("model exploded")


def policy(fail_mode: str, *, deadline_ms: float = 5000, timeout_ms: float = 100, seconds: float = 2.0):
    return {
        "fail_mode": fail_mode,
        "deadline_ms": deadline_ms,
        "input": {"scanners": [
            {"name": "test_sleepy", "timeout_ms": timeout_ms, "options": {"seconds": seconds}},
            "secrets",
            {"name": "test_broken", "id": "broken"},
        ]},
        "categories": {"sleepy": {"action": "warn"}},
    }


@pytest.mark.parametrize("mode,expected", [("open", Decision.ALLOW), ("closed", Decision.BLOCK)])
def test_timeouts_and_errors_follow_fail_mode(mode, expected):
    guard = Guard.from_policy(policy(mode))
    t0 = time.perf_counter()
    verdict = guard.check_input("hello")
    elapsed = time.perf_counter() - t0
    assert elapsed < 1.5, "a slow scanner must not hold the check past its timeout"
    cats = {f.scanner: f for f in verdict.findings}
    assert cats["test_sleepy"].category == "scanner_error" and "timed out" in cats["test_sleepy"].message
    assert "model exploded" in cats["broken"].message
    assert verdict.decision is expected
    if mode == "closed":
        assert verdict.user_message == guard.policy.messages.error
    assert set(verdict.scanner_latency_ms) == {"test_sleepy", "secrets", "broken"}


def test_overall_deadline_caps_every_scanner():
    guard = Guard.from_policy(policy("closed", deadline_ms=150, timeout_ms=5000))
    t0 = time.perf_counter()
    verdict = guard.check_input("x")
    assert time.perf_counter() - t0 < 1.0
    assert any("deadline" in f.message for f in verdict.findings)
    assert verdict.blocked


async def test_async_twin_runs_scanners_concurrently():
    spec = {"input": {"scanners": [
        {"name": "test_sleepy", "id": "a", "options": {"seconds": 0.3}},
        {"name": "test_sleepy", "id": "b", "options": {"seconds": 0.3}},
        {"name": "test_sleepy", "id": "c", "options": {"seconds": 0.3}},
    ]}, "categories": {"sleepy": {"action": "warn"}}}
    guard = Guard.from_policy(spec)
    t0 = time.perf_counter()
    verdict = await guard.acheck_input("hi")
    assert time.perf_counter() - t0 < 0.8  # three 0.3 s scanners, run together
    assert verdict.decision is Decision.WARN and len(verdict.findings) == 3


def test_async_timeout_respects_fail_closed():
    guard = Guard.from_policy(policy("closed", timeout_ms=100))
    verdict = asyncio.run(guard.acheck_input("hello"))
    assert verdict.blocked


def test_redaction_returns_sanitized_text_and_keeps_the_rest():
    guard = Guard.from_policy({"output": {"scanners": ["pii", "secrets"]}})
    response = "Write to ana@example.org, token ghp_" + "a1B2" * 9 + " thanks"
    verdict = guard.check_output("who do I contact?", response)
    assert verdict.decision is Decision.REDACT
    assert verdict.sanitized_text == "Write to [EMAIL], token [GITHUB_TOKEN] thanks"
    assert {f.category for f in verdict.findings} == {"pii.email", "secret.github_token"}


def test_payment_card_needs_luhn_and_iban_needs_checksum():
    guard = Guard.from_policy({"output": {"scanners": ["pii"]}})
    assert guard.check_output("", "card 4539 1488 0343 6467").decision is Decision.REDACT
    assert guard.check_output("", "order 4539 1488 0343 6468").decision is Decision.ALLOW
    assert guard.check_output("", "IBAN GB82 WEST 1234 5698 7654 32").decision is Decision.REDACT
    assert guard.check_output("", "IBAN GB83 WEST 1234 5698 7654 32").decision is Decision.ALLOW


def test_verdict_json_round_trip_and_moderation_view():
    guard = Guard.from_policy({"input": {"scanners": ["secrets"]}, "categories": {"secret.*": {"action": "block"}}})
    verdict = guard.check_input("my key is AKIAIOSFODNN7EXAMPLE")
    again = type(verdict).model_validate_json(verdict.model_dump_json())
    assert again == verdict
    mod = verdict.moderation()
    assert mod.flagged and mod.categories["secret.aws_access_key"] is True
    assert mod.category_scores["secret.aws_access_key"] == 1.0


def test_bad_inputs_give_verdicts_not_tracebacks():
    guard = Guard.from_policy({"input": {"scanners": ["secrets", "pii", "invisible_text"]}})
    assert guard.check_input("").decision is Decision.ALLOW
    junk = bytes(range(256)).decode("latin-1") * 50
    assert guard.check_input(junk).decision in set(Decision)
    big = ("lorem ipsum dolor sit amet " * 40_000)[:1_000_000]
    t0 = time.perf_counter()
    assert guard.check_input(big).decision is Decision.ALLOW
    assert time.perf_counter() - t0 < 10
    assert guard.check_input([{"role": "system", "content": "be nice"}]).decision is Decision.ALLOW
