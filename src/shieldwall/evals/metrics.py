"""Binary classification metrics in numpy (the same definitions as scikit-learn's)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel


class BinaryMetrics(BaseModel):
    """Counts and rates of a binary decision. A rate with an empty denominator is ``None`` (shown
    as n/a), not 0: precision without a predicted positive, recall and F1 without a positive,
    FPR without a negative."""

    n: int
    positives: int
    precision: float | None
    recall: float | None
    f1: float | None
    fpr: float | None
    auprc: float | None
    auroc: float | None
    accuracy: float


def average_precision(y: np.ndarray, score: np.ndarray) -> float | None:
    """Area under the precision-recall curve as a step function (sklearn's average_precision)."""
    if y.sum() == 0:
        return None
    order = np.argsort(-score, kind="mergesort")
    y_sorted, s_sorted = y[order], score[order]
    distinct = np.r_[np.nonzero(np.diff(s_sorted))[0], len(y) - 1]
    tps = np.cumsum(y_sorted)[distinct]
    fps = (distinct + 1) - tps
    precision = tps / (tps + fps)
    recall = tps / y.sum()
    prev = np.r_[0.0, recall[:-1]]
    return float(np.sum((recall - prev) * precision))


def roc_auc(y: np.ndarray, score: np.ndarray) -> float | None:
    """Probability that a random positive scores above a random negative (ties count half)."""
    pos, neg = score[y == 1], score[y == 0]
    if len(pos) == 0 or len(neg) == 0:
        return None
    ranks = _rankdata(np.r_[pos, neg])
    return float((ranks[:len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def _rankdata(x: np.ndarray) -> np.ndarray:
    order = np.argsort(x, kind="mergesort")
    ranks = np.empty(len(x), dtype=np.float64)
    sorted_x = x[order]
    i = 0
    while i < len(x):
        j = i
        while j + 1 < len(x) and sorted_x[j + 1] == sorted_x[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def binary_metrics(y_true: Sequence[int] | np.ndarray, y_pred: Sequence[int] | np.ndarray,
                   scores: Sequence[float] | np.ndarray | None = None) -> BinaryMetrics:
    y = np.asarray(y_true, dtype=int)
    p = np.asarray(y_pred, dtype=int)
    tp = int(((p == 1) & (y == 1)).sum())
    fp = int(((p == 1) & (y == 0)).sum())
    fn = int(((p == 0) & (y == 1)).sum())
    tn = int(((p == 0) & (y == 0)).sum())
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    if recall is None:
        f1 = None
    elif not tp:
        f1 = 0.0
    else:
        f1 = 2 * tp / (2 * tp + fp + fn)
    s = np.asarray(scores, dtype=float) if scores is not None else None
    return BinaryMetrics(
        n=len(y), positives=int(y.sum()), precision=precision, recall=recall, f1=f1,
        fpr=fp / (fp + tn) if fp + tn else None,
        auprc=average_precision(y, s) if s is not None else None,
        auroc=roc_auc(y, s) if s is not None else None,
        accuracy=(tp + tn) / max(len(y), 1),
    )
