"""Incremental output scanning for streamed responses.

Text is held back until it has been scanned: each scan looks at the last ``window_chars`` of the
response (a bounded look-back window, so cost per scan is constant) whenever ``every_chars`` new
characters have arrived, and once more over the whole response at the end. Chunks that pass are
released as ``chunk`` events; the first blocking verdict ends the stream with a ``verdict`` event
and nothing after the violation is released.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from shieldwall.core.messages import Conversation
from shieldwall.core.textnorm import safe_text
from shieldwall.core.verdict import Decision, Verdict
from shieldwall.guard.pipeline import redact_spans, redaction_spans
from shieldwall.scanners.base import ScanInput

if TYPE_CHECKING:
    from shieldwall.guard.pipeline import ConversationLike, Guard

#: Whole-response re-scan at the end is skipped above this size (the windows already covered it).
FINAL_SCAN_MAX_CHARS = 200_000


class StreamEvent(BaseModel):
    """``chunk``: text that passed the checks and may be sent; ``verdict``: the final word."""

    kind: Literal["chunk", "verdict"]
    text: str = ""
    verdict: Verdict | None = None
    stopped: bool = False


class StreamChecker:
    """State of one streamed response."""

    def __init__(self, guard: Guard, conversation: ConversationLike) -> None:
        self.guard = guard
        self.conversation = Conversation.of(conversation)
        cfg = guard.policy.stream
        self.window = cfg.window_chars
        self.every = cfg.every_chars
        self.text = ""
        self.released = 0
        self.last_verdict: Verdict | None = None

    def _item(self, start: int) -> ScanInput:
        return ScanInput(stage="output", text=self.text[start:], conversation=self.conversation,
                         source="assistant")

    def _window_start(self) -> int:
        return max(0, len(self.text) - self.window)

    def _after_scan(self, verdict: Verdict, offset: int, final: bool) -> list[StreamEvent]:
        self.last_verdict = verdict
        if verdict.decision is Decision.BLOCK:
            return [StreamEvent(kind="verdict", verdict=verdict, stopped=True)]
        pending = self.text[self.released:]
        if verdict.decision is Decision.REDACT:
            pending = redact_spans(self.text, redaction_spans(verdict.findings, offset), self.released)
        self.released = len(self.text)
        events = [StreamEvent(kind="chunk", text=pending)] if pending else []
        if final:
            events.append(StreamEvent(kind="verdict", verdict=verdict))
        return events

    def _feed(self, chunk: Any) -> bool:
        self.text += safe_text(chunk) if isinstance(chunk, (bytes, str)) else safe_text(str(chunk))
        return len(self.text) - self.released >= self.every

    def _final_item(self) -> tuple[ScanInput, int]:
        if len(self.text) <= FINAL_SCAN_MAX_CHARS:
            return self._item(0), 0
        start = self._window_start()
        return self._item(start), start

    def run(self, chunks: Iterable[Any]) -> Iterator[StreamEvent]:
        for chunk in chunks:
            if self._feed(chunk):
                start = self._window_start()
                events = self._after_scan(self.guard.check(self._item(start)), start, final=False)
                yield from events
                if events and events[-1].stopped:
                    return
        item, start = self._final_item()
        yield from self._after_scan(self.guard.check(item), start, final=True)

    async def arun(self, chunks: AsyncIterable[Any]) -> AsyncIterator[StreamEvent]:
        async for chunk in chunks:
            if self._feed(chunk):
                start = self._window_start()
                verdict = await self.guard.acheck(self._item(start))
                events = self._after_scan(verdict, start, final=False)
                for event in events:
                    yield event
                if events and events[-1].stopped:
                    return
        item, start = self._final_item()
        for event in self._after_scan(await self.guard.acheck(item), start, final=True):
            yield event
