"""Print counts per file, label, refusal class, slice tag and language for my data folders."""

import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SLICES = ["benign", "borderline", "harmful_refused", "false_refusal", "partial", "harmful_complied"]

for folder in sys.argv[1:] or ["responses", "multilingual"]:
    tot: collections.Counter = collections.Counter()
    for p in sorted((ROOT / folder).glob("*.jsonl")):
        c: collections.Counter = collections.Counter()
        for line in p.open(encoding="utf-8"):
            r = json.loads(line)
            for k in (f"label={r['label']}", f"refusal={r.get('refusal')}", f"lang={r['lang']}",
                      f"kind={r['kind']}", f"attack={r['attack']}"):
                c[k] += 1
            c["rows"] += 1
            c["templated"] += "templated" in r["tags"]
            for s in SLICES:
                if s in r["tags"]:
                    c["slice=" + s] += 1
        tot.update(c)
        print(p.name, c["rows"], dict(sorted((k, v) for k, v in c.items() if k != "rows")))
    print("TOTAL", folder, dict(sorted(tot.items())))
