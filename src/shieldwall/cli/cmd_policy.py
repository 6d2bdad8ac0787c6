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
        check_scanners: Annotated[bool, typer.Option(help="Also check every scanner name exists.")] = True,
    ) -> None:
        """Validate a policy; errors name the file, key path and what was expected."""
        policy = load_policy(path)
        if check_scanners:
            from shieldwall.scanners.registry import get_scanner_class

            for stage in ("input", "output"):
                for i, sc in enumerate(policy.stage(stage).scanners):
                    try:
                        get_scanner_class(sc.name)
                    except Exception as exc:
                        raise PolicyError(str(exc), source=path, key=f"{stage}.scanners[{i}].name") from exc
        typer.echo(f"{path}: valid (policy '{policy.name}')")

    @policy_app.command("init")
    def init(
        path: Annotated[Path, typer.Argument(help="Where to write the new policy file.")],
        preset: Annotated[str, typer.Option(help="Preset to start from.")] = "general_assistant",
        force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
    ) -> None:
        """Write a policy file to edit, starting from a preset."""
        if path.exists() and not force:
            raise PolicyError("file exists; use --force to overwrite", source=str(path))
        policy = load_policy(preset)
        header = (f"# shieldwall policy, created from the '{policy.name}' preset.\n"
                  "# Validate with: shieldwall policy validate " + str(path) + "\n")
        path.write_text(header + dump_policy(policy.model_copy(update={"name": path.stem})), encoding="utf-8")
        typer.echo(f"wrote {path}")
