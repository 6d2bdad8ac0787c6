"""Schema of the taint specs: sources, sinks, sanitisers and guards per language, as data.

One YAML file per language under ``dataflow/specs/`` (frameworks inside it are tagged). Every
sink carries insecure and secure examples that the tests run, like the pattern rules.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from shieldwall.codeshield.schema import Examples, Severity
from shieldwall.core.errors import ConfigError

SPECS_DIR = Path(__file__).parent / "specs"
_CWE = re.compile(r"^CWE-[0-9]{1,4}$")


def _check_regex(value: str | None) -> str | None:
    if value is not None:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"bad regex {value!r} ({exc})") from exc
    return value


class SourceSpec(BaseModel):
    """Where untrusted data enters: an expression whose text starts like ``pattern``."""

    model_config = ConfigDict(extra="forbid")

    id: str
    framework: str = "any"
    pattern: str  # regex, matched at the start of a member/call/subscript/identifier's text
    label: str = Field(min_length=3)  # "HTTP request parameter", shown in the flow
    confidence: Literal["high", "medium"] = "high"

    _check = field_validator("pattern")(_check_regex)


class HandlerSpec(BaseModel):
    """Functions whose parameters are request data (route handlers, controller actions)."""

    model_config = ConfigDict(extra="forbid")

    framework: str = "any"
    header: str | None = None  # regex on the text before the body (decorators, annotations)
    param: str | None = None  # regex on one parameter's text (e.g. a @RequestParam annotation)
    exclude: str = r"^(self|cls|this|request|req|res|response|w|r|ctx|c|next|db|session)$"
    label: str = "route handler parameter"

    _check = field_validator("header", "param", "exclude")(_check_regex)


class SanitizerSpec(BaseModel):
    """A call whose result is safe for the listed CWEs (all CWEs when ``cwes`` is empty)."""

    model_config = ConfigDict(extra="forbid")

    callee: str  # regex searched in the normalised callee text ("html.escape", "$pdo.quote")
    cwes: list[str] = Field(default_factory=list)
    note: str = ""

    _check = field_validator("callee")(_check_regex)


class GuardSpec(BaseModel):
    """An if-condition that vets the variables it names (for the listed CWEs; all when empty).

    Inside the branch the condition holds (or after it, when the other branch returns or
    raises and the condition is negated) those variables count as sanitised.
    """

    model_config = ConfigDict(extra="forbid")

    pattern: str
    cwes: list[str] = Field(default_factory=list)

    _check = field_validator("pattern")(_check_regex)


class SinkSpec(BaseModel):
    """A dangerous call (or property assignment) and the arguments that must not be tainted."""

    model_config = ConfigDict(extra="forbid")

    id: str
    cwe: str
    severity: Severity = Severity.ERROR
    message: str = Field(min_length=3)
    fix: str = Field(min_length=3)
    callee: str | None = None  # regex searched in the normalised callee text
    assign: str | None = None  # regex on an assignment target (``el.innerHTML``)
    statement: str | None = None  # regex on a node kind whose values are output (PHP echo)
    args: list[int] = Field(default_factory=list)  # argument positions checked; empty = all
    when: str | None = None  # the call text must match this too (``shell=True``)
    unless: str | None = None  # ... and must not match this (a bound-parameter argument)
    handler: str | None = None  # only inside functions whose header matches (route handlers)
    unknown: Literal["never", "built", "any"] = "never"
    covers: list[str] = Field(default_factory=list)  # pattern rules this sink supersedes
    examples: Examples

    _check = field_validator("callee", "assign", "statement", "handler", "when", "unless")(_check_regex)

    @field_validator("cwe")
    @classmethod
    def _check_cwe(cls, value: str) -> str:
        if not _CWE.match(value):
            raise ValueError(f"cwe '{value}' must look like 'CWE-89'")
        return value

    def model_post_init(self, __context: object) -> None:
        given = [n for n in ("callee", "assign", "statement") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ValueError(f"sink '{self.id}' needs exactly one of callee / assign / statement")


class TaintSpec(BaseModel):
    """The taint spec of one language."""

    model_config = ConfigDict(extra="forbid")

    language: str
    frameworks: list[str] = Field(default_factory=list)
    sources: list[SourceSpec] = Field(default_factory=list)
    handlers: list[HandlerSpec] = Field(default_factory=list)
    sanitizers: list[SanitizerSpec] = Field(default_factory=list)
    guards: list[GuardSpec] = Field(default_factory=list)

    @field_validator("guards", mode="before")
    @classmethod
    def _plain_guards(cls, value: object) -> object:
        if isinstance(value, list):
            return [{"pattern": g} if isinstance(g, str) else g for g in value]
        return value

    # calls that store their arguments into the receiver (list.append, map.put, sb.append)
    propagators: str = (
        r"(^|\.)(append|add|addLast|addFirst|addElement|offer|offerLast|offerFirst|extend|insert|push|"
        r"put|putAll|putIfAbsent|set|setProperty|setAttribute|update|write|addAll|unshift|Add|AddRange|"
        r"Append|AppendFormat|Insert|Push|push_back|emplace_back|concat|setdefault|store|Store|"
        r"set[A-Z]\w*|add[A-Z]\w*|put[A-Z]\w*|Set[A-Z]\w*)$"
    )
    sinks: list[SinkSpec] = Field(default_factory=list)

    _check = field_validator("propagators")(_check_regex)


def load_spec_file(path: Path) -> TaintSpec:
    """Parse and validate one taint spec file (errors name the file and the key at fault)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read taint spec ({exc})") from exc
    try:
        return TaintSpec.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"{path}: {where}: {first['msg']}") from exc


@lru_cache(maxsize=1)
def load_specs() -> dict[str, TaintSpec]:
    """The built-in taint specs by language (cached; ``load_specs.cache_clear()`` resets)."""
    specs: dict[str, TaintSpec] = {}
    for path in sorted(SPECS_DIR.glob("*.yaml")):
        spec = load_spec_file(path)
        if spec.language in specs:
            raise ConfigError(f"{path}: a second taint spec for '{spec.language}'")
        specs[spec.language] = spec
    return specs


def find_sink(sink_id: str) -> SinkSpec | None:
    """The built-in sink with this id (dataflow findings use sink ids as rule ids)."""
    for spec in load_specs().values():
        for sink in spec.sinks:
            if sink.id == sink_id:
                return sink
    return None
