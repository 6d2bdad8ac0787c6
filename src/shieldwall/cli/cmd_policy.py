"""``shieldwall policy show|validate|init``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from shieldwall.core.errors import PolicyError
from shieldwall.policy import dump_policy, load_policy, presets


def register(app: typer.Typer) -> None:
    policy_app = typer.Typer(help="Show, validate and create policies.", no_args_is_help=True)
    app.add_typer(policy_app, name="policy")

    @policy_app.command("list")
    def list_presets() -> None:
        """List the built-in presets."""
        for name in presets():
            typer.echo(f"{name}: {load_policy(name).description.strip()}")

    @policy_app.command("show")
    def show(spec: Annotated[str, typer.Argument(help="Preset name or YAML file.")] = "general_assistant") -> None:
        """Print a policy with every default filled in."""
        typer.echo(dump_policy(load_policy(spec)), nl=False)

    @policy_app.command("validate")
    def validate(
        path: Annotated[str, typer.Argument(help="Policy YAML file (or preset name).")],
    ) -> None:
        """Validate a policy: schema, scanner names and options, category keys. Every problem is
        listed with the file, its key path and what was expected (exit 2 when any)."""
        policy = load_policy(path)
        scanners = sum(len(policy.stage(s).scanners) for s in ("input", "output"))
        typer.echo(f"{path}: valid (policy '{policy.name}', {scanners} scanner entries)")

    @policy_app.command("init")
    def init(
        path: Annotated[Path, typer.Argument(help="Where to write the new policy file.")],
        preset: Annotated[str, typer.Option("--from", "--preset",
                          help="Preset name (see `shieldwall policy list`) or policy file to start from.")
                          ] = "general_assistant",
        force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
    ) -> None:
        """Write a policy file to edit, starting from a preset (or another policy file)."""
        if path.exists() and not force:
            raise PolicyError("file exists; use --force to overwrite", source=str(path))
        policy = load_policy(preset)
        header = (f"# shieldwall policy, created from '{preset}' (policy '{policy.name}').\n"
                  "# Validate with: shieldwall policy validate " + str(path) + "\n")
        text = header + dump_policy(policy.model_copy(update={"name": path.stem}))
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise PolicyError(f"cannot write the file: {exc}", source=str(path)) from exc
        typer.echo(f"wrote {path} (from '{preset}')")
