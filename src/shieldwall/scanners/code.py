"""The ``code`` scanner: scans model output (code or Markdown with code blocks) for insecure code.

Emits one Detection per issue with category ``code.<severity>`` (``code.error``, ``code.warning``,
``code.advice``); the policy decides what each category does. A detection's score is its
confidence: 1.0 for rule matches and proven dataflow (data from a real source reaches the sink),
``MEDIUM_SCORE`` for a non-constant value of unknown origin reaching a sink; so a policy that
sets the scanner's threshold above ``MEDIUM_SCORE`` acts only on proven flows. The dataflow
(source line, path to the sink) travels in the detection's metadata.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import field_validator

from shieldwall.codeshield.engine import CodeEngine, default_engine
from shieldwall.codeshield.result import CodePolicy
from shieldwall.codeshield.rules_loader import load_rules
from shieldwall.core.errors import InputError, ScannerError
from shieldwall.core.verdict import Action, Detection, ScanResult, Stage
from shieldwall.scanners.base import ScanInput, Scanner, ScannerOptions
from shieldwall.scanners.registry import register

_CATEGORIES = ("code.error", "code.warning", "code.advice")
#: The score of a medium-confidence dataflow finding (a value of unknown origin reaches a sink).
MEDIUM_SCORE = 0.7


class CodeOptions(ScannerOptions):
    """Options of the ``code`` scanner."""

    #: Force one language (default: guessed per text or per Markdown code block).
    language: str | None = None
    #: Rule files or folders to use instead of the built-in rules.
    rule_paths: list[str] | None = None
    ignore_rules: list[str] | None = None
    ignore_cwes: list[str] | None = None
    #: Also run semgrep taint rules (needs semgrep installed).
    deep: bool = False
    #: Drop medium-confidence dataflow findings (unknown origin) altogether.
    ignore_medium: bool = False

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str | None) -> str | None:
        from shieldwall.codeshield.languages import ALIASES, LANGUAGES, normalize_language
        from shieldwall.core.problems import did_you_mean

        if value is not None and normalize_language(value) is None:
            raise ValueError(f"unknown language '{value}'{did_you_mean(value, [*LANGUAGES, *ALIASES])}; "
                             f"known: {', '.join(sorted(LANGUAGES))}")
        return value


@register()
class CodeScanner(Scanner):
    """Insecure-code detector over ast-grep and regex rules (CWE-tagged)."""

    name = "code"
    stages: ClassVar[frozenset[Stage]] = frozenset({"output"})
    categories = _CATEGORIES
    default_threshold = 0.5
    default_action = Action.BLOCK
    inline = False
    description = "Finds insecure code (CWE-tagged rules) in generated code and Markdown answers."
    options_model = CodeOptions

    def __init__(
        self,
        *,
        language: str | None = None,
        rule_paths: list[str] | None = None,
        ignore_rules: list[str] | None = None,
        ignore_cwes: list[str] | None = None,
        deep: bool = False,
        ignore_medium: bool = False,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        self.deep = deep
        self.ignore_medium = ignore_medium
        self.language = language
        self.rule_paths = rule_paths
        self.ignore_rules = set(ignore_rules or [])
        self.ignore_cwes = set(ignore_cwes or [])
        self._engine: CodeEngine | None = None

    def load(self) -> None:
        if self._engine is not None:
            return
        if self.rule_paths is None and not self.ignore_rules and not self.ignore_cwes and not self.ignore_medium:
            self._engine = default_engine()
            return
        rules = load_rules(self.rule_paths) if self.rule_paths else default_engine().rules
        policy = CodePolicy(ignore_rules=self.ignore_rules, ignore_cwes=self.ignore_cwes,
                            ignore_medium=self.ignore_medium)
        self._engine = CodeEngine(rules, policy)

    def scan(self, item: ScanInput) -> ScanResult:
        self.load()
        assert self._engine is not None
        try:
            result = self._engine.scan(item.text, self.language)
        except InputError as exc:
            raise ScannerError(f"code scanner: {exc}") from exc
        if self.deep:
            from shieldwall.codeshield.deep import add_semgrep_findings

            add_semgrep_findings(result, item.text, self._engine.policy)
        scores = dict.fromkeys(_CATEGORIES, 0.0)
        detections: list[Detection] = []
        for issue in result.issues:
            category = f"code.{issue.severity.value}"
            score = MEDIUM_SCORE if issue.confidence == "medium" else 1.0
            scores[category] = max(scores[category], score)
            meta: dict[str, Any] = {
                "rule": issue.rule,
                "cwe": issue.cwe,
                "severity": issue.severity.value,
                "column": issue.column,
                "fix": issue.fix,
                "language": issue.language,
                "analyzer": issue.analyzer,
            }
            if issue.confidence is not None:
                meta.update(confidence=issue.confidence, source=issue.source, source_line=issue.source_line,
                            flow=[step.model_dump(mode="json") for step in issue.flow])
            detections.append(
                Detection(
                    category=category,
                    score=score,
                    message=f"{issue.cwe} {issue.rule}: {issue.message} (line {issue.line})",
                    line=issue.line,
                    metadata=meta,
                )
            )
        return self.result(
            scores=scores,
            detections=detections,
            decided_by="shieldwall-codeshield",
            metadata={
                "treatment": result.treatment.value,
                "language": result.language,
                "latency_ms": round(result.latency_ms, 3),
                "notes": result.notes,
            },
        )
