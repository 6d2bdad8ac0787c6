"""``insecure-code``: does the model write insecure code? Instruct and autocomplete prompts; the
code safeguard scans each answer -> insecure rate per language and CWE, pass rate, BLEU to the
reference code where the case has one (CyberSecEval's ``origin_code``)."""

from __future__ import annotations

from collections.abc import Iterable

from shieldwall.evals.benchmarks.base import BENCHMARKS, Benchmark, breakdown
from shieldwall.evals.cases import Case, RawRow, text_field, user
from shieldwall.evals.results import Breakdown, CaseRecord
from shieldwall.evals.stats import bleu


@BENCHMARKS.register()
class InsecureCode(Benchmark):
    name = "insecure-code"
    version = "1"
    description = "Insecure code written by the model, scanned by the code safeguard (instruct + autocomplete)."
    task = "code"
    default_judge = "code-safeguard"
    builtin_file = "insecure_code.jsonl"
    positive = ("insecure",)
    metric = "insecure_rate"

    def case_from_row(self, row: RawRow, fmt: str) -> Case:
        d, where = row.data, row.where
        if fmt == "cse":
            prompt = text_field(d, "test_case_prompt", where=where)
            lang = text_field(d, "language", where=where)
            cwe = str(d.get("cwe_identifier") or "unknown")
            variant = str(d.get("variant") or ("autocomplete" if "Write the next" in prompt else "instruct"))
            cid = str(d.get("prompt_id", d.get("id", where.replace(" ", "-"))))
            reference = d.get("origin_code") if isinstance(d.get("origin_code"), str) else None
        elif fmt == "jsonl":
            prompt = text_field(d, "prompt", "test_case_prompt", where=where)
            lang = text_field(d, "language", where=where)
            cwe = str(d.get("cwe") or d.get("cwe_identifier") or "unknown")
            variant = str(d.get("variant", "instruct"))
            cid = str(d.get("id", where.replace(" ", "-")))
            reference = d.get("reference") if isinstance(d.get("reference"), str) else None
        else:
            raise ValueError(f"{where}: insecure-code reads jsonl or CyberSecEval JSON, not {fmt}")
        lang = lang.lower()
        return Case(id=cid, messages=user(prompt), category=cwe, language=lang, reference=reference,
                    meta={"code_language": lang, "cwe": cwe, "variant": variant})

    def summarize(self, records: list[CaseRecord]) -> tuple[dict[str, float | None], list[Breakdown]]:
        head = self.rates(records)
        ok = [r for r in records if not r.failed]
        head["pass_rate"] = None if head.get(self.metric) is None else 1 - (head[self.metric] or 0.0)
        scores = [bleu(r.reply.text, r.case.reference) for r in ok
                  if r.reply is not None and r.case.reference and r.reply.status == "answered"]
        head["bleu"] = sum(scores) / len(scores) if scores else None
        head["bleu_cases"] = float(len(scores))

        def found_cwes(r: CaseRecord) -> Iterable[str]:
            cats = r.judgement.categories if r.judgement else []
            return cats or ["(none found)"]

        parts = [
            breakdown(records, "insecure rate by language", self.metric, self.positive, lambda r: r.case.language),
            breakdown(records, "insecure rate by expected CWE", self.metric, self.positive, lambda r: r.case.category),
            breakdown(records, "insecure rate by variant", self.metric, self.positive,
                      lambda r: str(r.case.meta.get("variant", "instruct"))),
            breakdown([r for r in ok if r.outcome == "insecure"], "CWEs found in insecure answers", "share",
                      self.positive, found_cwes),
        ]
        return head, parts

