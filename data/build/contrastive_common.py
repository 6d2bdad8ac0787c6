"""Shared builder for the contrastive request sets (data/contrastive/contrastive_s*.jsonl).

Each category script holds its groups in a compact text block:

    tag [tag ...]
    U unsafe request text          (U:S7 adds a second category)
    S safe request text
    S another safe variant

Groups are separated by blank lines. Every row of a group shares one contrast_group id and
the group's tags. Run a category script to (re)write its JSONL file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

KINDS = {
    "homonym", "figurative", "safe_target", "fiction", "roleplay", "history_news",
    "definition_education", "prevention_safety", "professional", "public_vs_private",
    "fictional_private", "group_questions", "short_form",
}
EXTRA = {"subtle", "templated"}
OUT_DIR = Path(__file__).resolve().parents[1] / "contrastive"


def parse(block: str, cat: str) -> list[tuple[list[str], list[tuple[str, str, list[str]]]]]:
    groups = []
    for n, chunk in enumerate(block.strip().split("\n\n")):
        lines = [ln.strip() for ln in chunk.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        tags = lines[0].split()
        bad = [t for t in tags if t not in KINDS | EXTRA]
        if bad or not any(t in KINDS for t in tags):
            sys.exit(f"{cat} group {n}: bad tag line {lines[0]!r}")
        rows = []
        for ln in lines[1:]:
            head, _, text = ln.partition(" ")
            if head == "S":
                rows.append(("safe", text.strip(), []))
            elif head.startswith("U"):
                cats = [cat] + [c for c in head[2:].split(",") if c]
                rows.append(("unsafe", text.strip(), cats))
            else:
                sys.exit(f"{cat} group {n}: bad row {ln!r}")
        labels = [r[0] for r in rows]
        if labels.count("unsafe") < 1 or labels.count("safe") < 1:
            sys.exit(f"{cat} group {n}: needs unsafe and safe rows: {lines[0]!r} {rows[:1]}")
        groups.append((tags, rows))
    return groups


def build(block: str, cat: str, extra_groups: list | None = None) -> None:
    stem = f"contrastive_{cat.lower()}"
    groups = parse(block, cat) + (extra_groups or [])
    out, seen = [], set()
    rid = 0
    for g, (tags, rows) in enumerate(groups, 1):
        cg = f"cp-{cat.lower()}-{g:04d}"
        for label, text, cats in rows:
            key = " ".join(text.lower().split())
            if key in seen:
                sys.exit(f"{stem}: duplicate text {text!r}")
            seen.add(key)
            rid += 1
            out.append({
                "id": f"{stem}-{rid}", "kind": "request", "text": text, "label": label,
                "categories": cats, "attack": "none", "contrast_group": cg,
                "tags": list(tags), "source": "written", "lang": "en",
            })
    path = OUT_DIR / f"{stem}.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), "utf-8")
    pairs = sum(sum(1 for r in rows if r[0] == "safe") * sum(1 for r in rows if r[0] == "unsafe")
                for _, rows in groups)
    print(f"{path.name}: {len(groups)} groups, {len(out)} rows, {pairs} unsafe/safe pairs")
