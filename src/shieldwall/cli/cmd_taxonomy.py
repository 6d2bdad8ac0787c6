"""``shieldwall taxonomy``: list, show and map hazard taxonomies."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from shieldwall.taxonomy import available, load_taxonomy, map_codes
from shieldwall.taxonomy.registry import mapping_table


def register(app: typer.Typer) -> None:
    @app.command("taxonomy")
    def taxonomy(
        name: Annotated[str | None, typer.Argument(help="Built-in name or YAML file.")] = None,
        as_json: Annotated[bool, typer.Option("--json")] = False,
        map_to: Annotated[
            str | None, typer.Option("--map-to", help="Print the mapping table to this taxonomy.")
        ] = None,
        codes: Annotated[
            str | None, typer.Option("--codes", help="Comma-separated codes to map (with --map-to).")
        ] = None,
    ) -> None:
        """Print a taxonomy (or list them all), or map codes to another taxonomy."""
        from rich.console import Console
        from rich.table import Table

        console = Console()
        if name is None:
            for n in available():
                t = load_taxonomy(n)
                console.print(f"[bold]{n}[/]  {t.title} ({len(t.categories)} categories)")
            return
        tax = load_taxonomy(name)
        if map_to:
            if codes:
                result = map_codes([c.strip() for c in codes.split(",") if c.strip()], tax.name, map_to)
                typer.echo(",".join(result))
            else:
                codes_table = mapping_table(tax.name, map_to)
                typer.echo(
                    json.dumps(codes_table)
                    if as_json
                    else "\n".join(f"{k} -> {', '.join(v) or '(none)'}" for k, v in codes_table.items())
                )
            return
        if as_json:
            typer.echo(tax.model_dump_json(indent=2))
            return
        view = Table("code", "name", "description", title=tax.title or tax.name, show_lines=False)
        for c in tax.categories:
            view.add_row(c.code, c.name, c.description)
        console.print(view)
