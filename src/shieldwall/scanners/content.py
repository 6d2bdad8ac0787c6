"""The ``content`` scanner: hazard categories S1..S14 for prompts, statements and responses, from
the embedded CPU model (Llama Guard's job, without the GPU)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from shieldwall.core.verdict import Action, Detection, FailMode, ScanResult
from shieldwall.models.embedded.model import CATEGORIES, MODEL_NAME, Analysis, Item, get_model
from shieldwall.scanners.base import ScanInput, Scanner, ScannerOptions
from shieldwall.scanners.registry import register
from shieldwall.taxonomy import load_taxonomy

#: Detections are emitted only above this attributed score (the policy threshold decides).
EMIT_FLOOR = 0.05


def content_detections(analysis: Analysis, names: dict[str, str]) -> list[Detection]:
    """Attribute the overall unsafe probability to categories.

    The dominant category gets the full ``unsafe`` score and the others a share proportional to
    their own probability, so a per-category threshold compares like with like and a disabled
    top category hands the decision to the next one.
    """
    unsafe = analysis.content.get("unsafe", 0.0)
    cats = {c: analysis.content.get(c, 0.0) for c in CATEGORIES}
    top = max(cats.values(), default=0.0)
    if unsafe < EMIT_FLOOR or top <= 0:
        return []
    out = []
    for code, p in sorted(cats.items(), key=lambda kv: -kv[1]):
        score = unsafe * (p / top)
        if score < EMIT_FLOOR:
            continue
        out.append(Detection(category=code, score=round(score, 6),
                             message=f"{names.get(code, code)} (unsafe {unsafe:.2f})",
                             metadata={"unsafe": round(unsafe, 6), "category_probability": round(p, 6)}))
    return out


class ContentOptions(ScannerOptions):
    """Options of the ``content`` scanner."""

    #: Taxonomy whose category names label the detections (codes stay S1..S14).
    taxonomy: str = "llama_guard_3"
    #: A model folder written by `shieldwall train --out` (default: the shipped model).
    model_dir: str | None = None


@register()
class ContentScanner(Scanner):
    """Classifies the last user message, or a response in the context of its prompt."""

    name: ClassVar[str] = "content"
    categories: ClassVar[tuple[str, ...]] = tuple(CATEGORIES)
    # 0.8: the median of the per-category thresholds chosen on the public validation suite and our
    # dev split for the v2 heads (scripts/select_thresholds.py); presets set each S-code.
    default_threshold: ClassVar[float] = 0.8
    default_action: ClassVar[Action] = Action.BLOCK
    description: ClassVar[str] = "Embedded MiniLM hazard classifier (S1..S14, unsafe)."
    default_fail_mode: ClassVar[FailMode | None] = FailMode.CLOSED
    options_model: ClassVar[type[ScannerOptions] | None] = ContentOptions

    def __init__(self, *, taxonomy: str = "llama_guard_3", model_dir: str | None = None,
                 **options: Any) -> None:
        super().__init__(**options)
        #: A model folder from `shieldwall train --out` (policy: ``options: {model_dir: ...}``).
        self.model_dir = model_dir
        tax = load_taxonomy(taxonomy)
        self.names = {c.code: c.name for c in tax.categories}

    def load(self) -> None:
        get_model(self.model_dir)

    @staticmethod
    def to_item(item: ScanInput) -> Item:
        if item.stage == "output":
            return Item(text=item.text, context=item.prompt, is_response=True)
        return Item(text=item.text)

    def _result(self, analysis: Analysis) -> ScanResult:
        scores = {"unsafe": analysis.content.get("unsafe", 0.0)}
        scores.update({c: analysis.content.get(c, 0.0) for c in CATEGORIES})
        return self.result(scores=scores, detections=content_detections(analysis, self.names),
                           decided_by=MODEL_NAME, metadata={"windows": analysis.windows})

    def scan(self, item: ScanInput) -> ScanResult:
        return self._result(get_model(self.model_dir).analyze_one(self.to_item(item)))

    def scan_batch(self, items: Sequence[ScanInput]) -> list[ScanResult]:
        analyses = get_model(self.model_dir).analyze_cached([self.to_item(i) for i in items])
        return [self._result(a) for a in analyses]
