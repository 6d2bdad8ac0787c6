"""Everything that can be wrong with a policy, found in one pass.

Beyond the schema (:class:`~shieldwall.policy.model.Policy`), a policy is checked for:

* keys YAML 1.1 read as booleans (``on:``, ``yes:``), which must be quoted to mean the word;
* scanner names (with "did you mean"), the stages each scanner supports, and each scanner's
  ``options`` against its typed schema (unknown or misspelt options, wrong types, RE2-invalid
  patterns), nested scanners of a cascade included;
* category keys, policy-wide and per scanner: each must be a code the policy's taxonomy or its
  scanners can emit (``*``/``?`` globs allowed; codes are case-sensitive, so ``s6`` is not ``S6``).

Every problem is reported, each with its key path.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError

from shieldwall.core.errors import PolicyError, ShieldwallError
from shieldwall.policy.model import Policy
from shieldwall.policy.yamlsafe import BoolKey
from shieldwall.scanners.options import Problem, check_options, did_you_mean, pydantic_problems

_GLOB = "*?["
DEFAULT_TAXONOMY = "llama_guard_3"


class PolicyValidationError(PolicyError):
    """A policy with one or more problems; ``problems`` lists them all."""

    def __init__(self, problems: list[Problem], *, source: str) -> None:
        self.problems = problems
        if len(problems) == 1:
            super().__init__(problems[0].message, source=source, key=problems[0].key or None)
        else:
            lines = "\n".join(f"  {p}" for p in problems)
            super().__init__(f"{len(problems)} problems:\n{lines}", source=source)


def _is_glob(code: str) -> bool:
    return any(c in code for c in _GLOB)


def _literal_prefix(pattern: str) -> str:
    for i, c in enumerate(pattern):
        if c in _GLOB:
            return pattern[:i]
    return pattern


class CategoryUniverse:
    """The category codes a policy can see: concrete codes and ``*`` patterns."""

    def __init__(self, codes: Iterable[str]) -> None:
        codes = list(codes)
        self.concrete = {c for c in codes if not _is_glob(c)}
        self.patterns = sorted({c for c in codes if _is_glob(c)})

    def covers(self, key: str) -> bool:
        if not _is_glob(key):
            return key in self.concrete or any(fnmatch.fnmatchcase(key, p) for p in self.patterns)
        if any(fnmatch.fnmatchcase(c, key) for c in self.concrete):
            return True
        prefix = _literal_prefix(key)
        return any(p == "*" or _literal_prefix(p).startswith(prefix) or prefix.startswith(_literal_prefix(p))
                   for p in self.patterns)


def _key(path: str, key: Any) -> str:
    return f"{path}.{key}" if path else str(key)


def _bool_key_problems(data: Any, path: str = "") -> list[Problem]:
    """Keys YAML read as booleans, or keys that are not strings, anywhere in ``data``."""
    problems: list[Problem] = []
    if isinstance(data, Mapping):
        for key, value in data.items():
            where = _key(path, key)
            if isinstance(key, BoolKey):
                word = "true" if key.value else "false"
                problems.append(Problem(where, (
                    f"YAML 1.1 reads the unquoted key '{key}' (line {key.line}) as the boolean {word}, "
                    f"not the word; quote it: \"{key}\":")))
            elif not isinstance(key, str):
                problems.append(Problem(where, f"keys must be strings, got {type(key).__name__} {key!r}"
                                        " (quote it in YAML)"))
            problems.extend(_bool_key_problems(value, where))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            problems.extend(_bool_key_problems(item, f"{path}[{i}]"))
    return problems


def _schema_problems(data: Mapping[str, Any]) -> list[Problem]:
    try:
        Policy.model_validate(data)
    except ValidationError as exc:
        problems = pydantic_problems(exc, Policy, what="key")
        # A non-string key is reported once, by _bool_key_problems.
        return [p for p in problems if "[key]" not in p.key]
    return []


def _entries(data: Mapping[str, Any], stage: str) -> list[tuple[int, str, dict[str, Any], dict[str, Any]]]:
    """``(index, name, options, categories)`` of each well-formed scanner entry of a stage."""
    section = data.get(stage)
    scanners = section.get("scanners") if isinstance(section, Mapping) else None
    out: list[tuple[int, str, dict[str, Any], dict[str, Any]]] = []
    for i, entry in enumerate(scanners if isinstance(scanners, list) else []):
        if isinstance(entry, str):
            out.append((i, entry, {}, {}))
        elif isinstance(entry, Mapping) and isinstance(entry.get("name"), str):
            options = entry.get("options") or {}
            categories = entry.get("categories") or {}
            out.append((i, entry["name"], dict(options) if isinstance(options, Mapping) else {},
                        dict(categories) if isinstance(categories, Mapping) else {}))
    return out


def _builtin_emitters() -> dict[str, tuple[str, ...]]:
    """Built-in scanner name -> the codes it emits with default options (for hints)."""
    from shieldwall.scanners.registry import _BUILTIN_MODULES, get_scanner_class

    out: dict[str, tuple[str, ...]] = {}
    for name in _BUILTIN_MODULES:
        try:
            out[name] = get_scanner_class(name).emitted_categories({})
        except (ShieldwallError, ImportError):
            continue
    return out


def _category_problem(key: str, universe: CategoryUniverse, where: str, *, scoped: bool) -> str:
    """Why ``key`` is not a category of ``where`` (``scoped``: one scanner, else the policy)."""
    if _is_glob(key):
        return f"the pattern '{key}' matches no category of {where}"
    hint = did_you_mean(key, universe.concrete)
    if hint:
        return f"unknown category '{key}'{hint}"
    emitters = _builtin_emitters()
    by = sorted(n for n, codes in emitters.items() if "*" not in codes and CategoryUniverse(codes).covers(key))
    if by:
        return (f"'{key}' is emitted by {', '.join(by)}, not by {where}" if scoped else
                f"'{key}' is emitted by {', '.join(by)}, which this policy does not run")
    hint = did_you_mean(key, {c for codes in emitters.values() for c in codes if not _is_glob(c)})
    return f"unknown category '{key}'{hint}" if hint else f"unknown category '{key}': {where} cannot emit it"


def _taxonomy_codes(data: Mapping[str, Any], problems: list[Problem]) -> tuple[str, list[str]]:
    from shieldwall.taxonomy import load_taxonomy

    spec = data.get("taxonomy", DEFAULT_TAXONOMY)
    if not isinstance(spec, (str, Mapping)):
        return str(spec), []
    try:
        taxonomy = load_taxonomy(dict(spec) if isinstance(spec, Mapping) else spec)
    except ShieldwallError as exc:
        problems.append(Problem("taxonomy", str(exc)))
        return str(spec), []
    return taxonomy.name, list(taxonomy.codes)


def _scanner_problems(data: Mapping[str, Any], problems: list[Problem]) -> list[str]:
    """Check every scanner entry; return every code they can emit (``*`` patterns included).
    A scanner whose name is unknown adds nothing: its own problem says so."""
    from shieldwall.scanners.registry import get_scanner_class

    emitted: list[str] = []
    for stage in ("input", "output"):
        for i, name, options, categories in _entries(data, stage):
            at = f"{stage}.scanners[{i}]"
            try:
                cls = get_scanner_class(name)
            except ShieldwallError as exc:
                problems.append(Problem(f"{at}.name", str(exc)))
                continue
            if stage not in cls.stages:
                problems.append(Problem(f"{at}.name", f"scanner '{name}' cannot run on {stage} "
                                        f"(it supports {', '.join(sorted(cls.stages))})"))
            problems.extend(p.under(f"{at}.options") for p in check_options(cls, options))
            try:
                codes = cls.emitted_categories(options) or ("*",)
            except (ShieldwallError, LookupError, TypeError, ValueError):
                codes = cls.categories or ("*",)  # options too broken to tell: the defaults
            emitted.extend(codes)
            own = CategoryUniverse(codes)
            for key in categories:
                if isinstance(key, str) and not isinstance(key, BoolKey) and not own.covers(key):
                    problems.append(Problem(f"{at}.categories.{key}",
                                            _category_problem(key, own, f"scanner '{name}'", scoped=True)))
    return emitted


def policy_problems(data: Mapping[str, Any]) -> list[Problem]:
    """Every problem with a parsed policy mapping (empty when it is valid)."""
    problems = _bool_key_problems(data)
    explained = {p.key for p in problems}
    # An unquoted `yes:` where no such key exists is also an "unknown key": say it once.
    problems.extend(p for p in _schema_problems(data) if p.key not in explained)
    taxonomy, codes = _taxonomy_codes(data, problems)
    emitted = _scanner_problems(data, problems)
    categories = data.get("categories")
    if codes and isinstance(categories, Mapping):
        universe = CategoryUniverse([*codes, *emitted])
        for key in categories:
            if isinstance(key, str) and not isinstance(key, BoolKey) and not universe.covers(key):
                problems.append(Problem(f"categories.{key}", _category_problem(
                    key, universe, f"taxonomy '{taxonomy}' or this policy's scanners", scoped=False)))
    seen: set[Problem] = set()
    unique = []
    for p in problems:
        if p not in seen:
            seen.add(p)
            unique.append(p)
    return unique
