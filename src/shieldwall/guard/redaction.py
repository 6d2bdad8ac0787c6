"""Redaction: replace the spans that ``redact`` findings point at (checks and streams alike)."""

from __future__ import annotations

from shieldwall.core.verdict import Action, Finding


def redaction_spans(findings: list[Finding], offset: int = 0) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` of every redact finding, shifted by ``offset``."""
    return [(f.span.start + offset, f.span.end + offset, str(f.metadata.get("replacement", "[REDACTED]")))
            for f in findings if f.action is Action.REDACT and f.span is not None]


def redact_spans(text: str, spans: list[tuple[int, int, str]], start: int = 0) -> str:
    """``text[start:]`` with each ``(start, end, replacement)`` span replaced; overlaps are merged
    into the first replacement and spans before ``start`` (already released) are skipped."""
    out: list[str] = []
    pos = start
    for s, e, replacement in sorted(spans):
        s = max(s, pos)
        if e <= s:
            continue
        out.append(text[pos:s])
        out.append(replacement)
        pos = e
    out.append(text[pos:])
    return "".join(out)
