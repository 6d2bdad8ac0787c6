"""Split an LLM response into code blocks: fenced blocks keep their line offset in the response."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([^\s`{]*)[^\n`]*$", re.MULTILINE)


@dataclass(frozen=True)
class CodeBlock:
    """A piece of code; ``line_offset`` is the number of response lines before its first line."""

    code: str
    info: str | None
    line_offset: int


def has_fences(text: str) -> bool:
    return ("```" in text or "~~~" in text) and _FENCE.search(text) is not None


def extract_blocks(text: str) -> list[CodeBlock]:
    """Fenced code blocks of a Markdown response (an unclosed last fence runs to the end)."""
    blocks: list[CodeBlock] = []
    pos = 0
    counted_to, lines_before = 0, 0  # running newline count, so many blocks stay linear
    while True:
        opening = _FENCE.search(text, pos)
        if opening is None:
            break
        fence = opening.group(1)
        info = opening.group(2).strip().lower() or None
        body_start = opening.end() + 1
        closing_rx = re.compile(
            rf"^[ \t]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE
        )
        closing = closing_rx.search(text, body_start) if body_start <= len(text) else None
        body_end = closing.start() if closing else len(text)
        body = text[body_start:body_end] if body_start <= body_end else ""
        upto = min(body_start, len(text))
        lines_before += text.count("\n", counted_to, upto)
        counted_to = upto
        blocks.append(CodeBlock(code=body, info=info, line_offset=lines_before))
        if closing is None:
            break
        pos = closing.end()
    return blocks
