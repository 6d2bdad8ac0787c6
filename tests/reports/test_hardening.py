"""Store hardening and the CLI's database location: text no database can hold, LIKE wildcards,
SQL parameters kept out of logs, ids out of range, one default file for serve and reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from shieldwall.cli.app import main
from shieldwall.reports import ReportCreate, ReportQuery, ReportStore
from shieldwall.reports.store import MAX_ID, ReportNotFoundError, default_db, normalize_url


def report(comment: str, response: str = "an answer") -> ReportCreate:
    return ReportCreate(conversation=[{"role": "user", "content": "q"}], response=response,
                        category="S1", comment=comment)


def test_nul_and_surrogates_are_stored_not_lost(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "r.db")
    weird = ReportCreate(conversation=[{"role": "user", "content": "a\x00b\ud800c"}],
                         response="x\x00y", category="S1", comment="nul\x00here",
                         reporter="u\udfff")
    created = store.add(weird, verdict={"k\x00": "v\ud800"})
    got = store.get(created.id)
    assert got.comment == "nul\ufffdhere" and got.response == "x\ufffdy"
    assert got.conversation == [{"role": "user", "content": "a\ufffdb\ufffdc"}]
    assert got.verdict == {"k\ufffd": "v\ufffd"} and got.reporter == "u\ufffd"
    assert store.list(ReportQuery(text="nul\x00here")).total == 1


def test_search_wildcards_match_themselves(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "r.db")
    for comment in ("100% wrong", "snake_case", "plain", "back\\slash"):
        store.add(report(comment))
    assert [r.comment for r in store.list(ReportQuery(text="%")).items] == ["100% wrong"]
    assert [r.comment for r in store.list(ReportQuery(text="_")).items] == ["snake_case"]
    assert [r.comment for r in store.list(ReportQuery(text="\\")).items] == ["back\\slash"]
    assert store.list(ReportQuery(text="PLAIN")).total == 1


def test_database_errors_do_not_log_report_text(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "r.db")
    with pytest.raises(Exception) as exc, store.engine.connect() as conn:
        conn.execute(text("SELECT no_such_column WHERE :p = 1"), {"p": "PRIVATE REPORT TEXT"})
    assert "PRIVATE REPORT TEXT" not in str(exc.value)
    shown = ReportStore(tmp_path / "r.db", log_text=True)
    with pytest.raises(Exception) as exc, shown.engine.connect() as conn:
        conn.execute(text("SELECT no_such_column WHERE :p = 1"), {"p": "PRIVATE REPORT TEXT"})
    assert "PRIVATE REPORT TEXT" in str(exc.value)


def test_ids_out_of_range_are_not_found(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "r.db")
    for rid in (0, -5, MAX_ID + 1, 10**40):
        with pytest.raises(ReportNotFoundError):
            store.get(rid)
        with pytest.raises(ReportNotFoundError):
            store.set_status(rid, "confirmed")


def test_one_default_location(monkeypatch: Any, tmp_path: Path) -> None:
    monkeypatch.delenv("SHIELDWALL_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db() == str(tmp_path / "data" / "shieldwall" / "reports.db")
    assert normalize_url(None) == f"sqlite:///{tmp_path / 'data' / 'shieldwall' / 'reports.db'}"
    monkeypatch.setenv("SHIELDWALL_DB", str(tmp_path / "env.db"))
    assert default_db() == str(tmp_path / "env.db")


def run_cli(args: list[str], capsys: Any) -> tuple[int, str, str]:
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_reports_cli_reads_the_servers_default_file(monkeypatch: Any, tmp_path: Path,
                                                    capsys: Any) -> None:
    from shieldwall.guard.pipeline import Guard
    from shieldwall.server.app import create_app
    from shieldwall.server.settings import ServerSettings

    monkeypatch.delenv("SHIELDWALL_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, _, err = run_cli(["reports", "list"], capsys)
    expected = tmp_path / "data" / "shieldwall" / "reports.db"
    assert code == 2 and f"no reports database at {expected}" in err
    assert not expected.exists()  # reading never creates an empty database
    # The service, started without --db, writes where 'reports' reads.
    app = create_app(ServerSettings(policy="general_assistant"),
                     guard=Guard.from_policy({"name": "empty"}))
    state = app.state.shieldwall
    state.store.add(report("filed through the service"))
    state.store.close()
    code, out, err = run_cli(["reports", "list"], capsys)
    assert code == 0 and f"reports database: {expected}" in err
    lines = out.splitlines()
    assert lines[0].startswith("1 report(s)")
    assert lines[1].split() == ["ID", "CREATED", "(UTC)", "STATUS", "CATEGORY", "REPORTER",
                                "COMMENT"]
    assert "filed through the service" in lines[2]


def test_reports_without_the_server_extra_is_one_line(tmp_path: Path) -> None:
    code = ("import sys; sys.modules['sqlalchemy'] = None\n"
            "from shieldwall.cli.app import main\n"
            f"main(['reports', 'list', '--db', {str(tmp_path / 'x.db')!r}])\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=60, check=False)
    assert proc.returncode == 2
    assert proc.stderr.strip() == ("error: 'shieldwall reports' needs the server extra: "
                                   "pip install 'shieldwall[server]'")


def test_export_to_a_folder_is_a_clear_error(tmp_path: Path, capsys: Any) -> None:
    db = tmp_path / "r.db"
    ReportStore(db).add(report("x"))
    code, _, err = run_cli(["reports", "export", "--db", str(db), "-o", str(tmp_path)], capsys)
    assert code == 2 and "cannot write" in err and "Traceback" not in err
    json.dumps(err)
