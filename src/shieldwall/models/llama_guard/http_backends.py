"""Llama Guard served elsewhere: an OpenAI-compatible server (vLLM, llama.cpp server, TGI,
hosted providers) or Ollama. Both return the generated text and, where the server exposes
logprobs, P(unsafe) as the first generated token."""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from shieldwall.core.errors import ConfigError
from shieldwall.models.http import (
    EndpointHTTPError,
    EndpointResponseError,
    HttpClient,
    api_key_from,
)
from shieldwall.models.llama_guard.backend import Generation, GuardRequest, ScoreSource
from shieldwall.models.llama_guard.logprobs import first_word_probability

# -- OpenAI-compatible servers ------------------------------------------------------------------


def _completion_positions(logprobs: Any) -> list[tuple[str, Mapping[str, float]]]:
    """Positions from a completions ``logprobs`` object ({tokens, top_logprobs})."""
    if not isinstance(logprobs, Mapping):
        return []
    tokens = logprobs.get("tokens") or []
    tops = logprobs.get("top_logprobs") or []
    out: list[tuple[str, Mapping[str, float]]] = []
    for i, token in enumerate(tokens):
        top = tops[i] if i < len(tops) and isinstance(tops[i], Mapping) else {}
        out.append((str(token), top))
    return out


def _entry_positions(entries: Any) -> list[tuple[str, Mapping[str, float]]]:
    """Positions from a list of {token, logprob, top_logprobs: [{token, logprob}]} entries
    (OpenAI chat ``logprobs.content`` and Ollama's ``logprobs``)."""
    if not isinstance(entries, list):
        return []
    out: list[tuple[str, Mapping[str, float]]] = []
    for entry in entries:
        if not isinstance(entry, Mapping):
            continue
        top: dict[str, float] = {}
        for alt in entry.get("top_logprobs") or []:
            if isinstance(alt, Mapping) and "token" in alt and "logprob" in alt:
                tok = str(alt["token"])
                top[tok] = max(float(alt["logprob"]), top.get(tok, -math.inf))
        if not top and "token" in entry and "logprob" in entry:
            top[str(entry["token"])] = float(entry["logprob"])
        out.append((str(entry.get("token", "")), top))
    return out


def _probability(positions: list[tuple[str, Mapping[str, float]]]) -> tuple[float | None, ScoreSource]:
    try:
        p = first_word_probability(positions)
    except (TypeError, ValueError, OverflowError):
        p = None
    return (p, "logprobs") if p is not None else (None, "text")


class OpenAICompatibleBackend:
    """Llama Guard behind an OpenAI-compatible API.

    ``endpoint="completions"`` (default) sends our exact prompt to ``/completions``;
    ``endpoint="chat"`` sends the conversation to ``/chat/completions`` and lets the server's chat
    template build the prompt (custom categories go in ``chat_template_kwargs``, as vLLM takes).
    """

    def __init__(
        self,
        *,
        model: str,
        base_url: str = "http://localhost:8000/v1",
        endpoint: str = "completions",
        api_key: str | None = None,
        api_key_env: str | None = "OPENAI_API_KEY",
        timeout_s: float = 5.0,
        retries: int = 1,
        max_new_tokens: int = 20,
        logprobs: bool = True,
        top_logprobs: int = 5,
        strip_bos: bool = True,
        batch_prompts: bool = True,
        extra_body: dict[str, Any] | None = None,
    ) -> None:
        if endpoint not in ("completions", "chat"):
            raise ConfigError(
                f"endpoint must be 'completions' or 'chat', got {endpoint!r}",
                key="options.endpoint",
            )
        self.name = model
        self.model = model
        self.endpoint = endpoint
        self.max_new_tokens = max_new_tokens
        self.logprobs = logprobs
        self.top_logprobs = top_logprobs
        self.strip_bos = strip_bos
        self.batch_prompts = batch_prompts
        self.extra_body = dict(extra_body or {})
        self.http = HttpClient(
            base_url,
            timeout_s=timeout_s,
            retries=retries,
            api_key=api_key_from(api_key, api_key_env),
        )
        self._lock = threading.Lock()

    def _prompt(self, request: GuardRequest) -> str:
        prompt = request.prompt
        for bos in ("<|begin_of_text|>",):
            if self.strip_bos and prompt.startswith(bos):
                prompt = prompt[len(bos) :]
        return prompt

    def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        try:
            return self.http.post_json(path, payload)
        except EndpointHTTPError as exc:
            # Some servers refuse logprobs; ask once more without them and remember.
            if exc.status in (400, 422) and self.logprobs and "logprob" in str(exc).lower():
                with self._lock:
                    self.logprobs = False
                for key in ("logprobs", "top_logprobs"):
                    payload.pop(key, None)
                return self.http.post_json(path, payload)
            raise

    def generate(self, requests: Sequence[GuardRequest]) -> list[Generation]:
        if not requests:
            return []
        if self.endpoint == "chat":
            return [self._chat(r) for r in requests]
        if self.batch_prompts and len(requests) > 1:
            return self._completions(list(requests))
        return [g for r in requests for g in self._completions([r])]

    def _completions(self, requests: list[GuardRequest]) -> list[Generation]:
        payload: dict[str, Any] = {
            "model": self.model,
            "prompt": [self._prompt(r) for r in requests]
            if len(requests) > 1
            else self._prompt(requests[0]),
            "max_tokens": self.max_new_tokens,
            "temperature": 0,
            **self.extra_body,
        }
        if self.logprobs:
            payload["logprobs"] = self.top_logprobs
        data = self._post("completions", payload)
        choices = data.get("choices")
        if not isinstance(choices, list) or len(choices) < len(requests):
            raise EndpointResponseError(
                f"{self.http.url('completions')} answered without {len(requests)} 'choices': "
                f"{str(data)[:200]}"
            )
        ordered = sorted(
            (c for c in choices if isinstance(c, Mapping)),
            key=lambda c: c.get("index", 0) if isinstance(c.get("index"), int) else 0,
        )
        out: list[Generation] = []
        for choice in ordered[: len(requests)]:
            text = choice.get("text")
            p, source = _probability(_completion_positions(choice.get("logprobs")))
            out.append(
                Generation(
                    text=text if isinstance(text, str) else "", unsafe_prob=p, score_source=source
                )
            )
        return out

    def _chat(self, request: GuardRequest) -> Generation:
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": request.messages,
            "max_tokens": self.max_new_tokens,
            "temperature": 0,
            **self.extra_body,
        }
        if request.categories or request.excluded:
            kwargs: dict[str, Any] = {}
            if request.categories:
                kwargs["categories"] = request.categories
            if request.excluded:
                kwargs["excluded_category_keys"] = request.excluded
            payload["chat_template_kwargs"] = kwargs
        if self.logprobs:
            payload["logprobs"] = True
            payload["top_logprobs"] = self.top_logprobs
        data = self._post("chat/completions", payload)
        choices = data.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], Mapping):
            raise EndpointResponseError(
                f"{self.http.url('chat/completions')} answered without 'choices': {str(data)[:200]}"
            )
        choice = choices[0]
        message = choice.get("message") if isinstance(choice.get("message"), Mapping) else {}
        text = message.get("content") if isinstance(message, Mapping) else None
        logprobs = choice.get("logprobs")
        content = logprobs.get("content") if isinstance(logprobs, Mapping) else None
        p, source = _probability(_entry_positions(content))
        return Generation(
            text=text if isinstance(text, str) else "", unsafe_prob=p, score_source=source
        )

    def close(self) -> None:
        self.http.close()


