"""Cross-file checks for data/responses and data/multilingual: schema, unique ids, no exact
duplicate texts (text, or prompt+response), label/category consistency, templated share."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from responses_common import ROOT, validate


def main() -> int:
    ids: set[str] = set()
    bad = 0
    for folder in ("responses", "multilingual"):
        rows = []
        for p in sorted((ROOT / folder).glob("*.jsonl")):
            for n, line in enumerate(p.open(encoding="utf-8"), 1):
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    print(f"{p.name}:{n}: bad JSON: {e}")
                    bad += 1
                    continue
                if r["id"] in ids:
                    print(f"{p.name}:{n}: duplicate id {r['id']}")
                    bad += 1
                ids.add(r["id"])
                if not r["id"].startswith(p.stem + "-"):
                    print(f"{p.name}:{n}: id prefix != file stem")
                    bad += 1
                if "split" in r:
                    print(f"{p.name}:{n}: has split field")
                    bad += 1
                rows.append(r)
        try:
            validate(rows, folder)
        except AssertionError as e:
            print(f"{folder}: {e}")
            bad += 1
        t = sum("templated" in r["tags"] for r in rows)
        print(f"{folder}: {len(rows)} rows, templated {t} ({t / max(len(rows), 1):.1%})")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
