"""The ``/v1/moderations`` view of a verdict: OpenAI's category names, our codes alongside.

OpenAI's client reads ``result.categories.violence``; our verdicts speak Llama Guard codes
(``S1``...). The table in ``data/openai_categories.yaml`` says which codes flag which OpenAI
category; every OpenAI category is always present (``false``/``0.0`` when nothing fired) and
every code that scored is kept under its own name next to them.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, TypeAdapter

from shieldwall.core.errors import TaxonomyError
from shieldwall.core.verdict import Verdict
from shieldwall.taxonomy import map_codes

_TABLE = TypeAdapter(dict[str, list[list[str]]])


@lru_cache(maxsize=1)
def openai_categories() -> dict[str, list[list[str]]]:
    """OpenAI category -> alternatives, each a list of Llama Guard 3 codes that must all fire."""
    text = resources.files("shieldwall.server").joinpath("data/openai_categories.yaml").read_text(
        encoding="utf-8")
    return _TABLE.validate_python(yaml.safe_load(text))


class ModerationResult(BaseModel):
    """One entry of ``results`` in OpenAI's moderation answer, plus our codes."""

    flagged: bool
    categories: dict[str, bool]
    category_scores: dict[str, float]
    category_applied_input_types: dict[str, list[str]]


def _lg3_scores(scores: dict[str, float], taxonomy: str | None) -> dict[str, float]:
    """Scores keyed by Llama Guard 3 code (codes of another named taxonomy are mapped)."""
    if taxonomy in (None, "llama_guard_3", "llama_guard_4"):
        return scores
    out: dict[str, float] = {}
    for code, score in scores.items():
        try:
            mapped = map_codes([code], taxonomy, "llama_guard_3")
        except TaxonomyError:
            return scores
        for target in mapped:
            out[target] = max(out.get(target, 0.0), score)
    return out


def moderation_result(verdict: Verdict, taxonomy: str | None = "llama_guard_3") -> ModerationResult:
    """The OpenAI-shaped result of one verdict (``taxonomy``: the policy's, to map codes)."""
    base = verdict.moderation()
    fired = {code for code, on in base.categories.items() if on}
    scores = _lg3_scores(base.category_scores, taxonomy)
    fired_lg3 = set(_lg3_scores({c: 1.0 for c in fired}, taxonomy))
    categories: dict[str, bool] = {}
    category_scores: dict[str, float] = {}
    for name, alternatives in openai_categories().items():
        best = 0.0
        flagged = False
        for codes in alternatives:
            if not codes:
                continue
            best = max(best, min(scores.get(c, 0.0) for c in codes))
            flagged = flagged or all(c in fired_lg3 for c in codes)
        categories[name] = flagged
        category_scores[name] = round(best, 6)
    for code, on in base.categories.items():
        categories.setdefault(code, on)
    for code, score in base.category_scores.items():
        category_scores.setdefault(code, round(score, 6))
    applied: dict[str, list[str]] = {name: ["text"] for name in categories}
    return ModerationResult(flagged=base.flagged, categories=categories,
                            category_scores=category_scores,
                            category_applied_input_types=applied)


def moderation_texts(value: Any) -> list[str]:
    """The texts of an OpenAI ``input``: a string, strings, or content parts (text parts joined
    into one input; other parts, such as images, cannot be moderated here and are skipped)."""
    if isinstance(value, str):
        return [value]
    texts: list[str] = []
    parts: list[str] = []
    for item in value:
        if isinstance(item, str):
            texts.append(item)
        elif isinstance(item, dict) and item.get("type") == "text" \
                and isinstance(item.get("text"), str):
            parts.append(item["text"])
    if parts:
        texts.append("\n".join(parts))
    return texts
