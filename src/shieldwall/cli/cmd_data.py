"""``shieldwall data check``: validate the labelled data and print the data-card table."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    data_app = typer.Typer(help="Labelled safety data.", no_args_is_help=True)
    app.add_typer(data_app, name="data")

    @data_app.command("check")
    def check(
        data_dir: Annotated[Path | None, typer.Option("--data", help="Data folder (default: ./data).")] = None,
        embeddings: Annotated[bool, typer.Option(help="Find near-duplicates by embedding similarity.")] = True,
        minimums: Annotated[bool, typer.Option(help="Fail when a slice is below its minimum.")] = True,
    ) -> None:
        """Validate schema, duplicates, near-duplicates, split leakage, coverage and counts."""
        from rich.console import Console
        from rich.table import Table

        from shieldwall.training.datacheck import check as run_check

        # The checks take up to a minute (near-duplicates embed every row): say so on stderr.
        with Console(stderr=True).status("checking the data (schema, duplicates, near-duplicates, leakage)..."):
            result = run_check(data_dir, embeddings=embeddings, minimums=minimums)
        console = Console()
        table = Table("slice", "count", "safe rows", "unsafe rows", "status", title=f"{result.rows} rows")
        for name, n, safe, unsafe, status in result.table:
            table.add_row(name, str(n), str(safe), str(unsafe), status)
        console.print(table)
        for key, value in result.counts.items():
            console.print(f"  {key}: {value}")
        for warning in result.warnings:
            console.print(f"[yellow]warning[/]: {warning}", highlight=False)
        for error in result.errors[:50]:
            console.print(f"[red]error[/]: {error}", highlight=False)
        if len(result.errors) > 50:
            console.print(f"[red]... and {len(result.errors) - 50} more errors[/]")
        if not result.ok:
            raise typer.Exit(1)
        console.print("[green]data check passed[/]")
