"""Load and validate policies from presets, YAML files or mappings."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from shieldwall.core.errors import PolicyError
from shieldwall.policy.model import Policy
from shieldwall.policy.validation import PolicyValidationError, policy_problems
from shieldwall.policy.yamlsafe import load_yaml

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


def validate_policy(data: Any, source: str) -> Policy:
    """Validate a parsed policy mapping: the schema, the taxonomy and keys YAML read as booleans.
    Raises :class:`PolicyValidationError` naming every problem, each with ``source`` and its key
    path."""
    if data is None:
        raise PolicyError("the policy is empty", source=source)
    if not isinstance(data, dict):
        raise PolicyError(f"expected a mapping at the top level, got {type(data).__name__}", source=source)
    problems = policy_problems(data)
    if problems:
        raise PolicyValidationError(problems, source=source)
    return Policy.model_validate(data)


def read_policy(spec: str | Path | dict[str, Any] | None = None) -> tuple[Any, str]:
    """The parsed, not yet validated policy mapping for a preset name, YAML path or mapping
    (``None``: the default preset), and the source name errors should give."""
    if spec is None:
        spec = "general_assistant"
    if isinstance(spec, dict):
        return spec, "<inline policy>"
    text = str(spec)
    name = PRESET_ALIASES.get(text, text).replace("-", "_")
    if name in presets():
        raw = resources.files(_PRESETS).joinpath(f"{name}.yaml").read_text("utf-8")
        return load_yaml(raw, f"<preset:{name}>"), f"<preset:{name}>"
    path = Path(text)
    if not path.exists():
        raise PolicyError(f"no such file or preset; presets: {', '.join(presets())}", source=text)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"cannot read the file: {exc}", source=text) from exc
    return load_yaml(raw, text), text


def load_policy(spec: str | Path | dict[str, Any] | Policy | None = None) -> Policy:
    """A policy by preset name, YAML path, mapping, or as given (``None``: the default preset).

    Checks the policy's own text (schema, boolean YAML keys, size, taxonomy); scanner names,
    options and category keys are checked by :func:`shieldwall.guard.policy_check.check_policy`,
    which ``Guard.from_policy`` and ``shieldwall policy validate`` use.
    """
    if isinstance(spec, Policy):
        return spec
    data, source = read_policy(spec)
    return validate_policy(data, source)


def dump_policy(policy: Policy) -> str:
    """The policy as YAML (what `shieldwall policy show` prints)."""
    data = policy.model_dump(mode="json", exclude_none=True)
    return yaml.safe_dump(data, sort_keys=False, width=100, allow_unicode=True)
