"""The ``cascade`` scanner: a cheap model decides the clear cases, a large one the uncertain.

Policy example::

    input:
      scanners:
        - name: cascade
          options:
            primary: {name: content}
            escalate:
              name: llama_guard
              options: {backend: vllm, model: meta-llama/Llama-Guard-3-8B}
            band: [0.2, 0.8]          # primary scores inside [low, high] go to the large model
            "on": ["S*", unsafe]      # which primary scores to look at (globs; default: all)

(Quote ``"on"``: YAML 1.1 reads a bare ``on`` key as the boolean true.)

The result is the deciding model's: its scores and detections, ``decided_by`` naming that model,
and ``metadata.escalated`` / ``metadata.primary_scores`` for audit. If the escalation model fails,
the error propagates (the policy's fail mode applies) unless ``on_escalation_error: primary``.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from shieldwall.core.errors import ConfigError
from shieldwall.core.verdict import Action, FailMode, ScanResult
from shieldwall.scanners.base import ScanInput, Scanner, ScannerOptions
from shieldwall.scanners.registry import create_scanner, get_scanner_class, register, scanner_spec


def _spec(value: Any, key: str) -> tuple[str, dict[str, Any]]:
    if isinstance(value, str):
        return value, {}
    if isinstance(value, Mapping) and isinstance(value.get("name"), str):
        extra = set(value) - {"name", "options"}
        if extra:
            raise ConfigError(
                f"unknown keys {sorted(extra)}; expected name and options", key=f"options.{key}"
            )
        options = value.get("options") or {}
        if not isinstance(options, Mapping):
            raise ConfigError("options must be a mapping", key=f"options.{key}.options")
        return value["name"], dict(options)
    raise ConfigError("expected a scanner name or {name, options}", key=f"options.{key}")


class ScannerSpec(ScannerOptions):
    """A scanner inside a cascade: its registry name and its options."""

    name: str = Field(min_length=1)
    options: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _bare_name(cls, data: Any) -> Any:
        if isinstance(data, str):
            return {"name": data}
        if not isinstance(data, Mapping):
            raise ValueError(f"expected a scanner name or {{name, options}}, got {type(data).__name__}")
        return data


class CascadeOptions(ScannerOptions):
    """Options of the ``cascade`` scanner."""

    primary: ScannerSpec
    escalate: ScannerSpec
    band: tuple[float, float] = (0.2, 0.8)
    on: str | list[str] | None = None
    on_escalation_error: Literal["raise", "primary"] = "raise"

    @field_validator("band")
    @classmethod
    def _ordered(cls, band: tuple[float, float]) -> tuple[float, float]:
        if not 0.0 <= band[0] <= band[1] <= 1.0:
            raise ValueError(f"band must satisfy 0 <= low <= high <= 1, got {list(band)}")
        return band

    @model_validator(mode="after")
    def _no_nesting(self) -> CascadeOptions:
        if "cascade" in (self.primary.name, self.escalate.name):
            raise ValueError("a cascade cannot contain another cascade")
        return self


@register()
class CascadeScanner(Scanner):
    """Runs ``primary``; when one of its ``on`` scores falls inside ``band``, asks ``escalate``."""

    name = "cascade"
    stages = frozenset({"input", "output"})
    categories = ("*",)
    default_threshold = 0.5
    default_action = Action.BLOCK
    default_fail_mode = FailMode.CLOSED
    description = "Embedded model first; uncertain cases escalate to a large guard model"
    options_model = CascadeOptions

    @classmethod
    def nested_scanners(cls, options: Mapping[str, Any]) -> list[tuple[str, Any]]:
        return [(key, options[key]) for key in ("primary", "escalate") if key in options]

    @classmethod
    def emitted_categories(cls, options: Mapping[str, Any]) -> tuple[str, ...]:
        found: dict[str, None] = {}
        for _, spec in cls.nested_scanners(options):
            name, sub = scanner_spec(spec)
            # A nested scanner that declares no categories could emit anything.
            found.update(dict.fromkeys(get_scanner_class(name).emitted_categories(sub) or ("*",)))
        return tuple(found)

    def __init__(
        self,
        *,
        primary: Any,
        escalate: Any,
        band: Sequence[float] = (0.2, 0.8),
        on: Sequence[str] | None = None,
        on_escalation_error: str = "raise",
    ) -> None:
        super().__init__(
            primary=primary,
            escalate=escalate,
            band=list(band),
            on=on,
            on_escalation_error=on_escalation_error,
        )
        try:
            low, high = (float(b) for b in band)
        except (TypeError, ValueError):
            raise ConfigError(
                f"band must be [low, high], got {band!r}", key="options.band"
            ) from None
        if not 0.0 <= low <= high <= 1.0:
            raise ConfigError(
                f"band must satisfy 0 <= low <= high <= 1, got {list(band)}", key="options.band"
            )
        if on_escalation_error not in ("raise", "primary"):
            raise ConfigError(
                "on_escalation_error must be 'raise' or 'primary'",
                key="options.on_escalation_error",
            )
        self.low, self.high = low, high
        self.on = [on] if isinstance(on, str) else (list(on) if on else None)
        self.on_escalation_error = on_escalation_error
        p_name, p_opts = _spec(primary, "primary")
        e_name, e_opts = _spec(escalate, "escalate")
        if "cascade" in (p_name, e_name):
            raise ConfigError("a cascade cannot contain another cascade", key="options")
        self.primary = create_scanner(p_name, **p_opts)
        self.escalation = create_scanner(e_name, **e_opts)
        self.stages = self.primary.stages & self.escalation.stages  # type: ignore[misc]
        self.inline = False  # type: ignore[misc]

    def load(self) -> None:
        self.primary.load()
        self.escalation.load()

    def _watched(self, scores: Mapping[str, float]) -> dict[str, float]:
        if self.on is None:
            return dict(scores)
        watched = {
            k: v
            for k, v in scores.items()
            if any(fnmatch.fnmatchcase(k, pattern) for pattern in self.on)
        }
        for pattern in self.on:
            if not any(c in pattern for c in "*?[") and pattern not in watched:
                watched[pattern] = 0.0  # a missing score is a confident 0
        return watched

    def uncertain(self, result: ScanResult) -> bool:
        """True when a watched primary score lies inside the band (and none above it)."""
        watched = self._watched(result.scores)
        if any(v > self.high for v in watched.values()):
            return False  # clearly unsafe on some key: the cheap model decides
        return any(self.low <= v <= self.high for v in watched.values())

    def _label(self, scanner: Scanner, result: ScanResult) -> str:
        return result.decided_by or scanner.name

    def _primary_decides(self, result: ScanResult, note: str | None = None) -> ScanResult:
        meta = {
            **result.metadata,
            "escalated": False,
            "decided_by_stage": "primary",
            "primary_scanner": self.primary.name,
        }
        if note:
            meta["escalation_error"] = note
        return self.result(
            scores=dict(result.scores),
            detections=list(result.detections),
            decided_by=self._label(self.primary, result),
            metadata=meta,
        )

    def _escalated(self, primary: ScanResult, result: ScanResult) -> ScanResult:
        meta = {
            **result.metadata,
            "escalated": True,
            "decided_by_stage": "escalate",
            "escalation_scanner": self.escalation.name,
            "primary_scores": {k: round(v, 6) for k, v in primary.scores.items()},
            "primary_decided_by": self._label(self.primary, primary),
        }
        return self.result(
            scores=dict(result.scores),
            detections=list(result.detections),
            decided_by=self._label(self.escalation, result),
            metadata=meta,
        )

    def scan(self, item: ScanInput) -> ScanResult:
        first = self.primary.scan(item)
        if not self.uncertain(first):
            return self._primary_decides(first)
        try:
            second = self.escalation.scan(item)
        except Exception as exc:
            if self.on_escalation_error == "primary":
                return self._primary_decides(first, f"{type(exc).__name__}: {exc}")
            raise
        return self._escalated(first, second)

    def scan_batch(self, items: Sequence[ScanInput]) -> list[ScanResult]:
        if not items:
            return []
        firsts = self.primary.scan_batch(items)
        todo = [i for i, r in enumerate(firsts) if self.uncertain(r)]
        out = [self._primary_decides(r) for r in firsts]
        if not todo:
            return out
        try:
            seconds = self.escalation.scan_batch([items[i] for i in todo])
        except Exception as exc:
            if self.on_escalation_error == "primary":
                for i in todo:
                    out[i] = self._primary_decides(firsts[i], f"{type(exc).__name__}: {exc}")
                return out
            raise
        for i, second in zip(todo, seconds, strict=True):
            out[i] = self._escalated(firsts[i], second)
        return out
