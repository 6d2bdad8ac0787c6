"""``shieldwall train``: rebuild the embedded heads from data/, ../shared/data and ../shared/data/real."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command("train")
    def train(
        out_dir: Annotated[Path | None, typer.Option(
            "--out", help="Folder to write the model to (heads, plus a copy of the backbone). Use it "
                          "at run time with SHIELDWALL_EMBEDDED_DIR=DIR.")] = None,
        data_dir: Annotated[Path | None, typer.Option("--data", help="Our labelled data (default ./data).")] = None,
        shared_dir: Annotated[
            Path | None, typer.Option("--shared", help="Shared public sets (default ../shared/data).")
        ] = None,
        real_dir: Annotated[Path | None, typer.Option(
            "--real", help="Real public text (default ../shared/data/real).")] = None,
        no_real: Annotated[bool, typer.Option("--no-real", help="Train without the real public text.")] = False,
        overwrite_shipped: Annotated[bool, typer.Option(
            "--overwrite-shipped", help="Allow writing over the model shipped in the package.")] = False,
        epochs: Annotated[int, typer.Option(help="Maximum epochs per head (early stopping on dev).")] = 40,
    ) -> None:
        """Train the content, prompt-attack and refusal heads (fixed seed; prints files and counts,
        and warns about every data folder or file it could not find).

        To fine-tune the backbone too (dev machines with torch): scripts/finetune_backbone.py,
        then scripts/export_backbone.py --model <checkpoint>, then this command.
        """
        from shieldwall.training.embedded import train as run

        result = run(data_dir, shared_dir, out_dir, real_dir=real_dir, use_real=not no_real,
                     log=typer.echo, epochs=epochs, overwrite_shipped=overwrite_shipped)
        typer.echo(f"trained heads: {', '.join(result.heads)}")
