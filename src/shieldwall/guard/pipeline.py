"""The Guard: runs a policy's scanners concurrently under a deadline and turns their detections
into one :class:`~shieldwall.core.verdict.Verdict`."""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shieldwall.core.errors import ScannerError
from shieldwall.core.messages import Conversation, Message
from shieldwall.core.textnorm import warm_normalizer
from shieldwall.core.verdict import (
    SCANNER_ERROR,
    Action,
    Decision,
    FailMode,
    Finding,
    ScanResult,
    Stage,
    Verdict,
)
from shieldwall.guard.parts import input_parts
from shieldwall.guard.redaction import redact_spans, redaction_spans
from shieldwall.guard.stream import StreamChecker, StreamEvent
from shieldwall.policy import Policy
from shieldwall.policy.model import ScannerConfig
from shieldwall.scanners.base import ScanInput, Scanner, Source
from shieldwall.scanners.registry import create_scanner

ConversationLike = Conversation | str | Sequence[Message | Mapping[str, Any]] | None

log = logging.getLogger("shieldwall.guard")

#: Scan results of context parts (system prompts, earlier turns) are remembered, so a chat that
#: resends its history each turn pays for each part once.
CONTEXT_CACHE_SIZE = 4096


@dataclass
class _Entry:
    config: ScannerConfig
    scanner: Scanner
    timeout_s: float
    fail_mode: FailMode


@dataclass
class _Outcome:
    entry: _Entry
    result: ScanResult | None
    error: str | None
    elapsed_ms: float


