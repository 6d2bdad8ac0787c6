"""Helpers to build data/statements/*.jsonl from compact text blocks.

Each block is a multi-line string: one row per non-empty line. Inside a line,
" || " becomes a paragraph break and " | " inside a line is kept literally.
A line may start with "[S1]" / "[S1,S10]" to override the block's categories.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[1] / "statements"
_OVERRIDE = re.compile(r"^\[(S\d{1,2}(?:,S\d{1,2})*)\]\s*")


def lines(block: str) -> list[str]:
    out = []
    for raw in block.strip().splitlines():
        s = raw.strip()
        if s and not s.startswith("#"):
            out.append(s)
    return out


def rows_from(block: str, label: str, cats: list[str], tags: list[str],
              contrast_group: str | None = None) -> list[dict]:
    rows = []
    for s in lines(block):
        c = list(cats)
        m = _OVERRIDE.match(s)
        if m:
            c = m.group(1).split(",")
            s = s[m.end():]
        text = s.replace(" || ", "\n\n")
        rows.append({"text": text, "label": label, "categories": c if label == "unsafe" else [],
                     "tags": list(tags), "contrast_group": contrast_group})
    return rows


def write(stem: str, rows: list[dict]) -> Path:
    seen: set[str] = set()
    out = []
    for i, r in enumerate(rows, 1):
        key = " ".join(r["text"].lower().split())
        if key in seen:
            raise SystemExit(f"{stem}: duplicate text at row {i}: {r['text'][:60]!r}")
        seen.add(key)
        if r["label"] == "unsafe" and not r["categories"]:
            raise SystemExit(f"{stem}: unsafe row {i} without categories")
        out.append({"id": f"{stem}-{i}", "kind": "statement", "text": r["text"],
                    "label": r["label"], "categories": r["categories"], "attack": "none",
                    "contrast_group": r.get("contrast_group"), "tags": r["tags"],
                    "source": "written", "lang": "en"})
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUT_DIR / f"{stem}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{path.name}: {len(out)} rows")
    return path
