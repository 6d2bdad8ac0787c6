"""The ``openai_moderation`` scanner: OpenAI's moderation endpoint, mapped to our taxonomy.

OpenAI's categories (``violence``, ``self-harm/intent``, ...) are mapped to Llama Guard 3 codes by
:data:`DEFAULT_CATEGORY_MAP` (override with ``options.category_map``), then on to the policy's
taxonomy with ``options.map_to`` (``llama_guard_3`` by default; ``openai`` keeps OpenAI's names,
prefixed ``openai.``). A mapped code's score is the highest score of the categories that map to it.
The API key comes from ``options.api_key`` or the ``OPENAI_API_KEY`` environment variable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import Field

from shieldwall.core.errors import ConfigError
from shieldwall.core.verdict import Action, Detection, FailMode, ScanResult
from shieldwall.models.http import EndpointResponseError
from shieldwall.models.openai_moderation import DEFAULT_CATEGORY_MAP, OpenAIModerationClient
from shieldwall.scanners.base import ScanInput, Scanner, ScannerOptions
from shieldwall.scanners.registry import register
from shieldwall.taxonomy import map_codes


class OpenAIModerationOptions(ScannerOptions):
    """Options of the ``openai_moderation`` scanner."""

    model: str = "omni-moderation-latest"
    base_url: str = "https://api.openai.com/v1"
    api_key: str | None = None
    api_key_env: str = "OPENAI_API_KEY"
    timeout_s: float = Field(default=5.0, gt=0)
    retries: int = Field(default=1, ge=0)
    map_to: str | None = "llama_guard_3"
    category_map: dict[str, list[str]] | None = None
    min_score: float = Field(default=0.01, ge=0.0, le=1.0)
    batch_size: int = Field(default=32, ge=1)


@register()
class OpenAIModerationScanner(Scanner):
    """OpenAI moderation (``omni-moderation-latest``) as a scanner."""

    name = "openai_moderation"
    stages = frozenset({"input", "output"})
    categories = ("S*", "openai.*")
    default_threshold = 0.5
    default_action = Action.BLOCK
    default_fail_mode = FailMode.CLOSED
    description = "OpenAI moderation API, categories mapped to the policy taxonomy"
    options_model = OpenAIModerationOptions

    @classmethod
    def emitted_categories(cls, options: Mapping[str, Any]) -> tuple[str, ...]:
        table = options.get("category_map") or DEFAULT_CATEGORY_MAP
        map_to = options.get("map_to", "llama_guard_3")
        if map_to in (None, "openai"):
            return tuple(f"openai.{name}" for name in table)
        codes = sorted({c for cs in table.values() for c in cs}, key=lambda c: (len(c), c))
        if map_to != "llama_guard_3":
            codes = map_codes(codes, "llama_guard_3", str(map_to))
        return tuple(codes)

    def __init__(
        self,
        *,
        model: str = "omni-moderation-latest",
        base_url: str = "https://api.openai.com/v1",
        api_key: str | None = None,
        api_key_env: str = "OPENAI_API_KEY",
        timeout_s: float = 5.0,
        retries: int = 1,
        map_to: str | None = "llama_guard_3",
        category_map: dict[str, list[str]] | None = None,
        min_score: float = 0.01,
        batch_size: int = 32,
    ) -> None:
        super().__init__(
            model=model,
            base_url=base_url,
            timeout_s=timeout_s,
            map_to=map_to,
            category_map=category_map,
            min_score=min_score,
        )
        self.model = model
        self.map_to = None if map_to in (None, "openai") else map_to
        self.category_map = {k: list(v) for k, v in (category_map or DEFAULT_CATEGORY_MAP).items()}
        self.min_score = min_score
        self.batch_size = max(1, int(batch_size))
        self.client = OpenAIModerationClient(model=model, base_url=base_url, api_key=api_key,
                                             api_key_env=api_key_env, timeout_s=timeout_s, retries=retries)
        if self.map_to not in (None, "llama_guard_3"):
            try:
                map_codes(["S1"], "llama_guard_3", self.map_to)
            except ConfigError as exc:
                raise ConfigError(str(exc), key="options.map_to") from exc

    def _codes(self, category: str) -> list[str]:
        if self.map_to is None:
            return [f"openai.{category}"]
        codes = self.category_map.get(category, [])
        if self.map_to != "llama_guard_3":
            codes = map_codes(codes, "llama_guard_3", self.map_to)
        return codes

    def to_result(self, entry: Mapping[str, Any]) -> ScanResult:
        """Scores and detections from one entry of the API's ``results``."""
        raw = entry.get("category_scores")
        if not isinstance(raw, Mapping):
            raise EndpointResponseError(
                f"moderation result without 'category_scores': {str(entry)[:200]}"
            )
        scores: dict[str, float] = {}
        sources: dict[str, list[str]] = {}
        for category, value in raw.items():
            try:
                score = float(value)
            except (TypeError, ValueError):
                continue
            for code in self._codes(str(category)):
                if score >= scores.get(code, -1.0):
                    scores[code] = score
                sources.setdefault(code, []).append(str(category))
        detections = [
            Detection(
                category=code,
                score=score,
                message=f"OpenAI moderation: {', '.join(sources[code])} ({score:.3f})",
                metadata={"score_source": "api", "openai_categories": sources[code]},
            )
            for code, score in scores.items()
            if score >= self.min_score
        ]
        meta = {
            "flagged": bool(entry.get("flagged", False)),
            "category_scores": {str(k): v for k, v in raw.items()},
        }
        return self.result(
            scores=scores, detections=detections, decided_by=f"openai:{self.model}", metadata=meta
        )

    def _moderate(self, texts: list[str]) -> list[ScanResult]:
        return [self.to_result(entry) for entry in self.client.moderate(texts)]

    def scan(self, item: ScanInput) -> ScanResult:
        return self._moderate([item.text])[0]

    def scan_batch(self, items: Sequence[ScanInput]) -> list[ScanResult]:
        out: list[ScanResult] = []
        for start in range(0, len(items), self.batch_size):
            out.extend(self._moderate([i.text for i in items[start : start + self.batch_size]]))
        return out

    def close(self) -> None:
        self.client.close()
