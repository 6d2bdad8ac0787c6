"""The ``llama_guard`` scanner: Llama Guard 2/3/4 on any backend, one detection per S-code.

Policy example::

    input:
      scanners:
        - name: llama_guard
          options: {backend: vllm, base_url: "http://localhost:8000/v1",
                    model: meta-llama/Llama-Guard-3-8B, exclude: [S14]}

Scores: ``{code: p, "unsafe": p}`` where ``p`` is P(unsafe) from the first generated token (or
1.0/0.0 from the text when the backend gives no log-probabilities: ``score_source: text``).
An output that cannot be parsed raises :class:`GuardOutputError` inside ``scan``, so the Guard
records a ``scanner_error`` finding and applies the policy's fail mode (open or closed).
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from pydantic import Field, model_validator

from shieldwall.core.errors import ModelError, ShieldwallError
from shieldwall.core.verdict import Action, Detection, FailMode, ScanResult
from shieldwall.models.llama_guard.backend import Generation, GuardRequest, LlamaGuardBackend
from shieldwall.models.llama_guard.backends import BACKEND_CLASSES, create_backend
from shieldwall.models.llama_guard.parse import ParsedOutput, parse_output
from shieldwall.models.llama_guard.prompt import (
    Role,
    Turn,
    build_prompt,
    get_format,
    infer_version,
    select_categories,
)
from shieldwall.scanners.base import ScanInput, Scanner, ScannerOptions
from shieldwall.scanners.registry import register
from shieldwall.taxonomy import Taxonomy, load_taxonomy, map_codes

DEFAULT_MODELS = {
    2: "meta-llama/Meta-Llama-Guard-2-8B",
    3: "meta-llama/Llama-Guard-3-8B",
    4: "meta-llama/Llama-Guard-4-12B",
}


class GuardOutputError(ModelError):
    """The guard model's output has no safe/unsafe verdict."""


def backend_option_names(backend: str) -> list[str]:
    """The options the named backend accepts (besides ``model``)."""
    cls = BACKEND_CLASSES.get(backend)
    if cls is None:
        return []
    params = inspect.signature(cls.__init__).parameters
    return [n for n, p in params.items() if n not in ("self", "model") and p.kind is p.KEYWORD_ONLY]


class LlamaGuardOptions(ScannerOptions):
    """Options of the ``llama_guard`` scanner; the backend options below apply only to the
    backends that take them (checked against the chosen ``backend``)."""

    backend: Literal["openai", "vllm", "ollama", "transformers", "hf"] = "openai"
    model: str | None = None
    version: Literal[2, 3, 4] | None = None
    taxonomy: str | dict[str, Any] | Taxonomy | None = None
    categories: list[str] | None = None
    exclude: list[str] | None = None
    descriptions: bool = False
    map_to: str | None = None
    context_turns: int | None = Field(default=None, ge=0)
    backend_instance: Any = None
    # HTTP backends (openai/vllm and ollama)
    base_url: str | None = None
    timeout_s: float | None = Field(default=None, gt=0)
    retries: int | None = Field(default=None, ge=0)
    logprobs: bool | None = None
    top_logprobs: int | None = Field(default=None, ge=0)
    strip_bos: bool | None = None
    max_new_tokens: int | None = Field(default=None, ge=1)
    # openai/vllm
    endpoint: Literal["completions", "chat"] | None = None
    api_key: str | None = None
    api_key_env: str | None = None
    batch_prompts: bool | None = None
    extra_body: dict[str, Any] | None = None
    # ollama
    mode: Literal["generate", "chat"] | None = None
    keep_alive: str | None = None
    # transformers
    device: str | None = None
    dtype: str | None = None
    batch_size: int | None = Field(default=None, ge=1)
    offline: bool | None = None
    trust_remote_code: bool | None = None

    @model_validator(mode="after")
    def _consistent(self) -> LlamaGuardOptions:
        own = {"backend", "model", "version", "taxonomy", "categories", "exclude", "descriptions",
               "map_to", "context_turns", "backend_instance"}
        accepted = set(backend_option_names(self.backend))
        misplaced = sorted(k for k in self.model_fields_set - own if k not in accepted)
        if misplaced:
            others = {b: backend_option_names(b) for b in ("vllm", "ollama", "transformers")}
            where = [f"'{k}' ({', '.join(b for b, names in others.items() if k in names)})" for k in misplaced]
            raise ValueError(f"option(s) {', '.join(where)} do not apply to the '{self.backend}' backend; "
                             f"it takes: {', '.join(sorted(accepted))}")
        version = self.version or infer_version(self.model)
        try:
            spec = self.taxonomy if self.taxonomy is not None else get_format(version).taxonomy
            taxonomy = load_taxonomy(spec)
            select_categories(taxonomy, include=self.categories, exclude=self.exclude or [])
            if self.map_to:
                map_codes(taxonomy.codes[:1], taxonomy.name, self.map_to)
        except ShieldwallError as exc:
            raise ValueError(str(exc)) from None
        return self


