"""One registry pattern for every eval extension point (targets, benchmarks, judges, transforms).

A decorator registers our own components; an entry-point group lets an outside package add one
without touching core::

    [project.entry-points."shieldwall.eval_targets"]
    my_target = "my_pkg.targets:MyTarget"

An unknown name is a :class:`UnknownComponentError` that lists every known name.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any, Generic, TypeVar

from shieldwall.core.errors import ShieldwallError

T = TypeVar("T")
C = TypeVar("C")


class UnknownComponentError(ShieldwallError):
    """A target, benchmark, judge or transform name that no registry entry provides."""


class Registry(Generic[T]):
    """Named classes of one kind: registered by decorator, built-in lazy modules, entry points."""

    def __init__(self, kind: str, group: str, base: Any, builtin_modules: dict[str, str] | None = None) -> None:
        self.kind = kind
        self.group = group
        self.base = base
        self._classes: dict[str, type[T]] = {}
        self._builtin = dict(builtin_modules or {})
        self._lazy: dict[str, str] = {}
        self._eps_loaded = False

    def register(self, name: str | None = None) -> Callable[[C], C]:
        """Class decorator: register under ``name`` (default: the class attribute ``name``)."""

        def wrap(cls: C) -> C:
            key = name or getattr(cls, "name", None)
            if not key or not isinstance(key, str):
                raise ShieldwallError(f"{self.kind} {cls!r} has no name")
            existing = self._classes.get(key)
            if existing is not None and existing is not cls and existing.__qualname__ != getattr(
                    cls, "__qualname__", None):
                raise ShieldwallError(f"{self.kind} name '{key}' is already used by {existing.__qualname__}")
            self._classes[key] = cls  # type: ignore[assignment]
            return cls

        return wrap

    def _load_entry_points(self) -> None:
        if self._eps_loaded:
            return
        self._eps_loaded = True
        for ep in entry_points(group=self.group):
            self._lazy.setdefault(ep.name, ep.value)

    def get(self, name: str) -> type[T]:
        """The class registered as ``name``; imports built-in or plugin modules on demand."""
        if name in self._classes:
            return self._classes[name]
        module = self._builtin.get(name)
        if module is not None:
            importlib.import_module(module)
            if name in self._classes:
                return self._classes[name]
        self._load_entry_points()
        target = self._lazy.get(name)
        if target is not None:
            module_name, _, attr = target.partition(":")
            try:
                obj: Any = importlib.import_module(module_name)
                for part in attr.split(".") if attr else []:
                    obj = getattr(obj, part)
            except (ImportError, AttributeError) as exc:
                raise UnknownComponentError(f"{self.kind} plugin '{name}' ({target}) failed to load: {exc}") from exc
            if not (isinstance(obj, type) and issubclass(obj, self.base)):
                raise UnknownComponentError(f"{self.kind} plugin '{name}' ({target}) is not a {self.base.__name__}")
            self._classes.setdefault(name, obj)
            return self._classes[name]
        raise UnknownComponentError(f"unknown {self.kind} '{name}'; known: {', '.join(self.names())}")

    def create(self, spec: str, **extra: Any) -> T:
        """An instance from ``NAME[:MAIN][?key=value...]``: the class registered as NAME, called
        with MAIN and the options (coerced to int/float/bool where they read so) plus ``extra``."""
        kind, main, options = parse_spec(spec)
        cls: Any = self.get(kind)  # registered classes take (main, **options)
        opts: dict[str, Any] = {k: coerce(v) for k, v in options.items()}
        opts.update(extra)
        try:
            instance: T = cls(main, **opts)
        except TypeError as exc:
            raise ShieldwallError(f"{self.kind} '{spec}': bad options {sorted(opts)}: {exc}") from exc
        return instance

    def names(self) -> list[str]:
        """Every known name: registered, built-in and from entry points."""
        self._load_entry_points()
        return sorted(set(self._classes) | set(self._builtin) | set(self._lazy))

    def clear_plugin_cache(self) -> None:
        """Forget entry points read so far (tests, or after installing a plugin at run time)."""
        self._eps_loaded = False
        self._lazy.clear()


def parse_spec(spec: str) -> tuple[str, str, dict[str, str]]:
    """``KIND[:MAIN][?key=value&key=value]`` -> (kind, main, options).

    Only the first ``:`` and the first ``?`` split, so ``callable:pkg.mod:fn`` and
    ``openai:llama3?base_url=http://host:8000/v1`` read as expected.
    """
    text = spec.strip()
    if not text:
        raise ShieldwallError("empty component spec")
    head, _, query = text.partition("?")
    kind, _, main = head.partition(":")
    options: dict[str, str] = {}
    if query:
        for part in query.split("&"):
            if not part:
                continue
            key, eq, value = part.partition("=")
            if not eq or not key:
                raise ShieldwallError(f"spec '{spec}': option '{part}' is not key=value")
            options[key.strip()] = value.strip()
    return kind.strip(), main.strip(), options


def coerce(value: str) -> Any:
    """A spec option as int, float, bool or str."""
    low = value.lower()
    if low in {"true", "yes", "on"}:
        return True
    if low in {"false", "no", "off"}:
        return False
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value
