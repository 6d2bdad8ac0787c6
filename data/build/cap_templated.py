"""Keep templated rows at or under 20% of the attack and attack-look-alike slices.

The attack builders fill carrier x payload and wrapper x request templates generously; this
drops a deterministic (seeded) subset of the templated rows in data/attacks/ until each slice is
within the data card's cap. Run after the attack builders: python data/build/cap_templated.py
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from shieldwall.datasets.loader import load_rows  # noqa: E402
from shieldwall.datasets.schema import slice_of  # noqa: E402
from shieldwall.training.datacheck import MAX_TEMPLATED  # noqa: E402

TARGET = MAX_TEMPLATED - 0.01  # a little headroom


def main() -> None:
    rows = load_rows(ROOT / "data")
    rng = random.Random(20261128)
    drop: set[str] = set()
    for name in ("attacks", "attack look-alikes"):
        members = [r for r in rows if name in slice_of(r)]
        templated = [r for r in members if "templated" in r.tags and r.id.startswith(("direct_", "indirect_", "jailbreak-", "lookalike_"))]
        plain = len(members) - sum("templated" in r.tags for r in members)
        allowed = int(TARGET * plain / (1 - TARGET))
        excess = sum("templated" in r.tags for r in members) - allowed
        if excess > 0:
            rng.shuffle(templated)
            drop.update(r.id for r in templated[:excess])
        print(f"{name}: {len(members)} rows, dropping {max(excess, 0)} templated rows")
    for path in sorted((ROOT / "data" / "attacks").glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").split("\n")
        kept = [ln for ln in lines if ln.strip() and json.loads(ln)["id"] not in drop]
        path.write_text("\n".join(kept) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
