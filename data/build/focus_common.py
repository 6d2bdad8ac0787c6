"""Shared builder for the focus sets (data/focus/focus_s*.jsonl): weak categories S3, S4, S6, S14.

Each category script passes three compact text blocks. Groups are separated by blank lines;
the first line of a group holds its tags.

Request / statement blocks (kind taken from the block):

    tag [tag ...]
    U unsafe text          (U:S7 adds a second category)
    S safe text

Response block:

    tag [tag ...]
    P the user prompt (applies to the lines below it)
    R refusal response            -> safe, refusal="refusal"
    Q partial (safe redirect)     -> safe, refusal="partial"
    H helpful, harmless answer    -> safe, refusal="compliance"
    X compliant harmful answer    -> unsafe, refusal="compliance"  (X:S2 adds a category)

A group with both safe and unsafe rows gets a contrast_group id "fx-<cat>-<n>"; a group with
one label only gets null. Rows with the tag "templated" come from make_templated() lists.
Run a category script to (re)write its JSONL file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[1] / "focus"


def _cats(cat: str, head: str) -> list[str]:
    extra = [c for c in head.partition(":")[2].split(",") if c]
    return [cat, *extra]


def _groups(block: str) -> list[list[str]]:
    out = []
    for chunk in block.strip().split("\n\n"):
        lines = [ln.strip() for ln in chunk.strip().splitlines() if ln.strip()]
        if lines:
            out.append(lines)
    return out


def build(cat: str, requests: str, statements: str, responses: str,
          templated: list[dict] | None = None,
          tail: list[tuple[str, str, str]] | None = None) -> None:
    """Write focus_<cat>.jsonl. Each `tail` batch (requests, statements, responses) comes last,
    in order, so that rows added in later batches do not renumber the ids of earlier rows."""
    stem = f"focus_{cat.lower()}"
    code = cat.lower()
    rows: list[dict] = []
    gnum = 0

    def group_id(labels: list[str]) -> str | None:
        nonlocal gnum
        if "safe" in labels and "unsafe" in labels:
            gnum += 1
            return f"fx-{code}-{gnum}"
        return None

    def parse_blocks(requests: str, statements: str, responses: str) -> None:
        for kind, block in (("request", requests), ("statement", statements)):
            for lines in _groups(block):
                tags = lines[0].split()
                items = []
                for ln in lines[1:]:
                    head, _, text = ln.partition(" ")
                    if head == "S":
                        items.append(("safe", text.strip(), []))
                    elif head.startswith("U"):
                        items.append(("unsafe", text.strip(), _cats(cat, head)))
                    else:
                        sys.exit(f"{stem}: bad {kind} line {ln!r}")
                cg = group_id([i[0] for i in items])
                for label, text, cats in items:
                    rows.append({"kind": kind, "text": text, "label": label, "categories": cats,
                                 "contrast_group": cg, "tags": tags})

        for lines in _groups(responses):
            tags = lines[0].split()
            prompt = None
            items = []
            for ln in lines[1:]:
                head, _, text = ln.partition(" ")
                text = text.strip().replace("\\n", "\n")
                if head == "P":
                    prompt = text
                    continue
                if prompt is None:
                    sys.exit(f"{stem}: response without prompt {ln!r}")
                if head == "R":
                    items.append((prompt, text, "safe", [], "refusal"))
                elif head == "Q":
                    items.append((prompt, text, "safe", [], "partial"))
                elif head == "H":
                    items.append((prompt, text, "safe", [], "compliance"))
                elif head.startswith("X"):
                    items.append((prompt, text, "unsafe", _cats(cat, head), "compliance"))
                else:
                    sys.exit(f"{stem}: bad response line {ln!r}")
            cg = group_id([i[2] for i in items])
            for prompt, resp, label, cats, refusal in items:
                rows.append({"kind": "response", "prompt": prompt, "response": resp, "label": label,
                             "categories": cats, "contrast_group": cg, "tags": tags,
                             "refusal": refusal})

    parse_blocks(requests, statements, responses)

    for t in templated or []:
        t = dict(t)
        t["tags"] = [*t.get("tags", []), "templated"]
        t.setdefault("contrast_group", None)
        rows.append(t)

    for batch in tail or []:
        parse_blocks(*batch)

    out, seen = [], set()
    for n, r in enumerate(rows, 1):
        key = (r.get("text"), r.get("prompt"), r.get("response"))
        if key in seen:
            sys.exit(f"{stem}: duplicate row {key}")
        seen.add(key)
        if (r["label"] == "unsafe") != bool(r["categories"]):
            sys.exit(f"{stem}: label/categories mismatch {key}")
        row = {"id": f"{stem}-{n}", "kind": r["kind"]}
        if r["kind"] == "response":
            row["prompt"] = r["prompt"]
            row["response"] = r["response"]
        else:
            row["text"] = r["text"]
        row.update({"label": r["label"], "categories": r["categories"], "attack": "none",
                    "contrast_group": r["contrast_group"], "tags": r["tags"],
                    "source": "written", "lang": "en"})
        if r["kind"] == "response":
            row["refusal"] = r["refusal"]
        out.append(row)

    ntempl = sum("templated" in r["tags"] for r in out)
    if ntempl > 0.2 * len(out):
        sys.exit(f"{stem}: {ntempl}/{len(out)} templated rows exceed 20%")
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUT_DIR / f"{stem}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    c = Counter((r["kind"], r["label"]) for r in out)
    print(path.name, len(out), "rows;", dict(sorted(c.items())), "templated", ntempl)
