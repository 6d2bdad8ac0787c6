"""Embedded model speed: load time, resident memory, per-text latency for all heads together at
exactly 16, 64 and 256 tokens (counted with the model's tokenizer, [CLS] and [SEP] included), as
one sentence and as several sentences (which the model also scores sentence by sentence),
batched throughput, and latency over real validation traffic.

    python benchmarks/embedded_models.py [--validation ../shared/validation]"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path
from typing import Any

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


def text_of(tokens: int, tok: Any = None, *, sentences: bool = False) -> str:
    """A text of exactly ``tokens`` word pieces ([CLS]/[SEP] included) when ``tok`` is given."""
    def build(n: int) -> str:
        words = (WORDS * (n // len(WORDS) + 2))[:n]
        if sentences:
            words = [w + ("." if (i + 1) % 9 == 0 else "") for i, w in enumerate(words)]
        return " ".join(words)

    if tok is None:
        return build(max(1, int(tokens * 0.8)))
    n = 1
    while len(tok.encode(build(n + 1)).ids) <= tokens:
        n += 1
    text = build(n)
    pad = 0
    while len(tok.encode(text).ids) < tokens:  # top up with one-piece words
        text += " a"
        pad += 1
    return text


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--validation", type=Path, default=None,
                    help="also time single checks over this validation folder's texts")
    args = ap.parse_args()
    base = rss_mb()
    t0 = time.perf_counter()
    from shieldwall.models.embedded.model import EmbeddedSafetyModel, Item

    model = EmbeddedSafetyModel()
    load_s = time.perf_counter() - t0
    print(f"load time {load_s * 1000:.0f} ms; resident memory +{rss_mb() - base:.0f} MB (total {rss_mb():.0f} MB)")
    tok = model.encoder.tokenizer
    print(f"{'tokens':>7}{'shape':>11}{'p50 ms':>9}{'p95 ms':>9}   (content + attack heads)")
    for tokens in (16, 64, 256):
        for sentences in (False, True):
            text = text_of(tokens, tok, sentences=sentences)
            real = len(tok.encode(text).ids)
            model.analyze([Item(text)])
            lat = []
            for _ in range(args.n):
                s = time.perf_counter()
                model.analyze([Item(text)])
                lat.append((time.perf_counter() - s) * 1000)
            shape = "sentences" if sentences else "one"
            print(f"{real:>7}{shape:>11}{np.percentile(lat, 50):>9.2f}{np.percentile(lat, 95):>9.2f}")
    for sentences in (False, True):
        texts = [f"{text_of(60, tok, sentences=sentences)} number {i}" for i in range(1024)]
        s = time.perf_counter()
        model.analyze([Item(t) for t in texts])
        dt = time.perf_counter() - s
        shape = "7 sentences each, every sentence also scored alone" if sentences else "one sentence each"
        print(f"batched throughput: {len(texts) / dt:.0f} texts/s (1024 texts of ~64 tokens, {shape})")
    resp = [Item(text_of(48), context="how do I keep tomatoes healthy?", is_response=True)] * 256
    s = time.perf_counter()
    model.analyze(resp, refusal=True)
    print(f"responses with refusal head: {256 / (time.perf_counter() - s):.0f} responses/s")
    if args.validation is not None:
        items = []
        for path in sorted(args.validation.glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines()[:60]:
                row = json.loads(line)
                if "response" in row:
                    items.append(Item(row["response"], context=row.get("prompt"), is_response=True))
                else:
                    items.append(Item(row["text"]))
        lat = []
        for it in items:
            s = time.perf_counter()
            model.analyze([it])
            lat.append((time.perf_counter() - s) * 1000)
        print(f"validation traffic ({len(items)} texts, 60 per file): p50 {np.percentile(lat, 50):.2f} ms, "
              f"p95 {np.percentile(lat, 95):.2f} ms")
        s = time.perf_counter()
        for start in range(0, len(items), 64):
            model.analyze(items[start:start + 64])
        print(f"validation traffic batched (64 per call): {len(items) / (time.perf_counter() - s):.0f} texts/s")


if __name__ == "__main__":
    main()
