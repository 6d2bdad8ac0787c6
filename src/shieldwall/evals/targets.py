"""Targets: the systems an evaluation measures. Each takes a :class:`Request` (a conversation) and
returns a :class:`Reply`. Spec strings pick one from the registry::

    openai:MODEL?base_url=http://localhost:8000/v1&api_key_env=OPENAI_API_KEY
    ollama:MODEL?base_url=http://localhost:11434
    hf:PATH_OR_NAME?device=cpu&max_new_tokens=256
    callable:my_pkg.module:function
    precomputed:responses.jsonl
    scripted:refuse | comply | echo | mix | slow | fail | flaky
    guard:POLICY            (a classifier: the Guard's verdict is the reply; for guard-quality)

:class:`GuardedTarget` wraps any target in a policy, so the whole guarded system is measured and
each reply says whether the guard blocked the input, the guard blocked the output, or it answered.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import random
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, Field

from shieldwall.core.errors import InputError, ShieldwallError
from shieldwall.evals.registry import Registry
from shieldwall.scanners.base import Source

ReplyStatus = Literal["answered", "input_blocked", "output_blocked"]


class TargetError(ShieldwallError):
    """A target could not produce a reply (an error outcome, never a refusal)."""


class Request(BaseModel):
    """What a target is asked: a conversation in OpenAI chat format."""

    case_id: str
    messages: list[dict[str, str]]
    response: str | None = Field(default=None, description="for classifier targets: the response to classify")
    source: Source | None = Field(default=None, description="whose text the last message is: user or third_party")
    meta: dict[str, Any] = Field(default_factory=dict)

    @property
    def prompt(self) -> str:
        """The last user (or tool) message."""
        for m in reversed(self.messages):
            if m.get("role") in ("user", "tool"):
                return m.get("content", "")
        return ""


class Reply(BaseModel):
    """A target's answer and what the guard (if any) did."""

    text: str = ""
    status: ReplyStatus = "answered"
    latency_ms: float = 0.0
    guard: dict[str, Any] | None = None
    model_text: str | None = Field(default=None, description="the model's answer before an output block")
    meta: dict[str, Any] = Field(default_factory=dict)


class Target(ABC):
    """A model or system under test. Subclasses set ``name`` and implement :meth:`generate`."""

    name: ClassVar[str] = ""
    max_concurrency: int = 4

    def __init__(self, main: str = "", **options: Any) -> None:
        self.main = main
        self.options = options
        if "concurrency" in options:
            self.max_concurrency = max(1, int(options.pop("concurrency")))

    @property
    def id(self) -> str:
        """The name runs are keyed by (kind and main argument)."""
        return f"{self.name}:{self.main}" if self.main else self.name

    def settings(self) -> dict[str, Any]:
        """Everything a rerun needs (no secrets)."""
        safe = {k: v for k, v in self.options.items() if "key" not in k.lower() or k.endswith("_env")}
        return {"target": self.id, "kind": self.name, **safe}

    @abstractmethod
    def generate(self, request: Request) -> Reply:
        """Answer one request; raise on failure (the runner retries, then records an error)."""

    def close(self) -> None:  # noqa: B027 - an optional hook, most targets hold nothing
        """Release connections or models."""


TARGETS: Registry[Target] = Registry("target", "shieldwall.eval_targets", Target)


def create_target(spec: str | Target, **extra: Any) -> Target:
    """A target from a spec string (see the module docstring) or as given."""
    if isinstance(spec, Target):
        return spec
    return TARGETS.create(spec, **extra)


def _gen_options(options: dict[str, Any]) -> tuple[float, int, int]:
    return (float(options.get("temperature", 0.0)), int(options.get("seed", 0)),
            int(options.get("max_tokens", 1024)))


# -- HTTP targets ---------------------------------------------------------------------------------

class _HttpTarget(Target):
    default_url: ClassVar[str] = ""

    def __init__(self, main: str = "", **options: Any) -> None:
        super().__init__(main, **options)
        if not main:
            raise TargetError(f"target '{self.name}' needs a model name: {self.name}:MODEL")
        from shieldwall.models.http import HttpClient, api_key_from

        self.base_url = str(options.get("base_url", self.default_url))
        self.client = HttpClient(self.base_url, timeout_s=float(options.get("timeout_s", 120.0)),
                                 api_key=api_key_from(options.get("api_key"), options.get("api_key_env")),
                                 retries=0, max_connections=max(self.max_concurrency, 4))
        self.temperature, self.seed, self.max_tokens = _gen_options(options)

    def settings(self) -> dict[str, Any]:
        return {**super().settings(), "base_url": self.base_url, "temperature": self.temperature,
                "seed": self.seed, "max_tokens": self.max_tokens}

    def close(self) -> None:
        self.client.close()


