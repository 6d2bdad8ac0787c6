"""The one registry of Llama Guard backends: a name -> the class that serves it."""

from __future__ import annotations

from typing import Any

from shieldwall.core.errors import ConfigError
from shieldwall.models.llama_guard.backend import LlamaGuardBackend
from shieldwall.models.llama_guard.http_backends import OllamaBackend, OpenAICompatibleBackend
from shieldwall.models.llama_guard.transformers_backend import TransformersBackend

#: Backend name (as a policy writes it) -> the class that serves it. ``hf`` is an alias.
BACKEND_CLASSES: dict[str, type[Any]] = {
    "transformers": TransformersBackend,
    "hf": TransformersBackend,
    "openai": OpenAICompatibleBackend,
    "vllm": OpenAICompatibleBackend,
    "ollama": OllamaBackend,
}
BACKENDS = tuple(BACKEND_CLASSES)


def create_backend(backend: str, *, model: str, options: dict[str, Any]) -> LlamaGuardBackend:
    """A backend by name with the options it accepts (unknown options are a ConfigError)."""
    cls = BACKEND_CLASSES.get(backend)
    if cls is None:
        raise ConfigError(
            f"unknown backend {backend!r}; use one of: {', '.join(BACKENDS)}", key="options.backend"
        )
    try:
        instance: LlamaGuardBackend = cls(model=model, **options)
    except TypeError as exc:
        raise ConfigError(f"bad option for the {backend} backend: {exc}", key="options") from exc
    return instance
