"""P(unsafe) as the first generated token, from logits or from the top logprobs a server returns."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from shieldwall.models.llama_guard.backend import SAFE, UNSAFE


def _logsumexp(values: list[float]) -> float:
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values))


def unsafe_probability(
    top_logprobs: Mapping[str, float] | Iterable[tuple[str, float]],
) -> float | None:
    """P(unsafe) from one position's top log-probabilities, renormalised over safe/unsafe.

    Tokens are compared after stripping whitespace and lower-casing (``" unsafe"``, ``"Unsafe"``).
    With only one of the two words in the list, the other's mass is taken as the rest.
    """
    items = top_logprobs.items() if isinstance(top_logprobs, Mapping) else top_logprobs
    groups: dict[str, list[float]] = {SAFE: [], UNSAFE: []}
    for token, logprob in items:
        try:
            value = float(logprob)
        except (TypeError, ValueError):
            continue
        if math.isnan(value):
            continue
        key = str(token).strip().lower()
        if key in groups:
            groups[key].append(value)
    if groups[SAFE] and groups[UNSAFE]:
        ls, lu = _logsumexp(groups[SAFE]), _logsumexp(groups[UNSAFE])
        return 1.0 / (1.0 + math.exp(ls - lu))
    if groups[UNSAFE]:
        return min(1.0, math.exp(_logsumexp(groups[UNSAFE])))
    if groups[SAFE]:
        return max(0.0, 1.0 - math.exp(_logsumexp(groups[SAFE])))
    return None


def first_word_probability(positions: Sequence[tuple[str, Mapping[str, float]]]) -> float | None:
    """P(unsafe) at the first generated position whose token is not whitespace."""
    for token, top in positions:
        if str(token).strip():
            return unsafe_probability(top)
    return None
