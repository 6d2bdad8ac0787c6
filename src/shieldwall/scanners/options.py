"""Checking a scanner's options against its typed schema, with "did you mean" suggestions.

:func:`check_options` returns every problem (not just the first), each with the key path inside
``options`` at fault, so a policy validator can report them all at once.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from shieldwall.core.errors import ConfigError, ShieldwallError
from shieldwall.scanners.base import Scanner

#: Keys of a policy's scanner entry (siblings of ``options``): a misplaced one gets a pointer.
ENTRY_KEYS = ("name", "id", "enabled", "timeout_ms", "fail_mode", "threshold", "action", "categories")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a configuration: the key path at fault and what is wrong."""

    key: str
    message: str

    def under(self, prefix: str) -> Problem:
        """The same problem with ``prefix`` put before its key path."""
        if not prefix:
            return self
        if not self.key:
            return Problem(prefix, self.message)
        sep = "" if self.key.startswith("[") else "."
        return Problem(f"{prefix}{sep}{self.key}", self.message)

    def __str__(self) -> str:
        return f"at '{self.key}': {self.message}" if self.key else self.message


def did_you_mean(word: str, choices: Iterable[str], *, cutoff: float = 0.6) -> str:
    """``"; did you mean 'x'?"`` for the closest of ``choices`` to ``word`` (two when both are
    close), or ``""``."""
    pool = sorted({c for c in choices if isinstance(c, str)})
    lowered = {c.lower(): c for c in pool}
    if word.lower() in lowered and lowered[word.lower()] != word:
        return f"; did you mean '{lowered[word.lower()]}'? (names are case-sensitive)"
    close = [lowered[m] for m in difflib.get_close_matches(word.lower(), list(lowered), n=2, cutoff=cutoff)]
    if len(close) == 2 and difflib.SequenceMatcher(None, word.lower(), close[1].lower()).ratio() < 0.75:
        close = close[:1]
    if not close:
        return ""
    return "; did you mean " + " or ".join(f"'{c}'" for c in close) + "?"


def key_path(loc: Iterable[Any]) -> str:
    """A pydantic error location as a key path: ``patterns[0].pattern``."""
    out = ""
    for part in loc:
        if isinstance(part, int) and not isinstance(part, bool):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """Field names of the (nested) model that holds ``loc``'s last key, for suggestions."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue  # a list index: the item's model is already unwrapped
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            if field is None:
                return []
            current = field.annotation
        current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    """The model class inside ``list[M]``, ``M | None``, ``dict[str, M]`` (else the annotation)."""
    from typing import get_args

    for arg in get_args(annotation):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
        inner = _unwrap(arg)
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return inner
    return annotation


def pydantic_problems(exc: ValidationError, model: type[BaseModel], *, what: str = "key",
                      owner: str = "", siblings: Iterable[str] = ()) -> list[Problem]:
    """Every error of a pydantic validation as a :class:`Problem` with a readable message."""
    problems: list[Problem] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        key = key_path(loc)
        if error["type"] == "extra_forbidden":
            name = str(loc[-1]) if loc else ""
            fields = _fields_at(model, loc)
            hint = did_you_mean(name, fields)
            top_level = len(loc) == 1
            if not hint and top_level:
                sibling = did_you_mean(name, siblings, cutoff=0.75)
                if sibling:
                    hint = sibling.replace("?", "? (it goes next to 'options', not inside it)")
            known = f" (known: {', '.join(fields)})" if fields and not hint else ""
            if not fields and not hint:
                known = " (this takes no options)" if top_level else ""
            problems.append(Problem(key, f"unknown {what} '{name}'{owner}{hint}{known}"))
            continue
        message = str(error["msg"])
        message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
        if error["type"] == "missing":
            message = f"required {what} missing"
        problems.append(Problem(key, message))
    return problems


def scanner_spec(value: Any) -> tuple[str, dict[str, Any]]:
    """``(name, options)`` from a scanner spec: a name, or ``{name, options}``."""
    if isinstance(value, str) and value:
        return value, {}
    if isinstance(value, Mapping) and isinstance(value.get("name"), str):
        options = value.get("options") or {}
        if not isinstance(options, Mapping):
            raise ConfigError("options must be a mapping", key="options")
        return str(value["name"]), dict(options)
    raise ConfigError("expected a scanner name or {name, options}")


def check_options(cls: type[Scanner], options: Mapping[str, Any]) -> list[Problem]:
    """Every problem with ``options`` for scanner class ``cls`` (key paths relative to
    ``options``), nested scanners (a cascade's ``primary``/``escalate``) included."""
    from shieldwall.scanners.registry import get_scanner_class

    if not isinstance(options, Mapping):
        return [Problem("", f"options must be a mapping, got {type(options).__name__}")]
    problems: list[Problem] = []
    bad_keys = [k for k in options if not isinstance(k, str)]
    for k in bad_keys:
        problems.append(Problem(str(k), f"option names must be strings, got {type(k).__name__} {k!r}"))
    model = cls.options_model
    if model is not None:
        try:
            model.model_validate({k: v for k, v in options.items() if isinstance(k, str)})
        except ValidationError as exc:
            problems.extend(pydantic_problems(exc, model, what="option", owner=f" of scanner '{cls.name}'",
                                              siblings=ENTRY_KEYS))
    if problems:
        return problems
    try:
        nested = cls.nested_scanners(options)
    except ShieldwallError:
        return problems  # the schema reported it already
    for key, spec in nested:
        try:
            name, sub = scanner_spec(spec)
        except ConfigError as exc:
            problems.append(Problem(key, str(exc)))
            continue
        try:
            sub_cls = get_scanner_class(name)
        except ShieldwallError as exc:
            problems.append(Problem(f"{key}.name", str(exc)))
            continue
        problems.extend(p.under(f"{key}.options") for p in check_options(sub_cls, sub))
    return problems


def options_error(name: str, problems: list[Problem]) -> ConfigError:
    """One :class:`ConfigError` naming every problem of scanner ``name``'s options."""
    if len(problems) == 1:
        only = problems[0].under("options")
        return ConfigError(only.message, key=only.key)
    lines = "\n".join(f"  {p.under('options')}" for p in problems)
    return ConfigError(f"scanner '{name}': {len(problems)} problems with its options:\n{lines}")
