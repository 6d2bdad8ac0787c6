"""One exception hierarchy; every message names the file, key or row at fault."""

from __future__ import annotations


class ShieldwallError(Exception):
    """Base class of every error shieldwall raises on purpose."""


class ConfigError(ShieldwallError):
    """A policy, taxonomy or rule file is invalid.

    ``source`` is the file (or ``<preset:NAME>``), ``key`` the dotted key path at fault.
    """

    def __init__(self, message: str, *, source: str | None = None, key: str | None = None) -> None:
        self.source = source
        self.key = key
        where = ""
        if source:
            where += f"{source}"
        if key:
            where += f"{': ' if where else ''}at '{key}'"
        super().__init__(f"{where}: {message}" if where else message)


class PolicyError(ConfigError):
    """The policy file is invalid."""


class TaxonomyError(ConfigError):
    """A taxonomy file is invalid or unknown."""


class ScannerError(ShieldwallError):
    """A scanner failed to load or to scan."""


class UnknownScannerError(ScannerError):
    """A policy names a scanner that no registry entry provides."""


class InputError(ShieldwallError):
    """User input (a conversation, a JSONL row, a file) cannot be used."""


class ModelError(ShieldwallError):
    """A model could not be loaded or run."""
