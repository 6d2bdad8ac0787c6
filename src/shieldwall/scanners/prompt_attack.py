"""The ``prompt_attack`` scanner: jailbreaks and prompt injections (Prompt Guard's job) from the
embedded CPU model. Long texts are scored window by window and max-pooled.

Direct user input reports ``jailbreak`` = P(jailbreak) and ``injection`` = P(injection).
Third-party text (tool results, documents) should never carry instructions at all, so there
``injection`` = P(injection) + P(jailbreak), as Prompt Guard recommends.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from shieldwall.core.verdict import Action, Detection, FailMode, ScanResult
from shieldwall.models.embedded.model import MODEL_NAME, Analysis, Item, get_model
from shieldwall.scanners.base import ScanInput, Scanner, ScannerOptions
from shieldwall.scanners.registry import register


class PromptAttackOptions(ScannerOptions):
    """Options of the ``prompt_attack`` scanner."""

    #: Treat every text as third-party (``true``), never (``false``), or by its source (unset).
    third_party: bool | None = None
    #: A model folder written by `shieldwall train --out` (default: the shipped model).
    model_dir: str | None = None


@register()
class PromptAttackScanner(Scanner):
    name: ClassVar[str] = "prompt_attack"
    stages = frozenset({"input", "output"})
    categories: ClassVar[tuple[str, ...]] = ("jailbreak", "injection")
    # 0.7 on the dev split: recall 0.78 on attacks, 2% false positives on everything else (0.5 would
    # catch 87% at 3-5% false positives on role-play and instruction-heavy look-alikes).
    default_threshold: ClassVar[float] = 0.7
    default_action: ClassVar[Action] = Action.BLOCK
    description: ClassVar[str] = "Embedded jailbreak / prompt-injection detector."
    default_fail_mode: ClassVar[FailMode | None] = FailMode.CLOSED
    # The application's own system prompt is not an attack on it.
    skip_sources: ClassVar[frozenset[str]] = frozenset({"system"})
    options_model: ClassVar[type[ScannerOptions] | None] = PromptAttackOptions

    def __init__(self, *, third_party: bool | None = None, model_dir: str | None = None,
                 **options: Any) -> None:
        super().__init__(**options)
        #: A model folder from `shieldwall train --out` (policy: ``options: {model_dir: ...}``).
        self.model_dir = model_dir
        self.third_party = third_party

    def load(self) -> None:
        get_model(self.model_dir)

    def _result(self, item: ScanInput, analysis: Analysis) -> ScanResult:
        jb = analysis.attack.get("jailbreak", 0.0)
        inj = analysis.attack.get("injection", 0.0)
        third = self.third_party if self.third_party is not None else item.source == "third_party"
        if third:
            inj = min(1.0, inj + jb)
        scores = {"jailbreak": jb, "injection": inj}
        detections = []
        for code, value in scores.items():
            if value >= 0.05:
                detections.append(Detection(
                    category=code, score=round(value, 6),
                    message=f"{'indirect ' if third and code == 'injection' else ''}{code} "
                            f"likelihood {value:.2f}",
                    metadata={"source": item.source, "windows": analysis.windows}))
        return self.result(scores=scores, detections=detections, decided_by=MODEL_NAME)

    def scan(self, item: ScanInput) -> ScanResult:
        return self._result(item, get_model(self.model_dir).analyze_one(Item(text=item.text)))

    def scan_batch(self, items: Sequence[ScanInput]) -> list[ScanResult]:
        analyses = get_model(self.model_dir).analyze_cached([Item(text=i.text) for i in items])
        return [self._result(i, a) for i, a in zip(items, analyses, strict=True)]
