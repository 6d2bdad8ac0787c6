"""Helpers to build data/borderline/*.jsonl and data/moderation/*.jsonl from compact text.

Borderline blocks (kind "request"): "@<type>" sets the slice tag; groups are separated by
blank lines; "+ text" is a safe row, "- S1 text" (or "- S1,S10 text") an unsafe twin. Rows of
a group that has an unsafe twin share contrast_group "bl-<n>" (n = file base + group index).

Moderation blocks (kind "statement"): "@<topic> <safe|S-codes>" sets topic tag and label;
each following non-empty line is one row; "[S1] " at line start overrides the codes;
" || " becomes a line break.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]
_CODES = re.compile(r"^(S\d{1,2}(?:,S\d{1,2})*)\s+")
_OVERRIDE = re.compile(r"^\[(S\d{1,2}(?:,S\d{1,2})*)\]\s*")


def _row(stem: str, i: int, kind: str, text: str, label: str, cats: list[str],
         group: str | None, tags: list[str]) -> dict:
    return {"id": f"{stem}-{i}", "kind": kind, "text": text, "label": label,
            "categories": cats if label == "unsafe" else [], "attack": "none",
            "contrast_group": group, "tags": tags, "source": "written", "lang": "en"}


def borderline(block: str, base: int, extra_tags: list[str] | None = None) -> list[dict]:
    """Parse a borderline block into row dicts (without ids)."""
    rows: list[dict] = []
    kind_tag = "untyped"
    groups: list[list[tuple[str, str, list[str]]]] = [[]]
    types: list[str] = [kind_tag]
    for raw in [*block.strip().splitlines(), ""]:
        s = raw.strip()
        if s.startswith("#"):
            continue
        if s.startswith("@"):
            kind_tag = s[1:].strip()
            if groups[-1]:
                groups.append([])
                types.append(kind_tag)
            types[-1] = kind_tag
            continue
        if not s:
            if groups[-1]:
                groups.append([])
                types.append(kind_tag)
            continue
        if s.startswith("+ "):
            groups[-1].append(("safe", s[2:].strip(), []))
        elif s.startswith("- "):
            rest = s[2:].strip()
            m = _CODES.match(rest)
            if not m:
                raise SystemExit(f"unsafe line without S-code: {s!r}")
            groups[-1].append(("unsafe", rest[m.end():].strip(), m.group(1).split(",")))
        else:
            raise SystemExit(f"line must start with '+ ' or '- ': {s!r}")
    n = base
    for g, t in zip(groups, types, strict=False):
        if not g:
            continue
        has_unsafe = any(lab == "unsafe" for lab, _, _ in g)
        gid = None
        if has_unsafe:
            n += 1
            gid = f"bl-{n}"
        for lab, text, cats in g:
            tags = [t, *list(extra_tags or [])]
            rows.append({"text": text, "label": lab, "categories": cats, "group": gid,
                         "tags": tags})
    return rows


def moderation(block: str) -> list[dict]:
    rows: list[dict] = []
    topic, label, cats = "misc", "safe", []
    for raw in block.strip().splitlines():
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        h = _HEADER.match(s)
        if h:
            topic = h.group(1)
            if h.group(2) == "safe":
                label, cats = "safe", []
            else:
                label, cats = "unsafe", h.group(2).split(",")
            continue
        c = list(cats)
        m = _OVERRIDE.match(s)
        if m:
            c = m.group(1).split(",")
            s = s[m.end():]
        rows.append({"text": s.replace(" || ", "\n"), "label": label, "categories": c,
                     "group": None, "tags": ["moderation", *_topic_tags(topic, label, c)]})
    return rows


_HEADER = re.compile(r"^@(\w+) (safe|S\d{1,2}(?:,S\d{1,2})*)$")
# block names -> canonical topic tag (+ optional style tag)
_TOPICS = {
    "hate_implicit": ["hate", "implicit"], "harassment_long": ["harassment", "long"],
    "self_harm_long": ["self_harm", "long"], "self_harm": ["self_harm"],
    "sexual_more": ["sexual"], "minors_sexual": ["sexual_minors"],
    "minors_sexual_more": ["sexual_minors"], "violence_more": ["violence"],
    "gore_more": ["gore"], "dark_joke": ["dark_humor"], "news_violence": ["violence_news"],
    "news_talk": ["news"], "news_comment": ["news"], "sports_talk": ["violence_sports"],
    "game_talk": ["violence_games"], "gaming_banter": ["banter", "gaming"],
    "sexual_health_talk": ["sex_ed"], "health_question": ["mental_health"],
    "self_harm_awareness": ["recovery_support", "awareness"], "support": ["recovery_support"],
    "support_request": ["recovery_support", "help_seeking"], "work_complaint": ["complaint"],
    "rant": ["complaint", "long"], "politics": ["politics_heated"],
}
_BY_CODE = {"S10": "hate", "S1": "violence", "S11": "self_harm", "S12": "sexual",
            "S4": "sexual_minors"}


def _topic_tags(topic: str, label: str, cats: list[str]) -> list[str]:
    if topic in ("long_post_unsafe", "short"):
        style = "long" if topic.startswith("long") else "short"
        if label == "unsafe":
            return [_BY_CODE.get(cats[0], "unsafe_misc"), style]
        return ["chat" if style == "short" else "personal_story", style]
    return list(_TOPICS.get(topic, [topic]))


def write(folder: str, stem: str, kind: str, rows: list[dict]) -> Path:
    seen: set[str] = set()
    out = []
    for i, r in enumerate(rows, 1):
        key = " ".join(r["text"].lower().split())
        if key in seen:
            raise SystemExit(f"{stem}: duplicate text at row {i}: {r['text'][:70]!r}")
        seen.add(key)
        if r["label"] == "unsafe" and not r["categories"]:
            raise SystemExit(f"{stem}: unsafe row {i} without categories")
        out.append(_row(stem, i, kind, r["text"], r["label"], r["categories"], r["group"],
                        r["tags"]))
    path = DATA / folder / f"{stem}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{path.name}: {len(out)} rows")
    return path
