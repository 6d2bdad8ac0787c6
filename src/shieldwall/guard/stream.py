"""Incremental output scanning for streamed responses.

Text is held back until it has been scanned. Whenever ``every_chars`` new characters have arrived,
the new text plus the ``overlap_chars`` before it (at most ``window_chars``) is scanned, so each
character is scanned about twice and the cost grows linearly with the answer. After a passing
scan, text is released up to the last sentence end, so a harmful sentence is not half-sent
before its second half arrives. ``flush`` scans and releases whatever is pending (a server calls
it on a timer, so the first bytes are not held back by a slow upstream). The first blocking
verdict ends the stream with a ``verdict`` event; nothing after the violation is released.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any, Literal, Protocol

from pydantic import BaseModel

from shieldwall.core.messages import Conversation
from shieldwall.core.textnorm import repair
from shieldwall.core.verdict import Decision, Finding, Verdict
from shieldwall.guard.redaction import redact_spans, redaction_spans
from shieldwall.policy import Policy
from shieldwall.scanners.base import ScanInput

_SENTENCE_END = re.compile(r"[.!?。！？\n][\"')\]]*\s")


class StreamEvent(BaseModel):
    """``chunk``: text that passed the checks and may be sent; ``verdict``: the final word."""

    kind: Literal["chunk", "verdict"]
    text: str = ""
    verdict: Verdict | None = None
    stopped: bool = False


class _Checks(Protocol):
    policy: Policy

    def check(self, item: ScanInput) -> Verdict: ...

    async def acheck(self, item: ScanInput) -> Verdict: ...


class StreamChecker:
    """State of one streamed response: feed chunks, get the events to send."""

    def __init__(self, guard: _Checks, conversation: Conversation) -> None:
        self.guard = guard
        self.conversation = conversation
        cfg = guard.policy.stream
        self.window = cfg.window_chars
        self.every = cfg.every_chars
        self.overlap = min(cfg.overlap_chars, cfg.window_chars // 2)
        # Absolute offsets into the whole answer. Only ``_buf`` (the answer from ``_base`` on) is
        # kept: released text beyond the overlap is dropped, so memory and per-chunk cost stay
        # bounded however long the answer grows.
        self._buf = ""
        self._base = 0
        self.length = 0       # characters received
        self.scanned = 0      # answer[:scanned] has been scanned
        self.released = 0     # answer[:released] has been sent
        self.done = False
        self.verdicts: list[Verdict] = []
        self._spans: list[tuple[int, int, str]] = []

    # -- the pieces ---------------------------------------------------------------------------

    @property
    def pending(self) -> int:
        """Characters received but not yet sent."""
        return self.length - self.released

    def _slice(self, start: int, end: int) -> str:
        return self._buf[start - self._base:end - self._base]

    def _trim(self) -> None:
        keep = min(self.released, max(0, self.scanned - self.overlap))
        if keep - self._base > 4 * self.window:
            self._buf = self._buf[keep - self._base:]
            self._base = keep
            self._spans = [sp for sp in self._spans if sp[1] > self.released]

    def _regions(self) -> list[tuple[int, int]]:
        """``(start, end)`` of the scans that cover ``answer[scanned:]``."""
        regions = []
        pos = self.scanned
        while pos < self.length:
            start = max(0, pos - self.overlap)
            end = min(self.length, start + self.window)
            if end <= pos:  # overlap alone fills the window
                end = min(self.length, pos + self.window - self.overlap)
            regions.append((start, end))
            pos = end
        return regions

    def _item(self, start: int, end: int) -> ScanInput:
        return ScanInput(stage="output", text=self._slice(start, end), conversation=self.conversation,
                         source="assistant", part="response")

    def _take(self, verdict: Verdict, start: int, end: int) -> StreamEvent | None:
        """Record one scan's verdict; a block ends the stream."""
        self.verdicts.append(verdict)
        self.scanned = max(self.scanned, end)
        if verdict.decision is Decision.BLOCK:
            self.done = True
            return StreamEvent(kind="verdict", verdict=self.merged(), stopped=True)
        if verdict.decision is Decision.REDACT:
            self._spans.extend(redaction_spans(verdict.findings, start))
        return None

    def _release(self, *, everything: bool) -> list[StreamEvent]:
        limit = self.scanned
        if not everything:
            last = None
            for last in _SENTENCE_END.finditer(self._buf, self.released - self._base,  # noqa: B007
                                               limit - self._base):
                pass
            if last is not None:
                limit = last.end() + self._base
            elif limit - self.released < self.window:
                return []
        for s, e, _ in self._spans:  # never cut through a redacted span
            if s < limit < e:
                limit = s
        if limit <= self.released:
            return []
        spans = [(s - self._base, min(e, limit) - self._base, r) for s, e, r in self._spans if s < limit]
        text = redact_spans(self._buf[:limit - self._base], spans, self.released - self._base)
        self.released = limit
        self._trim()
        return [StreamEvent(kind="chunk", text=text)] if text else []

    def merged(self) -> Verdict:
        """One verdict for the whole response so far: the worst decision, every finding once."""
        if not self.verdicts:
            return Verdict(stage="output", policy=self.guard.policy.name)
        worst = max(self.verdicts, key=lambda v: v.decision.rank)
        findings: dict[tuple[str, str], Finding] = {}
        scores: dict[str, float] = {}
        for verdict in self.verdicts:
            for finding in verdict.findings:
                key = (finding.scanner, finding.category)
                if key not in findings or finding.score > findings[key].score:
                    findings[key] = finding
            for code, value in verdict.scores.items():
                scores[code] = max(scores.get(code, value), value)
        latency: dict[str, float] = {}
        for verdict in self.verdicts:
            for name, ms in verdict.scanner_latency_ms.items():
                latency[name] = round(latency.get(name, 0.0) + ms, 3)
        return worst.model_copy(update={
            "findings": list(findings.values()), "scores": scores, "sanitized_text": None,
            "latency_ms": round(sum(v.latency_ms for v in self.verdicts), 3), "scanner_latency_ms": latency,
        })

    # -- feeding by hand ----------------------------------------------------------------------

    def add(self, chunk: Any) -> bool:
        """Append a chunk; True when enough new text waits for a scan."""
        if self.done:
            return False
        piece = repair(chunk if isinstance(chunk, (bytes, str)) else str(chunk)).replace("\x00", "")
        self._buf += piece  # bounded: _trim drops what was sent
        self.length += len(piece)
        return self.length - self.scanned >= self.every

    def scan(self, *, everything: bool = False) -> list[StreamEvent]:
        """Scan the unscanned text now and return what may be sent."""
        for start, end in self._regions():
            stop = self._take(self.guard.check(self._item(start, end)), start, end)
            if stop is not None:
                return [stop]
        return self._release(everything=everything)

    async def ascan(self, *, everything: bool = False) -> list[StreamEvent]:
        for start, end in self._regions():
            stop = self._take(await self.guard.acheck(self._item(start, end)), start, end)
            if stop is not None:
                return [stop]
        return self._release(everything=everything)

    def feed(self, chunk: Any) -> list[StreamEvent]:
        """Add a chunk and return the events it allows (scans when enough text waits)."""
        return self.scan() if self.add(chunk) else []

    def flush(self) -> list[StreamEvent]:
        """Scan and release everything pending now (a server calls this on a timer)."""
        return [] if self.done else self.scan(everything=True)

    def finish(self) -> list[StreamEvent]:
        """Scan the rest, release it and end with the verdict over the whole response."""
        if self.done:
            return []
        events = self.scan(everything=True)
        if events and events[-1].stopped:
            return events
        self.done = True
        return [*events, StreamEvent(kind="verdict", verdict=self.merged())]

    async def afeed(self, chunk: Any) -> list[StreamEvent]:
        return await self.ascan() if self.add(chunk) else []

    async def aflush(self) -> list[StreamEvent]:
        return [] if self.done else await self.ascan(everything=True)

    async def afinish(self) -> list[StreamEvent]:
        if self.done:
            return []
        events = await self.ascan(everything=True)
        if events and events[-1].stopped:
            return events
        self.done = True
        return [*events, StreamEvent(kind="verdict", verdict=self.merged())]

    # -- whole streams ------------------------------------------------------------------------

    def run(self, chunks: Iterable[Any]) -> Iterator[StreamEvent]:
        for chunk in chunks:
            events = self.feed(chunk)
            yield from events
            if self.done:
                return
        yield from self.finish()

    async def arun(self, chunks: AsyncIterable[Any]) -> AsyncIterator[StreamEvent]:
        async for chunk in chunks:
            for event in await self.afeed(chunk):
                yield event
            if self.done:
                return
        for event in await self.afinish():
            yield event
