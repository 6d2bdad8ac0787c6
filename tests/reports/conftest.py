"""A throw-away PostgreSQL cluster for the store tests (skipped when the server is absent).

Runs ``initdb``/``pg_ctl`` from ``/usr/lib/postgresql/*/bin`` (Debian's ``postgresql`` package,
installed in CI by ``.ci/setup.d/30-postgres.sh``) in a temporary directory on a free loopback
port; as root it runs them as the ``postgres`` (or ``nobody``) user, since PostgreSQL refuses root.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class PgCluster:
    bindir: Path
    datadir: Path
    port: int
    user: str | None

    @property
    def url(self) -> str:
        return f"postgresql://shieldwall@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.user is not None:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)

    def start(self) -> None:
        proc = self._run("pg_ctl", "-D", str(self.datadir), "-l", str(self.datadir / "log.txt"),
                         "-w", "-t", "30", "-o",
                         f"-p {self.port} -h 127.0.0.1 -k {self.datadir} -F", "start")
        if proc.returncode != 0:
            raise RuntimeError(f"pg_ctl start failed: {proc.stderr or proc.stdout}")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.datadir), "-m", "fast", "-w", "stop")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def postgres() -> Iterator[PgCluster]:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not candidates:
        pytest.skip("PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin "
                    "(install Debian's 'postgresql': .ci/setup.d/30-postgres.sh)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (the 'postgres' extra)")
    bindir = Path(candidates[-1]).parent
    user: str | None = None
    root = tempfile.mkdtemp(prefix="shieldwall-pg-")
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.skip("running as root without 'runuser': cannot start PostgreSQL")
        for name in ("postgres", "nobody"):
            try:
                entry = pwd.getpwnam(name)
            except KeyError:
                continue
            user = name
            os.chown(root, entry.pw_uid, entry.pw_gid)
            break
        else:
            pytest.skip("running as root and no 'postgres' or 'nobody' user to run PostgreSQL")
    os.chmod(root, 0o700)
    cluster = PgCluster(bindir, Path(root) / "data", _free_port(), user)
    init = cluster._run("initdb", "-D", str(cluster.datadir), "-U", "shieldwall", "-A", "trust",
                        "--no-sync", "-E", "UTF8", "--locale", "C")
    if init.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"initdb failed: {init.stderr or init.stdout}")
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


def wait_until(predicate: object, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False
