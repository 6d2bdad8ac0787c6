r"""Insecure-code safeguard: CWE-tagged ast-grep and regex rules, a policy, SARIF export.

    >>> from shieldwall.codeshield import scan_code
    >>> result = scan_code("import os, sys\nhost = sys.argv[1]\nos.system('ping ' + host)\n", "python")
    >>> issue = result.issues[0]
    >>> result.treatment.value, issue.rule, issue.line, issue.confidence, issue.source_line
    ('block', 'python.flow.command-injection', 3, 'high', 2)

``scan_code`` also takes a whole Markdown answer (fenced blocks, languages from the fences or
guessed, line numbers of the answer). CLI: ``shieldwall scan-code PATH|- [--format sarif]`` and
``shieldwall scan-code --input rows.jsonl --output results.jsonl``. Pattern rules live in
``rules/*.yaml`` (see ``rules/README.md``); sources, sinks and sanitisers of the dataflow analysis
in ``dataflow/specs/*.yaml`` (see docs/code-safeguard.md); the ``code`` scanner brings them into
guard policies.
"""

from shieldwall.codeshield.api import scan_code, scan_file, scan_path
from shieldwall.codeshield.engine import CodeEngine
from shieldwall.codeshield.result import CodePolicy, CodeScanResult, Issue, Treatment
from shieldwall.codeshield.rules_loader import load_rules
from shieldwall.codeshield.schema import RuleSpec, Severity

__all__ = [
    "CodeEngine",
    "CodePolicy",
    "CodeScanResult",
    "Issue",
    "RuleSpec",
    "Severity",
    "Treatment",
    "load_rules",
    "scan_code",
    "scan_file",
    "scan_path",
]
