"""Validate data/statements/*.jsonl and print counts per file, label and tag."""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

DIR = Path(__file__).resolve().parents[1] / "statements"
REQ = {"id", "kind", "text", "label", "categories", "attack", "contrast_group", "tags",
       "source", "lang"}


def main() -> int:
    ids: set[str] = set()
    texts: dict[str, str] = {}
    labels: collections.Counter[str] = collections.Counter()
    tags: collections.Counter[tuple[str, str]] = collections.Counter()
    long_rows = total = templ = 0
    bad = 0
    for path in sorted(DIR.glob("*.jsonl")):
        per: collections.Counter[str] = collections.Counter()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{where}: bad JSON {e}")
                bad += 1
                continue
            miss = REQ - o.keys()
            if miss:
                print(f"{where}: missing {sorted(miss)}")
                bad += 1
            if o["id"] in ids:
                print(f"{where}: duplicate id {o['id']}")
                bad += 1
            ids.add(o["id"])
            key = " ".join(o["text"].lower().split())
            if key in texts:
                print(f"{where}: duplicate text (also {texts[key]})")
                bad += 1
            texts[key] = o["id"]
            if (o["label"] == "unsafe") != bool(o["categories"]):
                print(f"{where}: label/categories mismatch")
                bad += 1
            if o["label"] not in ("safe", "unsafe") or o["kind"] != "statement":
                print(f"{where}: bad label/kind")
                bad += 1
            per[o["label"]] += 1
            labels[o["label"]] += 1
            total += 1
            for t in o["tags"]:
                tags[(o["label"], t)] += 1
            templ += "templated" in o["tags"]
            if len(re.findall(r"[.!?]+(?:\s|$)", o["text"])) > 3:
                long_rows += 1
        print(f"{path.name}: {dict(per)}")
    print("labels:", dict(labels), "total:", total)
    print(f"over 3 sentences: {long_rows} ({long_rows / max(total, 1):.0%}); "
          f"templated: {templ} ({templ / max(total, 1):.0%})")
    for (lab, t), c in sorted(tags.items()):
        print(f"  {lab:6} {t:26} {c}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
