"""The Llama Guard backend contract: a request, a generation, and the protocol every backend
(transformers, OpenAI-compatible servers, Ollama) implements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

SAFE, UNSAFE = "safe", "unsafe"

#: Where an unsafe score came from: first-token logits/logprobs, or only the generated text.
ScoreSource = Literal["logits", "logprobs", "text"]


@dataclass
class GuardRequest:
    """One classification: the exact prompt, and the chat messages for chat-template endpoints."""

    prompt: str
    messages: list[dict[str, str]] = field(default_factory=list)
    categories: dict[str, str] = field(default_factory=dict)
    excluded: list[str] = field(default_factory=list)


@dataclass
class Generation:
    """What the model generated; ``unsafe_prob`` is ``None`` when only text is available."""

    text: str
    unsafe_prob: float | None = None
    score_source: ScoreSource = "text"


class LlamaGuardBackend(Protocol):
    name: str

    def generate(self, requests: Sequence[GuardRequest]) -> list[Generation]: ...

    def close(self) -> None: ...