# -- Ollama -------------------------------------------------------------------------------------


class OllamaBackend:
    """Llama Guard served by Ollama (``llama-guard3:8b``, ``llama-guard3:1b``).

    ``mode="generate"`` (default) posts our exact prompt to ``/api/generate`` with ``raw: true``;
    ``mode="chat"`` posts the conversation to ``/api/chat`` and uses the model's own template.
    Log-probabilities are requested and used when the Ollama version returns them.
    """

    def __init__(
        self,
        *,
        model: str,
        base_url: str = "http://localhost:11434",
        mode: str = "generate",
        timeout_s: float = 5.0,
        retries: int = 1,
        max_new_tokens: int = 20,
        logprobs: bool = True,
        top_logprobs: int = 5,
        strip_bos: bool = True,
        keep_alive: str | None = None,
    ) -> None:
        if mode not in ("generate", "chat"):
            raise ConfigError(
                f"mode must be 'generate' or 'chat', got {mode!r}", key="options.mode"
            )
        self.name = model
        self.model = model
        self.mode = mode
        self.max_new_tokens = max_new_tokens
        self.logprobs = logprobs
        self.top_logprobs = top_logprobs
        self.strip_bos = strip_bos
        self.keep_alive = keep_alive
        self.http = HttpClient(base_url, timeout_s=timeout_s, retries=retries)

    def generate(self, requests: Sequence[GuardRequest]) -> list[Generation]:
        return [self._one(r) for r in requests]

    def _one(self, request: GuardRequest) -> Generation:
        payload: dict[str, Any] = {
            "model": self.model,
            "stream": False,
            "options": {"temperature": 0, "num_predict": self.max_new_tokens},
        }
        if self.keep_alive is not None:
            payload["keep_alive"] = self.keep_alive
        if self.logprobs:
            payload["logprobs"] = True
            payload["top_logprobs"] = self.top_logprobs
        if self.mode == "generate":
            prompt = request.prompt
            if self.strip_bos and prompt.startswith("<|begin_of_text|>"):
                prompt = prompt[len("<|begin_of_text|>") :]
            payload.update(prompt=prompt, raw=True)
            data = self.http.post_json("api/generate", payload)
            text = data.get("response")
        else:
            payload["messages"] = request.messages
            data = self.http.post_json("api/chat", payload)
            message = data.get("message")
            text = message.get("content") if isinstance(message, Mapping) else None
        if "error" in data and not isinstance(text, str):
            raise EndpointResponseError(f"Ollama at {self.http.base_url} said: {data['error']}")
        if not isinstance(text, str):
            raise EndpointResponseError(
                f"Ollama at {self.http.base_url} answered without generated text: {str(data)[:200]}"
            )
        p, source = _probability(_entry_positions(data.get("logprobs")))
        return Generation(text=text, unsafe_prob=p, score_source=source)

    def close(self) -> None:
        self.http.close()