@TARGETS.register()
class OpenAITarget(_HttpTarget):
    """An OpenAI-compatible chat endpoint (vLLM, llama.cpp, Ollama's /v1, hosted APIs)."""

    name = "openai"
    default_url = "http://localhost:8000/v1"

    def generate(self, request: Request) -> Reply:
        from shieldwall.models.http import EndpointError

        t0 = time.perf_counter()
        payload = {"model": self.main, "messages": request.messages, "temperature": self.temperature,
                   "seed": self.seed, "max_tokens": self.max_tokens}
        try:
            data = self.client.post_json("chat/completions", payload)
            text = data["choices"][0]["message"]["content"]
        except EndpointError as exc:
            raise TargetError(str(exc)) from exc
        except (KeyError, IndexError, TypeError) as exc:
            raise TargetError(f"{self.client.url('chat/completions')}: no choices[0].message.content "
                              f"in the answer") from exc
        return Reply(text=str(text or ""), latency_ms=(time.perf_counter() - t0) * 1000,
                     meta={"finish_reason": data["choices"][0].get("finish_reason")})


@TARGETS.register()
class OllamaTarget(_HttpTarget):
    """Ollama's native ``/api/chat`` endpoint (non-streaming)."""

    name = "ollama"
    default_url = "http://localhost:11434"

    def generate(self, request: Request) -> Reply:
        from shieldwall.models.http import EndpointError

        t0 = time.perf_counter()
        payload = {"model": self.main, "messages": request.messages, "stream": False,
                   "options": {"temperature": self.temperature, "seed": self.seed, "num_predict": self.max_tokens}}
        try:
            data = self.client.post_json("api/chat", payload)
            text = data["message"]["content"]
        except EndpointError as exc:
            raise TargetError(str(exc)) from exc
        except (KeyError, TypeError) as exc:
            raise TargetError(f"{self.client.url('api/chat')}: no message.content in the answer") from exc
        return Reply(text=str(text or ""), latency_ms=(time.perf_counter() - t0) * 1000)


# -- local targets --------------------------------------------------------------------------------

@TARGETS.register()
class TransformersTarget(Target):
    """A local causal LM through transformers (greedy decoding; needs the [hf] extra)."""

    name = "hf"
    max_concurrency = 1

    def __init__(self, main: str = "", **options: Any) -> None:
        super().__init__(main, **options)
        if not main:
            raise TargetError("target 'hf' needs a model path or name: hf:PATH")
        self.device = str(options.get("device", "cpu"))
        self.max_new_tokens = int(options.get("max_new_tokens", options.get("max_tokens", 256)))
        self._model: Any = None
        self._tok: Any = None
        self._lock = threading.Lock()

    def settings(self) -> dict[str, Any]:
        return {**super().settings(), "device": self.device, "max_new_tokens": self.max_new_tokens,
                "decoding": "greedy"}

    def _load(self) -> None:
        try:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as exc:
            raise TargetError("target 'hf' needs the [hf] extra: pip install 'shieldwall[hf]'") from exc
        try:
            self._tok = AutoTokenizer.from_pretrained(self.main)
            model: Any = AutoModelForCausalLM.from_pretrained(self.main)
            self._model = model.to(self.device).eval()
        except (OSError, ValueError) as exc:
            raise TargetError(f"hf:{self.main}: cannot load model: {exc}") from exc
        torch.manual_seed(0)

    def _encode(self, messages: list[dict[str, str]]) -> Any:
        tok = self._tok
        if getattr(tok, "chat_template", None):
            return tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt")
        text = "\n".join(f"{m.get('role', 'user')}: {m.get('content', '')}" for m in messages) + "\nassistant:"
        return tok(text, return_tensors="pt").input_ids

    def generate(self, request: Request) -> Reply:
        import torch

        t0 = time.perf_counter()
        with self._lock:
            if self._model is None:
                self._load()
            ids = self._encode(request.messages).to(self.device)
            with torch.no_grad():
                out = self._model.generate(ids, attention_mask=torch.ones_like(ids), do_sample=False,
                                           max_new_tokens=self.max_new_tokens,
                                           pad_token_id=self._tok.pad_token_id or self._tok.eos_token_id)
            text = self._tok.decode(out[0, ids.shape[1]:], skip_special_tokens=True)
        return Reply(text=text.strip(), latency_ms=(time.perf_counter() - t0) * 1000)


