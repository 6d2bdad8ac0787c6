"""Load, validate and compile rule files; rules are cached per process (``clear_rule_cache``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from shieldwall.codeshield.languages import FAMILY, LANGUAGES, normalize_language
from shieldwall.codeshield.schema import RuleFile, RuleSpec
from shieldwall.core.errors import ConfigError

RULES_DIR = Path(__file__).parent / "rules"
ANY_LANGUAGE = "any"

# Prefilter in disjunctive normal form: the rule can only match when, for at least one word set,
# every word occurs in the text. ``((),)`` (one empty set) means "always run".
Prefilter = tuple[frozenset[str], ...]
_ALWAYS: Prefilter = (frozenset(),)
_WORD = re.compile(r"(?<![\w$@#])[A-Za-z_][A-Za-z0-9_]{2,}")
_MAX_TERMS = 24


@dataclass(frozen=True)
class CompiledRule:
    """A validated rule with its matcher compiled and its prefilter derived."""

    spec: RuleSpec
    source: str
    languages: tuple[str, ...]
    config: dict[str, Any] | None = None
    regex: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None
    node_regex: re.Pattern[str] | None = None
    node_not_regex: re.Pattern[str] | None = None
    prefilter: Prefilter = _ALWAYS

    @property
    def id(self) -> str:
        return self.spec.id

    def may_match(self, text: str, memo: dict[str, bool]) -> bool:
        """Cheap substring test: False only when the rule cannot match ``text``."""
        for words in self.prefilter:
            ok = True
            for word in words:
                hit = memo.get(word)
                if hit is None:
                    hit = memo[word] = word in text
                if not hit:
                    ok = False
                    break
            if ok:
                return True
        return False


@dataclass
class RuleSet:
    """All rules, indexed by the language they run on (families and ``any`` included)."""

    rules: list[CompiledRule]
    by_language: dict[str, list[CompiledRule]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for lang in LANGUAGES:
            wanted = {lang, ANY_LANGUAGE, *FAMILY.get(lang, ())}
            self.by_language[lang] = [r for r in self.rules if wanted & set(r.languages)]
        self.by_language[ANY_LANGUAGE] = [r for r in self.rules if ANY_LANGUAGE in r.languages]

    def for_language(self, language: str | None) -> list[CompiledRule]:
        return self.by_language.get(language or ANY_LANGUAGE, self.by_language[ANY_LANGUAGE])

    def get(self, rule_id: str) -> CompiledRule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def _and(a: Prefilter, b: Prefilter) -> Prefilter:
    if a == _ALWAYS:
        return b
    if b == _ALWAYS:
        return a
    product = tuple(x | y for x in a for y in b)
    return product if len(product) <= _MAX_TERMS else a


def _or(a: Prefilter, b: Prefilter) -> Prefilter:
    if a == _ALWAYS or b == _ALWAYS:
        return _ALWAYS
    merged = tuple(dict.fromkeys(a + b))
    return merged if len(merged) <= _MAX_TERMS * 4 else _ALWAYS


def derive_prefilter(rule: Any) -> Prefilter:
    """Words that must occur in any text the ast-grep ``rule`` matches (sound, not complete)."""
    if not isinstance(rule, dict):
        return _ALWAYS
    result = _ALWAYS
    pattern = rule.get("pattern")
    if isinstance(pattern, str):
        words = frozenset(_WORD.findall(pattern))
        if words:
            result = _and(result, (words,))
    for key in ("has", "inside", "follows", "precedes"):
        if key in rule:
            result = _and(result, derive_prefilter(rule[key]))
    if isinstance(rule.get("all"), list):
        for sub in rule["all"]:
            result = _and(result, derive_prefilter(sub))
    if isinstance(rule.get("any"), list) and rule["any"]:
        alternatives = [derive_prefilter(sub) for sub in rule["any"]]
        combined = alternatives[0]
        for alt in alternatives[1:]:
            combined = _or(combined, alt)
        result = _and(result, combined)
    return result


def _referenced_utils(node: Any, utils: dict[str, Any], found: dict[str, Any]) -> None:
    """Collect the utils ``node`` refers to with ``matches`` (transitively)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "matches" and isinstance(value, str) and value in utils and value not in found:
                found[value] = utils[value]
                _referenced_utils(utils[value], utils, found)
            else:
                _referenced_utils(value, utils, found)
    elif isinstance(node, list):
        for item in node:
            _referenced_utils(item, utils, found)


_ASCII_CLASSES = {
    "s": r"[ \t\r\n\f\v]",
    "S": r"[^ \t\r\n\f\v]",
    "w": "[A-Za-z0-9_]",
    "W": "[^A-Za-z0-9_]",
    "d": "[0-9]",
    "D": "[^0-9]",
    "b": r"(?-u:\b)",
    "B": r"(?-u:\B)",
}


