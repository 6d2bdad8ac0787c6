"""API keys: compared as SHA-256 hashes so that key files and memory never need plain keys."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from pathlib import Path

from shieldwall.core.errors import ConfigError

PREFIX = "sha256:"


def hash_key(key: str) -> str:
    """The at-rest form of a key: ``sha256:<hex digest>``."""
    return PREFIX + hashlib.sha256(key.encode("utf-8")).hexdigest()


def new_key() -> str:
    """A fresh random API key."""
    return "sw-" + secrets.token_urlsafe(32)


def read_key_file(path: Path) -> list[str]:
    """Keys from a file: one per line (``sha256:<hex>`` or plain), ``#`` comments allowed."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read API key file: {exc.strerror}", source=str(path)) from exc
    keys: list[str] = []
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith(PREFIX) and not _is_digest(line):
            raise ConfigError("malformed hash (expected sha256: and 64 hex digits)",
                              source=str(path), key=f"line {number}")
        keys.append(line)
    return keys


def _is_digest(entry: str) -> bool:
    digest = entry[len(PREFIX):]
    return len(digest) == 64 and all(c in "0123456789abcdef" for c in digest.lower())


class KeyRing:
    """A set of key hashes. ``enabled`` is False when no keys were given (the group is open)."""

    def __init__(self, keys: Iterable[str] = ()) -> None:
        hashes: list[str] = []
        for key in keys:
            if key.startswith(PREFIX) and _is_digest(key):
                hashes.append(key.lower())
            else:
                hashes.append(hash_key(key))
        self._hashes = tuple(dict.fromkeys(hashes))

    @property
    def enabled(self) -> bool:
        return bool(self._hashes)

    def __len__(self) -> int:
        return len(self._hashes)

    def check(self, key: str | None) -> bool:
        """True when ``key`` is one of ours (constant-time per stored hash)."""
        if not key:
            return False
        candidate = hash_key(key)
        found = False
        for stored in self._hashes:
            found |= hmac.compare_digest(candidate, stored)
        return found


def key_from_headers(authorization: str | None, x_api_key: str | None) -> str | None:
    """The key a client sent: ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``."""
    if x_api_key:
        return x_api_key.strip()
    if authorization:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
    return None
