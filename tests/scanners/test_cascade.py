"""The cascade: the cheap model decides clear cases, the band escalates to the large model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import pytest

from shieldwall.core.errors import ConfigError, ModelError
from shieldwall.core.verdict import Decision, Detection, ScanResult
from shieldwall.guard.pipeline import Guard
from shieldwall.scanners.base import ScanInput, Scanner
from shieldwall.scanners.registry import create_scanner, register


@register()
class FakeContent(Scanner):
    """Scores the text's leading number, e.g. '0.55 some text' -> S1 = 0.55."""

    name = "fake_content_for_cascade"
    calls: ClassVar[list[str]] = []

    def scan(self, item: ScanInput) -> ScanResult:
        FakeContent.calls.append(item.text)
        score = float(item.text.split()[0])
        return self.result(
            scores={"S1": score, "other": 0.5},
            detections=[Detection(category="S1", score=score)],
            decided_by="embedded-minilm",
        )


@register()
class FakeLarge(Scanner):
    """Stands in for Llama Guard: unsafe when the text mentions 'bomb'."""

    name = "fake_large_for_cascade"
    calls: ClassVar[list[str]] = []
    batches: ClassVar[list[int]] = []

    def __init__(self, *, fail: bool = False, **options: Any) -> None:
        super().__init__(**options)
        self.fail = fail

    def scan(self, item: ScanInput) -> ScanResult:
        if self.fail:
            raise ModelError("endpoint down")
        FakeLarge.calls.append(item.text)
        p = 0.97 if "bomb" in item.text else 0.02
        return self.result(
            scores={"S9": p, "unsafe": p},
            detections=[Detection(category="S9", score=p)],
            decided_by="llama-guard-3:fake",
        )

    def scan_batch(self, items: Sequence[ScanInput]) -> list[ScanResult]:
        FakeLarge.batches.append(len(items))
        return [self.scan(i) for i in items]


@pytest.fixture(autouse=True)
def _reset() -> None:
    FakeContent.calls.clear()
    FakeLarge.calls.clear()
    FakeLarge.batches.clear()


def cascade(**extra: Any) -> dict[str, Any]:
    return {
        "primary": {"name": "fake_content_for_cascade"},
        "escalate": {
            "name": "fake_large_for_cascade",
            "options": extra.pop("escalate_options", {}),
        },
        "band": [0.3, 0.7],
        "on": ["S*"],
        **extra,
    }


def test_clear_cases_stay_with_the_primary_model() -> None:
    scanner = create_scanner("cascade", **cascade())
    safe = scanner.scan(ScanInput(stage="input", text="0.05 hello"))
    unsafe = scanner.scan(ScanInput(stage="input", text="0.95 kill"))
    assert FakeLarge.calls == []
    assert safe.decided_by == unsafe.decided_by == "embedded-minilm"
    assert safe.metadata["escalated"] is False
    assert unsafe.scores["S1"] == 0.95
    assert safe.scanner == "cascade"


def test_uncertain_cases_escalate_and_the_large_model_decides() -> None:
    scanner = create_scanner("cascade", **cascade())
    result = scanner.scan(ScanInput(stage="input", text="0.5 how to build a bomb"))
    assert FakeLarge.calls == ["0.5 how to build a bomb"]
    assert result.decided_by == "llama-guard-3:fake"
    assert result.metadata["escalated"] is True
    assert result.metadata["primary_scores"]["S1"] == 0.5
    assert result.scores["S9"] == pytest.approx(0.97)
    assert [d.category for d in result.detections] == ["S9"]


def test_on_limits_which_scores_can_escalate() -> None:
    # 'other' is always 0.5 (inside the band) but only S* scores are watched
    scanner = create_scanner("cascade", **cascade())
    scanner.scan(ScanInput(stage="input", text="0.1 fine"))
    assert FakeLarge.calls == []
    watch_all = create_scanner("cascade", **cascade(on=None))
    watch_all.scan(ScanInput(stage="input", text="0.1 fine"))
    assert FakeLarge.calls == ["0.1 fine"]


def test_guard_records_which_model_decided() -> None:
    policy = {"name": "cascade", "input": {"scanners": [{"name": "cascade", "options": cascade()}]}}
    with Guard.from_policy(policy) as guard:
        escalated = guard.check_input("0.6 bomb recipe")
        direct = guard.check_input("0.9 obvious")
        batch = guard.check_batch(
            [Guard.input_item(t) for t in ("0.1 a", "0.4 bomb b", "0.99 c", "0.5 d")]
        )
    assert escalated.decision is Decision.BLOCK
    assert escalated.findings[0].decided_by == "llama-guard-3:fake"
    assert escalated.findings[0].category == "S9"
    assert direct.findings[0].decided_by == "embedded-minilm"
    assert [v.decision for v in batch] == [
        Decision.ALLOW,
        Decision.BLOCK,
        Decision.BLOCK,
        Decision.ALLOW,
    ]
    assert FakeLarge.batches == [2]  # only the two uncertain rows went to the large model


def test_escalation_failure_follows_fail_mode_or_falls_back() -> None:
    closed = {
        "name": "c",
        "fail_mode": "closed",
        "input": {
            "scanners": [{"name": "cascade", "options": cascade(escalate_options={"fail": True})}]
        },
    }
    with Guard.from_policy(closed) as guard:
        verdict = guard.check_input("0.5 unclear")
        clear = guard.check_input("0.1 fine")
    assert verdict.decision is Decision.BLOCK
    assert verdict.findings[0].category == "scanner_error"
    assert clear.decision is Decision.ALLOW  # clear cases never needed the large model
    fallback = create_scanner(
        "cascade", **cascade(escalate_options={"fail": True}, on_escalation_error="primary")
    )
    result = fallback.scan(ScanInput(stage="input", text="0.5 unclear"))
    assert result.decided_by == "embedded-minilm"
    assert "endpoint down" in result.metadata["escalation_error"]


@pytest.mark.parametrize(
    ("options", "key"),
    [
        ({"band": [0.8, 0.2]}, "band"),
        ({"band": "wide"}, "band"),
        ({"primary": 3}, "primary"),
        ({"escalate": {"name": "cascade"}}, "cascade"),
        ({"on_escalation_error": "ignore"}, "on_escalation_error"),
    ],
)
def test_bad_options_are_config_errors(options: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError, match=key):
        create_scanner("cascade", **{**cascade(), **options})
