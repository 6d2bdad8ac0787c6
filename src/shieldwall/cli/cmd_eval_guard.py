"""``shieldwall eval-guard``: guard quality on a labelled JSONL set (or our dev split)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer


def register(app: typer.Typer) -> None:
    @app.command("eval-guard")
    def eval_guard(
        input_path: Annotated[Path | None, typer.Option("--input", "-i",
                              help="Labelled JSONL: {prompt|text, response?, label, categories?, attack?} "
                                   "or shieldwall data rows.")] = None,
        data_dir: Annotated[Path | None, typer.Option("--data", help="Evaluate our data folder instead.")] = None,
        split: Annotated[str, typer.Option(help="With --data: dev, train or all.")] = "dev",
        policy: Annotated[str, typer.Option("--policy", "-p")] = "general_assistant",
        report_path: Annotated[Path | None, typer.Option("--report", help="Write the report as JSON.")] = None,
        limit: Annotated[int | None, typer.Option(help="Evaluate at most this many rows.")] = None,
        validation: Annotated[Path | None, typer.Option(
            "--validation", help="A validation folder (e.g. ../shared/validation): report per file, "
                                 "by head, with slices and reliability tables.")] = None,
        rows_out: Annotated[Path | None, typer.Option(
            "--rows-out", help="With --validation: write every scored row as JSONL.")] = None,
        only: Annotated[list[str] | None, typer.Option(
            "--only", help="With --validation: only files whose name contains this (repeatable).")] = None,
    ) -> None:
        """Print precision, recall, F1, AUPRC and FPR overall, per category and per slice, plus latency.

        With --validation DIR: one row per validation file (n, share flagged overall and by head,
        precision/recall/F1 where its labels allow), slices, and reliability curves.
        """
        from shieldwall.core.errors import InputError
        from shieldwall.evals.guard_quality import (
            evaluate,
            from_safety_row,
            load_labelled,
            print_report,
            save_report,
        )
        from shieldwall.guard import Guard

        if validation is not None:
            from shieldwall.evals.validation_suite import (
                print_validation_report,
                run_suite,
                save_validation,
            )

            with _status(f"scoring the validation files in {validation}"):
                vguard = Guard.from_policy(policy)
                vreport, vrows = run_suite(vguard, validation, limit=limit, only=only)
            print_validation_report(vreport)
            if report_path or rows_out:
                save_validation(vreport, vrows, report_path or Path("validation_report.json"), rows_out)
            return
        if input_path is None and data_dir is None:
            data_dir = Path("data")
        if input_path is not None:
            with _status(f"reading {input_path}"):
                rows = load_labelled(input_path)
        else:
            from shieldwall.datasets.loader import load_rows

            assert data_dir is not None
            with _status(f"reading {data_dir} (split {split})"):
                rows = [from_safety_row(r) for r in load_rows(data_dir)
                        if split == "all" or r.assigned_split() == split]
            if not rows:
                raise InputError(f"{data_dir}: no rows in split '{split}'")
        if limit:
            rows = rows[:limit]
        with _status(f"checking {len(rows)} rows with policy {policy}"):
            guard = Guard.from_policy(policy)
            report = evaluate(guard, rows)
        print_report(report)
        if report_path:
            save_report(report, report_path)


def _status(message: str) -> Any:
    """A spinner on stderr while a long step runs (nothing when stderr is not a terminal)."""
    from rich.console import Console

    return Console(stderr=True).status(message)
