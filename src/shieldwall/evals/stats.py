"""Small statistics the reports need: bootstrap intervals, BLEU, agreement, PR curves."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np


def bootstrap_ci(successes: int, n: int, *, resamples: int = 2000, level: float = 0.95,
                 seed: int = 0) -> tuple[float, float] | None:
    """Percentile bootstrap interval of a rate ``successes / n``.

    Resampling n Bernoulli outcomes with replacement and counting successes is exactly a
    Binomial(n, p̂) draw, so we draw those directly (same distribution, no n-by-B matrix).
    """
    if n <= 0:
        return None
    rng = np.random.default_rng(seed)
    draws = rng.binomial(n, successes / n, size=resamples) / n
    lo, hi = np.quantile(draws, [(1 - level) / 2, 1 - (1 - level) / 2])
    return float(lo), float(hi)


def _tokens(text: str) -> list[str]:
    import re

    return re.findall(r"[A-Za-z_][A-Za-z0-9_]*|\d+|[^\sA-Za-z0-9_]", text)


def bleu(candidate: str, reference: str, max_n: int = 4) -> float:
    """Sentence BLEU (0..1) over code tokens with add-one smoothing of n-gram precisions
    (Lin & Och 2004, "smoothing 2") and the usual brevity penalty."""
    cand, ref = _tokens(candidate), _tokens(reference)
    if not cand or not ref:
        return 0.0
    log_p = 0.0
    for n in range(1, max_n + 1):
        c_ngrams = Counter(tuple(cand[i:i + n]) for i in range(len(cand) - n + 1))
        r_ngrams = Counter(tuple(ref[i:i + n]) for i in range(len(ref) - n + 1))
        overlap = sum(min(c, r_ngrams[g]) for g, c in c_ngrams.items())
        total = max(len(cand) - n + 1, 0)
        if n == 1:
            p = overlap / total if total else 0.0
            if p == 0.0:
                return 0.0
        else:
            p = (overlap + 1) / (total + 1)
        log_p += math.log(p) / max_n
    bp = 1.0 if len(cand) > len(ref) else math.exp(1 - len(ref) / len(cand))
    return bp * math.exp(log_p)


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float | None:
    """Cohen's kappa between two labelings of the same items (None when undefined)."""
    n = len(a)
    if n == 0 or n != len(b):
        return None
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1 - expected)


def pr_curve(y: Sequence[int], scores: Sequence[float], max_points: int = 200) -> tuple[list[float], list[float]]:
    """Recall (x) and precision (y) at every distinct score threshold (thinned to ``max_points``)."""
    ya = np.asarray(y, dtype=int)
    sa = np.asarray(scores, dtype=float)
    if ya.sum() == 0:
        return [], []
    order = np.argsort(-sa, kind="mergesort")
    ys, ss = ya[order], sa[order]
    distinct = np.r_[np.nonzero(np.diff(ss))[0], len(ys) - 1]
    tps = np.cumsum(ys)[distinct]
    fps = (distinct + 1) - tps
    precision = tps / (tps + fps)
    recall = tps / ya.sum()
    rec = np.r_[0.0, recall]
    prec = np.r_[precision[0] if len(precision) else 1.0, precision]
    if len(rec) > max_points:
        idx = np.unique(np.linspace(0, len(rec) - 1, max_points).astype(int))
        rec, prec = rec[idx], prec[idx]
    return [round(float(x), 4) for x in rec], [round(float(x), 4) for x in prec]