def ascii_regex(pattern: str) -> str:
    """Rewrite Unicode-aware classes (``\\s \\w \\d \\b``) of an ast-grep (Rust) regex as ASCII.

    ast-grep compiles a rule's regexes on every search; Unicode classes make that 10-20x
    slower, and source code tokens are ASCII anyway. ``[\\s\\S]`` becomes ``(?s:.)``.
    """
    pattern = pattern.replace("[\\s\\S]", "(?s:.)")
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            out.append(_ASCII_CLASSES.get(nxt, ch + nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _asciify(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: ascii_regex(v) if k == "regex" and isinstance(v, str) else _asciify(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_asciify(item) for item in node]
    return node


_CALL_PATTERN = re.compile(r"^[\w$.]+\([\s\S]*\)$")


def _go_call_patterns(node: Any) -> Any:
    """Go parses a bare ``pkg.F(x)`` pattern ambiguously; give call patterns a function context."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str) and _CALL_PATTERN.match(value.strip()):
                out[key] = {"context": "func _() {\n" + value + "\n}", "selector": "call_expression"}
            else:
                out[key] = _go_call_patterns(value)
        return out
    if isinstance(node, list):
        return [_go_call_patterns(item) for item in node]
    return node


def _compile(
    spec: RuleSpec, source: str, file_language: str, file_utils: dict[str, Any] | None = None
) -> CompiledRule:
    raw = spec.languages or [file_language]
    languages: list[str] = []
    for name in raw:
        lang = ANY_LANGUAGE if name == ANY_LANGUAGE else normalize_language(name)
        if lang is None:
            raise ConfigError(f"unknown language '{name}'", source=source, key=f"{spec.id}.languages")
        languages.append(lang)
    if spec.regex is not None:
        prefilter: Prefilter = _ALWAYS
        if spec.prefilter:
            prefilter = tuple(frozenset([w]) for w in spec.prefilter)
        return CompiledRule(
            spec=spec,
            source=source,
            languages=tuple(languages),
            regex=re.compile(spec.regex, spec.regex_flag_bits()),
            unless=re.compile(spec.unless) if spec.unless else None,
            prefilter=prefilter,
        )
    config = spec.ast_config()
    if file_utils:
        used: dict[str, Any] = {}
        _referenced_utils([config["rule"], config.get("constraints"), spec.utils], file_utils, used)
        if used:
            config["utils"] = {**used, **(spec.utils or {})}
    prefilter = (
        tuple(frozenset([w]) for w in spec.prefilter)
        if spec.prefilter
        else derive_prefilter(config["rule"])
    )
    config = _asciify(config)
    if "go" in languages:
        config = _go_call_patterns(config)
    flags = spec.regex_flag_bits()
    return CompiledRule(
        spec=spec,
        source=source,
        languages=tuple(languages),
        config=config,
        node_regex=re.compile(spec.node_regex, flags) if spec.node_regex else None,
        node_not_regex=re.compile(spec.node_not_regex, flags) if spec.node_not_regex else None,
        prefilter=prefilter,
    )


def load_rule_file(path: Path) -> list[CompiledRule]:
    """Validate and compile one rule file; errors name the file and the rule at fault."""
    source = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read rule file ({exc})", source=source) from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML ({exc})", source=source) from exc
    if not isinstance(data, dict):
        raise ConfigError("a rule file must be a mapping with 'language' and 'rules'", source=source)
    try:
        parsed = RuleFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        rules = data.get("rules")
        if isinstance(rules, list) and len(first["loc"]) > 1 and isinstance(first["loc"][1], int):
            index = first["loc"][1]
            if index < len(rules) and isinstance(rules[index], dict) and "id" in rules[index]:
                loc = f"{rules[index]['id']} ({loc})"
        raise ConfigError(first["msg"], source=source, key=loc) from exc
    file_language = parsed.language
    if file_language != ANY_LANGUAGE and normalize_language(file_language) is None:
        raise ConfigError(f"unknown language '{file_language}'", source=source, key="language")
    return [_compile(spec, source, file_language, parsed.utils) for spec in parsed.rules]


def _rule_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.y*ml") if p.suffix in (".yaml", ".yml")))
        elif path.is_file():
            files.append(path)
        else:
            raise ConfigError("rule path does not exist", source=str(path))
    return files


def load_rules(paths: Sequence[str | Path] | None = None) -> RuleSet:
    """Every rule in ``paths`` (files or folders; default: the built-in ``rules/`` folder)."""
    if paths is None:
        return _builtin_rules()
    return _build(_rule_files(Path(p) for p in paths))


def _build(files: list[Path]) -> RuleSet:
    rules: list[CompiledRule] = []
    seen: dict[str, str] = {}
    for file in files:
        for rule in load_rule_file(file):
            if rule.id in seen:
                raise ConfigError(
                    f"duplicate rule id (also in {seen[rule.id]})", source=str(file), key=rule.id
                )
            seen[rule.id] = str(file)
            rules.append(rule)
    return RuleSet(rules)


@lru_cache(maxsize=1)
def _builtin_rules() -> RuleSet:
    return _build(_rule_files([RULES_DIR]))


def clear_rule_cache() -> None:
    """Forget the cached built-in rules (after editing rule files in a running process)."""
    _builtin_rules.cache_clear()
