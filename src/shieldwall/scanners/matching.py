"""ReDoS-safe pattern matching on normalised text, with spans mapped back to the original.

Patterns compile with RE2 (linear time, no catastrophic backtracking). Patterns RE2 cannot
compile (look-arounds, back-references) are rejected with a clear error rather than silently run
on a backtracking engine.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import re2

from shieldwall.core.errors import ConfigError
from shieldwall.core.textnorm import map_span, normalize_with_map

# RE2 program size limit and per-text cap keep a hostile pattern or text bounded.
_MAX_MEM = 64 << 20


@lru_cache(maxsize=1024)
def compile_pattern(pattern: str, ignore_case: bool = True) -> Any:
    """Compile with RE2; raise :class:`ConfigError` naming the pattern when it cannot."""
    options = re2.Options()
    options.case_sensitive = not ignore_case
    options.max_mem = _MAX_MEM
    options.log_errors = False
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", errors="replace")
        raise ConfigError(f"pattern {pattern!r} is not supported by the RE2 engine "
                          f"(no look-arounds or back-references): {reason}") from exc


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str


class NormalizedText:
    """A text plus its normalised form and the offset map between them."""

    def __init__(self, text: str) -> None:
        self.original = text
        if text.isascii():
            self.normalized = text
            self._index: list[int] | None = None
        else:
            self.normalized, self._index = normalize_with_map(text)

    def finditer(self, compiled: Any) -> Iterator[Match]:
        for m in compiled.finditer(self.normalized):
            start, end = m.span()
            if self._index is not None:
                start, end = map_span(self._index, start, end, len(self.original))
            yield Match(start, end, self.original[start:end])

    def line_of(self, offset: int) -> int:
        return self.original.count("\n", 0, offset) + 1
