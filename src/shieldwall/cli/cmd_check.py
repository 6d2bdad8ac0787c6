"""``shieldwall check``: one text, or a JSONL file of conversations."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from shieldwall.batch.jsonl import JsonlRow, run_jsonl
from shieldwall.batch.rows import row_to_item
from shieldwall.core.errors import InputError
from shieldwall.core.verdict import Decision, Verdict
from shieldwall.guard.pipeline import Guard
from shieldwall.policy import load_policy
from shieldwall.scanners.base import ScanInput

_FAIL_ON = {"block": {Decision.BLOCK}, "warn": {Decision.BLOCK, Decision.WARN, Decision.REDACT}}


def _print_verdict(verdict: Verdict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    colour = {"allow": "green", "warn": "yellow", "redact": "cyan", "block": "red"}[verdict.decision.value]
    console.print(f"[bold {colour}]{verdict.decision.value.upper()}[/] "
                  f"({verdict.stage}, policy {verdict.policy}, {verdict.total_latency_ms:.1f} ms)")
    if verdict.findings:
        table = Table("scanner", "category", "score", "threshold", "action", "message")
        for f in verdict.findings:
            table.add_row(f.scanner, f.category, f"{f.score:.3f}", f"{f.threshold:.2f}",
                          f.action.value, f.message[:80])
        console.print(table)
    top = sorted(verdict.scores.items(), key=lambda kv: -kv[1])[:6]
    if top:
        console.print("top scores: " + ", ".join(f"{k}={v:.3f}" for k, v in top))
    if verdict.user_message:
        console.print(f"user sees: {verdict.user_message}")
    if verdict.sanitized_text is not None:
        console.print(f"sanitized: {verdict.sanitized_text}")


def register(app: typer.Typer) -> None:
    @app.command("check")
    def check(
        text: Annotated[str | None, typer.Argument(help="The user prompt to check ('-' reads stdin).")] = None,
        response: Annotated[str | None, typer.Option("--response", "-r",
                            help="Check this model response to TEXT instead of the prompt.")] = None,
        policy: Annotated[str, typer.Option("--policy", "-p",
                          help="Preset name or policy YAML file.")] = "general_assistant",
        as_json: Annotated[bool, typer.Option("--json", help="Print the Verdict as JSON.")] = False,
        input_path: Annotated[Path | None, typer.Option("--input", "-i",
                              help="JSONL rows {id, prompt[, response]} or {id, messages}.")] = None,
        output_path: Annotated[str | None, typer.Option("--output", "-o",
                               help="Where to write result rows (JSONL; '-' for stdout).")] = None,
        batch_size: Annotated[int, typer.Option(help="Rows per model batch.")] = 32,
        resume: Annotated[bool, typer.Option(help="Skip ids already in --output and append.")] = False,
        engine: Annotated[str, typer.Option(help="'local' or 'ray' (scale out with Ray Data; needs [ray]).")] = "local",
        ray_address: Annotated[str | None, typer.Option(help="Ray cluster address (default: start locally).")] = None,
        fail_on: Annotated[str | None, typer.Option("--fail-on",
                           help="Exit 1 when any verdict is 'block' (or 'warn': warn, redact or block).")] = None,
    ) -> None:
        """Check a prompt (or a prompt and its response) against a policy."""
        if fail_on is not None and fail_on not in _FAIL_ON:
            raise typer.BadParameter("--fail-on must be 'block' or 'warn'")
        if input_path is not None and engine == "ray":
            from shieldwall.batch.ray_runner import check_with_ray

            if output_path in (None, "-"):
                raise typer.BadParameter("--engine ray needs an --output file")
            load_policy(policy)  # fail fast on a bad policy, before starting Ray
            counts = check_with_ray(input_path, output_path, policy, batch_size=batch_size, address=ray_address)
            typer.echo(f"{counts['rows']} rows, {counts['errors']} errors (ray)", err=True)
            return
        if engine not in {"local", "ray"}:
            raise typer.BadParameter("--engine must be 'local' or 'ray'")
        guard = Guard.from_policy(policy)
        if input_path is not None:
            if text is not None:
                raise typer.BadParameter("give either TEXT or --input, not both")
            failing = _FAIL_ON.get(fail_on or "", set())
            tripped = False

            def process(rows: Sequence[JsonlRow]) -> list[dict[str, Any]]:
                nonlocal tripped
                items: list[ScanInput | None] = []
                errors: list[str | None] = []
                for row in rows:
                    try:
                        assert row.data is not None
                        items.append(row_to_item(row.data))
                        errors.append(None)
                    except (InputError, ValueError) as exc:
                        items.append(None)
                        errors.append(f"line {row.line}: {exc}")
                good = [i for i in items if i is not None]
                verdicts = iter(guard.check_batch(good))
                out: list[dict[str, Any]] = []
                for row, item, error in zip(rows, items, errors, strict=True):
                    if item is None:
                        out.append({"id": row.id, "line": row.line, "error": error})
                        continue
                    verdict = next(verdicts)
                    tripped = tripped or verdict.decision in failing
                    out.append(verdict.to_row(row.id))
                return out

            counts = run_jsonl(input_path, output_path or "-", process, batch_size=batch_size,
                               resume=resume, description="checking")
            typer.echo(f"{counts['rows']} rows, {counts['errors']} errors, {counts['skipped']} skipped "
                       f"in {counts['seconds']} s", err=True)
            raise typer.Exit(1 if tripped else 0)
        if text is None:
            raise typer.BadParameter("give TEXT to check, or --input FILE")
        if text == "-":
            text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
        verdict = guard.check_output(text, response) if response is not None else guard.check_input(text)
        if as_json:
            typer.echo(json.dumps(verdict.model_dump(mode="json"), ensure_ascii=False))
        else:
            _print_verdict(verdict)
        guard.close()
        if verdict.decision in _FAIL_ON.get(fail_on or "", set()):
            raise typer.Exit(1)
