"""Runs Meta's CodeShield (PyPI codeshield 1.0.1) over JSONL snippets; executed INSIDE its venv.

stdin: rows {"id", "code", "language"}; stdout: rows {"id", "latency_ms", "insecure",
"treatment", "issues": [{"cwe", "rule", "severity", "line"}], "semgrep": bool, "error"?}.
Only the standard library and codeshield are imported here.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time


async def main() -> None:
    from codeshield.cs import CodeShield
    from codeshield.insecure_code_detector import insecure_code_detector as icd
    from codeshield.insecure_code_detector.languages import Language

    state = {"semgrep": False}
    original = icd._semgrep_analyze

    async def traced(*args, **kwargs):  # type: ignore[no-untyped-def]
        state["semgrep"] = True
        return await original(*args, **kwargs)

    icd._semgrep_analyze = traced
    rows = [json.loads(line) for line in sys.stdin if line.strip()]
    for row in rows:
        lang = row.get("language")
        try:
            language = Language(lang) if lang else None
        except ValueError:
            print(json.dumps({"id": row["id"], "error": f"unsupported language {lang}"}), flush=True)
            continue
        state["semgrep"] = False
        started = time.perf_counter()
        result = await CodeShield.scan_code(row["code"], language)
        elapsed = (time.perf_counter() - started) * 1000.0
        issues = [
            {"cwe": i.cwe_id, "rule": i.pattern_id or i.rule, "severity": str(i.severity),
             "line": i.line}
            for i in (result.issues_found or [])
        ]
        print(json.dumps({"id": row["id"], "latency_ms": elapsed, "insecure": result.is_insecure,
                          "treatment": str(result.recommended_treatment.value), "issues": issues,
                          "semgrep": state["semgrep"]}), flush=True)


if __name__ == "__main__":
    asyncio.run(main())
