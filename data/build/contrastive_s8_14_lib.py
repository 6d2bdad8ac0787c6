"""Shared builder for the contrastive request sets S8..S14.

Compact source format (one block per contrast group)::

    @tag [tag ...]
    - unsafe request text            (category = the file's category)
    -[S2] unsafe request, extra code (adds a second S-code)
    + safe request text
    + another safe variant

A literal ``\\n`` inside a text becomes a newline.  Each group needs at least one
unsafe and one safe row.  Templated groups are passed in as ready-made tuples.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[1] / "contrastive"

KINDS = {
    "homonym", "figurative", "safe_target", "fiction", "roleplay", "history_news",
    "definition_education", "prevention_safety", "professional", "group_questions",
    "public_vs_private", "short_form", "templated",
}

Group = tuple[list[str], list[tuple[str, str, list[str]]]]  # tags, [(label, text, extra codes)]


def parse(src: str) -> list[Group]:
    groups: list[Group] = []
    tags: list[str] | None = None
    rows: list[tuple[str, str, list[str]]] = []
    for lineno, raw in enumerate(src.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            if tags is not None:
                groups.append((tags, rows))
            tags = line[1:].split()
            rows = []
            continue
        if tags is None:
            raise ValueError(f"line {lineno}: row before any @tag line: {line!r}")
        mark, rest = line[0], line[1:]
        extra: list[str] = []
        m = re.match(r"^\[(S\d+)\]\s*", rest)
        if m:
            extra = [m.group(1)]
            rest = rest[m.end():]
        text = rest.strip().replace("\\n", "\n")
        if mark == "-":
            rows.append(("unsafe", text, extra))
        elif mark == "+":
            rows.append(("safe", text, extra))
        else:
            raise ValueError(f"line {lineno}: expected '-', '+' or '@': {line!r}")
    if tags is not None:
        groups.append((tags, rows))
    return groups


def build(stem: str, code: str, groups: list[Group]) -> list[dict]:
    short = stem.split("_")[-1]  # e.g. s8
    out: list[dict] = []
    n = 0
    for gi, (tags, rows) in enumerate(groups, 1):
        for t in tags:
            if t not in KINDS:
                raise ValueError(f"{stem} group {gi}: unknown tag {t!r}")
        labels = {lab for lab, _, _ in rows}
        if labels != {"safe", "unsafe"}:
            raise ValueError(f"{stem} group {gi}: needs unsafe and safe rows: {rows!r}")
        cg = f"cp-{short}-{gi:04d}"
        for label, text, extra in rows:
            n += 1
            out.append({
                "id": f"{stem}-{n}",
                "kind": "request",
                "text": text,
                "label": label,
                "categories": ([code] + [e for e in extra if e != code]) if label == "unsafe" else [],
                "attack": "none",
                "contrast_group": cg,
                "tags": list(tags),
                "source": "written",
                "lang": "en",
            })
    return out


def validate(rows: list[dict]) -> None:
    ids: set[str] = set()
    texts: set[str] = set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        key = r["text"].strip().lower()
        assert key not in texts, f"duplicate text: {r['text']!r}"
        texts.add(key)
        assert r["text"].strip(), r["id"]
        assert (r["label"] == "unsafe") == bool(r["categories"]), r["id"]
        assert 1 <= len(r["categories"]) <= 2 or r["label"] == "safe", r["id"]


def write(stem: str, code: str, src: str, templated: list[Group] | None = None) -> None:
    groups = parse(src) + list(templated or [])
    rows = build(stem, code, groups)
    validate(rows)
    path = OUT_DIR / f"{stem}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    tag_counts: Counter[str] = Counter()
    for tags, _ in groups:
        tag_counts.update(tags)
    n_templ = sum(1 for r in rows if "templated" in r["tags"])
    pairs = sum(sum(1 for lab, _, _ in g[1] if lab == "safe") for g in groups)
    print(f"{path.name}: groups={len(groups)} pair-equivalents={pairs} rows={len(rows)} "
          f"unsafe={sum(r['label'] == 'unsafe' for r in rows)} templated_rows={n_templ} "
          f"({n_templ / len(rows):.0%})")
    print("  groups per tag:", dict(sorted(tag_counts.items())))


def templated_groups(
    specs: list[tuple[str, str, list[str], list[str]]], fillers: dict[str, list[str]], limit: int
) -> list[Group]:
    """Fill (kind_tag, unsafe_template, [safe_templates], filler_keys) specs round-robin.

    Each template uses ``{x}`` for the filler; fillers[key] lists the values.  Groups
    are tagged with their kind plus ``templated``.
    """
    out: list[Group] = []
    i = 0
    while len(out) < limit:
        progressed = False
        for kind, unsafe_t, safe_ts, keys in specs:
            vals = [v for k in keys for v in fillers[k]]
            if i >= len(vals):
                continue
            progressed = True
            x = vals[i]
            safe_t = safe_ts[i % len(safe_ts)]
            out.append(([kind, "templated"], [
                ("unsafe", unsafe_t.format(x=x), []),
                ("safe", safe_t.format(x=x), []),
            ]))
            if len(out) >= limit:
                break
        if not progressed:
            break
        i += 1
    return out
