"""``shieldwall check``: one text, or a JSONL file of conversations."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from shieldwall.batch.jsonl import JsonlRow, run_jsonl
from shieldwall.batch.rows import check_rows
from shieldwall.cli.summary import Summary
from shieldwall.core.verdict import Decision, Verdict
from shieldwall.guard.pipeline import Guard
from shieldwall.guard.policy_check import check_policy


class Engine(str, Enum):
    """Where a JSONL check runs."""

    LOCAL = "local"
    RAY = "ray"


class FailOn(str, Enum):
    """Which verdicts make the command exit 1."""

    BLOCK = "block"
    WARN = "warn"


_FAIL_ON = {FailOn.BLOCK: {Decision.BLOCK}, FailOn.WARN: {Decision.BLOCK, Decision.WARN, Decision.REDACT}}


def _print_verdict(verdict: Verdict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    colour = {"allow": "green", "warn": "yellow", "redact": "cyan", "block": "red"}[verdict.decision.value]
    console.print(f"[bold {colour}]{verdict.decision.value.upper()}[/] "
                  f"({verdict.stage}, policy {verdict.policy}, {verdict.latency_ms:.1f} ms)")
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
        engine: Annotated[Engine, typer.Option(help="local, or ray (scale out with Ray Data; needs the ray extra).")
                          ] = Engine.LOCAL,
        ray_address: Annotated[str | None, typer.Option(help="Ray cluster address (default: start locally).")] = None,
        fail_on: Annotated[FailOn | None, typer.Option("--fail-on",
                           help="Exit 1 when any verdict is block (or, with warn: warn, redact or block).")] = None,
        summary: Annotated[bool, typer.Option("--summary",
                           help="With --input: print a table (id, decision, categories, top score, deciding "
                                "scanner) on stderr after the rows.")] = False,
    ) -> None:
        """Check a prompt (or a prompt and its response) against a policy."""
        if input_path is not None and engine is Engine.RAY:
            from shieldwall.batch.ray_runner import check_with_ray

            if output_path in (None, "-"):
                raise typer.BadParameter("--engine ray needs an --output file")
            check_policy(policy)  # fail fast on a bad policy, before starting Ray
            counts = check_with_ray(input_path, output_path, policy, batch_size=batch_size, address=ray_address)
            typer.echo(f"{counts['rows']} rows, {counts['errors']} errors, {counts['scanner_errors']} with "
                       "scanner errors (ray)", err=True)
            if summary:
                ray_table = Summary()
                with open(output_path, encoding="utf-8") as written:
                    ray_table.add(json.loads(line) for line in written if line.strip())
                ray_table.print()
            return
        guard = Guard.from_policy(policy)
        if input_path is not None:
            if text is not None:
                raise typer.BadParameter("give either TEXT or --input, not both")
            failing = _FAIL_ON[fail_on] if fail_on is not None else set()
            tripped = False
            table = Summary() if summary else None

            def process(rows: Sequence[JsonlRow]) -> list[dict[str, Any]]:
                nonlocal tripped
                out, verdicts = check_rows(guard, rows)
                tripped = tripped or any(v is not None and v.decision in failing for v in verdicts)
                if table is not None:
                    table.add(out)
                return out

            counts = run_jsonl(input_path, output_path or "-", process, batch_size=batch_size,
                               resume=resume, description="checking")
            typer.echo(f"{counts['rows']} rows, {counts['errors']} errors, {counts['scanner_errors']} with scanner "
                       f"errors, {counts['skipped']} skipped in {counts['seconds']} s", err=True)
            if table is not None:
                table.print()
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
        if fail_on is not None and verdict.decision in _FAIL_ON[fail_on]:
            raise typer.Exit(1)
