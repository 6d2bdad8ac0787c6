"""Incremental scanning of a streamed answer, driven by the proxy (feed, flush on a timer, finish).

Local shim until :class:`shieldwall.guard.stream.StreamChecker` offers the same three calls:
the proxy must be able to scan what is held *now* (time to first byte) rather than only when
``every_chars`` new characters have arrived.

Cost is linear in the answer: each scan covers the text not yet released plus ``overlap``
characters before it (so a phrase split across two scans is still seen whole), never the whole
window again; the final scan covers the whole answer once (up to ``FINAL_SCAN_MAX_CHARS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shieldwall.core.messages import Conversation
from shieldwall.core.verdict import Decision, Verdict
from shieldwall.guard.pipeline import Guard
from shieldwall.guard.redaction import redact_spans, redaction_spans
from shieldwall.scanners.base import ScanInput

#: The end-of-stream scan of the whole answer is skipped above this size (windows covered it).
FINAL_SCAN_MAX_CHARS = 200_000

_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Text that can be encoded and relayed: NUL dropped, lone surrogates replaced."""
    text = text.replace("\x00", "")
    return _SURROGATES.sub("\ufffd", text) if _SURROGATES.search(text) else text


@dataclass
class ScanStep:
    """What one scan lets through: ``released`` text, and a ``verdict`` when it blocked or when
    it was the final scan."""

    released: str
    verdict: Verdict | None
    blocked: bool


class StreamScan:
    """State of one streamed answer."""

    def __init__(self, guard: Guard, conversation: Conversation) -> None:
        self.guard = guard
        self.conversation = conversation
        cfg = guard.policy.stream
        self.every = cfg.every_chars
        self.overlap = min(cfg.window_chars, max(cfg.every_chars, 256))
        self.text = ""
        self.released = 0
        self.scanned_chars = 0
        self.last_verdict: Verdict | None = None

    @property
    def pending(self) -> int:
        """Characters held back, not yet scanned and released."""
        return len(self.text) - self.released

    def feed(self, chunk: str) -> bool:
        """Add text; True when enough is held that it should be scanned now."""
        self.text += clean_text(chunk)
        return self.pending >= self.every

    async def scan(self) -> ScanStep:
        """Scan what is held (with its overlap) and release it unless it blocks."""
        if self.pending <= 0:
            return ScanStep("", None, False)
        start = max(0, self.released - self.overlap)
        return self._after(await self._check(start), start, final=False)

    async def finish(self) -> ScanStep:
        """The last scan, over the whole answer when it is not huge."""
        start = 0 if len(self.text) <= FINAL_SCAN_MAX_CHARS else max(
            0, self.released - self.overlap)
        return self._after(await self._check(start), start, final=True)

    async def _check(self, start: int) -> Verdict:
        self.scanned_chars += len(self.text) - start
        item = ScanInput(stage="output", text=self.text[start:], conversation=self.conversation,
                         source="assistant")
        return await self.guard.acheck(item)

    def _after(self, verdict: Verdict, offset: int, final: bool) -> ScanStep:
        self.last_verdict = verdict
        if verdict.decision is Decision.BLOCK:
            return ScanStep("", verdict, True)
        pending = self.text[self.released:]
        if verdict.decision is Decision.REDACT:
            pending = redact_spans(self.text, redaction_spans(verdict.findings, offset),
                                   self.released)
        self.released = len(self.text)
        return ScanStep(pending, verdict if final else None, False)