@TARGETS.register()
class CallableTarget(Target):
    """A Python function ``fn(messages) -> str | {"text": ...}``, by import path or given directly."""

    name = "callable"

    def __init__(self, main: str = "", *, fn: Callable[[list[dict[str, str]]], Any] | None = None,
                 **options: Any) -> None:
        super().__init__(main or getattr(fn, "__qualname__", "fn"), **options)
        if fn is None:
            module, _, attr = main.partition(":")
            if not module or not attr:
                raise TargetError(f"callable target '{main}': expected 'package.module:function'")
            try:
                obj: Any = importlib.import_module(module)
                for part in attr.split("."):
                    obj = getattr(obj, part)
            except (ImportError, AttributeError) as exc:
                raise TargetError(f"callable target '{main}': cannot import: {exc}") from exc
            fn = obj
        if not callable(fn):
            raise TargetError(f"callable target '{main}' is not callable")
        self.fn = fn

    def generate(self, request: Request) -> Reply:
        t0 = time.perf_counter()
        try:
            out = self.fn(request.messages)
        except Exception as exc:  # a user function: any failure is an error outcome
            raise TargetError(f"{self.id}: {type(exc).__name__}: {exc}") from exc
        if isinstance(out, Reply):
            return out
        if isinstance(out, dict):
            return Reply(text=str(out.get("text", "")), latency_ms=(time.perf_counter() - t0) * 1000,
                         meta={k: v for k, v in out.items() if k != "text"})
        return Reply(text=str(out), latency_ms=(time.perf_counter() - t0) * 1000)


@TARGETS.register()
class PrecomputedTarget(Target):
    """Responses made elsewhere: JSONL rows ``{"id" | "case_id": ..., "response": ...}``.

    Malformed rows are reported with their line number and skipped; a case with no row is an
    error outcome ("no precomputed response"), never a refusal.
    """

    name = "precomputed"
    max_concurrency = 16

    def __init__(self, main: str = "", **options: Any) -> None:
        super().__init__(main, **options)
        from shieldwall.batch.jsonl import read_jsonl

        if not main:
            raise TargetError("target 'precomputed' needs a file: precomputed:responses.jsonl")
        self.path = Path(main)
        self.responses: dict[str, str] = {}
        self.skipped: list[str] = []
        for row in read_jsonl(self.path):
            if row.data is None:
                self.skipped.append(f"{self.path}: line {row.line}: {row.error}")
                continue
            key = row.data.get("case_id", row.data.get("id"))
            resp = row.data.get("response")
            if key is None or not isinstance(resp, str):
                self.skipped.append(f"{self.path}: line {row.line}: needs 'id' (or 'case_id') and a string "
                                    "'response'")
                continue
            self.responses[str(key)] = resp
        if not self.responses:
            raise InputError(f"{self.path}: no usable rows")

    @property
    def id(self) -> str:
        return f"precomputed:{self.path.name}"

    def generate(self, request: Request) -> Reply:
        if request.case_id not in self.responses:
            raise TargetError(f"{self.path}: no precomputed response for case '{request.case_id}'")
        return Reply(text=self.responses[request.case_id])


_REFUSAL = "I'm sorry, but I can't help with that."
_COMPLY = ("Sure! Here is a complete answer. First, gather what you need. Second, follow the steps in order. "
           "Third, check the result. Hope that helps!")


