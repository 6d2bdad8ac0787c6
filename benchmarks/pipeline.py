"""Pipeline overhead: what the Guard itself costs per check with the no-model scanners.

Prints p50/p95/p99 per check (sync and async) for a short and a 4 kB text, and the cost of the
scanners measured alone, so the difference is the pipeline's own overhead.
    python benchmarks/pipeline.py [--n 3000]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from shieldwall.core.verdict import ScanResult
from shieldwall.guard import Guard
from shieldwall.scanners.base import ScanInput, Scanner
from shieldwall.scanners.registry import register


@register()
class NullScanner(Scanner):
    """Does nothing: a check with only this scanner costs exactly the pipeline's own overhead."""

    name = "bench_null"
    inline = True

    def scan(self, item: ScanInput) -> ScanResult:
        return self.result()


@register()
class NullThreadedScanner(NullScanner):
    """The same, run on the worker pool like a model scanner (adds the thread hand-off)."""

    name = "bench_null_threaded"
    inline = False

POLICY = {"input": {"scanners": ["invisible_text", "secrets", "pii",
                                 {"name": "keywords", "options": {"words": ["project falcon", "launch codes"]}}]}}
TEXTS = {
    "short (60 B)": "Can you help me write a polite email to my landlord about rent?",
    "4 kB": ("Here is my draft, please review the tone and grammar carefully. " * 64)[:4096],
}


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=3000)
    args = parser.parse_args()
    for label, spec in (("null inline", ["bench_null"]), ("null threaded", ["bench_null_threaded"]),
                        ("null x4 threaded", [{"name": "bench_null_threaded", "id": f"n{i}"} for i in range(4)])):
        g = Guard.from_policy({"input": {"scanners": spec}}).warm_up()
        it = g.input_item("hello")
        values = []
        for _ in range(args.n):
            t0 = time.perf_counter()
            g.check(it)
            values.append((time.perf_counter() - t0) * 1000)
        print(f"pipeline overhead, {label:<18} p50 {pct(values, .5):.3f} ms  p95 {pct(values, .95):.3f} ms")
        g.close()
    guard = Guard.from_policy(POLICY).warm_up()
    print(f"{'text':<14}{'mode':<16}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for label, text in TEXTS.items():
        item = guard.input_item(text)
        scanners = guard.scanners("input")
        raw: list[float] = []
        for _ in range(args.n):
            t0 = time.perf_counter()
            for s in scanners:
                s.scan(ScanInput(stage="input", text=text))
            raw.append((time.perf_counter() - t0) * 1000)
        sync: list[float] = []
        for _ in range(args.n):
            t0 = time.perf_counter()
            guard.check(item)
            sync.append((time.perf_counter() - t0) * 1000)

        async def run_async(item: ScanInput = item) -> list[float]:
            out = []
            for _ in range(args.n):
                t0 = time.perf_counter()
                await guard.acheck(item)
                out.append((time.perf_counter() - t0) * 1000)
            return out

        asyn = asyncio.run(run_async())
        for mode, values in (("scanners alone", raw), ("check()", sync), ("acheck()", asyn)):
            print(f"{label:<14}{mode:<16}{pct(values, .5):>9.3f}{pct(values, .95):>9.3f}{pct(values, .99):>9.3f}")
        overhead = statistics.median(sync) - statistics.median(raw)
        print(f"{label:<14}{'overhead p50':<16}{overhead:>9.3f} ms (check() minus scanners alone)")

    _clean_throughput()


def _clean_throughput() -> None:
    """The one normalisation at the edge (core.textnorm.clean), MB/s on 1 MB texts."""
    from shieldwall.core.textnorm import clean

    texts = {
        "ascii": ("Plain ASCII text with a newline.\n" * 40000)[:1_000_000],
        "mixed scripts": ("Привет, lаunch ｆｕｌｌ 日本語 " * 40000)[:1_000_000],
        "hidden/invisible": ("w\u200bo\u202erd \U000e0061 " * 100000)[:1_000_000],
    }
    for label, text in texts.items():
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            clean(text)
            runs.append(time.perf_counter() - start)
        best = min(runs)
        print(f"clean() 1 MB {label:<18} {best * 1000:8.1f} ms  ({len(text) / best / 1e6:.1f} M chars/s)")


if __name__ == "__main__":
    main()
