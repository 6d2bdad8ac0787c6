"""Where Llama Guard runs: local transformers, an OpenAI-compatible server (vLLM, llama.cpp
server, TGI, hosted providers) or Ollama. Every backend returns the generated text and, when the
runtime exposes it, the probability of ``unsafe`` as the first generated token."""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from shieldwall.core.errors import ConfigError, ModelError
from shieldwall.models.http import (
    EndpointHTTPError,
    EndpointResponseError,
    HttpClient,
    api_key_from,
)

SAFE, UNSAFE = "safe", "unsafe"


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
    score_source: str = "text"


class LlamaGuardBackend(Protocol):
    name: str

    def generate(self, requests: Sequence[GuardRequest]) -> list[Generation]: ...

    def close(self) -> None: ...


# -- first-token probability -------------------------------------------------------------------


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


def _probability(positions: list[tuple[str, Mapping[str, float]]]) -> tuple[float | None, str]:
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


# -- transformers -------------------------------------------------------------------------------


def _torch_dtype(torch: Any, dtype: str) -> Any:
    if dtype in ("auto", None, ""):
        return "auto"
    table = {
        "float32": torch.float32,
        "fp32": torch.float32,
        "float16": torch.float16,
        "fp16": torch.float16,
        "bfloat16": torch.bfloat16,
        "bf16": torch.bfloat16,
    }
    if dtype not in table:
        raise ConfigError(
            f"unknown dtype {dtype!r}; use auto, float32, float16 or bfloat16", key="options.dtype"
        )
    return table[dtype]


def load_hf(
    kind: str,
    model: str,
    *,
    device: str,
    dtype: str,
    offline: bool,
    trust_remote_code: bool = False,
) -> tuple[Any, Any, Any]:
    """Load (torch, tokenizer, model) with transformers; ``kind`` is ``causal`` or ``sequence``."""
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise ModelError(
            "this backend needs torch and transformers: pip install 'shieldwall[hf]' "
            f"(missing: {exc.name})"
        ) from exc
    auto = (
        transformers.AutoModelForCausalLM
        if kind == "causal"
        else transformers.AutoModelForSequenceClassification
    )
    common = {"local_files_only": offline, "trust_remote_code": trust_remote_code}
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(model, **common)
        kwargs: dict[str, Any] = dict(common)
        if device == "auto":
            kwargs["device_map"] = "auto"
        try:
            net = auto.from_pretrained(model, dtype=_torch_dtype(torch, dtype), **kwargs)
        except TypeError:
            net = auto.from_pretrained(model, torch_dtype=_torch_dtype(torch, dtype), **kwargs)
    except (OSError, ValueError) as exc:
        hint = " (offline: set options.offline: false to allow a download)" if offline else ""
        raise ModelError(f"cannot load model '{model}'{hint}: {exc}") from exc
    if device != "auto":
        net = net.to(device)  # type: ignore[arg-type]
    net.eval()
    return torch, tokenizer, net


