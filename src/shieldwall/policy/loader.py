"""Load and validate policies from presets, YAML files or mappings."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from shieldwall.core.errors import PolicyError
from shieldwall.policy.model import Policy

_PRESETS = "shieldwall.policy.presets"
PRESET_ALIASES = {
    "default": "general_assistant",
    "general": "general_assistant",
    "coding": "coding_assistant",
    "children": "children_education",
    "education": "children_education",
    "permissive": "research",
}


def presets() -> list[str]:
    """Names of the built-in policy presets."""
    return sorted(p.name.removesuffix(".yaml") for p in resources.files(_PRESETS).iterdir()
                  if p.name.endswith(".yaml"))


def _key_path(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for p in loc:
        if isinstance(p, int):
            parts.append(f"[{p}]")
        else:
            parts.append(("." if parts else "") + str(p))
    return "".join(parts)


def validate_policy(data: Any, source: str) -> Policy:
    """Validate a parsed policy mapping; errors name ``source``, the key path and the expectation."""
    if data is None:
        raise PolicyError("the policy is empty", source=source)
    if not isinstance(data, dict):
        raise PolicyError(f"expected a mapping at the top level, got {type(data).__name__}", source=source)
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        first = errors[0]
        key = _key_path(tuple(first["loc"]))
        detail = first["msg"]
        if first["type"] == "extra_forbidden":
            detail = "unknown key (check the spelling; see `shieldwall policy show default`)"
        more = f" (and {len(errors) - 1} more error(s))" if len(errors) > 1 else ""
        raise PolicyError(f"{detail}{more}", source=source, key=key or None) from exc
    from shieldwall.taxonomy import load_taxonomy

    try:
        load_taxonomy(policy.taxonomy)
    except Exception as exc:
        raise PolicyError(str(exc), source=source, key="taxonomy") from exc
    return policy


def load_policy(spec: str | Path | dict[str, Any] | Policy | None = None) -> Policy:
    """A policy by preset name, YAML path, mapping, or as given (``None``: the default preset)."""
    if isinstance(spec, Policy):
        return spec
    if spec is None:
        spec = "general_assistant"
    if isinstance(spec, dict):
        return validate_policy(spec, "<inline policy>")
    text = str(spec)
    name = PRESET_ALIASES.get(text, text).replace("-", "_")
    if name in presets():
        raw = resources.files(_PRESETS).joinpath(f"{name}.yaml").read_text("utf-8")
        return validate_policy(yaml.safe_load(raw), f"<preset:{name}>")
    path = Path(text)
    if not path.exists():
        raise PolicyError(f"no such file or preset; presets: {', '.join(presets())}", source=text)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"cannot read the file: {exc}", source=text) from exc
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise PolicyError(f"not valid YAML{where}: {getattr(exc, 'problem', exc)}", source=text) from exc
    return validate_policy(data, text)


def dump_policy(policy: Policy) -> str:
    """The policy as YAML (what `shieldwall policy show` prints)."""
    data = policy.model_dump(mode="json", exclude_none=True)
    return yaml.safe_dump(data, sort_keys=False, width=100, allow_unicode=True)