@register()
class LlamaGuardScanner(Scanner):
    """Llama Guard as a scanner on input (``User`` turn) and output (``Agent`` turn)."""

    name = "llama_guard"
    stages = frozenset({"input", "output"})
    categories = ("S*", "unsafe")
    default_threshold = 0.5
    default_action = Action.BLOCK
    default_fail_mode = FailMode.CLOSED
    description = "Llama Guard 2/3/4 (transformers, vLLM/OpenAI-compatible, Ollama)"
    options_model = LlamaGuardOptions

    @classmethod
    def emitted_categories(cls, options: Mapping[str, Any]) -> tuple[str, ...]:
        version = options.get("version") or infer_version(options.get("model"))
        spec = options.get("taxonomy")
        taxonomy = load_taxonomy(spec if spec is not None else get_format(version).taxonomy)
        codes = list(taxonomy.codes)
        if options.get("map_to"):
            codes = map_codes(codes, taxonomy.name, str(options["map_to"]))
        return (*codes, "unsafe")

    def __init__(
        self,
        *,
        backend: str = "openai",
        model: str | None = None,
        version: int | None = None,
        taxonomy: str | dict[str, Any] | Taxonomy | None = None,
        categories: list[str] | None = None,
        exclude: list[str] | None = None,
        descriptions: bool = False,
        map_to: str | None = None,
        context_turns: int | None = None,
        backend_instance: LlamaGuardBackend | None = None,
        **backend_options: Any,
    ) -> None:
        super().__init__(
            backend=backend,
            model=model,
            version=version,
            taxonomy=taxonomy,
            categories=categories,
            exclude=exclude,
            descriptions=descriptions,
            map_to=map_to,
            context_turns=context_turns,
            **backend_options,
        )
        self.version = int(version) if version is not None else infer_version(model)
        self.format = get_format(self.version)
        self.model = model or DEFAULT_MODELS[self.version]
        self.taxonomy = load_taxonomy(taxonomy if taxonomy is not None else self.format.taxonomy)
        self.include = categories
        self.exclude = list(exclude or [])
        self.chosen = select_categories(self.taxonomy, include=categories, exclude=self.exclude)
        self.descriptions = descriptions
        self.map_to = map_to
        self.context_turns = context_turns
        self.backend_name = backend
        self._backend_options = backend_options
        self._backend = backend_instance
        if self._backend is None:
            self._backend = create_backend(backend, model=self.model, options=backend_options)
        self.decided_by = f"llama-guard-{self.version}:{self.model}"

    @property
    def backend(self) -> LlamaGuardBackend:
        assert self._backend is not None
        return self._backend

    def load(self) -> None:
        loader = getattr(self.backend, "load", None)
        if callable(loader):
            loader()

    # -- requests -----------------------------------------------------------------------------

    def _turns(self, item: ScanInput) -> tuple[list[Turn], Role]:
        turns: list[Turn] = []
        for message in item.conversation:
            if message.role in ("user", "tool"):
                turns.append(("User", message.content))
            elif message.role == "assistant":
                turns.append(("Agent", message.content))
        if item.stage == "output":
            turns.append(("Agent", item.text))
            role: Role = "Agent"
        else:
            role = "User"
            if not turns or turns[-1][0] != "User" or turns[-1][1] != item.text:
                turns.append(("User", item.text))
        if self.context_turns is not None and self.context_turns > 0:
            turns = turns[-self.context_turns :]
        return turns, role

    def request(self, item: ScanInput) -> GuardRequest:
        """The backend request for one scan input (the exact prompt and the chat messages)."""
        turns, role = self._turns(item)
        prompt = build_prompt(
            turns,
            version=self.version,
            role=role,
            taxonomy=self.taxonomy,
            categories=self.include,
            exclude=self.exclude,
            descriptions=self.descriptions,
        )
        messages = [
            {"role": "user" if r == "User" else "assistant", "content": t} for r, t in turns
        ]
        custom = self.taxonomy.name != self.format.taxonomy or self.descriptions or self.include
        cats = (
            {
                c.code: c.prompt_name + (f"\n{c.description}" if self.descriptions else "")
                for c in self.taxonomy.categories
            }
            if custom
            else {}
        )
        excluded = (
            [c.code for c in self.taxonomy.categories if c not in self.chosen]
            if custom
            else list(self.exclude)
        )
        return GuardRequest(prompt=prompt, messages=messages, categories=cats, excluded=excluded)

    # -- scanning -----------------------------------------------------------------------------

    def scan(self, item: ScanInput) -> ScanResult:
        generation = self.backend.generate([self.request(item)])[0]
        return self.to_result(generation)

    def scan_batch(self, items: Sequence[ScanInput]) -> list[ScanResult]:
        """Batched generation. An endpoint failure raises (every item fails per the fail mode);
        an item whose output cannot be parsed gets a result with ``metadata.error`` set."""
        if not items:
            return []
        generations = self.backend.generate([self.request(item) for item in items])
        results: list[ScanResult] = []
        for generation in generations:
            try:
                results.append(self.to_result(generation))
            except GuardOutputError as exc:
                results.append(
                    self.result(
                        decided_by=self.decided_by,
                        metadata={"error": str(exc), "raw_output": generation.text[:500]},
                    )
                )
        return results

    def parse(self, text: str) -> ParsedOutput:
        return parse_output(text, known_codes=self.taxonomy.codes)

    def to_result(self, generation: Generation) -> ScanResult:
        """Scores and detections from one generation; raises :class:`GuardOutputError`."""
        parsed = self.parse(generation.text)
        if not parsed.ok:
            raise GuardOutputError(f"{self.decided_by}: {parsed.error}")
        if generation.unsafe_prob is not None:
            p = float(min(1.0, max(0.0, generation.unsafe_prob)))
            source = generation.score_source
        else:
            p = 1.0 if parsed.unsafe else 0.0
            source = "text"
        excluded = {c.code for c in self.taxonomy.categories} - {c.code for c in self.chosen}
        codes = [c for c in parsed.codes if c not in excluded] if parsed.unsafe else []
        if self.map_to:
            codes = map_codes(codes, self.taxonomy.name, self.map_to)
        meta: dict[str, Any] = {
            "score_source": source,
            "verdict": parsed.verdict,
            "raw_output": parsed.raw[:500],
        }
        if parsed.unknown_codes:
            meta["unknown_codes"] = parsed.unknown_codes
        scores = {"unsafe": p}
        detections: list[Detection] = []
        names = {c.code: c.name for c in self.taxonomy.categories}
        for code in codes:
            scores[code] = p
            label = names.get(code, code)
            detections.append(
                Detection(
                    category=code,
                    score=p,
                    metadata=dict(meta),
                    message=f"Llama Guard {self.version}: unsafe ({code} {label})",
                )
            )
        if not codes and (parsed.unsafe or p > 0.0):
            why = (
                "unsafe, no category given"
                if parsed.unsafe
                else f"judged safe; P(unsafe) = {p:.3f}"
            )
            detections.append(
                Detection(
                    category="unsafe",
                    score=p,
                    metadata=dict(meta),
                    message=f"Llama Guard {self.version}: {why}",
                )
            )
        return self.result(
            scores=scores, detections=detections, decided_by=self.decided_by, metadata=meta
        )

    def close(self) -> None:
        self.backend.close()
