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

#: A scan that passes releases everything but a trailing partial word of up to this many
#: characters, so that half of a phrase is not sent before the scan that sees all of it.
HOLD_BACK_CHARS = 32

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
        #: The answer from ``dropped`` on (text before it was scanned, released and is no longer
        #: needed once the answer is too long for a whole-answer final scan).
        self.text = ""
        self.dropped = 0
        self.released = 0  # index into ``text``
        self.scanned_chars = 0
        self.last_verdict: Verdict | None = None
        self._incoming: list[str] = []
        self._incoming_chars = 0

    @property
    def pending(self) -> int:
        """Characters held back, not yet scanned and released."""
        return len(self.text) + self._incoming_chars - self.released

    def feed(self, chunk: str) -> bool:
        """Add text; True when enough is held that it should be scanned now."""
        chunk = clean_text(chunk)
        self._incoming.append(chunk)
        self._incoming_chars += len(chunk)
        return self.pending >= self.every

    def _gather(self) -> None:
        if self._incoming:
            self.text += "".join(self._incoming)
            self._incoming.clear()
            self._incoming_chars = 0

    async def scan(self, *, hold_back: bool = True) -> ScanStep:
        """Scan what is held (with its overlap) and release it unless it blocks; ``hold_back``
        keeps a trailing partial word for the next scan (a timer flush releases everything)."""
        self._gather()
        if self.pending <= 0:
            return ScanStep("", None, False)
        start = max(0, self.released - self.overlap)
        step = self._after(await self._check(start), start, final=False,
                           release_all=not hold_back)
        if self.dropped + len(self.text) > FINAL_SCAN_MAX_CHARS:
            cut = max(0, self.released - self.overlap)
            self.text, self.released, self.dropped = (self.text[cut:], self.released - cut,
                                                      self.dropped + cut)
        return step

    async def finish(self) -> ScanStep:
        """The last scan, over the whole answer when it is not huge."""
        self._gather()
        whole = self.dropped == 0 and len(self.text) <= FINAL_SCAN_MAX_CHARS
        start = 0 if whole else max(0, self.released - self.overlap)
        return self._after(await self._check(start), start, final=True, release_all=True)

    async def _check(self, start: int) -> Verdict:
        self.scanned_chars += len(self.text) - start
        item = ScanInput(stage="output", text=self.text[start:], conversation=self.conversation,
                         source="assistant")
        return await self.guard.acheck(item)

    def _after(self, verdict: Verdict, offset: int, *, final: bool,
               release_all: bool) -> ScanStep:
        self.last_verdict = verdict
        if verdict.decision is Decision.BLOCK:
            return ScanStep("", verdict, True)
        end = len(self.text) if release_all else self._release_end()
        pending = self.text[self.released:end]
        if verdict.decision is Decision.REDACT:
            spans = redaction_spans(verdict.findings, offset)
            # A redaction reaching into the held-back tail is released whole, never in halves.
            end = max([end, *(e for s, e, _ in spans if s < end)])
            pending = redact_spans(self.text[:end], spans, self.released)
        self.released = end
        return ScanStep(pending, verdict if final else None, False)

    def _release_end(self) -> int:
        """Where a passing mid-stream scan stops releasing: before a trailing partial word."""
        end = len(self.text)
        tail = self.text[max(self.released, end - HOLD_BACK_CHARS):]
        if not tail or tail[-1].isspace():
            return end
        cut = max(tail.rfind(" "), tail.rfind("\n"), tail.rfind("\t"))
        return end - len(tail) + cut + 1 if cut >= 0 else end
