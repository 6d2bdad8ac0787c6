"""Helpers to build data/attacks/*.jsonl and data/benign/*.jsonl from compact text blocks.

One row per non-empty line of a block. Inside a line, " || " becomes a paragraph break
and " ^^ " a single line break. A line may start with "[S2]" / "[S1,S10]" (makes the row
unsafe with those categories) and/or "{tag,tag}" (extra tags), in that order.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]
_CATS = re.compile(r"^\[(S\d{1,2}(?:,S\d{1,2})*)\]\s*")
_TAGS = re.compile(r"^\{([a-z0-9_,\-]+)\}\s*")


def expand(s: str) -> str:
    return s.replace(" || ", "\n\n").replace(" ^^ ", "\n")


def lines(block: str) -> list[str]:
    return [r.strip() for r in block.strip().splitlines() if r.strip() and not r.startswith("#")]


def rows(block: str, kind: str, attack: str, tags: list[str], label: str = "safe",
         cats: list[str] | None = None, group: str | None = None) -> list[dict]:
    out = []
    for s in lines(block):
        lab, c, extra = label, list(cats or []), []
        for _ in range(2):
            m = _CATS.match(s)
            if m:
                lab, c = "unsafe", m.group(1).split(",")
                s = s[m.end():]
            m = _TAGS.match(s)
            if m:
                extra = m.group(1).split(",")
                s = s[m.end():]
        out.append(row(kind, expand(s), attack, tags + extra, lab, c, group))
    return out


def row(kind: str, text: str, attack: str, tags: list[str], label: str = "safe",
        cats: list[str] | None = None, group: str | None = None) -> dict:
    return {"kind": kind, "text": text, "label": label,
            "categories": list(cats or []) if label == "unsafe" else [], "attack": attack,
            "contrast_group": group, "tags": list(dict.fromkeys(tags))}


def write(folder: str, stem: str, items: list[dict]) -> Path:
    seen: set[str] = set()
    out = []
    for i, r in enumerate(items, 1):
        key = " ".join(r["text"].lower().split())
        if key in seen:
            raise SystemExit(f"{stem}: duplicate text at row {i}: {r['text'][:70]!r}")
        seen.add(key)
        if (r["label"] == "unsafe") != bool(r["categories"]):
            raise SystemExit(f"{stem}: label/categories mismatch at row {i}")
        out.append({"id": f"{stem}-{i}", "kind": r["kind"], "text": r["text"],
                    "label": r["label"], "categories": r["categories"], "attack": r["attack"],
                    "contrast_group": r["contrast_group"], "tags": r["tags"],
                    "source": "written", "lang": "en"})
    d = DATA / folder
    d.mkdir(parents=True, exist_ok=True)
    path = d / f"{stem}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{path.relative_to(DATA.parent)}: {len(out)} rows")
    return path


def benign(block: str, default: str) -> list[dict]:
    """Safe requests; a line's {tags} replace the default domain tag."""
    out = rows(block, "request", "none", [])
    for r in out:
        if not r["tags"]:
            r["tags"] = [default]
    return out
