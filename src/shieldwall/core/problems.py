"""Problems with a configuration, reported all at once: each with its key path, and a
"did you mean" when a name is close to a known one."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, get_args

from pydantic import BaseModel, ValidationError


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
        elif isinstance(error.get("input"), bool) and error["type"] in {"enum", "literal_error", "string_type"}:
            message += (f" (got the boolean {str(error['input']).lower()}: YAML 1.1 reads unquoted "
                        "on/off/yes/no as booleans, so quote the word)")
        problems.append(Problem(key, message))
    return problems
