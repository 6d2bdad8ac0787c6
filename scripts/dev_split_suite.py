"""Write our own dev split (rows of ``data/`` that training holds out) as a validation-suite file,
so `shieldwall eval-guard --validation DIR --rows-out` scores it exactly like the public files and
scripts/select_thresholds.py can hold its F1 up while choosing thresholds.

    python scripts/dev_split_suite.py .cache/ours_dev      # writes .cache/ours_dev/ours_dev.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from shieldwall.datasets.loader import load_rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="folder to write ours_dev.jsonl into")
    ap.add_argument("--data", type=Path, default=None, help="our data folder (default ./data)")
    args = ap.parse_args()
    rows = [r for r in load_rows(args.data) if r.assigned_split() == "dev"]
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "ours_dev.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            out = {"id": r.id, "kind": r.kind, "label": r.label, "categories": list(r.categories),
                   "attack": r.attack, "lang": r.lang, "tags": list(r.tags)}
            if r.kind == "response":
                out |= {"prompt": r.prompt or "", "response": r.response or ""}
            else:
                out["text"] = r.text or ""
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} dev rows to {path}")


if __name__ == "__main__":
    main()
