"""Embedded model speed: load time, resident memory, per-text latency for all heads together at
16, 64 and 256 tokens, and batched throughput.   python benchmarks/embedded_models.py"""

from __future__ import annotations

import argparse
import resource
import time

import numpy as np

WORDS = [
    "the",
    "assistant",
    "should",
    "explain",
    "how",
    "a",
    "careful",
    "gardener",
    "keeps",
    "tomatoes",
    "healthy",
    "through",
    "a",
    "long",
    "dry",
    "summer",
    "while",
    "watering",
    "only",
    "in",
    "the",
    "early",
    "morning",
    "and",
    "checking",
    "leaves",
    "often",
]


def text_of(tokens: int) -> str:
    words = (WORDS * (tokens // len(WORDS) + 2))[: max(1, int(tokens * 0.8))]
    return " ".join(words)


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args()
    base = rss_mb()
    t0 = time.perf_counter()
    from shieldwall.models.embedded.model import EmbeddedSafetyModel, Item

    model = EmbeddedSafetyModel()
    load_s = time.perf_counter() - t0
    print(f"load time {load_s * 1000:.0f} ms; resident memory +{rss_mb() - base:.0f} MB (total {rss_mb():.0f} MB)")
    tok = model.encoder.tokenizer
    print(f"{'tokens':>7}{'p50 ms':>9}{'p95 ms':>9}   (content + attack heads, one encoder pass)")
    for tokens in (16, 64, 256):
        text = text_of(tokens)
        real = len(tok.encode(text).ids)
        model.analyze([Item(text)])
        lat = []
        for _ in range(args.n):
            s = time.perf_counter()
            model.analyze([Item(text)])
            lat.append((time.perf_counter() - s) * 1000)
        print(f"{real:>7}{np.percentile(lat, 50):>9.2f}{np.percentile(lat, 95):>9.2f}")
    texts = [f"{text_of(48)} number {i}" for i in range(1024)]
    s = time.perf_counter()
    model.analyze([Item(t) for t in texts])
    dt = time.perf_counter() - s
    print(f"batched throughput: {len(texts) / dt:.0f} texts/s (1024 texts of ~64 tokens)")
    resp = [Item(text_of(48), context="how do I keep tomatoes healthy?", is_response=True)] * 256
    s = time.perf_counter()
    model.analyze(resp, refusal=True)
    print(f"responses with refusal head: {256 / (time.perf_counter() - s):.0f} responses/s")


if __name__ == "__main__":
    main()
