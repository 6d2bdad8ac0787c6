"""Load benchmark of the guarded proxy: latency added by shieldwall in front of an upstream.

Starts a stub OpenAI-compatible upstream and ``shieldwall serve`` (separate processes, loopback),
then sends the same bounded load (fixed request count, time limit) straight to the upstream and
through the proxy, and prints throughput, p50/p99 latency and the added latency.

    python benchmarks/service_load.py [--requests 300] [--concurrency 4] \
        [--policy general_assistant] [--stream]

Target: <= 10 ms added at p50 with the default embedded policy.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

PROMPTS = [
    "What is the capital of France?",
    "Write a haiku about autumn leaves.",
    "How do I reverse a list in Python?",
    "Summarise the plot of Hamlet in two sentences.",
    "Give me three tips for a job interview.",
]
REPLY = ("Here is a helpful and harmless answer with a few sentences of ordinary text, "
         "about the length of a short chat reply. It mentions nothing sensitive at all.")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(url: str, proc: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited early ({proc.returncode}); see its output above")
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server at {url} did not become ready in {timeout:.0f} s")


def log_tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


async def run_load(url: str, n: int, concurrency: int, limit_s: float,
                   stream: bool) -> tuple[list[float], float, int]:
    latencies: list[float] = []
    errors = 0
    counter = iter(range(n))
    deadline = time.monotonic() + limit_s

    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=concurrency)) as c:
        async def worker() -> None:
            nonlocal errors
            for i in counter:
                if time.monotonic() > deadline:
                    return
                body = {"model": "stub", "stream": stream,
                        "messages": [{"role": "user", "content": PROMPTS[i % len(PROMPTS)]}]}
                t0 = time.perf_counter()
                try:
                    r = await c.post(url, json=body)
                    await r.aread()
                    ok = r.status_code == 200
                except httpx.HTTPError:
                    ok = False
                if ok:
                    latencies.append((time.perf_counter() - t0) * 1000)
                else:
                    errors += 1

        # Warm-up: connections and the first model calls are not measured.
        for _ in range(5):
            await c.post(url, json={"model": "stub", "messages": [{"role": "user",
                                                                   "content": "warm up"}]})
        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    return latencies, wall, errors


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--time-limit", type=float, default=60.0, help="seconds per phase")
    ap.add_argument("--policy", default="general_assistant")
    ap.add_argument("--stream", action="store_true", help="measure streamed completions")
    args = ap.parse_args()

    stub_port, proxy_port = free_port(), free_port()
    tmp = Path(tempfile.mkdtemp(prefix="shieldwall-bench-"))
    env = {**os.environ, "SHIELDWALL_API_KEYS": "", "SHIELDWALL_REPORT_KEYS": ""}
    stub = subprocess.Popen([sys.executable, "-m", "shieldwall.server.stub", "--port",
                             str(stub_port), "--reply", REPLY], env=env)
    proxy = subprocess.Popen([sys.executable, "-m", "shieldwall.cli.app", "serve", "--policy",
                              args.policy, "--upstream", f"http://127.0.0.1:{stub_port}/v1",
                              "--port", str(proxy_port), "--db", str(tmp / "reports.db")],
                             env=env, stdout=subprocess.DEVNULL,
                             stderr=(tmp / "serve.log").open("wb"))
    try:
        wait_ready(f"http://127.0.0.1:{stub_port}/v1/chat/completions", stub)
        try:
            wait_ready(f"http://127.0.0.1:{proxy_port}/healthz", proxy)
        except SystemExit:
            print(log_tail(tmp / "serve.log"), file=sys.stderr)
            raise
        direct = asyncio.run(run_load(f"http://127.0.0.1:{stub_port}/v1/chat/completions",
                                      args.requests, args.concurrency, args.time_limit,
                                      args.stream))
        proxied = asyncio.run(run_load(f"http://127.0.0.1:{proxy_port}/v1/chat/completions",
                                       args.requests, args.concurrency, args.time_limit,
                                       args.stream))
    finally:
        for proc in (proxy, stub):
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
    print(f"service load: policy={args.policy} requests={args.requests} "
          f"concurrency={args.concurrency} stream={args.stream} cpus={os.cpu_count()}")
    print(f"{'path':<8} {'ok':>5} {'err':>4} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
    rows = {}
    for name, (lat, wall, errors) in (("direct", direct), ("proxy", proxied)):
        rows[name] = (pct(lat, 50), pct(lat, 99))
        print(f"{name:<8} {len(lat):>5} {errors:>4} {len(lat) / wall:>8.1f} "
              f"{rows[name][0]:>8.2f} {rows[name][1]:>8.2f}")
    added50 = rows["proxy"][0] - rows["direct"][0]
    added99 = rows["proxy"][1] - rows["direct"][1]
    print(f"added latency: p50 {added50:+.2f} ms (x{rows['proxy'][0] / rows['direct'][0]:.2f}), "
          f"p99 {added99:+.2f} ms (x{rows['proxy'][1] / rows['direct'][1]:.2f}); "
          f"target p50 <= 10 ms: {'met' if added50 <= 10 else 'NOT met'}")
    if statistics.fmean(direct[0] or [0]) == 0:
        print("warning: no successful direct requests")


if __name__ == "__main__":
    main()
