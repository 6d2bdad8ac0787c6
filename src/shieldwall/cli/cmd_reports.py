"""``shieldwall reports``: list, show, triage and export end-user reports of model outputs."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from shieldwall.core.errors import InputError, ShieldwallError

reports_app = typer.Typer(help="Output reports filed by end users: list, show, triage, export.",
                          no_args_is_help=True)

DbOption = typer.Option(None, "--db", help="SQLite path or SQLAlchemy URL (env SHIELDWALL_DB; "
                                           "default: reports.db in the user data folder, "
                                           "~/.local/share/shieldwall, as 'serve' uses).")


def _store(db: str | None) -> Any:
    """The report store ``serve`` uses; says which one on stderr; never creates a SQLite file."""
    try:
        import sqlalchemy  # noqa: F401

        from shieldwall.reports.store import ReportStore
    except ImportError as exc:
        raise ShieldwallError("'shieldwall reports' needs the server extra: "
                              "pip install 'shieldwall[server]'") from exc
    store = ReportStore(db, retry_s=2.0, create=False)
    typer.echo(f"reports database: {store.display_url}", err=True)
    return store


def _status(value: str | None) -> Any:
    from shieldwall.reports.schema import ReportStatus

    if value is None:
        return None
    try:
        return ReportStatus(value)
    except ValueError as exc:
        raise InputError(f"unknown status '{value}'; use one of "
                         f"{', '.join(s.value for s in ReportStatus)}") from exc


@reports_app.command("list")
def list_reports(
    db: str | None = DbOption,
    status: str | None = typer.Option(None, "--status", help="new|triaged|confirmed|rejected"),
    category: str | None = typer.Option(None, "--category"),
    reporter: str | None = typer.Option(None, "--reporter"),
    text: str | None = typer.Option(None, "--text", help="Substring of comment or response."),
    limit: int = typer.Option(50, "--limit", min=1, max=1000),
    offset: int = typer.Option(0, "--offset", min=0),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """List reports, newest first."""
    store = _store(db)
    from shieldwall.reports.schema import ReportQuery

    try:
        page = store.list(ReportQuery(status=_status(status), category=category,
                                      reporter=reporter, text=text, limit=limit, offset=offset))
    finally:
        store.close()
    if as_json:
        for report in page.items:
            typer.echo(report.model_dump_json())
        return
    typer.echo(f"{page.total} report(s); showing {len(page.items)} from {offset}")
    if not page.items:
        return
    typer.echo(f"{'ID':>6}  {'CREATED (UTC)':<16}  {'STATUS':<9}  {'CATEGORY':<16}  "
               f"{'REPORTER':<14}  COMMENT")
    for r in page.items:
        comment = " ".join(r.comment.split())[:60]
        typer.echo(f"{r.id:>6}  {r.created_at:%Y-%m-%d %H:%M}  {r.status.value:<9}  "
                   f"{r.category:<16}  {r.reporter or '-':<14}  {comment}")


@reports_app.command("show")
def show(report_id: int = typer.Argument(...), db: str | None = DbOption) -> None:
    """Print one report as JSON."""
    store = _store(db)
    try:
        typer.echo(store.get(report_id).model_dump_json(indent=2))
    finally:
        store.close()


@reports_app.command("set-status")
def set_status(
    report_id: int = typer.Argument(...),
    status: str = typer.Argument(..., help="new|triaged|confirmed|rejected"),
    note: str | None = typer.Option(None, "--note"),
    db: str | None = DbOption,
) -> None:
    """Move a report through triage."""
    store = _store(db)
    try:
        report = store.set_status(report_id, _status(status), note)
    finally:
        store.close()
    typer.echo(f"report {report.id}: {report.status.value}")


@reports_app.command("export")
def export(
    db: str | None = DbOption,
    fmt: str = typer.Option("jsonl", "--format", help="Only jsonl."),
    output: Path | None = typer.Option(None, "--output", "-o", help="File (default stdout)."),
    status: list[str] = typer.Option(["confirmed", "rejected"], "--status",
                                     help="Statuses to export (labels come from triage)."),
) -> None:
    """Export triaged reports as labelled data rows (source 'report:<id>')."""
    if fmt != "jsonl":
        raise InputError(f"unknown export format '{fmt}'; only 'jsonl' is supported")
    store = _store(db)
    from shieldwall.reports.export import to_row

    statuses = [_status(s) for s in status]
    written = skipped = 0
    try:
        out = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        store.close()
        raise InputError(f"cannot write {output}: {exc.strerror}") from exc
    try:
        for report in store.iter_all(statuses):
            row = to_row(report)
            if row is None:
                skipped += 1
                continue
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            written += 1
    finally:
        if output:
            out.close()
        store.close()
    typer.echo(f"exported {written} labelled row(s); skipped {skipped} without a label or text",
               err=True)


def register(app: typer.Typer) -> None:
    app.add_typer(reports_app, name="reports")
