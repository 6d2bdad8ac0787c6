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
    start: int = 0  # character span of the whole fenced block, fences included
    end: int = 0


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
        end = closing.end() if closing else len(text)
        blocks.append(CodeBlock(body, info, lines_before, opening.start(), end))
        if closing is None:
            break
        pos = closing.end()
    return blocks


def outside_blocks(text: str, blocks: list[CodeBlock]) -> str:
    """``text`` with every fenced block blanked out (newlines kept, so line numbers still match)."""
    parts: list[str] = []
    pos = 0
    for block in blocks:
        parts.append(text[pos : block.start])
        parts.append("\n" * text.count("\n", block.start, block.end))
        pos = block.end
    parts.append(text[pos:])
    return "".join(parts)
