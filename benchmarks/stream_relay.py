"""Bounds of the guarded proxy, measured: stream scan cost against answer length, time to first
byte from a slow upstream, a huge upstream line, and /healthz during a moderation flood.

Serves a stub upstream and the service in this process on loopback (uvicorn threads), with a
regex-only policy by default so that the figures show the relay and its bounds, not a model:

    python benchmarks/stream_relay.py [--policy general_assistant] [--answer-kb 1000]

Prints one table per figure. Nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from shieldwall.core.messages import Conversation
from shieldwall.core.verdict import Verdict
from shieldwall.guard.pipeline import Guard
from shieldwall.scanners.base import ScanInput
from shieldwall.server.app import create_app
from shieldwall.server.settings import ServerSettings
from shieldwall.server.stub import ServerThread, StubConfig, StubUpstream

LIGHT_POLICY: dict[str, Any] = {
    "name": "bench_regex",
    "input": {"scanners": ["secrets"]},
    "output": {"scanners": ["secrets"]},
    "stream": {"window_chars": 2000, "every_chars": 200},
}
SENTENCE = "The garden needs water in the morning and shade in the afternoon. "


def scan_ratio(guard: Guard, answer_chars: int) -> tuple[float, float]:
    """Characters scanned per answer character, and seconds, for one streamed answer."""
    scanned = 0
    real = guard.acheck

    async def counting(item: ScanInput) -> Verdict:
        nonlocal scanned
        scanned += len(item.text)
        return await real(item)

    async def run() -> float:
        checker = guard.stream_checker(Conversation.of("hi"))
        checker.guard = _Counting(guard, counting)
        t0 = time.perf_counter()
        sent = 0
        while sent < answer_chars:
            await checker.afeed(SENTENCE)
            sent += len(SENTENCE)
        await checker.afinish()
        return time.perf_counter() - t0

    seconds = asyncio.run(run())
    return scanned / answer_chars, seconds


class _Counting:
    """The guard, with ``acheck`` counting the characters it is given."""

    def __init__(self, guard: Guard, acheck: Any) -> None:
        self.policy = guard.policy
        self.check = guard.check
        self.acheck = acheck


def relay(url: str, body: dict[str, Any]) -> tuple[float, float, int, bytes]:
    """(time to first content byte, total seconds, bytes, body) of one streamed request."""
    t0 = time.perf_counter()
    first = float("nan")
    parts: list[bytes] = []
    with httpx.stream("POST", url.rstrip("/") + "/chat/completions" if url.endswith("/v1")
                      else url + "/v1/chat/completions", json=body, timeout=600) as r:
        for part in r.iter_bytes():
            parts.append(part)
            if first != first and b'"content":"' in part:  # nan: not seen yet
                first = time.perf_counter() - t0
    data = b"".join(parts)
    return first, time.perf_counter() - t0, len(data), data


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", default=None, help="Preset or YAML (default: regex only).")
    parser.add_argument("--answer-kb", type=int, default=1000)
    args = parser.parse_args(argv)
    policy: Any = args.policy or LIGHT_POLICY
    guard = Guard.from_policy(policy).warm_up()
    every = guard.policy.stream.every_chars

    print("## Stream scan cost (characters scanned per answer character)")
    print(f"{'answer':>10}  {'scanned/char':>12}  {'seconds':>8}")
    for kb in (10, 100, args.answer_kb):
        ratio, seconds = scan_ratio(guard, kb * 1000)
        print(f"{kb:>8}KB  {ratio:>12.2f}  {seconds:>8.2f}")
    window = guard.policy.stream.window_chars
    print(f"(re-scanning a {window}-character window every {every} characters would be "
          f"{window / every:.1f} per character)\n")

    stub_cfg = StubConfig(record=False)
    stub = ServerThread(StubUpstream(stub_cfg)).start()
    tmp = Path(tempfile.mkdtemp(prefix="sw-bench-"))
    settings = ServerSettings(policy=policy, upstream=stub.url + "/v1", db_url=str(tmp / "r.db"),
                              stream_flush_s=0.5, upstream_max_line_bytes=1_000_000,
                              stream_max_s=600)
    service = ServerThread(create_app(settings, guard=Guard.from_policy(policy))).start()
    body = {"model": "stub", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
    try:
        print("## One streamed answer (100-character chunks): straight from the upstream and "
              "through the proxy")
        print(f"{'answer':>10}  {'direct s':>8}  {'proxy s':>8}  {'ratio':>6}")
        for kb in (100, args.answer_kb):
            stub_cfg.reply = (SENTENCE * (kb * 1000 // len(SENTENCE) + 1))[:kb * 1000]
            stub_cfg.chunk_chars, stub_cfg.chunk_delay_s = 100, 0.0
            _, direct, _, _ = relay(stub.url + "/v1", body)
            _, seconds, _, data = relay(service.url, body)
            assert data.endswith(b"data: [DONE]\n\n"), data[-200:]
            print(f"{kb:>8}KB  {direct:>8.2f}  {seconds:>8.2f}  {seconds / direct:>6.1f}")

        print(f"\n## Time to first byte from a slow upstream (3 characters / 100 ms, "
              f"every_chars {every}, flush timer 0.5 s)")
        stub_cfg.reply = SENTENCE * 2
        stub_cfg.chunk_chars, stub_cfg.chunk_delay_s = 3, 0.1
        first, seconds, _, _ = relay(service.url, body)
        print(f"first text after {first:.2f} s of {seconds:.2f} s "
              f"(without the timer: after {min(every, len(stub_cfg.reply)) / 30:.1f} s)\n")

        print("## One 50 MB upstream line (limit 1 MB)")
        stub_cfg.reply = "x" * 50_000_000
        stub_cfg.chunk_chars, stub_cfg.chunk_delay_s = 50_000_000, 0.0
        _, seconds, size, data = relay(service.url, body)
        refused = b"upstream_too_large" in data and data.endswith(b"data: [DONE]\n\n")
        print(f"ended after {seconds:.2f} s with {size} bytes to the client; "
              f"refused with upstream_too_large and [DONE]: {refused}\n")

        print("## /healthz during a moderation flood (4 clients x 128 inputs)")
        stop = threading.Event()

        def flood() -> None:
            with httpx.Client(timeout=120) as c:
                while not stop.is_set():
                    c.post(service.url + "/v1/moderations",
                           json={"input": [f"{SENTENCE} {i}" for i in range(128)]})

        floods = [threading.Thread(target=flood) for _ in range(4)]
        for t in floods:
            t.start()
        time.sleep(0.5)
        health = []
        with httpx.Client(timeout=60) as c:
            for _ in range(20):
                t0 = time.perf_counter()
                c.get(service.url + "/healthz")
                health.append((time.perf_counter() - t0) * 1000)
                time.sleep(0.05)
            big = c.post(service.url + "/v1/moderations", json={"input": ["x"] * 60_000})
        stop.set()
        for t in floods:
            t.join()
        print(f"/healthz p50 {statistics.median(health):.1f} ms, max {max(health):.1f} ms; "
              f"60,000 inputs answered {big.status_code} {big.json()['error']['code']}")
    finally:
        service.stop()
        stub.stop()


if __name__ == "__main__":
    sys.exit(main())
