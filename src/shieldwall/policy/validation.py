"""Everything wrong with a policy's own text, found in one pass.

* keys YAML 1.1 read as booleans (``on:``, ``yes:``), which must be quoted to mean the word;
* the schema (:class:`~shieldwall.policy.model.Policy`): unknown keys with "did you mean",
  wrong types, out-of-range values;
* the taxonomy named.

What needs the scanners (their names, typed options and the categories they emit) is checked one
floor up, by :func:`shieldwall.guard.policy_check.check_policy`, which ``Guard.from_policy`` and
``shieldwall policy validate`` use. Every problem is reported, each with its key path.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from shieldwall.core.errors import PolicyError, ShieldwallError
from shieldwall.core.problems import Problem, pydantic_problems
from shieldwall.policy.model import Policy
from shieldwall.policy.yamlsafe import BoolKey

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


def taxonomy_codes(data: Mapping[str, Any], problems: list[Problem] | None = None) -> tuple[str, list[str]]:
    """The policy's taxonomy name and codes (a problem is added when it does not load)."""
    from shieldwall.taxonomy import load_taxonomy

    spec = data.get("taxonomy", DEFAULT_TAXONOMY)
    if not isinstance(spec, (str, Mapping)):
        return str(spec), []
    try:
        taxonomy = load_taxonomy(dict(spec) if isinstance(spec, Mapping) else spec)
    except ShieldwallError as exc:
        if problems is not None:
            problems.append(Problem("taxonomy", str(exc)))
        return str(spec), []
    return taxonomy.name, list(taxonomy.codes)


def policy_problems(data: Mapping[str, Any]) -> list[Problem]:
    """Every problem with a parsed policy mapping that the policy alone can tell (empty when
    none): boolean keys, the schema, the taxonomy."""
    problems = _bool_key_problems(data)
    explained = {p.key for p in problems}
    # An unquoted `yes:` where no such key exists is also an "unknown key": say it once.
    problems.extend(p for p in _schema_problems(data) if p.key not in explained)
    taxonomy_codes(data, problems)
    return unique(problems)


def unique(problems: list[Problem]) -> list[Problem]:
    """``problems`` without repeats, in order."""
    seen: set[Problem] = set()
    out = []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out
