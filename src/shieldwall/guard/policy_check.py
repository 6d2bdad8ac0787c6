"""Checking a policy against the scanners it names: the one place that knows both.

:func:`check_policy` runs the policy's own checks (:mod:`shieldwall.policy.validation`: boolean
YAML keys, schema, taxonomy) and then, for every scanner entry, its name (with "did you mean"),
the stages it supports and its ``options`` against the scanner's typed schema (nested scanners
of a cascade included), and every category key, policy-wide and per scanner: it must be a code
the taxonomy or a scanner listed in the policy can emit (``*``/``?`` globs allowed; codes are
case-sensitive, so ``s6`` is not ``S6``). A scanner listed with ``enabled: false`` still counts,
so switching one off does not invalidate its category rules. Every problem is reported at once.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from shieldwall.core.errors import ShieldwallError
from shieldwall.core.problems import Problem, did_you_mean
from shieldwall.policy.loader import read_policy, validate_policy
from shieldwall.policy.model import Policy
from shieldwall.policy.validation import PolicyValidationError, policy_problems, taxonomy_codes, unique
from shieldwall.policy.yamlsafe import BoolKey
from shieldwall.scanners.registry import builtin_scanners, check_options, get_scanner_class

_GLOB = "*?["


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
    out: dict[str, tuple[str, ...]] = {}
    for name in builtin_scanners():
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


def _scanner_problems(data: Mapping[str, Any], problems: list[Problem]) -> list[str]:
    """Check every scanner entry; return every code they can emit (``*`` patterns included).
    A scanner whose name is unknown adds nothing: its own problem says so."""
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


def all_problems(data: Mapping[str, Any]) -> list[Problem]:
    """Every problem with a parsed policy mapping, the scanners' included (empty when none)."""
    found = policy_problems(data)
    taxonomy, codes = taxonomy_codes(data)
    emitted = _scanner_problems(data, found)
    categories = data.get("categories")
    if codes and isinstance(categories, Mapping):
        universe = CategoryUniverse([*codes, *emitted])
        for key in categories:
            if isinstance(key, str) and not isinstance(key, BoolKey) and not universe.covers(key):
                found.append(Problem(f"categories.{key}", _category_problem(
                    key, universe, f"taxonomy '{taxonomy}' or this policy's scanners", scoped=False)))
    return unique(found)


def check_policy(spec: str | Path | dict[str, Any] | Policy | None = None) -> Policy:
    """A policy by preset name, YAML path or mapping (as :func:`~shieldwall.policy.load_policy`
    takes), checked against the scanners too; raises :class:`PolicyValidationError` listing
    every problem. A :class:`Policy` object is checked through its dump."""
    if isinstance(spec, Policy):
        data: Any = spec.model_dump()
        source = f"<policy:{spec.name}>"
    else:
        data, source = read_policy(spec)
    if not isinstance(data, Mapping):
        return validate_policy(data, source)  # empty or not a mapping: one clear error
    found = all_problems(data)
    if found:
        raise PolicyValidationError(found, source=source)
    return spec if isinstance(spec, Policy) else Policy.model_validate(data)
