"""Validate data/borderline and data/moderation; print counts per file, label, tag."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]
CODES = {f"S{i}" for i in range(1, 15)}
REQ = {"id", "kind", "text", "label", "categories", "attack", "contrast_group", "tags",
       "source", "lang"}


def main() -> int:
    ids: set[str] = set()
    texts: dict[str, str] = {}
    groups: dict[str, Counter] = {}
    bad = 0
    for folder in ("borderline", "moderation"):
        total: Counter = Counter()
        tags: Counter = Counter()
        for path in sorted((DATA / folder).glob("*.jsonl")):
            per: Counter = Counter()
            for ln, line in enumerate(path.open(encoding="utf-8"), 1):
                r = json.loads(line)
                where = f"{path.name}:{ln}"
                if set(r) != REQ:
                    print(where, "keys", set(r) ^ REQ)
                    bad += 1
                if r["id"] in ids:
                    print(where, "dup id", r["id"])
                    bad += 1
                ids.add(r["id"])
                key = " ".join(r["text"].lower().split())
                if key in texts:
                    print(where, "dup text with", texts[key], r["text"][:60])
                    bad += 1
                texts[key] = where
                if any(x not in CODES for x in r["categories"]):
                    print(where, "bad code", r["categories"])
                    bad += 1
                if (r["label"] == "unsafe") != bool(r["categories"]) or len(r["categories"]) > 2:
                    print(where, "label/categories")
                    bad += 1
                if r["contrast_group"]:
                    groups.setdefault(r["contrast_group"], Counter())[r["label"]] += 1
                per[r["label"]] += 1
                total[r["label"]] += 1
                for t in r["tags"]:
                    tags[(r["label"], t)] += 1
            print(f"{folder}/{path.name}: {dict(per)}")
        print(f"== {folder}: {dict(total)}")
        for (lab, t), c in sorted(tags.items()):
            print(f"   {lab:6} {t:40} {c}")
    for g, c in groups.items():
        if not (c["safe"] and c["unsafe"]):
            print("group without both labels", g, dict(c))
            bad += 1
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
