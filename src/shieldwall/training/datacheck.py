"""`shieldwall data check`: schema, duplicates and near-duplicates, split leakage, category
coverage, template share and counts per slice against the minimums of the data card."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from shieldwall.datasets.loader import LoadReport, load_rows
from shieldwall.datasets.schema import SafetyRow, slice_of, text_key
from shieldwall.taxonomy import hazard_codes

CATEGORIES = hazard_codes()
#: Cosine similarity (shipped encoder) at or above which two rows count as near-duplicates.
#: The fine-tuned encoder packs same-class paraphrases close together, so 0.99 is where
#: pairs are copies with a word swapped ("... in Toronto" vs "... in Chicago").
NEAR_DUP = 0.99
MAX_TEMPLATED = 0.20

#: Slice -> (minimum, how it is counted)
MINIMUMS: dict[str, int] = {
    "contrastive pairs": 2500,
    "statements": 3000,
    "benign requests": 3000,
    "responses": 2500,
    "attacks": 1500,
    "attack look-alikes": 1500,
    "non-English": 600,
}


@dataclass
class CheckResult:
    rows: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    table: list[tuple[str, int, int, int, str]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def near_duplicates(rows: list[SafetyRow], threshold: float = NEAR_DUP) -> list[tuple[int, int, float]]:
    """Pairs of rows whose texts embed within ``threshold`` cosine of each other."""
    from shieldwall.models.embedded.encoder import get_encoder

    texts = [(r.prompt + " || " if r.prompt else "") + r.content_text for r in rows]
    vecs = get_encoder().embed(texts)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-6)
    pairs: list[tuple[int, int, float]] = []
    block = 2048
    for start in range(0, len(vecs), block):
        sims = vecs[start:start + block] @ vecs.T
        for i_local, j in zip(*np.nonzero(sims >= threshold), strict=True):
            i = start + int(i_local)
            if i < int(j):
                pairs.append((i, int(j), float(sims[i_local, j])))
    return pairs


def check(data_dir: Path | None = None, *, embeddings: bool = True,
          minimums: bool = True) -> CheckResult:
    report = LoadReport()
    rows = load_rows(data_dir, report=report)
    res = CheckResult(rows=len(rows))
    res.errors.extend(f"schema: {e}" for e in report.errors)
    # identity and exact duplicates
    ids = Counter(r.id for r in rows)
    res.errors.extend(f"duplicate id {i!r} ({n} rows)" for i, n in ids.items() if n > 1)
    by_text: dict[str, list[SafetyRow]] = defaultdict(list)
    for r in rows:
        by_text[text_key((r.prompt or "") + " || " + r.content_text)].append(r)
    exact = [group for group in by_text.values() if len(group) > 1]
    conflicting = [g for g in exact if len({(r.label, r.attack) for r in g}) > 1]
    if conflicting:
        res.errors.extend(f"same text with different labels: {', '.join(r.id for r in g)}"
                          for g in conflicting[:20])
    if exact:
        res.errors.append(f"{len(exact)} texts appear more than once (e.g. "
                          f"{', '.join(r.id for r in exact[0])})")
    # split leakage: a contrast group must sit wholly in train or in dev
    split_of: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        split_of[r.group].add(r.assigned_split())
    leaks = [g for g, s in split_of.items() if len(s) > 1]
    res.errors.extend(f"contrast group {g!r} is in both train and dev" for g in leaks[:20])
    # near-duplicates by embedding
    if embeddings and rows:
        pairs = near_duplicates(rows)
        cross = [(i, j, s) for i, j, s in pairs if rows[i].group != rows[j].group]
        label_conflicts = [(i, j, s) for i, j, s in cross if rows[i].label != rows[j].label
                           or rows[i].attack != rows[j].attack]
        res.counts["near-duplicate pairs"] = len(cross)
        res.counts["near-duplicate label conflicts"] = len(label_conflicts)
        if len(cross) > 0.01 * len(rows):
            res.errors.append(f"{len(cross)} near-duplicate pairs (cosine >= {NEAR_DUP}) across "
                              f"groups; more than 1% of rows")
        for i, j, s in label_conflicts[:10]:
            res.warnings.append(f"near-duplicates with different labels ({s:.3f}): {rows[i].id} "
                                f"[{rows[i].label}] vs {rows[j].id} [{rows[j].label}]")
    # slices and counts
    slices: dict[str, list[SafetyRow]] = defaultdict(list)
    for r in rows:
        for name in slice_of(r):
            slices[name].append(r)
    pair_groups: dict[str, Counter[str]] = defaultdict(Counter)
    for r in slices.get("contrastive", []):
        pair_groups[r.contrast_group or ""][r.label] += 1
    # A group of one unsafe request and k safe variants holds k pairs (and vice versa).
    n_pairs = sum(max(c["safe"], c["unsafe"]) for c in pair_groups.values()
                  if c["safe"] and c["unsafe"])
    counted = {
        "contrastive pairs": n_pairs,
        "statements": len(slices.get("statements", [])),
        "benign requests": len(slices.get("benign requests", [])),
        "responses": len(slices.get("responses", [])),
        "attacks": len(slices.get("attacks", [])),
        "attack look-alikes": len(slices.get("attack look-alikes", [])),
        "non-English": len(slices.get("non-English", [])),
    }
    for name, n in counted.items():
        members = slices.get("contrastive" if name == "contrastive pairs" else name, [])
        safe = sum(r.label == "safe" for r in members)
        unsafe = len(members) - safe
        templated = sum("templated" in r.tags for r in members)
        share = templated / max(len(members), 1)
        status = "ok" if n >= MINIMUMS[name] else f"below {MINIMUMS[name]}"
        if share > MAX_TEMPLATED:
            res.errors.append(f"{name}: {share:.0%} of rows are templated (max {MAX_TEMPLATED:.0%})")
        res.table.append((name, n, safe, unsafe, f"{status}; {share:.0%} templated"))
        if minimums and n < MINIMUMS[name]:
            res.errors.append(f"{name}: {n} < minimum {MINIMUMS[name]}")
    langs = Counter(r.lang for r in rows if r.lang != "en")
    res.counts["non-English languages"] = len(langs)
    if minimums and len(langs) < 6:
        res.errors.append(f"non-English rows cover {len(langs)} languages (< 6)")
    coverage = Counter(c for r in rows if r.label == "unsafe" for c in r.categories)
    for code in CATEGORIES:
        res.counts[f"unsafe rows {code}"] = coverage.get(code, 0)
        if coverage.get(code, 0) < 50:
            res.errors.append(f"category {code} has only {coverage.get(code, 0)} unsafe rows (< 50)")
    res.counts.update({f"kind {k}": v for k, v in Counter(r.kind for r in rows).items()})
    res.counts.update({f"label {k}": v for k, v in Counter(r.label for r in rows).items()})
    res.counts.update({f"split {k}": v for k, v in Counter(r.assigned_split() for r in rows).items()})
    res.counts.update({f"refusal {k}": v for k, v in Counter(r.refusal for r in rows if r.refusal).items()})
    res.counts.update({f"lang {k}": v for k, v in sorted(langs.items())})
    return res
