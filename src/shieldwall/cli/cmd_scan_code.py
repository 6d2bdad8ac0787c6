"""``shieldwall scan-code``: find insecure code in files, folders, stdin or JSONL batches."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from shieldwall.core.errors import InputError, ShieldwallError


def register(app: typer.Typer) -> None:
    app.command("scan-code")(scan_code_command)


def scan_code_command(
    path: str = typer.Argument(None, help="File, folder, Markdown response, or '-' for stdin."),
    language: str = typer.Option(None, "--language", "-l", help="Language (default: inferred)."),
    fmt: str = typer.Option("text", "--format", "-f", help="text | json | sarif"),
    input_file: Path = typer.Option(None, "--input", "-i", help="JSONL rows {id, code, language?}."),
    output_file: Path = typer.Option(None, "--output", "-o", help="Where results go (default stdout)."),
    deep: bool = typer.Option(False, "--deep", help="Also run semgrep taint rules (if installed)."),
    fail_on: str = typer.Option(
        None,
        "--fail-on",
        help="Exit 1 when a finding's treatment is at least: block | warn | never "
        "(default: block for PATH, never for --input batches).",
    ),
) -> None:
    """Scan code for insecure patterns and source-to-sink flows (CWE-tagged); print every finding.

    Exit codes: 0 when no finding reaches the --fail-on level (and, for --input, every row was
    scanned or reported as an error row); 1 when some finding does; 2 for bad usage or input
    that cannot be read (a clear one-line message).
    """
    from shieldwall.codeshield.engine import resolve_language

    if fmt not in ("text", "json", "sarif"):
        raise InputError(f"--format must be text, json or sarif (got '{fmt}')")
    if fail_on is not None and fail_on not in ("block", "warn", "never"):
        raise InputError(f"--fail-on must be block, warn or never (got '{fail_on}')")
    if input_file is not None:
        if path is not None:
            raise InputError("give either PATH or --input, not both")
        worst_rank = _run_batch(input_file, output_file, language, deep)
        _exit_for(worst_rank, fail_on or "never")
        return
    if path is None:
        raise InputError("give a PATH (file, folder or '-') or --input rows.jsonl")
    resolve_language(language)
    results = _scan_target(path, language, deep)
    text = _render(results, fmt)
    if output_file is not None:
        output_file.write_text(text + "\n", encoding="utf-8")
    else:
        typer.echo(text)
    _exit_for(max((r.treatment.rank for _, r in results), default=0), fail_on or "block")


def _exit_for(worst_rank: int, fail_on: str) -> None:
    """Exit 1 when the worst treatment reaches the --fail-on level."""
    if (fail_on == "block" and worst_rank >= 2) or (fail_on == "warn" and worst_rank >= 1):
        raise typer.Exit(1)


def _scan_target(path: str, language: str | None, deep: bool) -> list[tuple[str, Any]]:
    from shieldwall.codeshield.api import scan_code, scan_path

    if path == "-":
        data = sys.stdin.buffer.read()
        return [("<stdin>", scan_code(data.decode("utf-8", errors="replace"), language, deep=deep))]
    target = Path(path)
    if not target.exists():
        raise InputError(f"{path}: no such file or folder")
    found = scan_path(target, language, deep=deep)
    if target.is_dir() and not found:
        raise InputError(f"{path}: no source files with a known language")
    return [(str(file), result) for file, result in found]


def _render(results: list[tuple[str, Any]], fmt: str) -> str:
    if fmt == "sarif":
        from shieldwall.codeshield.sarif import to_sarif

        return json.dumps(to_sarif(results), indent=2)
    if fmt == "json":
        payload = [{"path": p, **r.model_dump(mode="json")} for p, r in results]
        return json.dumps(payload[0] if len(payload) == 1 else payload, indent=2)
    lines: list[str] = []
    total = 0
    for name, result in results:
        for note in result.notes:
            lines.append(f"{name}: note: {note}")
        for issue in result.issues:
            total += 1
            lines.append(
                f"{name}:{issue.line}:{issue.column}: {issue.severity.value} {issue.cwe} "
                f"[{issue.rule}] {issue.message}"
            )
            lines.append(f"    {issue.snippet}")
            if issue.flow:
                steps = " -> ".join(f"{step.line} ({step.note[:40]})" for step in issue.flow)
                lines.append(f"    flow [{issue.confidence}]: {steps}")
            lines.append(f"    fix: {issue.fix}")
    worst = max(results, key=lambda pr: pr[1].treatment.rank)[1].treatment.value if results else "ignore"
    lines.append(f"{total} issue(s) in {len(results)} file(s); treatment: {worst}")
    return "\n".join(lines)


def _run_batch(input_file: Path, output_file: Path | None, language: str | None, deep: bool) -> int:
    """Scan every row; returns the rank of the worst treatment seen (for --fail-on)."""
    from shieldwall.codeshield.api import scan_code
    from shieldwall.codeshield.languages import normalize_language

    try:
        handle = input_file.open("r", encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"{input_file}: cannot read ({exc.strerror or exc})") from exc
    out = output_file.open("w", encoding="utf-8") if output_file else sys.stdout
    rows = errors = flagged = worst = 0
    ranks = {"ignore": 0, "warn": 1, "block": 2}
    try:
        with handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                rows += 1
                row = _batch_row(raw, number, input_file, language, deep, scan_code, normalize_language)
                errors += "error" in row
                flagged += row.get("insecure") is True
                worst = max(worst, ranks.get(str(row.get("treatment")), 0))
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if output_file:
            out.close()
    typer.echo(f"{rows} row(s): {flagged} insecure, {errors} error(s)", err=True)
    return worst


def _batch_row(
    raw: str,
    number: int,
    source: Path,
    default_language: str | None,
    deep: bool,
    scan_code: Any,
    normalize_language: Any,
) -> dict[str, Any]:
    where = f"{source}:{number}"
    try:
        row = json.loads(raw)
    except json.JSONDecodeError as exc:
        return _error_row(None, f"{where}: invalid JSON ({exc.msg})")
    if not isinstance(row, dict):
        return _error_row(None, f"{where}: a row must be a JSON object")
    row_id = row.get("id", number)
    code = row.get("code")
    if not isinstance(code, str):
        return _error_row(row_id, f"{where}: 'code' must be a string")
    language = row.get("language") or row.get("lang") or default_language
    warning = None
    if isinstance(language, str) and normalize_language(language) is None and language.lower() != "auto":
        warning = f"unknown language '{language}'; inferred from the code"
        language = None
    elif language is not None and not isinstance(language, str):
        warning, language = "'language' must be a string; inferred from the code", None
    try:
        result = scan_code(code, language, deep=deep)
    except ShieldwallError as exc:
        return _error_row(row_id, f"{where}: {exc}")
    out: dict[str, Any] = result.to_row(row_id)
    if warning:
        out["warning"] = warning
    return out


def _error_row(row_id: Any, message: str) -> dict[str, Any]:
    """A result row for a row that could not be scanned (the run goes on).

    It does not read as clean: ``insecure`` is null, ``treatment`` is ``"error"`` and ``error``
    says why.
    """
    return {"id": row_id, "insecure": None, "treatment": "error", "issues": [],
            "latency_ms": 0.0, "error": message}  # fmt: skip
