"""The ``prompt_guard`` scanner: Prompt Guard 1/2 via transformers.

Scores ``{"jailbreak": p, "injection": p}``. Detections follow the text's source, as the model
cards advise: a user's own message is judged on ``jailbreak``; third-party text (tool results,
retrieved documents) on ``injection``. ``detect: [jailbreak, injection]`` emits both always.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import Field, field_validator

from shieldwall.core.errors import ConfigError
from shieldwall.core.verdict import Action, Detection, FailMode, ScanResult
from shieldwall.models.prompt_guard.model import PromptGuardClassifier
from shieldwall.scanners.base import ScanInput, Scanner, ScannerOptions
from shieldwall.scanners.registry import register

_KINDS = ("jailbreak", "injection")


class PromptGuardOptions(ScannerOptions):
    """Options of the ``prompt_guard`` scanner (the model and how it is run)."""

    model: str = "meta-llama/Llama-Prompt-Guard-2-86M"
    detect: str | list[str] = "auto"
    normalize: bool = True
    classifier: Any = None
    device: str = "cpu"
    dtype: str = "float32"
    batch_size: int = Field(default=16, ge=1)
    window_tokens: int = Field(default=512, ge=8)
    stride: int = Field(default=0, ge=0)
    offline: bool = True
    temperature: float = Field(default=1.0, gt=0)

    @field_validator("detect")
    @classmethod
    def _kinds(cls, detect: str | list[str]) -> str | list[str]:
        if detect == "auto":
            return detect
        kinds = [detect] if isinstance(detect, str) else list(detect)
        if not kinds or any(k not in _KINDS for k in kinds):
            raise ValueError(f"detect must be 'auto' or a list of {list(_KINDS)}, got {detect!r}")
        return detect


@register()
class PromptGuardScanner(Scanner):
    """Prompt Guard on input text (user prompts and third-party content)."""

    name = "prompt_guard"
    stages = frozenset({"input", "output"})
    categories = _KINDS
    default_threshold = 0.5
    default_action = Action.BLOCK
    default_fail_mode = FailMode.CLOSED
    skip_sources = frozenset({"system"})
    description = "Prompt Guard 1/2 jailbreak and injection classifier (transformers)"
    options_model = PromptGuardOptions

    def __init__(
        self,
        *,
        model: str = "meta-llama/Llama-Prompt-Guard-2-86M",
        detect: str | list[str] = "auto",
        normalize: bool = True,
        classifier: PromptGuardClassifier | None = None,
        **model_options: Any,
    ) -> None:
        super().__init__(model=model, detect=detect, normalize=normalize, **model_options)
        if detect != "auto":
            kinds = [detect] if isinstance(detect, str) else list(detect)
            bad = [k for k in kinds if k not in _KINDS]
            if bad or not kinds:
                raise ConfigError(
                    f"detect must be 'auto' or a list of {list(_KINDS)}, got {detect!r}",
                    key="options.detect",
                )
        self.detect = detect
        self.normalize = normalize
        self.model = model
        try:
            self.classifier = classifier or PromptGuardClassifier(model=model, **model_options)
        except TypeError as exc:
            raise ConfigError(f"bad option for prompt_guard: {exc}", key="options") from exc

    def load(self) -> None:
        self.classifier.load()

    @property
    def decided_by(self) -> str:
        return f"prompt-guard-{self.classifier.version or '?'}:{self.model}"

    def _kinds(self, item: ScanInput) -> list[str]:
        if self.detect == "auto":
            return ["injection"] if item.source == "third_party" else ["jailbreak"]
        return [self.detect] if isinstance(self.detect, str) else list(self.detect)

    def _result(self, item: ScanInput, scores: dict[str, float]) -> ScanResult:
        detections = [
            Detection(
                category=kind,
                score=scores[kind],
                message=f"Prompt Guard: {kind} score {scores[kind]:.3f}",
                metadata={"score_source": "logits", "source": item.source},
            )
            for kind in self._kinds(item)
        ]
        return self.result(scores=dict(scores), detections=detections, decided_by=self.decided_by)

    def scan(self, item: ScanInput) -> ScanResult:
        return self.scan_batch([item])[0]

    def scan_batch(self, items: Sequence[ScanInput]) -> list[ScanResult]:
        if not items:
            return []
        texts = [item.text for item in items]
        scores = self.classifier.score(texts, prepare=self.normalize)
        return [self._result(item, s) for item, s in zip(items, scores, strict=True)]
