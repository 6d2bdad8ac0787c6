"""The Guard: runs a policy's scanners concurrently under a deadline and turns their detections
into one :class:`~shieldwall.core.verdict.Verdict`."""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shieldwall.core.errors import ShieldwallError
from shieldwall.core.messages import Conversation, Message
from shieldwall.core.textnorm import safe_text, warm_normalizer
from shieldwall.core.verdict import (
    Action,
    Decision,
    Finding,
    ScanResult,
    Stage,
    Verdict,
)
from shieldwall.policy import Policy, load_policy
from shieldwall.policy.model import FailMode, ScannerConfig
from shieldwall.scanners.base import ScanInput, Scanner
from shieldwall.scanners.registry import create_scanner

ConversationLike = Conversation | str | Sequence[Message | Mapping[str, Any]] | None

_DECISION_BY_ACTION = {
    Action.BLOCK: Decision.BLOCK,
    Action.REDACT: Decision.REDACT,
    Action.WARN: Decision.WARN,
    Action.LOG: Decision.ALLOW,
}


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

    @classmethod
    def from_policy(cls, policy: str | Path | dict[str, Any] | Policy | None = None) -> Guard:
        """A guard for a preset name, a policy file, a mapping or a :class:`Policy`."""
        return cls(load_policy(policy))

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
                        raise ShieldwallError(
                            f"scanner '{cfg.name}' cannot run on {stage} (it supports "
                            f"{', '.join(sorted(scanner.stages))})")
                    scanner.load()
                    timeout = (cfg.timeout_ms or self.policy.scanner_timeout_ms) / 1000.0
                    built.append(_Entry(cfg, scanner, timeout, cfg.fail_mode or self.policy.fail_mode))
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
    def input_item(conversation: ConversationLike, *, source: str | None = None) -> ScanInput:
        """The scan input of an input check: the last user or tool message, in its context."""
        conv = Conversation.of(conversation)
        last = conv.last("user", "tool")
        text = safe_text(last.content) if last else ""
        src = source or ("third_party" if last is not None and last.role == "tool" else "user")
        return ScanInput(stage="input", text=text, conversation=conv, source=src)

    @staticmethod
    def output_item(conversation: ConversationLike, response: str) -> ScanInput:
        """The scan input of an output check: the response, with the conversation before it."""
        return ScanInput(stage="output", text=safe_text(response), conversation=Conversation.of(conversation),
                         source="assistant")

    # -- sync API -----------------------------------------------------------------------------

    def check_input(self, conversation: ConversationLike, *, source: str | None = None) -> Verdict:
        """Check the last user (or tool) message before it reaches the model."""
        return self.check(self.input_item(conversation, source=source))

    def check_output(self, conversation: ConversationLike, response: str) -> Verdict:
        """Check a model response before it reaches the user."""
        return self.check(self.output_item(conversation, response))

    def check(self, item: ScanInput) -> Verdict:
        """Run the stage's scanners on one prepared input."""
        entries = self._stage(item.stage)  # loads models once, outside the timed region
        start = time.perf_counter()
        outcomes: list[_Outcome] = []
        deadline = start + self.policy.deadline_ms / 1000.0
        pooled: dict[cf.Future[ScanResult], tuple[_Entry, float]] = {}
        for entry in entries:
            if entry.scanner.inline:
                outcomes.append(self._run_inline(entry, item))
            else:
                t0 = time.perf_counter()
                pooled[self._pool().submit(entry.scanner.scan, item)] = (entry, t0)
        pending = set(pooled)
        while pending:
            now = time.perf_counter()
            limits = {f: min(pooled[f][1] + pooled[f][0].timeout_s, deadline) for f in pending}
            expired = [f for f in pending if limits[f] <= now and not f.done()]
            for fut in expired:
                entry, t0 = pooled[fut]
                fut.cancel()
                outcomes.append(_Outcome(entry, None, _timeout_message(entry, deadline, now),
                                         (now - t0) * 1000))
                pending.discard(fut)
            if not pending:
                break
            wait_for = max(0.0, min(limits[f] for f in pending) - now)
            done, pending = cf.wait(pending, timeout=wait_for, return_when=cf.FIRST_COMPLETED)
            for fut in done:
                entry, t0 = pooled[fut]
                outcomes.append(_collect(entry, fut, t0))
        return self._verdict(item, outcomes, start)

    def check_batch(self, items: Sequence[ScanInput]) -> list[Verdict]:
        """Check many inputs with each scanner's batch path (model forward passes are batched).

        Deadlines do not apply to batches; a scanner that fails fails every item of the batch
        according to its fail mode. Latency is the batch's wall time shared equally.
        """
        if not items:
            return []
        start = time.perf_counter()
        by_stage: dict[Stage, list[int]] = {}
        for i, item in enumerate(items):
            by_stage.setdefault(item.stage, []).append(i)
        per_item: list[list[_Outcome]] = [[] for _ in items]
        for stage, indices in by_stage.items():
            subset = [items[i] for i in indices]
            for entry in self._stage(stage):
                t0 = time.perf_counter()
                results: list[ScanResult | None]
                try:
                    results = list(entry.scanner.scan_batch(subset))
                    if len(results) != len(subset):
                        raise ShieldwallError("scan_batch returned the wrong number of results")
                    errors: list[str | None] = [None] * len(subset)
                except Exception as exc:
                    results = [None] * len(subset)
                    errors = [f"{type(exc).__name__}: {exc}"] * len(subset)
                elapsed = (time.perf_counter() - t0) * 1000 / len(subset)
                for i, result, error in zip(indices, results, errors, strict=True):
                    # A batch scanner reports a per-row failure in metadata["error"]; treat it as
                    # that row's scanner error so fail-open/closed applies as in single checks.
                    row_error = result.metadata.get("error") if result is not None else None
                    if error is None and row_error:
                        per_item[i].append(_Outcome(entry, None, str(row_error), elapsed))
                    else:
                        per_item[i].append(_Outcome(entry, result, error, elapsed))
        share = (time.perf_counter() - start) / len(items)
        verdicts = []
        for item, outcomes in zip(items, per_item, strict=True):
            verdict = self._verdict(item, outcomes, time.perf_counter())
            verdict.total_latency_ms = share * 1000
            verdicts.append(verdict)
        return verdicts

    # -- async API ----------------------------------------------------------------------------

    async def acheck_input(self, conversation: ConversationLike, *, source: str | None = None) -> Verdict:
        return await self.acheck(self.input_item(conversation, source=source))

    async def acheck_output(self, conversation: ConversationLike, response: str) -> Verdict:
        return await self.acheck(self.output_item(conversation, response))

    async def acheck(self, item: ScanInput) -> Verdict:
        """Async twin of :meth:`check`: scanners run as concurrent tasks under the deadline."""
        entries = await asyncio.to_thread(self._stage, item.stage) if item.stage not in self._entries \
            else self._entries[item.stage]
        start = time.perf_counter()
        deadline = start + self.policy.deadline_ms / 1000.0
        outcomes: list[_Outcome] = []

        async def run(entry: _Entry) -> _Outcome:
            t0 = time.perf_counter()
            budget = max(0.0, min(entry.timeout_s, deadline - t0))
            try:
                result = await asyncio.wait_for(entry.scanner.ascan(item), timeout=budget)
                return _Outcome(entry, result, None, (time.perf_counter() - t0) * 1000)
            except TimeoutError:
                now = time.perf_counter()
                return _Outcome(entry, None, _timeout_message(entry, deadline, now), (now - t0) * 1000)
            except Exception as exc:
                return _Outcome(entry, None, f"{type(exc).__name__}: {exc}",
                                (time.perf_counter() - t0) * 1000)

        tasks = []
        for entry in entries:
            if entry.scanner.inline:
                outcomes.append(self._run_inline(entry, item))
            else:
                tasks.append(run(entry))
        if tasks:
            outcomes.extend(await asyncio.gather(*tasks))
        return self._verdict(item, outcomes, start)

    # -- streaming ----------------------------------------------------------------------------

    def check_stream(self, conversation: ConversationLike, chunks: Any) -> Any:
        """Scan streamed output incrementally; see :mod:`shieldwall.guard.stream`."""
        from shieldwall.guard.stream import StreamChecker

        return StreamChecker(self, conversation).run(chunks)

    def acheck_stream(self, conversation: ConversationLike, chunks: Any) -> Any:
        """Async twin of :meth:`check_stream` over an async iterable of text chunks."""
        from shieldwall.guard.stream import StreamChecker

        return StreamChecker(self, conversation).arun(chunks)

    # -- policy application -------------------------------------------------------------------

    def _run_inline(self, entry: _Entry, item: ScanInput) -> _Outcome:
        t0 = time.perf_counter()
        try:
            result = entry.scanner.scan(item)
            return _Outcome(entry, result, None, (time.perf_counter() - t0) * 1000)
        except Exception as exc:
            return _Outcome(entry, None, f"{type(exc).__name__}: {exc}", (time.perf_counter() - t0) * 1000)

    def _verdict(self, item: ScanInput, outcomes: list[_Outcome], start: float) -> Verdict:
        policy = self.policy
        findings: list[Finding] = []
        scores: dict[str, float] = {}
        latency: dict[str, float] = {}
        error_block = False
        for out in outcomes:
            entry = out.entry
            latency[entry.config.key] = round(out.elapsed_ms, 3)
            if out.result is None:
                closed = entry.fail_mode is FailMode.CLOSED
                error_block = error_block or closed
                findings.append(Finding(
                    scanner=entry.config.key,
                    category="scanner_error",
                    score=1.0,
                    threshold=0.0,
                    action=Action.BLOCK if closed else Action.LOG,
                    message=f"scanner '{entry.config.key}' failed ({out.error}); "
                            f"fail-{entry.fail_mode.value} applies",
                    metadata={"error": out.error or "", "fail_mode": entry.fail_mode.value},
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
                if det.replacement:
                    meta["replacement"] = det.replacement
                if rule.message:
                    meta["user_message"] = rule.message
                findings.append(Finding(
                    scanner=entry.config.key,
                    category=det.category,
                    score=round(det.score, 6),
                    threshold=rule.threshold,
                    action=rule.action,
                    message=det.message,
                    span=det.span,
                    line=det.line,
                    decided_by=result.decided_by,
                    metadata=meta,
                ))
        top = max((f.action for f in findings), key=lambda a: a.rank, default=None)
        decision = _DECISION_BY_ACTION[top] if top is not None else Decision.ALLOW
        sanitized = None
        if decision is Decision.REDACT:
            sanitized = redact_spans(item.text, redaction_spans(findings))
        user_message = None
        if decision is Decision.BLOCK:
            custom = next((f.metadata.get("user_message") for f in findings
                           if f.action is Action.BLOCK and f.metadata.get("user_message")), None)
            only_errors = all(f.category == "scanner_error" for f in findings if f.action is Action.BLOCK)
            if custom:
                user_message = str(custom)
            elif error_block and only_errors:
                user_message = policy.messages.error
            elif item.stage == "output":
                user_message = policy.messages.output_block or policy.messages.block
            else:
                user_message = policy.messages.block
        elif decision is Decision.WARN:
            user_message = policy.messages.warn
        return Verdict(
            decision=decision,
            stage=item.stage,
            findings=findings,
            scores=scores,
            sanitized_text=sanitized,
            user_message=user_message,
            latency_ms=latency,
            total_latency_ms=round((time.perf_counter() - start) * 1000, 3),
            policy=policy.name,
        )


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


def redaction_spans(findings: list[Finding], offset: int = 0) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` of every redact finding, shifted by ``offset``."""
    return [(f.span.start + offset, f.span.end + offset, str(f.metadata.get("replacement", "[REDACTED]")))
            for f in findings if f.action is Action.REDACT and f.span is not None]


def redact_spans(text: str, spans: list[tuple[int, int, str]], start: int = 0) -> str:
    """``text[start:]`` with each ``(start, end, replacement)`` span replaced; overlaps are merged
    into the first replacement and spans before ``start`` (already released) are skipped."""
    out: list[str] = []
    pos = start
    for s, e, replacement in sorted(spans):
        s = max(s, pos)
        if e <= s:
            continue
        out.append(text[pos:s])
        out.append(replacement)
        pos = e
    out.append(text[pos:])
    return "".join(out)
