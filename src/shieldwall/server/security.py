"""API keys (compared as SHA-256 hashes so that key files and memory never need plain keys),
browser sessions, and keeping keys out of logged URLs."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Receive, Scope, Send

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


class SessionStore:
    """Browser sessions of the triage page: the cookie holds a random token, never the key.

    Tokens live in memory only (a restart logs everyone out) and expire after ``ttl_s``; at
    most ``max_sessions`` are kept, the oldest dropped first.
    """

    def __init__(self, ttl_s: float = 8 * 3600.0, max_sessions: int = 10_000) -> None:
        self.ttl_s = ttl_s
        self.max_sessions = max_sessions
        self._expiry: dict[str, float] = {}
        self._lock = threading.Lock()

    def create(self) -> str:
        token = secrets.token_urlsafe(32)
        now = time.monotonic()
        with self._lock:
            self._expiry = {k: v for k, v in self._expiry.items() if v > now}
            while len(self._expiry) >= self.max_sessions:
                del self._expiry[next(iter(self._expiry))]
            self._expiry[hash_key(token)] = now + self.ttl_s
        return token

    def check(self, token: str | None) -> bool:
        if not token:
            return False
        digest = hash_key(token)
        with self._lock:
            expiry = self._expiry.get(digest)
            if expiry is None:
                return False
            if expiry <= time.monotonic():
                del self._expiry[digest]
                return False
            return True

    def drop(self, token: str | None) -> None:
        if token:
            with self._lock:
                self._expiry.pop(hash_key(token), None)


#: Query parameters that look like credentials: redacted before anything can log the URL.
SECRET_QUERY_PARAMS = frozenset({"key", "api_key", "apikey", "api-key", "token", "access_token",
                                 "auth", "authorization", "password", "secret"})


class RedactQueryKeys:
    """Replace credential-looking query values with ``REDACTED`` in the request scope itself, so
    the server's access log (which prints the scope's query string) never shows a key. Keys are
    only ever read from headers, so nothing legitimate is lost."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw: bytes = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if raw:
            pairs = parse_qsl(raw.decode("latin-1"), keep_blank_values=True)
            if any(k.lower() in SECRET_QUERY_PARAMS for k, _ in pairs):
                scope["query_string"] = urlencode(
                    [(k, "REDACTED" if k.lower() in SECRET_QUERY_PARAMS else v)
                     for k, v in pairs]).encode("latin-1")
        await self.app(scope, receive, send)
