"""User-defined regex and keyword lists, matched ReDoS-safely on normalised text.

Policy example::

    - name: regex
      options:
        patterns:
          - {pattern: "\\\\bproject\\\\s+falcon\\\\b", category: confidential, message: "internal codename"}
    - name: keywords
      options:
        category: competitor
        words: [acme corp, globex]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from shieldwall.core.errors import ConfigError
from shieldwall.core.verdict import Action, Detection, ScanResult, Span
from shieldwall.scanners.base import ScanInput, Scanner, ScannerOptions
from shieldwall.scanners.matching import NormalizedText, compile_pattern
from shieldwall.scanners.registry import register


class PatternSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pattern: str = Field(min_length=1)
    category: str = "custom"
    message: str = ""
    ignore_case: bool = True
    score: float = Field(default=1.0, ge=0.0, le=1.0)
    replacement: str | None = None

    @field_validator("pattern")
    @classmethod
    def _compiles_with_re2(cls, pattern: str) -> str:
        try:
            compile_pattern(pattern)
        except ConfigError as exc:
            raise ValueError(str(exc)) from None
        return pattern


class RegexOptions(ScannerOptions):
    """Options of the ``regex`` scanner: at least one RE2 pattern (a string, or a mapping with
    its own ``category``, ``message``, ``score``, ``ignore_case`` and ``replacement``)."""

    patterns: list[PatternSpec] = Field(min_length=1)
    category: str = Field(default="custom", min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _bare_patterns(cls, data: Any) -> Any:
        if isinstance(data, Mapping) and isinstance(data.get("patterns"), list):
            category = data.get("category", "custom")
            data = dict(data)
            data["patterns"] = [
                {"pattern": p, "category": category} if isinstance(p, str)
                else {"category": category, **p} if isinstance(p, Mapping) else p
                for p in data["patterns"]
            ]
        return data


class KeywordOptions(ScannerOptions):
    """Options of the ``keywords`` scanner: words or phrases matched whole, case-insensitively."""

    words: list[str] = Field(min_length=1)
    category: str = Field(default="keyword", min_length=1)
    message: str = ""

    @field_validator("words")
    @classmethod
    def _non_empty(cls, words: list[str]) -> list[str]:
        empty = [i for i, w in enumerate(words) if not w.strip()]
        if empty:
            raise ValueError(f"keywords must be non-empty strings (item {empty[0]} is empty)")
        return words


def _specs(raw: Any, default_category: str) -> list[PatternSpec]:
    if not isinstance(raw, list):
        raise ConfigError("expected a list", key="options.patterns")
    out: list[PatternSpec] = []
    for i, item in enumerate(raw):
        data = {"pattern": item} if isinstance(item, str) else item
        if isinstance(data, dict):
            data = {"category": default_category, **data}
        try:
            out.append(PatternSpec.model_validate(data))
        except ValidationError as exc:
            raise ConfigError(exc.errors()[0]["msg"], key=f"options.patterns[{i}]") from exc
    return out


@register()
class RegexScanner(Scanner):
    """Flags text matching any of the configured patterns (RE2 syntax)."""

    name: ClassVar[str] = "regex"
    categories: ClassVar[tuple[str, ...]] = ("custom",)
    default_action: ClassVar[Action] = Action.BLOCK
    inline: ClassVar[bool] = True
    description: ClassVar[str] = "User regular expressions (RE2, ReDoS-safe)."
    options_model: ClassVar[type[ScannerOptions] | None] = RegexOptions

    @classmethod
    def emitted_categories(cls, options: Mapping[str, Any]) -> tuple[str, ...]:
        found = {str(options.get("category", "custom"))}
        for p in options.get("patterns") or []:
            if isinstance(p, Mapping) and isinstance(p.get("category"), str):
                found.add(p["category"])
        return tuple(sorted(found))

    def __init__(self, *, patterns: list[Any] | None = None, category: str = "custom",
                 **options: Any) -> None:
        super().__init__(**options)
        self.specs = _specs(patterns or [], category)
        self._compiled = [(s, compile_pattern(s.pattern, s.ignore_case)) for s in self.specs]

    def scan(self, item: ScanInput) -> ScanResult:
        text = NormalizedText(item.text)
        detections: list[Detection] = []
        scores: dict[str, float] = {}
        for spec, compiled in self._compiled:
            for m in text.finditer(compiled):
                scores[spec.category] = max(scores.get(spec.category, 0.0), spec.score)
                detections.append(Detection(
                    category=spec.category, score=spec.score,
                    message=spec.message or f"matched pattern {spec.pattern!r}",
                    span=Span(start=m.start, end=m.end), line=text.line_of(m.start),
                    replacement=spec.replacement,
                ))
        return self.result(scores=scores, detections=detections)


@register()
class KeywordScanner(RegexScanner):
    """Flags whole-word (or whole-phrase) matches of a keyword list, case-insensitively."""

    name: ClassVar[str] = "keywords"
    description: ClassVar[str] = "Keyword and phrase lists (whole words, after normalisation)."
    options_model: ClassVar[type[ScannerOptions] | None] = KeywordOptions

    @classmethod
    def emitted_categories(cls, options: Mapping[str, Any]) -> tuple[str, ...]:
        return (str(options.get("category", "keyword")),)

    def __init__(self, *, words: list[str] | None = None, category: str = "keyword",
                 message: str = "", **options: Any) -> None:
        import re2

        patterns = []
        for word in words or []:
            if not isinstance(word, str) or not word.strip():
                raise ConfigError("keywords must be non-empty strings", key="options.words")
            phrase = r"\s+".join(re2.escape(w) for w in word.split())
            patterns.append({"pattern": rf"\b{phrase}\b", "category": category,
                             "message": message or f"contains '{word}'"})
        super().__init__(patterns=patterns, category=category, **options)
