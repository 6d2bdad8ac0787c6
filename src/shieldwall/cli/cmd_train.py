"""``shieldwall train``: rebuild the embedded heads from data/ and ../shared/data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command("train")
    def train(
        data_dir: Annotated[Path | None, typer.Option("--data", help="Our labelled data (default ./data).")] = None,
        shared_dir: Annotated[
            Path | None, typer.Option("--shared", help="Shared public sets (default ../shared/data).")
        ] = None,
        out_dir: Annotated[
            Path | None, typer.Option("--out", help="Where to write the heads (default: the package).")
        ] = None,
        epochs: Annotated[int, typer.Option(help="Maximum epochs per head (early stopping on dev).")] = 40,
    ) -> None:
        """Train the content, prompt-attack and refusal heads (fixed seed; prints files and counts).

        To fine-tune the backbone too (dev machines with torch): scripts/finetune_backbone.py,
        then scripts/export_backbone.py --model <checkpoint>, then this command.
        """
        from shieldwall.training.embedded import train as run

        result = run(data_dir, shared_dir, out_dir, log=typer.echo, epochs=epochs)
        typer.echo(f"trained heads: {', '.join(result.heads)}")
