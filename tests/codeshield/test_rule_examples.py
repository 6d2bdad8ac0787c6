"""Every built-in rule fires on each of its insecure examples and on none of its secure ones.

A pattern rule that a dataflow sink supersedes (``covers`` in the taint spec) may be reported
as that sink instead: the same issue, found by the dataflow analysis.
"""

from __future__ import annotations

import pytest

from shieldwall.codeshield.dataflow.analyzer import superseding_cwe
from shieldwall.codeshield.engine import CodeEngine
from shieldwall.codeshield.rules_loader import ANY_LANGUAGE, CompiledRule, load_rules

RULES = load_rules()
ENGINE = CodeEngine(RULES)


def _language(rule: CompiledRule) -> str | None:
    lang = rule.languages[0]
    return None if lang == ANY_LANGUAGE else lang


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_rule_fires_on_insecure_examples(rule: CompiledRule) -> None:
    language = _language(rule)
    covered_by = superseding_cwe(language, rule.id) if language else None
    for example in rule.spec.examples.insecure:
        result = ENGINE.scan(example, language, markdown=False)
        fired = {issue.rule for issue in result.issues}
        broken = [note for note in result.notes if note.startswith(f"rule {rule.id} failed")]
        assert not broken, broken
        by_flow = covered_by is not None and any(
            i.analyzer == "dataflow" and i.cwe == covered_by for i in result.issues
        )
        assert rule.id in fired or by_flow, f"{rule.id} missed its insecure example:\n{example}"


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_rule_is_silent_on_secure_examples(rule: CompiledRule) -> None:
    for example in rule.spec.examples.secure:
        result = ENGINE.scan(example, _language(rule), markdown=False)
        fired = {issue.rule for issue in result.issues}
        assert rule.id not in fired, f"{rule.id} fired on its secure example:\n{example}"