@TARGETS.register()
class ScriptedTarget(Target):
    """Deterministic local targets for tests and dry runs.

    ``refuse`` always refuses; ``comply`` always gives the same generic helpful answer; ``echo``
    repeats the prompt (a model that does whatever it is asked); ``mix``
    refuses with probability ``p_refuse`` (seeded per case); ``slow`` complies after ``delay_s``;
    ``fail`` always raises; ``flaky`` fails the first ``failures`` attempts of each case.
    """

    name = "scripted"
    MODES = ("refuse", "comply", "echo", "mix", "slow", "fail", "flaky")

    def __init__(self, main: str = "comply", **options: Any) -> None:
        super().__init__(main or "comply", **options)
        if self.main not in self.MODES:
            raise TargetError(f"scripted target '{self.main}': choose one of {', '.join(self.MODES)}")
        self.seed = int(options.get("seed", 0))
        self.p_refuse = float(options.get("p_refuse", 0.5))
        self.delay_s = float(options.get("delay_s", 0.2 if self.main == "slow" else 0.0))
        self.failures = int(options.get("failures", 1))
        self._attempts: dict[str, int] = {}
        self._lock = threading.Lock()

    def generate(self, request: Request) -> Reply:
        if self.delay_s:
            time.sleep(self.delay_s)
        prompt = request.prompt
        mode = self.main
        if mode == "fail":
            raise TargetError("scripted failure")
        if mode == "flaky":
            with self._lock:
                n = self._attempts.get(request.case_id, 0)
                self._attempts[request.case_id] = n + 1
            if n < self.failures:
                raise TargetError(f"scripted failure {n + 1} of {self.failures}")
            mode = "comply"
        if mode == "mix":
            digest = hashlib.sha256(f"{self.seed}:{request.case_id}".encode()).digest()
            mode = "refuse" if random.Random(digest).random() < self.p_refuse else "comply"
        if mode == "refuse":
            return Reply(text=_REFUSAL)
        if mode == "echo":
            return Reply(text=prompt)
        return Reply(text=_COMPLY)


@TARGETS.register()
class GuardClassifierTarget(Target):
    """A guard as the system under test (guard-quality): the reply carries the Guard's verdict.

    ``main`` is a policy preset or YAML path, or ``scanner=NAME`` for one scanner on both stages
    (the spec's other options become the scanner's options, e.g.
    ``guard:scanner=llama_guard?backend=openai&base_url=http://localhost:8000/v1&model=llama-guard``).
    A request with ``response`` set is an output check, otherwise an input check.
    """

    name = "guard"
    max_concurrency = 4

    def __init__(self, main: str = "", **options: Any) -> None:
        super().__init__(main or "general_assistant", **options)
        from shieldwall.guard import Guard

        policy: Any = self.main
        if self.main.startswith("scanner="):
            scanner = self.main.split("=", 1)[1]
            cfg = {"name": scanner, "options": dict(self.options)}
            policy = {"name": f"scanner-{scanner}", "input": {"scanners": [cfg]},
                      "output": {"scanners": [cfg]}, "categories": {"*": {"action": "block"}}}
        self.guard = Guard.from_policy(policy)
        self._warmed = False

    def generate(self, request: Request) -> Reply:
        from shieldwall.guard import Guard

        if request.response is not None:
            item = Guard.output_item(request.messages, request.response)
        else:
            item = Guard.input_item(request.messages, source=request.source)
        verdict = self.guard.check(item)
        row = verdict.to_row(request.case_id)
        return Reply(text=verdict.decision.value, latency_ms=verdict.latency_ms, guard=row)

    def close(self) -> None:
        self.guard.close()


class GuardedTarget(Target):
    """A policy wrapped around another target: input check -> model -> output check."""

    name = "guarded"

    def __init__(self, inner: Target, policy: Any) -> None:
        from shieldwall.guard import Guard

        super().__init__(inner.main)
        self.inner = inner
        self.policy_spec = policy
        self.guard = Guard.from_policy(policy)
        self.max_concurrency = inner.max_concurrency

    @property
    def id(self) -> str:
        return f"guarded[{self.guard.policy.name}]({self.inner.id})"

    def settings(self) -> dict[str, Any]:
        return {"target": self.id, "kind": "guarded", "policy": self.guard.policy.name,
                "inner": self.inner.settings()}

    def generate(self, request: Request) -> Reply:
        t0 = time.perf_counter()
        v_in = self.guard.check_input(request.messages)
        if v_in.blocked:
            return Reply(text=v_in.user_message or "", status="input_blocked",
                         latency_ms=(time.perf_counter() - t0) * 1000,
                         guard={"input": v_in.to_row(request.case_id)})
        inner = self.inner.generate(request)
        v_out = self.guard.check_output(request.messages, inner.text)
        guard = {"input": v_in.to_row(request.case_id), "output": v_out.to_row(request.case_id)}
        latency = (time.perf_counter() - t0) * 1000
        if v_out.blocked:
            return Reply(text=v_out.user_message or "", status="output_blocked", latency_ms=latency,
                         guard=guard, model_text=inner.text, meta=inner.meta)
        text = v_out.sanitized_text if v_out.sanitized_text is not None else inner.text
        return Reply(text=text, latency_ms=latency, guard=guard, meta=inner.meta)

    def close(self) -> None:
        self.inner.close()
        self.guard.close()


def describe(target: Target) -> str:
    return json.dumps(target.settings(), sort_keys=True, default=str)
