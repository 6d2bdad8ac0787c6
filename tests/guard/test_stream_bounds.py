"""Streams: scan cost linear in the answer, no half-sent harmful sentence, flush on demand."""

from __future__ import annotations

from typing import ClassVar

from shieldwall import Guard
from shieldwall.core.verdict import Decision, ScanResult
from shieldwall.scanners.base import ScanInput, Scanner
from shieldwall.scanners.registry import register

SCANNED: list[int] = []


@register()
class _CountingScanner(Scanner):
    """Counts the characters it is asked to scan; flags the word 'forbidden'."""

    name: ClassVar[str] = "test_counting"
    inline: ClassVar[bool] = True

    def scan(self, item: ScanInput) -> ScanResult:
        SCANNED.append(len(item.text))
        from shieldwall.core.verdict import Detection

        hit = "forbidden" in item.text
        return self.result(scores={"bad": float(hit)},
                           detections=[Detection(category="bad", score=1.0)] if hit else [])


POLICY = {"name": "t", "output": {"scanners": ["test_counting"]},
          "stream": {"window_chars": 2000, "every_chars": 200, "overlap_chars": 200}}


def test_scan_cost_is_linear_in_the_answer() -> None:
    guard = Guard.from_policy(POLICY)
    sentence = "This is an ordinary sentence about the weather today. "
    text = sentence * 4000  # ~220k characters
    SCANNED.clear()
    events = list(guard.check_stream("q", (text[i:i + 50] for i in range(0, len(text), 50))))
    assert "".join(e.text for e in events if e.kind == "chunk") == text
    assert events[-1].kind == "verdict" and events[-1].verdict is not None
    # each character is scanned about twice (new text + overlap), never the whole answer again
    assert sum(SCANNED) < 2.5 * len(text), (sum(SCANNED), len(text))
    assert max(SCANNED) <= 2000


def test_a_harmful_sentence_is_not_half_sent_before_it_completes() -> None:
    guard = Guard.from_policy({**POLICY, "stream": {"window_chars": 400, "every_chars": 20, "overlap_chars": 100}})
    text = "All good here. Fine too. And now the forbidden thing happens. Tail."
    events = list(guard.check_stream("q", (text[i:i + 3] for i in range(0, len(text), 3))))
    released = "".join(e.text for e in events if e.kind == "chunk")
    assert events[-1].stopped and events[-1].verdict is not None
    assert events[-1].verdict.decision is Decision.BLOCK
    assert "And now" not in released  # the sentence that turned bad was held back whole
    assert released == "All good here. Fine too. "


def test_flush_releases_pending_text_on_demand() -> None:
    guard = Guard.from_policy(POLICY)
    checker = guard.stream_checker("q")
    assert checker.feed("A slow upstream sends a few words") == []  # not enough text for a scan yet
    flushed = checker.flush()
    assert [e.text for e in flushed] == ["A slow upstream sends a few words"]
    checker.feed(" and a few more.")
    final = checker.finish()
    assert final[-1].kind == "verdict" and final[-1].verdict is not None
    assert "".join(e.text for e in final if e.kind == "chunk") == " and a few more."
    assert checker.finish() == []  # finished streams stay finished
