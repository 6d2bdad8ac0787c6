"""Unicode normalisation applied before any matching, so look-alike characters cannot evade rules.

``normalize`` applies NFKC, drops invisible format characters (zero-width, bidi controls, tag
characters) and folds confusable characters (Cyrillic 'а', Greek 'ο', ...) to their ASCII
look-alikes. ``normalize_with_map`` also returns, for every output character, the offset of the
input character it came from, so spans found on the normalised text map back to the original.
"""

from __future__ import annotations

import re
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


# -- the edge: text enters the system once -----------------------------------------------------



class CleanText(str):
    """Text after :func:`clean`, carrying what cleaning found as evidence.

    ``hidden`` is the ASCII that Unicode tag characters smuggled (it is also appended to the text,
    on its own line, so every scanner reads it); ``replaced`` counts invalid code points (lone
    surrogates) replaced by U+FFFD; ``removed`` counts invisible and control characters dropped.
    """

    hidden: str
    replaced: int
    removed: int

    def __new__(cls, text: str, *, hidden: str = "", replaced: int = 0, removed: int = 0) -> CleanText:
        obj = super().__new__(cls, text)
        obj.hidden = hidden
        obj.replaced = replaced
        obj.removed = removed
        return obj


# Words that mix ASCII letters with other letters ("lаunch" with a Cyrillic "а").
_MIXED_WORD = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[^\W\x00-\x7f])\w+")
_TAGS = re.compile("[\U000e0000-\U000e007f]")
# Control characters (but tab and newlines) and invisible characters; the joiners ZWNJ/ZWJ are
# handled apart, since they are ordinary spelling between non-ASCII letters.
_DROP = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u180e\u200b\u200e\u200f"
                   "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_ASCII_DROP = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_STRAY_JOINER = re.compile("(?<![^\x00-\x7f])[\u200c\u200d]|[\u200c\u200d](?![^\x00-\x7f])")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    return str.maketrans(_confusable_map())


def _fold_mixed_words(text: str) -> str:
    """Fold confusable characters, but only inside words that mix them with ASCII letters.

    ``lаunch`` with a Cyrillic ``а`` becomes ``launch``; a word written wholly in Cyrillic or Greek
    is left alone, so non-Latin text reaches the models intact.
    """
    table = _fold_table()
    return _MIXED_WORD.sub(lambda m: m.group(0).translate(table), text)


def repair(text: str | bytes) -> str:
    """Text that can always be encoded: bytes decoded with replacement, lone surrogates -> U+FFFD."""
    if isinstance(text, bytes):
        return text.decode("utf-8", errors="replace")
    if text.isascii() or not any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def clean(text: str | bytes) -> CleanText:
    """The one normalisation at the edge, whose output every scanner and model sees.

    Never raises. Bytes are decoded as UTF-8; lone UTF-16 surrogates (from JSON escapes such as
    ``\\ud800``), undecodable bytes and U+FFFD are dropped (``replaced`` counts them); NUL and
    other control characters (but tab and newlines) are dropped; Unicode tag characters are
    removed and the ASCII they hide is appended on its own line; zero-width and bidi controls
    are removed (joiners between non-ASCII letters are kept); NFKC folds fullwidth, mathematical
    and circled letters; confusables are folded in words that mix scripts.
    """
    if isinstance(text, CleanText):
        return text
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if text.isascii():
        if not _ASCII_DROP.search(text):
            return CleanText(text)
        kept = _ASCII_DROP.sub("", text)
        return CleanText(kept, removed=len(text) - len(kept))
    # Lone surrogates (and the replacement characters that undecodable bytes became) carry no
    # meaning and would split a word in two ("launc\udfffh"): they are dropped, and counted.
    repaired = repair(text)
    replaced = repaired.count("\ufffd")
    text = repaired.replace("\ufffd", "") if replaced else repaired
    size = len(text)
    payload = ""
    tags = _TAGS.findall(text)
    if tags:
        payload = "".join(chr(ord(c) - 0xE0000) for c in tags if 0xE0020 <= ord(c) <= 0xE007E).strip()
        text = _TAGS.sub("", text)
    text = _STRAY_JOINER.sub("", _DROP.sub("", text))
    removed = size - len(text)
    out = unicodedata.normalize("NFKC", text)
    if not out.isascii():
        out = _fold_mixed_words(out)
    if payload:
        out = f"{out}\n{payload}" if out else payload
    return CleanText(out, hidden=payload, replaced=replaced, removed=removed)
