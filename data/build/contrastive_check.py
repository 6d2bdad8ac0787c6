"""Validate data/contrastive/contrastive_s1..s7.jsonl and print counts per file and per tag."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REQ = {"id", "kind", "text", "label", "categories", "attack", "contrast_group", "tags",
       "source", "lang"}
ids: set[str] = set()
texts: set[str] = set()
errors = 0
tags_all: Counter[str] = Counter()
DIR = Path(__file__).resolve().parents[1] / "contrastive"
MINE = [DIR / f"contrastive_s{i}.jsonl" for i in range(1, 8)]
for path in [p for p in MINE if p.exists()]:
    tags: Counter[str] = Counter()
    groups: dict[str, set[str]] = {}
    n = 0
    for i, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        row = json.loads(line)
        n += 1
        where = f"{path.name}:{i}"
        if set(row) != REQ:
            print(where, "keys", set(row) ^ REQ); errors += 1
        if row["id"] in ids:
            print(where, "dup id"); errors += 1
        ids.add(row["id"])
        key = " ".join(row["text"].lower().split())
        if key in texts:
            print(where, "dup text", row["text"]); errors += 1
        texts.add(key)
        if (row["label"] == "safe") != (row["categories"] == []):
            print(where, "label/categories mismatch"); errors += 1
        groups.setdefault(row["contrast_group"], set()).add(row["label"])
        for t in row["tags"]:
            tags[t] += 1
    for g, labs in groups.items():
        if labs != {"safe", "unsafe"}:
            print(path.name, g, "group lacks both labels"); errors += 1
    tags_all.update(tags)
    print(f"{path.name}: {n} rows, {len(groups)} groups; " + ", ".join(
        f"{k}={v}" for k, v in sorted(tags.items())))
print("ALL tags:", dict(sorted(tags_all.items())))
sys.exit(1 if errors else 0)
