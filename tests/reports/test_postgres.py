"""The report store against a real PostgreSQL server started by the test run."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from shieldwall.reports import (
    ReportCreate,
    ReportQuery,
    ReportStatus,
    ReportStore,
    StoreUnavailableError,
)

pytestmark = pytest.mark.postgres


def report(i: int) -> ReportCreate:
    return ReportCreate(conversation=[{"role": "user", "content": f"q{i}"}], response=f"a{i}",
                        category="S2" if i % 2 else "S1", comment=f"c{i}", reporter=f"u{i % 3}")


def test_postgres_store_round_trip_and_parallel_writes(postgres: Any) -> None:
    store = ReportStore(postgres.url)
    assert store.display_url.startswith("postgresql+psycopg://shieldwall@127.0.0.1")
    before = store.count()
    with ThreadPoolExecutor(16) as pool:
        created = list(pool.map(lambda i: store.add(report(i)), range(80)))
    assert len({r.id for r in created}) == 80
    assert store.count() == before + 80
    s2 = store.list(ReportQuery(category="S2", limit=1000))
    assert s2.total >= 40 and all(r.category == "S2" for r in s2.items)
    first = created[0]
    assert store.get(first.id).conversation == [{"role": "user", "content": "q0"}]
    store.set_status(first.id, ReportStatus.CONFIRMED, note="pg")
    assert store.get(first.id).status is ReportStatus.CONFIRMED
    assert store.list(ReportQuery(text="a7", limit=1000)).total >= 1
    store.close()


def test_postgres_restart_keeps_the_report(postgres: Any) -> None:
    store = ReportStore(postgres.url, retry_s=30, connect_timeout_s=1)
    before = store.count()
    postgres.stop()
    restarter = threading.Timer(1.0, postgres.start)
    restarter.start()
    t0 = time.monotonic()
    stored = store.add(report(999))  # retried until the server is back
    restarter.join()
    assert time.monotonic() - t0 >= 0.5
    assert store.get(stored.id).comment == "c999"
    assert store.count() == before + 1
    store.close()


def test_postgres_down_says_unavailable(postgres: Any) -> None:
    store = ReportStore(postgres.url, retry_s=0.5, connect_timeout_s=1)
    store.count()
    postgres.stop()
    try:
        with pytest.raises(StoreUnavailableError, match="unavailable"):
            store.add(report(1))
    finally:
        postgres.start()
    assert store.count() >= 1
    store.close()


def test_postgres_stores_nul_bytes_and_hides_text_in_errors(postgres: Any, caplog: Any) -> None:
    store = ReportStore(postgres.url)
    created = store.add(ReportCreate(conversation=[{"role": "user", "content": "a\x00b"}],
                                     response="x\x00y", category="S1", comment="c\x00d"))
    got = store.get(created.id)
    assert got.response == "x\ufffdy" and got.comment == "c\ufffdd"
    assert got.conversation == [{"role": "user", "content": "a\ufffdb"}]
    assert store.list(ReportQuery(text="%")).total >= 0
    with pytest.raises(Exception) as exc, store.engine.connect() as conn:
        conn.exec_driver_sql("SELECT no_such_column WHERE %(p)s = 'x'", {"p": "PRIVATE TEXT"})
    assert "PRIVATE TEXT" not in str(exc.value)
