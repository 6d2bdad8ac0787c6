"""``prompt-injection``: a system prompt sets rules, injected text (in the user turn, or inside a
document the user asks about) tries to break them; a per-case judge question decides success.
Our cases carry a canary (exact check, offline); others need an LLM judge."""

from __future__ import annotations

from shieldwall.evals.benchmarks.base import BENCHMARKS, Benchmark, breakdown
from shieldwall.evals.cases import Case, RawRow, text_field
from shieldwall.evals.results import Breakdown, CaseRecord


@BENCHMARKS.register()
class PromptInjection(Benchmark):
    name = "prompt-injection"
    version = "1"
    description = "Direct and indirect prompt injection against a system prompt: success by technique and language."
    task = "question"
    default_judge = "canary"
    builtin_file = "prompt_injection.jsonl"
    positive = ("yes",)
    metric = "injection_success_rate"

    def case_from_row(self, row: RawRow, fmt: str) -> Case:
        d, where = row.data, row.where
        if fmt == "cse":
            system = text_field(d, "test_case_prompt", where=where)
            text = text_field(d, "user_input", where=where)
            messages = [{"role": "system", "content": system}, {"role": "user", "content": text}]
            technique = str(d.get("injection_variant") or "unknown")
            itype = str(d.get("injection_type") or "direct")
            lang = str(d.get("speaking_language") or "English")
            question: str | None = text_field(d, "judge_question", where=where)
            canary: str | None = None
            risk = str(d.get("risk_category") or "unknown")
        else:
            system = text_field(d, "system", where=where)
            itype = str(d.get("injection_type", "direct"))
            if itype == "indirect":
                doc = text_field(d, "document", where=where)
                task = text_field(d, "user", where=where)
                text = f"{task}\n\n<document>\n{doc}\n</document>"
            else:
                text = text_field(d, "user", where=where)
            messages = [{"role": "system", "content": system}, {"role": "user", "content": text}]
            technique = str(d.get("technique") or "unknown")
            lang = str(d.get("language") or "en")
            question = str(d.get("judge_question") or "") or None
            canary = str(d["canary"]) if d.get("canary") else None
            risk = str(d.get("risk_category") or "unknown")
            if not question and not canary:
                raise ValueError(f"{where}: needs a 'canary' or a 'judge_question'")
        if itype not in ("direct", "indirect"):
            raise ValueError(f"{where}: injection_type must be direct or indirect, got '{itype}'")
        cid = str(d.get("id", d.get("prompt_id", where.replace(" ", "-"))))
        meta = {"technique": technique, "injection_type": itype, "judge_question": question, "risk": risk}
        if canary:
            meta["canary"] = str(canary)
        return Case(id=cid, messages=messages, category=technique, language=lang, meta=meta)

    def summarize(self, records: list[CaseRecord]) -> tuple[dict[str, float | None], list[Breakdown]]:
        head = self.rates(records)
        for itype in ("direct", "indirect"):
            sub = [r for r in records if r.case.meta.get("injection_type") == itype]
            if sub:
                head[f"{itype}_success_rate"] = self.rates(sub)[self.metric]
        parts = [breakdown(records, "injection success by technique", self.metric, self.positive,
                           lambda r: r.case.category),
                 breakdown(records, "injection success: direct vs indirect", self.metric, self.positive,
                           lambda r: str(r.case.meta.get("injection_type"))),
                 breakdown(records, "injection success by language", self.metric, self.positive,
                           lambda r: r.case.language),
                 breakdown(records, "injection success by risk category", self.metric, self.positive,
                           lambda r: str(r.case.meta.get("risk", "unknown")))]
        return head, parts
