"""``shieldwall policy show|validate|init``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, get_args

import typer

from shieldwall.core.errors import PolicyError, ShieldwallError
from shieldwall.guard.policy_check import check_policy
from shieldwall.policy import dump_policy, load_policy, presets


def _type_name(annotation: Any) -> str:
    """A type as a policy author reads it: ``list[str] | None``, ``float``."""
    if isinstance(annotation, type) and not get_args(annotation):
        return annotation.__name__
    return str(annotation).replace("typing.", "").replace("NoneType", "None")


def register(app: typer.Typer) -> None:
    policy_app = typer.Typer(help="Show, validate and create policies.", no_args_is_help=True)
    app.add_typer(policy_app, name="policy")

    @policy_app.command("list")
    def list_presets() -> None:
        """List the built-in presets."""
        for name in presets():
            typer.echo(f"{name}: {load_policy(name).description.strip()}")

    @policy_app.command("scanners")
    def scanners(
        name: Annotated[str | None, typer.Argument(help="Only this scanner.")] = None,
    ) -> None:
        """List the scanners a policy can name: stages, the categories they emit (with default
        options) and their options with types and defaults."""
        from shieldwall.scanners.registry import available_scanners, get_scanner_class

        for scanner_name in [name] if name else available_scanners():
            try:
                cls = get_scanner_class(scanner_name)
            except ShieldwallError as exc:
                if name:
                    raise
                typer.echo(f"{scanner_name}: unavailable ({exc})\n")
                continue
            try:
                emits = cls.emitted_categories({}) or cls.categories
            except (ShieldwallError, LookupError, TypeError, ValueError):
                emits = cls.categories
            typer.echo(f"{scanner_name} ({', '.join(sorted(cls.stages))}): {cls.description}")
            typer.echo(f"  emits: {', '.join(emits) or '(not declared)'}")
            model = cls.options_model
            if model is None:
                typer.echo("  options: not declared (unchecked)")
            elif not model.model_fields:
                typer.echo("  options: none")
            else:
                typer.echo("  options:")
                for field, info in model.model_fields.items():
                    default = "required" if info.is_required() else f"default {info.default!r}"
                    typer.echo(f"    {field}: {_type_name(info.annotation)} ({default})")
            typer.echo("")

    @policy_app.command("show")
    def show(spec: Annotated[str, typer.Argument(help="Preset name or YAML file.")] = "general_assistant") -> None:
        """Print a policy with every default filled in."""
        typer.echo(dump_policy(check_policy(spec)), nl=False)

    @policy_app.command("validate")
    def validate(
        path: Annotated[str, typer.Argument(help="Policy YAML file (or preset name).")],
    ) -> None:
        """Validate a policy: schema, scanner names and options, category keys. Every problem is
        listed with the file, its key path and what was expected (exit 2 when any)."""
        policy = check_policy(path)
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
        policy = check_policy(preset)
        header = (f"# shieldwall policy, created from '{preset}' (policy '{policy.name}').\n"
                  "# Validate with: shieldwall policy validate " + str(path) + "\n")
        text = header + dump_policy(policy.model_copy(update={"name": path.stem}))
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise PolicyError(f"cannot write the file: {exc}", source=str(path)) from exc
        typer.echo(f"wrote {path} (from '{preset}')")