class Guard:
    """Wraps a model's input and output in the safeguards a policy names.

    >>> guard = Guard.from_policy("general_assistant")          # doctest: +SKIP
    >>> guard.check_input("How do I pick a lock?").decision     # doctest: +SKIP
    """

    def __init__(self, policy: Policy, *, max_workers: int = 8) -> None:
        self.policy = policy
        self._entries: dict[Stage, list[_Entry]] = {}
        self._lock = threading.Lock()
        self._executor: cf.ThreadPoolExecutor | None = None
        self._max_workers = max_workers
        self._cache: OrderedDict[tuple[str, str, str, str], ScanResult] = OrderedDict()
        self._cache_lock = threading.Lock()

    @classmethod
    def from_policy(cls, policy: str | Path | dict[str, Any] | Policy | None = None) -> Guard:
        """A guard for a preset name, a policy file, a mapping or a :class:`Policy`, checked
        against its scanners first (names, options, category keys: every problem at once)."""
        from shieldwall.guard.policy_check import check_policy

        return cls(check_policy(policy))

    # -- set-up -------------------------------------------------------------------------------

    def scanners(self, stage: Stage) -> list[Scanner]:
        """The loaded scanners of a stage (loads them on first use)."""
        return [e.scanner for e in self._stage(stage)]

    def _stage(self, stage: Stage) -> list[_Entry]:
        entries = self._entries.get(stage)
        if entries is not None:
            return entries
        with self._lock:
            if stage not in self._entries:
                built: list[_Entry] = []
                for cfg in self.policy.stage(stage).scanners:
                    if not cfg.enabled:
                        continue
                    scanner = create_scanner(cfg.name, **cfg.options)
                    if stage not in scanner.stages:
                        raise ScannerError(
                            f"scanner '{cfg.name}' cannot run on {stage} (it supports "
                            f"{', '.join(sorted(scanner.stages))})")
                    scanner.load()
                    timeout = (cfg.timeout_ms or self.policy.scanner_timeout_ms) / 1000.0
                    fail_mode = cfg.fail_mode or scanner.default_fail_mode or self.policy.fail_mode
                    built.append(_Entry(cfg, scanner, timeout, fail_mode))
                self._entries[stage] = built
                warm_normalizer()
            return self._entries[stage]

    def warm_up(self) -> Guard:
        """Load every scanner of both stages now rather than on the first check."""
        self._stage("input")
        self._stage("output")
        return self

    def _pool(self) -> cf.ThreadPoolExecutor:
        if self._executor is None:
            with self._lock:
                if self._executor is None:
                    self._executor = cf.ThreadPoolExecutor(self._max_workers, "shieldwall-scan")
        return self._executor

    def close(self) -> None:
        """Stop the worker threads."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> Guard:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- building scan inputs -----------------------------------------------------------------

    @staticmethod
    def input_item(conversation: ConversationLike, *, source: Source | None = None) -> ScanInput:
        """The primary scan input of an input check: the last user or tool message, in context."""
        return input_parts(Conversation.of(conversation), [], source=source)[0]

    def input_parts(self, conversation: ConversationLike, *, source: Source | None = None) -> list[ScanInput]:
        """Every part an input check scans: the primary part first, then the context parts the
        policy's ``input.roles`` name (see :mod:`shieldwall.guard.parts`)."""
        return input_parts(Conversation.of(conversation), self.policy.input.roles, source=source)

    @staticmethod
    def output_item(conversation: ConversationLike, response: str) -> ScanInput:
        """The scan input of an output check: the response, with the conversation before it."""
        return ScanInput(stage="output", text=response, conversation=Conversation.of(conversation),
                         source="assistant", part="response")

    # -- sync API -----------------------------------------------------------------------------

    def check_input(self, conversation: ConversationLike, *, source: Source | None = None) -> Verdict:
        """Check a conversation before it reaches the model: the last user (or tool) message and
        every other part the policy's ``input.roles`` name."""
        return self.check_parts(self.input_parts(conversation, source=source))

    def check_output(self, conversation: ConversationLike, response: str) -> Verdict:
        """Check a model response before it reaches the user."""
        return self.check(self.output_item(conversation, response))

    def check(self, item: ScanInput) -> Verdict:
        """Run the stage's scanners on one prepared input."""
        return self.check_parts([item])

    def check_parts(self, parts: Sequence[ScanInput]) -> Verdict:
        """One verdict over several parts of one exchange (the first is the primary part)."""
        if not parts:
            raise ScannerError("check_parts needs at least one part")
        entries = self._stage(parts[0].stage)  # loads models once, outside the timed region
        start = time.perf_counter()
        deadline = start + self.policy.deadline_ms / 1000.0
        outcomes: list[list[_Outcome]] = [[] for _ in parts]
        pooled: dict[cf.Future[ScanResult], tuple[_Entry, int, float]] = {}
        for entry, p in self._settle(entries, parts, outcomes):
            pooled[self._pool().submit(entry.scanner.scan, parts[p])] = (entry, p, time.perf_counter())
        pending = set(pooled)
        while pending:
            now = time.perf_counter()
            limits = {f: min(pooled[f][2] + pooled[f][0].timeout_s, deadline) for f in pending}
            for fut in [f for f in pending if limits[f] <= now and not f.done()]:
                entry, p, t0 = pooled[fut]
                fut.cancel()
                outcomes[p].append(_Outcome(entry, None, _timeout_message(entry, deadline, now), (now - t0) * 1000))
                pending.discard(fut)
            if not pending:
                break
            wait_for = max(0.0, min(limits[f] for f in pending) - now)
            done, pending = cf.wait(pending, timeout=wait_for, return_when=cf.FIRST_COMPLETED)
            for fut in done:
                entry, p, t0 = pooled[fut]
                outcome = _collect(entry, fut, t0)
                if p and outcome.result is not None:
                    self._remember(entry, parts[p], outcome.result)
                outcomes[p].append(outcome)
        return self._verdict(parts, outcomes, start)

    def check_batch(self, items: Sequence[ScanInput | Sequence[ScanInput]]) -> list[Verdict]:
        """Check many inputs with each scanner's batch path (model forward passes are batched).

        An element may be one scan input or the parts of one exchange (primary first). Deadlines
        do not apply to batches. When a scanner's batch call fails, each item is retried alone so
        that only the item at fault gets a scanner error. ``latency_ms`` of each verdict is the
        batch's wall time divided by its size (``batch_size`` says so).
        """
        if not items:
            return []
        start = time.perf_counter()
        groups = [[it] if isinstance(it, ScanInput) else list(it) for it in items]
        flat: list[tuple[int, int, ScanInput]] = [(g, p, part) for g, group in enumerate(groups)
                                                  for p, part in enumerate(group)]
        outcomes: list[list[list[_Outcome]]] = [[[] for _ in group] for group in groups]
        by_stage: dict[Stage, list[tuple[int, int, ScanInput]]] = {}
        for entry_ in flat:
            by_stage.setdefault(entry_[2].stage, []).append(entry_)
        for stage, members in by_stage.items():
            for entry in self._stage(stage):
                subset = [m for m in members if m[2].source not in entry.scanner.skip_sources]
                if not subset:
                    continue
                t0 = time.perf_counter()
                results = self._batch_results(entry, [m[2] for m in subset])
                elapsed = (time.perf_counter() - t0) * 1000 / len(subset)
                for (g, p, _), (result, error) in zip(subset, results, strict=True):
                    outcomes[g][p].append(_Outcome(entry, result, error, elapsed))
        share = (time.perf_counter() - start) * 1000 / len(groups)
        verdicts = []
        for group, group_outcomes in zip(groups, outcomes, strict=True):
            verdict = self._verdict(group, group_outcomes, time.perf_counter())
            verdict.latency_ms = round(share, 3)
            verdict.batch_size = len(groups)
            verdicts.append(verdict)
        return verdicts

    @staticmethod
    def _batch_results(entry: _Entry, items: list[ScanInput]) -> list[tuple[ScanResult | None, str | None]]:
        try:
            results = list(entry.scanner.scan_batch(items))
            if len(results) != len(items):
                raise ScannerError(f"scan_batch returned {len(results)} results for {len(items)} items")
        except Exception as exc:
            if len(items) == 1:
                return [(None, f"{type(exc).__name__}: {exc}")]
            out: list[tuple[ScanResult | None, str | None]] = []
            for item in items:  # find the item at fault; the others keep their results
                try:
                    out.append((entry.scanner.scan(item), None))
                except Exception as one:
                    out.append((None, f"{type(one).__name__}: {one}"))
            return out
        # A batch scanner reports a per-row failure in metadata["error"]; that row gets a scanner
        # error so fail-open/closed applies as in single checks.
        return [(None, str(r.metadata["error"])) if r.metadata.get("error") else (r, None) for r in results]

    # -- async API ----------------------------------------------------------------------------

    async def acheck_input(self, conversation: ConversationLike, *, source: Source | None = None) -> Verdict:
        return await self.acheck_parts(self.input_parts(conversation, source=source))

    async def acheck_output(self, conversation: ConversationLike, response: str) -> Verdict:
        return await self.acheck(self.output_item(conversation, response))

    async def acheck(self, item: ScanInput) -> Verdict:
        """Async twin of :meth:`check`: scanners run as concurrent tasks under the deadline."""
        return await self.acheck_parts([item])

    async def acheck_parts(self, parts: Sequence[ScanInput]) -> Verdict:
        """Async twin of :meth:`check_parts`."""
        if not parts:
            raise ScannerError("check_parts needs at least one part")
        stage = parts[0].stage
        entries = self._entries[stage] if stage in self._entries else await asyncio.to_thread(self._stage, stage)
        start = time.perf_counter()
        deadline = start + self.policy.deadline_ms / 1000.0
        outcomes: list[list[_Outcome]] = [[] for _ in parts]

        async def run(entry: _Entry, p: int) -> None:
            item = parts[p]
            t0 = time.perf_counter()
            budget = max(0.0, min(entry.timeout_s, deadline - t0))
            try:
                result = await asyncio.wait_for(entry.scanner.ascan(item), timeout=budget)
                if p:
                    self._remember(entry, item, result)
                outcomes[p].append(_Outcome(entry, result, None, (time.perf_counter() - t0) * 1000))
            except TimeoutError:
                now = time.perf_counter()
                outcomes[p].append(_Outcome(entry, None, _timeout_message(entry, deadline, now), (now - t0) * 1000))
            except Exception as exc:
                outcomes[p].append(_Outcome(entry, None, f"{type(exc).__name__}: {exc}",
                                            (time.perf_counter() - t0) * 1000))

        tasks = [run(entry, p) for entry, p in self._settle(entries, parts, outcomes)]
        if tasks:
            await asyncio.gather(*tasks)
        return self._verdict(parts, outcomes, start)

    # -- streaming ----------------------------------------------------------------------------

    def check_stream(self, conversation: ConversationLike, chunks: Iterable[Any]) -> Iterator[StreamEvent]:
        """Scan streamed output incrementally; see :mod:`shieldwall.guard.stream`."""
        return StreamChecker(self, Conversation.of(conversation)).run(chunks)

    def acheck_stream(self, conversation: ConversationLike, chunks: AsyncIterable[Any]) -> AsyncIterator[StreamEvent]:
        """Async twin of :meth:`check_stream` over an async iterable of text chunks."""
        return StreamChecker(self, Conversation.of(conversation)).arun(chunks)

    def stream_checker(self, conversation: ConversationLike) -> StreamChecker:
        """A checker to feed chunks by hand (``feed`` / ``flush`` / ``finish``), e.g. from a server
        that releases text on a timer."""
        return StreamChecker(self, Conversation.of(conversation))

    def _settle(self, entries: list[_Entry], parts: Sequence[ScanInput],
                outcomes: list[list[_Outcome]]) -> list[tuple[_Entry, int]]:
        """Record what needs no worker (cached context parts, inline scanners) in ``outcomes``;
        return the ``(entry, part index)`` scans still to run."""
        todo: list[tuple[_Entry, int]] = []
        for p, item in enumerate(parts):
            for entry in entries:
                if item.source in entry.scanner.skip_sources:
                    continue
                cached = self._cached(entry, item) if p else None
                if cached is not None:
                    outcomes[p].append(_Outcome(entry, cached, None, 0.0))
                elif entry.scanner.inline:
                    outcomes[p].append(_run_inline(entry, item))
                else:
                    todo.append((entry, p))
        return todo

    # -- context cache ------------------------------------------------------------------------

    @staticmethod
    def _key(entry: _Entry, item: ScanInput) -> tuple[str, str, str, str]:
        return (entry.config.key, item.stage, item.source, item.text)

    def _cached(self, entry: _Entry, item: ScanInput) -> ScanResult | None:
        with self._cache_lock:
            result = self._cache.get(self._key(entry, item))
            if result is not None:
                self._cache.move_to_end(self._key(entry, item))
            return result

    def _remember(self, entry: _Entry, item: ScanInput, result: ScanResult) -> None:
        with self._cache_lock:
            self._cache[self._key(entry, item)] = result
            while len(self._cache) > CONTEXT_CACHE_SIZE:
                self._cache.popitem(last=False)

    # -- policy application -------------------------------------------------------------------

    def _verdict(self, parts: Sequence[ScanInput], outcomes: list[list[_Outcome]], start: float) -> Verdict:
        policy = self.policy
        primary = parts[0]
        findings: list[Finding] = []
        by_part: list[list[Finding]] = [[] for _ in parts]
        scores: dict[str, float] = {}
        latency: dict[str, float] = {}
        error_block = False
        for p, (item, part_outcomes) in enumerate(zip(parts, outcomes, strict=True)):
            where = {"part": item.part} if len(parts) > 1 and item.part else {}
            for out in part_outcomes:
                entry = out.entry
                key = entry.config.key
                latency[key] = round(latency.get(key, 0.0) + out.elapsed_ms, 3)
                if out.result is None:
                    closed = entry.fail_mode is FailMode.CLOSED
                    error_block = error_block or closed
                    if not closed:
                        log.warning("scanner '%s' failed (%s); fail-open lets the %s through",
                                    key, out.error, item.stage)
                    findings.append(Finding(
                        scanner=key, category=SCANNER_ERROR, score=1.0, threshold=0.0,
                        action=Action.BLOCK if closed else Action.LOG,
                        message=f"scanner '{key}' failed ({out.error}); fail-{entry.fail_mode.value} applies",
                        metadata={"error": out.error or "", "fail_mode": entry.fail_mode.value, **where},
                    ))
                    continue
                result = out.result
                for code, value in result.scores.items():
                    if value > scores.get(code, -1.0):
                        scores[code] = value
                for det in result.detections:
                    rule = policy.resolve(entry.config, det.category,
                                          default_threshold=entry.scanner.default_threshold,
                                          default_action=entry.scanner.default_action)
                    if not rule.enabled or det.score < rule.threshold:
                        continue
                    meta = dict(det.metadata)
                    meta.update(where)
                    if det.replacement:
                        meta["replacement"] = det.replacement
                    if rule.message:
                        meta["user_message"] = rule.message
                    finding = Finding(
                        scanner=key, category=det.category, score=round(det.score, 6),
                        threshold=rule.threshold, action=rule.action, message=det.message,
                        span=det.span, line=det.line, decided_by=result.decided_by, metadata=meta,
                    )
                    findings.append(finding)
                    by_part[p].append(finding)
        decision = Decision.worst(Decision.of(f.action) for f in findings)
        sanitized = None
        redacted: dict[str, str] = {}
        if decision is Decision.REDACT:
            sanitized = redact_spans(primary.text, redaction_spans(by_part[0]))
            for item, part_findings in zip(parts, by_part, strict=True):
                spans = redaction_spans(part_findings)
                if spans and item.part:
                    redacted[item.part] = redact_spans(item.text, spans)
        return Verdict(
            decision=decision,
            stage=primary.stage,
            findings=findings,
            scores=scores,
            sanitized_text=sanitized,
            redacted_parts=redacted,
            user_message=self._user_message(decision, findings, primary.stage, error_block),
            latency_ms=round((time.perf_counter() - start) * 1000, 3),
            scanner_latency_ms=latency,
            policy=policy.name,
        )

    def _user_message(self, decision: Decision, findings: list[Finding], stage: Stage,
                      error_block: bool) -> str | None:
        """What the end user sees; decided here and nowhere else."""
        messages = self.policy.messages
        if decision is Decision.BLOCK:
            custom = next((f.metadata.get("user_message") for f in findings
                           if f.action is Action.BLOCK and f.metadata.get("user_message")), None)
            only_errors = all(f.category == SCANNER_ERROR for f in findings if f.action is Action.BLOCK)
            if custom:
                return str(custom)
            if error_block and only_errors:
                return messages.error
            if stage == "output":
                return messages.output_block or messages.block
            return messages.block
        if decision is Decision.WARN:
            return messages.warn
        return None


def _run_inline(entry: _Entry, item: ScanInput) -> _Outcome:
    t0 = time.perf_counter()
    try:
        result = entry.scanner.scan(item)
        return _Outcome(entry, result, None, (time.perf_counter() - t0) * 1000)
    except Exception as exc:
        return _Outcome(entry, None, f"{type(exc).__name__}: {exc}", (time.perf_counter() - t0) * 1000)


def _collect(entry: _Entry, fut: cf.Future[ScanResult], t0: float) -> _Outcome:
    elapsed = (time.perf_counter() - t0) * 1000
    try:
        return _Outcome(entry, fut.result(), None, elapsed)
    except Exception as exc:
        return _Outcome(entry, None, f"{type(exc).__name__}: {exc}", elapsed)


def _timeout_message(entry: _Entry, deadline: float, now: float) -> str:
    if now >= deadline - 1e-4:
        return "the guard's overall deadline passed before it finished"
    return f"timed out after {entry.timeout_s * 1000:.0f} ms"