class TransformersBackend:
    """Llama Guard in this process with transformers (``pip install 'shieldwall[hf]'``).

    ``model`` is a local directory or a model id already in the local cache (``offline`` keeps
    transformers from calling the hub). Prompts are batched ``batch_size`` at a time with left
    padding and greedy decoding; P(unsafe) comes from the first non-whitespace step's logits.
    """

    def __init__(
        self,
        *,
        model: str,
        device: str = "cpu",
        dtype: str = "auto",
        batch_size: int = 4,
        max_new_tokens: int = 20,
        offline: bool = True,
        trust_remote_code: bool = False,
    ) -> None:
        self.name = model
        self.model_name = model
        self.device = device
        self.dtype = dtype
        self.batch_size = max(1, int(batch_size))
        self.max_new_tokens = max_new_tokens
        self.offline = offline
        self.trust_remote_code = trust_remote_code
        self._loaded: tuple[Any, Any, Any] | None = None
        self._word_ids: dict[str, list[int]] = {}
        self._lock = threading.Lock()
        self._run_lock = threading.Lock()  # one forward pass at a time on a shared model

    def load(self) -> None:
        if self._loaded is not None:
            return
        with self._lock:
            if self._loaded is not None:
                return
            torch, tokenizer, net = load_hf(
                "causal",
                self.model_name,
                device=self.device,
                dtype=self.dtype,
                offline=self.offline,
                trust_remote_code=self.trust_remote_code,
            )
            tokenizer.padding_side = "left"
            if tokenizer.pad_token_id is None:
                tokenizer.pad_token = tokenizer.eos_token or tokenizer.unk_token
            self._word_ids = {
                word: self._first_token_ids(tokenizer, word) for word in (SAFE, UNSAFE)
            }
            self._loaded = (torch, tokenizer, net)

    @staticmethod
    def _first_token_ids(tokenizer: Any, word: str) -> list[int]:
        """Token ids that spell ``word`` whole as a first token (``safe``, `` safe``, ``Safe``)."""
        ids: set[int] = set()
        for variant in (word, f" {word}", word.capitalize(), f" {word.capitalize()}"):
            encoded = tokenizer.encode(variant, add_special_tokens=False)
            if encoded and tokenizer.decode(encoded[:1]).strip().lower() == word:
                ids.add(int(encoded[0]))
        return sorted(ids)

    def generate(self, requests: Sequence[GuardRequest]) -> list[Generation]:
        self.load()
        out: list[Generation] = []
        for start in range(0, len(requests), self.batch_size):
            chunk = [r.prompt for r in requests[start : start + self.batch_size]]
            with self._run_lock:
                out.extend(self._batch(chunk))
        return out

    def _batch(self, prompts: list[str]) -> list[Generation]:
        assert self._loaded is not None
        torch, tokenizer, net = self._loaded
        bos = tokenizer.bos_token
        texts = [p if not bos or p.startswith(bos) else bos + p for p in prompts]
        enc = tokenizer(texts, add_special_tokens=False, padding=True, return_tensors="pt")
        enc = {k: v.to(net.device) for k, v in enc.items() if k in ("input_ids", "attention_mask")}
        with torch.inference_mode():
            result = net.generate(
                **enc,
                max_new_tokens=self.max_new_tokens,
                do_sample=False,
                output_logits=True,
                return_dict_in_generate=True,
                pad_token_id=tokenizer.pad_token_id,
            )
        prompt_len = enc["input_ids"].shape[1]
        generated = result.sequences[:, prompt_len:]
        steps = result.logits if getattr(result, "logits", None) is not None else result.scores
        safe_ids, unsafe_ids = self._word_ids.get(SAFE, []), self._word_ids.get(UNSAFE, [])
        out: list[Generation] = []
        for row in range(generated.shape[0]):
            tokens = generated[row].tolist()
            text = tokenizer.decode(tokens, skip_special_tokens=True)
            p: float | None = None
            if safe_ids and unsafe_ids:
                for step, token in enumerate(tokens):
                    if step >= len(steps):
                        break
                    if not tokenizer.decode([token], skip_special_tokens=True).strip():
                        continue
                    logp = torch.log_softmax(steps[step][row].float(), dim=-1)
                    ls = torch.logsumexp(logp[safe_ids], dim=0)
                    lu = torch.logsumexp(logp[unsafe_ids], dim=0)
                    p = float(torch.sigmoid(lu - ls))
                    break
            out.append(
                Generation(
                    text=text, unsafe_prob=p, score_source="logits" if p is not None else "text"
                )
            )
        return out

    def close(self) -> None:
        self._loaded = None


BACKENDS = ("transformers", "openai", "vllm", "ollama")


def create_backend(backend: str, *, model: str, options: dict[str, Any]) -> LlamaGuardBackend:
    """A backend by name with the options it accepts (unknown options are a ConfigError)."""
    factories: dict[str, type[Any]] = {
        "transformers": TransformersBackend,
        "hf": TransformersBackend,
        "openai": OpenAICompatibleBackend,
        "vllm": OpenAICompatibleBackend,
        "ollama": OllamaBackend,
    }
    cls = factories.get(backend)
    if cls is None:
        raise ConfigError(
            f"unknown backend {backend!r}; use one of: {', '.join(BACKENDS)}", key="options.backend"
        )
    try:
        instance: LlamaGuardBackend = cls(model=model, **options)
    except TypeError as exc:
        raise ConfigError(f"bad option for the {backend} backend: {exc}", key="options") from exc
    return instance
