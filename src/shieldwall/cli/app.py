"""Entry point of the ``shieldwall`` command.

Command modules are the ``cmd_*`` modules of this package; each defines
``register(app: typer.Typer) -> None``. Adding a command means adding one module.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import typer

from shieldwall.core.errors import ShieldwallError

app = typer.Typer(
    name="shieldwall",
    help="System-level safety for LLM applications: guards, policies and evaluations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from shieldwall import __version__

        typer.echo(f"shieldwall {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """System-level safety for LLM applications: guards, policies and evaluations."""

_registered = False


def _register_commands() -> None:
    global _registered
    if _registered:
        return
    _registered = True
    import shieldwall.cli as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            module = importlib.import_module(f"shieldwall.cli.{info.name}")
            module.register(app)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; shieldwall errors print one clear line and exit 2 instead of a traceback."""
    _register_commands()
    try:
        app(args=argv, standalone_mode=True)
    except ShieldwallError as exc:
        typer.secho(f"error: {exc}", err=True, fg="red")
        sys.exit(2)


def get_app() -> typer.Typer:
    """The Typer app with every command registered (for tests: ``CliRunner().invoke(get_app(), ...)``)."""
    _register_commands()
    return app


if __name__ == "__main__":
    main()
