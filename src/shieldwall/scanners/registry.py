"""Scanner registry: a decorator for our own scanners plus the ``shieldwall.scanners`` entry-point
group, so an outside package adds a scanner without touching core::

    [project.entry-points."shieldwall.scanners"]
    my_scanner = "my_pkg.scanners:MyScanner"
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from importlib.metadata import entry_points
from typing import Any, TypeVar

from pydantic import ValidationError

from shieldwall.core.errors import ConfigError, ScannerError, ShieldwallError, UnknownScannerError
from shieldwall.core.problems import Problem, did_you_mean, pydantic_problems
from shieldwall.scanners.base import Scanner

ENTRY_POINT_GROUP = "shieldwall.scanners"
S = TypeVar("S", bound=type[Scanner])

_REGISTRY: dict[str, type[Scanner]] = {}
_LAZY: dict[str, str] = {}
_entry_points_loaded = False

# Built-in scanners that live in optional or heavy modules: imported only when a policy names them.
_BUILTIN_MODULES: dict[str, str] = {
    "regex": "shieldwall.scanners.regex",
    "keywords": "shieldwall.scanners.regex",
    "secrets": "shieldwall.scanners.secrets",
    "pii": "shieldwall.scanners.secrets",
    "invisible_text": "shieldwall.scanners.invisible",
    "content": "shieldwall.scanners.content",
    "prompt_attack": "shieldwall.scanners.prompt_attack",
    "code": "shieldwall.scanners.code",
    "llama_guard": "shieldwall.scanners.llama_guard",
    "prompt_guard": "shieldwall.scanners.prompt_guard",
    "openai_moderation": "shieldwall.scanners.openai_moderation",
    "cascade": "shieldwall.scanners.cascade",
}


def register(name: str | None = None) -> Callable[[S], S]:
    """Class decorator that registers a scanner under ``name`` (default: the class's ``name``)."""

    def wrap(cls: S) -> S:
        key = name or cls.name
        if not key:
            raise ScannerError(f"scanner {cls.__qualname__} has no name")
        existing = _REGISTRY.get(key)
        if existing is not None and existing is not cls and existing.__qualname__ != cls.__qualname__:
            raise ScannerError(f"scanner name '{key}' is already used by {existing.__qualname__}")
        _REGISTRY[key] = cls
        return cls

    return wrap


def _load_entry_points() -> None:
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        _LAZY.setdefault(ep.name, ep.value)


def get_scanner_class(name: str) -> type[Scanner]:
    """The scanner class registered as ``name``; imports built-in or plugin modules on demand."""
    if name in _REGISTRY:
        return _REGISTRY[name]
    module = _BUILTIN_MODULES.get(name)
    if module is not None:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise UnknownScannerError(
                f"scanner '{name}' needs a module that could not be imported ({exc}); "
                "is its optional extra installed?"
            ) from exc
        if name in _REGISTRY:
            return _REGISTRY[name]
    _load_entry_points()
    target = _LAZY.get(name)
    if target is not None:
        module_name, _, attr = target.partition(":")
        try:
            obj: Any = importlib.import_module(module_name)
            for part in attr.split(".") if attr else []:
                obj = getattr(obj, part)
        except (ImportError, AttributeError) as exc:
            raise UnknownScannerError(f"scanner plugin '{name}' ({target}) failed to load: {exc}") from exc
        if not (isinstance(obj, type) and issubclass(obj, Scanner)):
            raise UnknownScannerError(f"scanner plugin '{name}' ({target}) is not a Scanner subclass")
        _REGISTRY.setdefault(name, obj)
        return _REGISTRY[name]
    known = available_scanners()
    raise UnknownScannerError(f"unknown scanner '{name}'{did_you_mean(name, known)} (known: {', '.join(known)})")


def available_scanners() -> list[str]:
    """Every scanner name known: registered, built-in and from entry points."""
    _load_entry_points()
    return sorted(set(_REGISTRY) | set(_BUILTIN_MODULES) | set(_LAZY))


def builtin_scanners() -> list[str]:
    """The names of the scanners that ship with shieldwall (their modules import on demand)."""
    return sorted(_BUILTIN_MODULES)


def create_scanner(name: str, **options: Any) -> Scanner:
    """Instantiate the scanner ``name`` with ``options``, checked first against its typed
    options schema (every problem named, with "did you mean" on misspelt option names)."""
    cls = get_scanner_class(name)
    if cls.options_model is not None:
        problems = check_options(cls, options)
        if problems:
            raise options_error(name, problems)
    try:
        return cls(**options)
    except TypeError as exc:
        raise ScannerError(f"scanner '{name}': bad options {sorted(options)}: {exc}") from exc


def clear_plugin_cache() -> None:
    """Forget entry points read so far (tests, or after installing a plugin at run time)."""
    global _entry_points_loaded
    _entry_points_loaded = False
    _LAZY.clear()


# -- options ------------------------------------------------------------------------------------

#: Keys of a policy's scanner entry (siblings of ``options``): a misplaced one gets a pointer.
ENTRY_KEYS = ("name", "id", "enabled", "timeout_ms", "fail_mode", "threshold", "action", "categories")


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
