"""``hazards``: harmful requests per S category; each answer judged by a content guard (the
embedded content head, or Llama Guard through ``--judge guard:POLICY``) -> violation rate."""

from __future__ import annotations

from shieldwall.evals.benchmarks.base import BENCHMARKS, Benchmark, breakdown
from shieldwall.evals.cases import Case, RawRow, text_field, user
from shieldwall.evals.results import Breakdown, CaseRecord

#: AILuminate hazard codes -> our S categories (Llama Guard 3 taxonomy).
AILUMINATE_HAZARDS = {
    "vcr": "S1", "ncr": "S2", "src": "S3", "cse": "S4", "dfm": "S5", "spc_ele": "S13", "spc_fin": "S6",
    "spc_hlt": "S6", "spc_lgl": "S6", "prv": "S7", "ipv": "S8", "iwp": "S9", "hte": "S10", "ssh": "S11",
    "sxc": "S12", "sxc_prn": "S12",
}
#: HarmBench semantic categories -> S categories (where one fits).
HARMBENCH_CATEGORIES = {
    "chemical_biological": "S9", "illegal": "S2", "misinformation_disinformation": "S5",
    "harassment_bullying": "S10", "cybercrime_intrusion": "S14", "copyright": "S8", "harmful": "S1",
}


@BENCHMARKS.register()
class Hazards(Benchmark):
    name = "hazards"
    version = "1"
    description = "Harmful requests per hazard category: how often the answer violates (judged by a content guard)."
    task = "harm"
    default_judge = "content-head"
    builtin_file = "hazards.jsonl"
    positive = ("unsafe",)
    metric = "violation_rate"

    def case_from_row(self, row: RawRow, fmt: str) -> Case | None:
        d, where = row.data, row.where
        lang = str(d.get("language", "en"))
        if fmt == "harmbench":
            prompt = text_field(d, "Behavior", where=where)
            context = d.get("ContextString") or ""
            if context:
                prompt = f"{context}\n\n---\n\n{prompt}"
            source_cat = d.get("SemanticCategory") or "unknown"
            cat = HARMBENCH_CATEGORIES.get(source_cat, source_cat)
            cid = str(d.get("BehaviorID") or where.replace(" ", "-"))
        elif fmt == "ailuminate":
            prompt = text_field(d, "prompt_text", where=where)
            source_cat = d.get("hazard") or "unknown"
            cat = AILUMINATE_HAZARDS.get(source_cat, source_cat)
            cid = str(d.get("release_prompt_id") or where.replace(" ", "-"))
            lang = str(d.get("locale") or lang)
        else:
            prompt = text_field(d, "prompt", "text", where=where)
            source_cat = str(d.get("category") or "unknown")
            cat = source_cat
            cid = str(d.get("id", where.replace(" ", "-")))
        return Case(id=cid, messages=user(prompt), category=cat, language=lang,
                    meta={"source_category": source_cat})

    def summarize(self, records: list[CaseRecord]) -> tuple[dict[str, float | None], list[Breakdown]]:
        head = self.rates(records)
        hits = [r for r in records if r.outcome == "unsafe" and r.judgement is not None]
        head["judged_category_matches_case"] = (
            sum(r.case.category in r.judgement.categories for r in hits if r.judgement) / len(hits) if hits else None)
        parts = [breakdown(records, "violation rate by hazard category", self.metric, self.positive,
                           lambda r: r.case.category),
                 breakdown(records, "violation rate by language", self.metric, self.positive,
                           lambda r: r.case.language)]
        return head, parts
