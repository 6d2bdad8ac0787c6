"""The rule-file schema: one YAML file per language under ``codeshield/rules/``.

A rule is data: an id, the languages it applies to, a CWE, a severity, a message, a fix hint,
exactly one matcher (an ast-grep ``rule`` / ``pattern`` or a ``regex``) and examples that a test
runs. See ``rules/README.md`` for the authoring guide.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_ID = re.compile(r"^[a-z0-9][a-z0-9_]*(\.[a-z0-9][a-z0-9_-]*)+$")
_CWE = re.compile(r"^CWE-[0-9]{1,4}$")


class Severity(str, Enum):
    """How bad a finding is; the policy maps severities (and CWEs) to block / warn / ignore."""

    ERROR = "error"
    WARNING = "warning"
    ADVICE = "advice"

    @property
    def rank(self) -> int:
        return {"advice": 0, "warning": 1, "error": 2}[self.value]


class Examples(BaseModel):
    """Snippets a test runs: every ``insecure`` one must fire the rule, no ``secure`` one may."""

    model_config = ConfigDict(extra="forbid")

    insecure: list[str] = Field(min_length=1)
    secure: list[str] = Field(min_length=1)


class RuleSpec(BaseModel):
    """One detection rule as written in a rule file."""

    model_config = ConfigDict(extra="forbid")

    id: str
    languages: list[str] = Field(default_factory=list)
    cwe: str
    severity: Severity
    message: str = Field(min_length=3)
    fix: str = Field(min_length=3)
    # matchers: exactly one of pattern / rule / regex
    pattern: str | None = None
    rule: dict[str, Any] | None = None
    constraints: dict[str, Any] | None = None
    utils: dict[str, Any] | None = None
    regex: str | None = None
    regex_flags: list[str] = Field(default_factory=list)
    unless: str | None = None
    node_regex: str | None = None
    node_not_regex: str | None = None
    prefilter: list[str] | None = None
    examples: Examples
    tags: list[str] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"rule id '{value}' must look like '<language>.<name>' (lowercase)")
        return value

    @field_validator("cwe")
    @classmethod
    def _check_cwe(cls, value: str) -> str:
        value = value.strip().upper()
        if value.isdigit():
            value = f"CWE-{value}"
        if not _CWE.match(value):
            raise ValueError(f"cwe '{value}' must look like 'CWE-78'")
        return value

    @field_validator("regex_flags")
    @classmethod
    def _check_flags(cls, value: list[str]) -> list[str]:
        bad = [flag for flag in value if flag not in _FLAGS]
        if bad:
            raise ValueError(f"unknown regex flags {bad}; use {sorted(_FLAGS)}")
        return value

    @model_validator(mode="after")
    def _one_matcher(self) -> RuleSpec:
        given = [n for n in ("pattern", "rule", "regex") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ValueError(
                f"rule '{self.id}' needs exactly one of pattern / rule / regex (has {given or 'none'})"
            )
        if self.regex is None and (self.constraints or self.utils) and self.rule is None:
            raise ValueError(f"rule '{self.id}': constraints/utils need a 'rule' matcher")
        if self.unless is not None and self.regex is None:
            raise ValueError(f"rule '{self.id}': 'unless' only applies to regex rules")
        if self.regex is not None and (self.node_regex or self.node_not_regex):
            raise ValueError(f"rule '{self.id}': node_regex/node_not_regex need an ast matcher")
        checks = (("regex", self.regex), ("unless", self.unless), ("node_regex", self.node_regex),
                  ("node_not_regex", self.node_not_regex))  # fmt: skip
        for name, text in checks:
            if text is not None:
                try:
                    re.compile(text)
                except re.error as exc:
                    raise ValueError(f"rule '{self.id}': bad {name} ({exc})") from exc
        return self

    @property
    def kind(self) -> str:
        """``ast`` for ast-grep rules, ``regex`` for text rules."""
        return "regex" if self.regex is not None else "ast"

    def ast_config(self) -> dict[str, Any]:
        """The ast-grep config dict passed to ``SgNode.find_all``."""
        rule = self.rule if self.rule is not None else {"pattern": self.pattern}
        config: dict[str, Any] = {"rule": rule}
        if self.constraints:
            config["constraints"] = self.constraints
        if self.utils:
            config["utils"] = self.utils
        return config

    def regex_flag_bits(self) -> int:
        bits = 0
        for flag in self.regex_flags:
            bits |= _FLAGS[flag]
        return bits


_FLAGS = {"ignorecase": re.IGNORECASE, "multiline": re.MULTILINE, "dotall": re.DOTALL}


class RuleFile(BaseModel):
    """A rule file: a default ``language``, shared ast-grep ``utils`` and the list of rules."""

    model_config = ConfigDict(extra="forbid")

    language: str
    utils: dict[str, Any] = Field(default_factory=dict)
    rules: list[RuleSpec] = Field(default_factory=list)
