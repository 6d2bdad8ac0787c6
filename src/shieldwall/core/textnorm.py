"""Unicode normalisation applied before any matching, so look-alike characters cannot evade rules.

``normalize`` applies NFKC, drops invisible format characters (zero-width, bidi controls, tag
characters) and folds confusable characters (Cyrillic 'а', Greek 'ο', ...) to their ASCII
look-alikes. ``normalize_with_map`` also returns, for every output character, the offset of the
input character it came from, so spans found on the normalised text map back to the original.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Characters that render as nothing (or reorder text) and are used to hide or split words.
INVISIBLE_RANGES: tuple[tuple[int, int], ...] = (
    (0x200B, 0x200F),  # zero-width space/joiners, LRM/RLM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2060, 0x2064),  # word joiner, invisible operators
    (0x2066, 0x2069),  # bidi isolates
    (0xFEFF, 0xFEFF),  # zero-width no-break space / BOM
    (0x00AD, 0x00AD),  # soft hyphen
    (0x180E, 0x180E),  # Mongolian vowel separator
    (0xE0000, 0xE007F),  # Unicode tag characters
)


def is_invisible(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in INVISIBLE_RANGES)


@lru_cache(maxsize=1)
def _confusable_map() -> dict[str, str]:
    """Non-ASCII character -> the ASCII character it is confusable with (letters and digits)."""
    from confusable_homoglyphs import confusables

    data: dict[str, list[dict[str, str]]] = confusables.confusables_data
    mapping: dict[str, str] = {}
    for char, glyphs in data.items():
        if len(char) != 1 or char.isascii():
            continue
        for glyph in glyphs:
            target = glyph.get("c", "")
            if len(target) == 1 and target.isascii() and target.isalnum():
                mapping[char] = target
                break
    return mapping


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text and, per output character, the index of its source character."""
    fold = _confusable_map()
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            out.append(ch)
            index.append(i)
            continue
        if is_invisible(ch):
            continue
        for piece in unicodedata.normalize("NFKC", ch):
            if not piece.isascii():
                piece = fold.get(piece, piece)
            out.append(piece)
            index.append(i)
    return "".join(out), index


def normalize(text: str) -> str:
    """NFKC, invisible characters removed, confusables folded to ASCII."""
    if text.isascii():
        return text
    return normalize_with_map(text)[0]


def map_span(index: list[int], start: int, end: int, original_length: int) -> tuple[int, int]:
    """Map ``[start, end)`` on normalised text back to offsets in the original text."""
    if not index:
        return 0, 0
    s = index[start] if start < len(index) else original_length
    e = index[end - 1] + 1 if 0 < end <= len(index) else s
    return s, max(s, e)


def safe_text(data: bytes | str) -> str:
    """Decode bytes as UTF-8 with replacement characters and strip NULs; never raises."""
    if isinstance(data, bytes):
        data = data.decode("utf-8", errors="replace")
    return data.replace("\x00", "")


def warm_normalizer() -> None:
    """Build the confusables table now rather than on the first non-ASCII text."""
    _confusable_map()
