"""The pooled HTTP client shared by the remote model backends (vLLM, Ollama, OpenAI, ...)."""

from shieldwall.models.http.client import (
    EndpointError,
    EndpointHTTPError,
    EndpointResponseError,
    EndpointTimeout,
    EndpointUnavailable,
    HttpClient,
    api_key_from,
)

__all__ = [
    "EndpointError",
    "EndpointHTTPError",
    "EndpointResponseError",
    "EndpointTimeout",
    "EndpointUnavailable",
    "HttpClient",
    "api_key_from",
]
