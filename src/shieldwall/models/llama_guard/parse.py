"""Parse Llama Guard output (``safe`` or ``unsafe\\nS1,S10``) without ever raising.

Tolerates surrounding whitespace, any letter case, markdown or quotes around words, extra text
before or after the verdict, codes separated by commas, spaces or semicolons, and unknown codes
(reported apart). Unusable output (empty, no verdict word) gives ``verdict=None`` and an ``error``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_VERDICT = re.compile(r"\b(unsafe|safe)\b", re.IGNORECASE)
_SPLIT = re.compile(r"[\s,;|/]+")
_CODE_LIKE = re.compile(r"^[A-Za-z]{1,3}\d{1,3}$")
_TRIM = "\"'`*_.:()[]{}<>!?#-"


@dataclass
class ParsedOutput:
    """What a guard model said: ``verdict`` is ``"safe"``, ``"unsafe"`` or ``None``."""

    verdict: str | None
    codes: list[str] = field(default_factory=list)
    unknown_codes: list[str] = field(default_factory=list)
    raw: str = ""
    error: str | None = None

    @property
    def unsafe(self) -> bool:
        return self.verdict == "unsafe"

    @property
    def ok(self) -> bool:
        return self.verdict is not None


def parse_output(text: object, known_codes: Iterable[str] | None = None) -> ParsedOutput:
    """Parse ``text``; ``known_codes`` (a taxonomy's codes) decides which codes are recognised.

    Without ``known_codes`` any letter+number token (``S1``, ``O3``) counts as a code.
    """
    raw = text if isinstance(text, str) else ("" if text is None else str(text))
    stripped = raw.strip()
    if not stripped:
        return ParsedOutput(verdict=None, raw=raw, error="the guard model returned empty output")
    match = _VERDICT.search(stripped)
    if match is None:
        shown = " ".join(stripped.split())[:80]
        return ParsedOutput(
            verdict=None,
            raw=raw,
            error=f"no 'safe' or 'unsafe' in the guard model's output: {shown!r}",
        )
    verdict = match.group(1).lower()
    if verdict == "safe":
        return ParsedOutput(verdict="safe", raw=raw)
    known = {c.upper(): c for c in known_codes} if known_codes is not None else None
    codes: dict[str, None] = {}
    unknown: dict[str, None] = {}
    for token in _SPLIT.split(stripped[match.end() :]):
        token = token.strip(_TRIM)
        if not token:
            continue
        if known is not None and token.upper() in known:
            codes.setdefault(known[token.upper()], None)
        elif _CODE_LIKE.match(token):
            if known is None:
                codes.setdefault(token.upper(), None)
            else:
                unknown.setdefault(token.upper(), None)
    return ParsedOutput(verdict="unsafe", codes=list(codes), unknown_codes=list(unknown), raw=raw)
