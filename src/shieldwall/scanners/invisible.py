"""Invisible text: Unicode tag characters (which smuggle hidden ASCII), zero-width characters and
bidi controls. Reports the decoded hidden payload so reviewers can read what was smuggled."""

from __future__ import annotations

import unicodedata
from typing import ClassVar

from shieldwall.core.verdict import Action, Detection, ScanResult, Span
from shieldwall.scanners.base import ScanInput, Scanner, ScannerOptions
from shieldwall.scanners.registry import register

_ZERO_WIDTH = {0x200B, 0x200C, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF, 0x180E, 0x00AD}
_ZWJ = 0x200D
_BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | {0x200E, 0x200F}


def _is_emoji_side(ch: str) -> bool:
    return bool(ch) and (ord(ch) >= 0x2190 or unicodedata.category(ch) == "So")


def decode_tags(text: str) -> str:
    """The ASCII hidden in Unicode tag characters (U+E0020..U+E007E)."""
    return "".join(chr(ord(c) - 0xE0000) for c in text if 0xE0020 <= ord(c) <= 0xE007E)


class InvisibleTextOptions(ScannerOptions):
    """The ``invisible_text`` scanner takes no options."""


@register()
class InvisibleTextScanner(Scanner):
    """Detects characters that hide or reorder text."""

    name: ClassVar[str] = "invisible_text"
    categories: ClassVar[tuple[str, ...]] = ("invisible_text",)
    default_action: ClassVar[Action] = Action.WARN
    inline: ClassVar[bool] = True
    description: ClassVar[str] = "Unicode tag characters, zero-width characters and bidi controls."
    options_model: ClassVar[type[ScannerOptions] | None] = InvisibleTextOptions

    def scan(self, item: ScanInput) -> ScanResult:
        text = item.raw or item.text  # the hiding itself is what this scanner looks for
        if text.isascii():
            return self.result(scores={"invisible_text": 0.0})
        tags = zero = bidi = 0
        first = -1
        last = -1
        for i, ch in enumerate(text):
            cp = ord(ch)
            hit = False
            if 0xE0000 <= cp <= 0xE007F:
                tags += 1
                hit = True
            elif cp in _BIDI:
                bidi += 1
                hit = True
            elif cp == _ZWJ:
                before = text[i - 1] if i else ""
                after = text[i + 1] if i + 1 < len(text) else ""
                if not (_is_emoji_side(before) and _is_emoji_side(after)):
                    zero += 1
                    hit = True
            elif cp in _ZERO_WIDTH and not (cp == 0xFEFF and i == 0):
                if cp == 0x200C and i and text[i - 1].isalpha() and text[i + 1:i + 2].isalpha() \
                        and not text[i - 1].isascii():
                    continue  # ZWNJ inside Persian/Indic words is ordinary spelling
                zero += 1
                hit = True
            if hit:
                first = i if first < 0 else first
                last = i
        if not (tags or zero or bidi):
            return self.result(scores={"invisible_text": 0.0})
        score = 1.0 if tags else 0.9 if bidi else min(0.95, 0.55 + 0.05 * zero)
        payload = decode_tags(text) if tags else ""
        parts = []
        if tags:
            parts.append(f"{tags} tag character(s) hiding {payload!r}")
        if bidi:
            parts.append(f"{bidi} bidi control(s)")
        if zero:
            parts.append(f"{zero} zero-width character(s)")
        return self.result(
            scores={"invisible_text": score},
            detections=[Detection(
                category="invisible_text", score=score,
                message="invisible characters: " + ", ".join(parts),
                span=Span(start=first, end=last + 1),
                metadata={"hidden_payload": payload, "tag_chars": tags, "bidi_controls": bidi,
                          "zero_width": zero},
            )],
        )
