r"""Insecure-code safeguard: CWE-tagged ast-grep and regex rules, a policy, SARIF export.

    >>> from shieldwall.codeshield import scan_code
    >>> result = scan_code("import os\nos.system('ping ' + host)\n", "python")
    >>> result.is_insecure, result.treatment.value, result.issues[0].rule, result.issues[0].line
    (True, 'block', 'python.os-system', 2)

``scan_code`` also takes a whole Markdown answer (fenced blocks, languages from the fences or
guessed, line numbers of the answer). CLI: ``shieldwall scan-code PATH|- [--format sarif]`` and
``shieldwall scan-code --input rows.jsonl --output results.jsonl``. Rules live in ``rules/*.yaml``
(see ``rules/README.md``); the ``code`` scanner brings them into guard policies.
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
