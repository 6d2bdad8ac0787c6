"""OpenAI's moderation endpoint (``/v1/moderations``) as a client, and the standard mapping of
OpenAI's category names to Llama Guard 3 codes. The scanner that uses it is
:mod:`shieldwall.scanners.openai_moderation`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from shieldwall.models.http import EndpointResponseError, HttpClient, api_key_from

#: OpenAI moderation category -> Llama Guard 3 codes.
DEFAULT_CATEGORY_MAP: dict[str, list[str]] = {
    "harassment": ["S10"],
    "harassment/threatening": ["S1", "S10"],
    "hate": ["S10"],
    "hate/threatening": ["S1", "S10"],
    "illicit": ["S2"],
    "illicit/violent": ["S1", "S2"],
    "self-harm": ["S11"],
    "self-harm/intent": ["S11"],
    "self-harm/instructions": ["S11"],
    "sexual": ["S12"],
    "sexual/minors": ["S4"],
    "violence": ["S1"],
    "violence/graphic": ["S1"],
}


class OpenAIModerationClient:
    """Calls ``POST {base_url}/moderations``; the API key comes from ``api_key`` or ``api_key_env``."""

    def __init__(self, *, model: str = "omni-moderation-latest", base_url: str = "https://api.openai.com/v1",
                 api_key: str | None = None, api_key_env: str = "OPENAI_API_KEY", timeout_s: float = 5.0,
                 retries: int = 1) -> None:
        self.model = model
        self.http = HttpClient(base_url, timeout_s=timeout_s, retries=retries,
                               api_key=api_key_from(api_key, api_key_env))

    def moderate(self, texts: list[str]) -> list[Mapping[str, Any]]:
        """One raw result (``flagged``, ``category_scores``, ...) per text, in order."""
        data = self.http.post_json(
            "moderations", {"model": self.model, "input": texts if len(texts) > 1 else texts[0]}
        )
        results = data.get("results")
        if not isinstance(results, list) or len(results) != len(texts):
            raise EndpointResponseError(
                f"{self.http.url('moderations')} answered without {len(texts)} 'results': "
                f"{str(data)[:200]}"
            )
        return [r if isinstance(r, Mapping) else {} for r in results]

    def close(self) -> None:
        self.http.close()
