"""Optional deep layer: semgrep taint rules, run as a subprocess. Off by default.

Unlike CodeShield, this passes the file itself (no ``--project-root /``), so semgrep scans it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from shieldwall.codeshield.languages import EXTENSIONS
from shieldwall.codeshield.result import CodePolicy, CodeScanResult, Issue
from shieldwall.codeshield.schema import Severity
from shieldwall.core.errors import ScannerError

SEMGREP_RULES = Path(__file__).parent / "semgrep"
_SEVERITY = {"ERROR": Severity.ERROR, "WARNING": Severity.WARNING, "INFO": Severity.ADVICE}


def semgrep_available() -> bool:
    return shutil.which("semgrep") is not None


def run_semgrep(code: str, language: str | None, *, timeout_s: float = 30.0) -> list[Issue]:
    """Issues semgrep's taint rules find in ``code`` (empty when the language has no file type)."""
    exe = shutil.which("semgrep")
    if exe is None:
        raise ScannerError("the deep layer needs semgrep: pip install 'shieldwall[semgrep]'")
    suffix = next((ext for ext, lang in EXTENSIONS.items() if lang == language), None)
    if suffix is None:
        return []
    with tempfile.TemporaryDirectory(prefix="shieldwall-semgrep-") as tmp:
        target = Path(tmp) / f"snippet{suffix}"
        target.write_text(code, encoding="utf-8")
        cmd = [exe, "scan", "--config", str(SEMGREP_RULES), "--json", "--metrics=off", "--quiet",
               "--disable-version-check", "--no-git-ignore", str(target)]  # fmt: skip
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s, cwd=tmp)
        except subprocess.TimeoutExpired as exc:
            raise ScannerError(f"semgrep took longer than {timeout_s:.0f}s") from exc
    try:
        report = json.loads(proc.stdout or "{}")
    except json.JSONDecodeError as exc:
        raise ScannerError(f"semgrep printed no JSON: {proc.stderr.strip()[:200]}") from exc
    issues: list[Issue] = []
    for item in report.get("results", []):
        extra = item.get("extra", {})
        meta = extra.get("metadata", {})
        cwe = meta.get("cwe", "CWE-20")
        if isinstance(cwe, list):
            cwe = cwe[0] if cwe else "CWE-20"
        issues.append(
            Issue(
                rule="semgrep." + str(item.get("check_id", "rule")).split(".")[-1],
                cwe=str(cwe).split(":")[0],
                severity=_SEVERITY.get(str(extra.get("severity", "WARNING")), Severity.WARNING),
                message=str(extra.get("message", "")),
                fix=str(meta.get("fix", "")),
                line=int(item.get("start", {}).get("line", 1)),
                column=int(item.get("start", {}).get("col", 1)),
                end_line=int(item.get("end", {}).get("line", 1)),
                snippet=str(extra.get("lines", "")).strip()[:200],
                language=language,
                analyzer="semgrep",
            )
        )
    return issues


def add_semgrep_findings(result: CodeScanResult, code: str, policy: CodePolicy) -> None:
    """Run semgrep on ``code`` and merge new findings into ``result`` (in place)."""
    if not semgrep_available():
        result.notes.append("deep layer skipped: semgrep is not installed")
        return
    try:
        found = run_semgrep(code, result.language)
    except ScannerError as exc:
        result.notes.append(f"deep layer failed: {exc}")
        return
    seen = {(i.cwe, i.line) for i in result.issues}
    for issue in found:
        if (issue.cwe, issue.line) in seen or not policy.keeps(issue):
            continue
        issue.treatment = policy.treat(issue)
        result.issues.append(issue)
        if issue.treatment.rank > result.treatment.rank:
            result.treatment = issue.treatment
        result.is_insecure = result.is_insecure or policy.is_insecure(issue)
    result.issues.sort(key=lambda i: (i.line, i.column, i.rule))
