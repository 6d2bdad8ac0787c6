"""Drop near-duplicate rows (cosine >= NEAR_DUP with the shipped encoder) across contrast groups.

For each such pair the later row (in file order) is removed from its JSONL file, unless the two
rows disagree on label or attack (those are reported for a human to resolve). Deterministic.
Run: python data/build/drop_near_duplicates.py
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from shieldwall.datasets.loader import load_rows  # noqa: E402
from shieldwall.training.datacheck import NEAR_DUP, near_duplicates  # noqa: E402


def main() -> None:
    rows = load_rows(ROOT / "data")
    drop: set[str] = set()
    for i, j, sim in near_duplicates(rows, NEAR_DUP):
        a, b = rows[i], rows[j]
        if a.group == b.group or a.id in drop or b.id in drop:
            continue
        if (a.label, a.attack) != (b.label, b.attack):
            print(f"label conflict ({sim:.3f}): {a.id} [{a.label}] vs {b.id} [{b.label}]")
            continue
        drop.add(b.id)
    by_file: dict[Path, int] = defaultdict(int)
    for path in sorted((ROOT / "data").rglob("*.jsonl")):
        if "relabel" in path.parts:
            continue
        lines = [ln for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()]
        kept = [ln for ln in lines if json.loads(ln).get("id") not in drop]
        if len(kept) != len(lines):
            by_file[path] = len(lines) - len(kept)
            path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    print(f"dropped {len(drop)} near-duplicate rows:")
    for path, n in sorted(by_file.items()):
        print(f"  {path.relative_to(ROOT)}: {n}")


if __name__ == "__main__":
    main()
