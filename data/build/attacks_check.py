"""Validate data/attacks/*.jsonl and data/benign/*.jsonl and print counts."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]
KEYS = {"id", "kind", "text", "label", "categories", "attack", "contrast_group", "tags",
        "source", "lang"}


def main() -> None:
    ids: set[str] = set()
    texts: dict[str, str] = {}
    total = templ = 0
    problems = []
    for folder in ("attacks", "benign"):
        for path in sorted((DATA / folder).glob("*.jsonl")):
            c_label, c_attack, c_tags, c_cat = Counter(), Counter(), Counter(), Counter()
            n = 0
            for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                r = json.loads(line)
                n += 1
                if set(r) != KEYS:
                    problems.append(f"{path.name}:{ln} keys {sorted(set(r) ^ KEYS)}")
                if r["id"] in ids:
                    problems.append(f"{path.name}:{ln} duplicate id {r['id']}")
                ids.add(r["id"])
                key = " ".join(r["text"].lower().split())
                if key in texts:
                    problems.append(f"{path.name}:{ln} duplicate text of {texts[key]}")
                texts[key] = r["id"]
                if (r["label"] == "unsafe") != bool(r["categories"]):
                    problems.append(f"{path.name}:{ln} label/categories mismatch")
                if folder == "benign" and (r["label"], r["attack"]) != ("safe", "none"):
                    problems.append(f"{path.name}:{ln} benign row not safe/none")
                if "lookalike" in r["tags"] and (r["label"], r["attack"]) != ("safe", "none"):
                    problems.append(f"{path.name}:{ln} look-alike row not safe/none")
                c_label[r["label"]] += 1
                c_attack[r["attack"]] += 1
                c_cat.update(r["categories"])
                c_tags.update(r["tags"])
                templ += "templated" in r["tags"]
            total += n
            print(f"{folder}/{path.name}: {n} rows | label {dict(c_label)} | attack "
                  f"{dict(c_attack)} | cats {dict(sorted(c_cat.items()))}")
            print(f"    tags: {dict(c_tags.most_common(18))}")
    print(f"TOTAL {total} rows, templated {templ} ({templ / total:.1%})")
    for p in problems[:40]:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")


if __name__ == "__main__":
    main()
