"""Insecure-code safeguard: CWE-tagged ast-grep and regex rules, a policy, SARIF export."""

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
