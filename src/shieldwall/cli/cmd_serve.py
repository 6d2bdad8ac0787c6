"""``shieldwall serve``: the guard service (check API, guarded OpenAI proxy, reports, metrics)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import typer

from shieldwall.core.errors import ShieldwallError


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        policy: str = typer.Option("general_assistant", "--policy", "-p",
                                   help="Preset name or policy YAML file."),
        upstream: str | None = typer.Option(
            None, "--upstream", help="OpenAI-compatible base URL to guard, e.g. "
                                     "http://localhost:8000/v1 (env SHIELDWALL_UPSTREAM)."),
        db: str | None = typer.Option(
            None, "--db", help="Reports database: a SQLite path or a SQLAlchemy URL such as "
                               "postgresql://user@host/db (env SHIELDWALL_DB; default: "
                               "reports.db in the user data folder, ~/.local/share/shieldwall, "
                               "which 'shieldwall reports' also reads)."),
        host: str = typer.Option("127.0.0.1", "--host"),
        port: int = typer.Option(8080, "--port"),
        api_keys_file: Path | None = typer.Option(
            None, "--api-keys-file", help="Service keys, one per line (sha256:<hex> or plain); "
                                          "adds to env SHIELDWALL_API_KEYS."),
        report_keys_file: Path | None = typer.Option(
            None, "--report-keys-file", help="Keys for reading/triaging reports; adds to env "
                                             "SHIELDWALL_REPORT_KEYS."),
        audit_log: Path | None = typer.Option(None, "--audit-log",
                                              help="JSON-lines audit log of verdicts."),
        upstream_timeout: float = typer.Option(60.0, "--upstream-timeout",
                                               help="Seconds to wait for the upstream."),
        max_body: int = typer.Option(1_000_000, "--max-body-bytes"),
        cors_origin: list[str] = typer.Option([], "--cors-origin",
                                              help="Allow this browser origin (CORS is off "
                                                   "by default)."),
        graceful: float = typer.Option(30.0, "--graceful-timeout",
                                       help="Seconds to let in-flight requests finish on "
                                            "shutdown."),
        workers: int = typer.Option(1, "--workers", min=1),
        protect_ops: bool = typer.Option(
            False, "--protect-ops", help="/metrics, /docs and /openapi.json need a service or "
                                         "reports key (env SHIELDWALL_PROTECT_OPS=1)."),
        stream_max_s: float = typer.Option(300.0, "--stream-max-seconds",
                                           help="Longest a streamed answer may take."),
    ) -> None:
        """Run the guard service."""
        try:
            import uvicorn

            from shieldwall.server.app import create_app
            from shieldwall.server.security import read_key_file
            from shieldwall.server.settings import ServerSettings
        except ImportError as exc:
            raise ShieldwallError(f"the service needs the 'server' extra ({exc}); "
                                  "pip install 'shieldwall[server]'") from exc
        settings = ServerSettings.from_env(policy=policy, upstream=upstream, db_url=db,
                                           audit_log=audit_log, upstream_timeout_s=upstream_timeout,
                                           max_body_bytes=max_body,
                                           cors_origins=cors_origin or None,
                                           protect_ops=protect_ops or None,
                                           stream_max_s=stream_max_s)
        if api_keys_file is not None:
            settings.api_keys.extend(read_key_file(api_keys_file))
        if report_keys_file is not None:
            settings.report_keys.extend(read_key_file(report_keys_file))
        application = create_app(settings)
        # Load every scanner now: a policy naming a missing scanner or model fails here with
        # one clear line instead of a traceback from inside the server's start-up.
        state = application.state.shieldwall
        state.guard.warm_up()
        typer.echo(f"reports database: {state.store.display_url}", err=True)
        if workers > 1:
            typer.secho("note: --workers > 1 is not supported with an in-process app; "
                        "run several processes behind a load balancer", err=True)
        uvicorn.run(application, host=host, port=port, log_level="info",
                    timeout_graceful_shutdown=math.ceil(graceful), proxy_headers=False,
                    server_header=False)

    @app.command("hash-key")
    def hash_key_command(
        key: str | None = typer.Argument(None, help="The key to hash; '-' reads stdin; none "
                                                     "makes a new random key."),
    ) -> None:
        """Print the sha256:<hex> form of an API key (for key files and SHIELDWALL_API_KEYS)."""
        from shieldwall.server.security import hash_key, new_key

        if key == "-":
            key = sys.stdin.readline().strip()
        if not key:
            key = new_key()
            typer.echo(f"key:  {key}")
            typer.echo(f"hash: {hash_key(key)}")
            return
        typer.echo(hash_key(key))
