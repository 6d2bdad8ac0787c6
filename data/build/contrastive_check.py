"""Validate data/contrastive/*.jsonl and print counts per file and per tag."""

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
for path in sorted((Path(__file__).resolve().parents[1] / "contrastive").glob("*.jsonl")):
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
