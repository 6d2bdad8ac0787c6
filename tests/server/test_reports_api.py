"""The reports endpoints: filing (by conversation or response id), listing, triage, faults."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from shieldwall.guard.pipeline import Guard
from shieldwall.reports.store import ReportStore
from shieldwall.server.app import create_app
from shieldwall.server.settings import ServerSettings
from shieldwall.server.stub import ServerThread, StubConfig

REPORT = {"conversation": [{"role": "user", "content": "tell me a joke"}],
          "response": "a rude joke", "category": "S10", "comment": "offensive",
          "reporter": "user-7"}


def test_file_list_and_triage_reports(make_client: Any) -> None:
    client = make_client(report_keys=["rk"])
    admin = {"Authorization": "Bearer rk"}
    r = client.post("/v1/reports", json=REPORT)
    assert r.status_code == 201
    report = r.json()
    assert report["status"] == "new" and report["reporter"] == "user-7"
    client.post("/v1/reports", json={**REPORT, "category": "S1", "reporter": "user-8"})
    listing = client.get("/v1/reports", params={"category": "S1"}, headers=admin).json()
    assert listing["total"] == 1 and listing["items"][0]["reporter"] == "user-8"
    page = client.get("/v1/reports", params={"limit": 1, "offset": 1}, headers=admin).json()
    assert page["total"] == 2 and [i["id"] for i in page["items"]] == [report["id"]]
    r = client.patch(f"/v1/reports/{report['id']}", json={"status": "confirmed", "note": "yes"},
                     headers=admin)
    assert r.status_code == 200 and r.json()["status"] == "confirmed"
    assert client.get("/v1/reports", params={"status": "confirmed"},
                      headers=admin).json()["total"] == 1
    assert client.get("/v1/reports/999", headers=admin).status_code == 404
    r = client.patch(f"/v1/reports/{report['id']}", json={"status": "done"}, headers=admin)
    assert r.status_code == 400 and "status" in r.json()["error"]["message"]
    r = client.get("/v1/reports", params={"status": "bogus"}, headers=admin)
    assert r.status_code == 400


def test_report_validation_messages(make_client: Any) -> None:
    client = make_client()
    r = client.post("/v1/reports", json={"category": "S1"})
    assert r.status_code == 400 and "give 'conversation'" in r.json()["error"]["message"]
    r = client.post("/v1/reports", json={"response_id": "x"})
    assert r.status_code == 400 and "'category' is required" in r.json()["error"]["message"]
    r = client.post("/v1/reports", json={**REPORT, "surprise": 1})
    assert r.status_code == 400 and "surprise" in r.json()["error"]["message"]


def test_report_by_response_id_keeps_the_conversation(make_client: Any,
                                                      stub_config: StubConfig) -> None:
    client = make_client()
    stub_config.reply = "some questionable answer"
    completion = client.post("/v1/chat/completions", json={
        "model": "m", "messages": [{"role": "user", "content": "question?"}]}).json()
    r = client.post("/v1/reports", json={"response_id": completion["id"], "category": "S5",
                                         "comment": "defamatory"})
    assert r.status_code == 201
    stored = client.get(f"/v1/reports/{r.json()['id']}").json()
    assert stored["response"] == "some questionable answer"
    assert stored["conversation"][-1]["content"] == "question?"
    assert stored["verdict"]["decision"] == "allow"


def test_concurrent_report_writes_lose_nothing(tmp_path: Path, policy_data: dict[str, Any]) -> None:
    settings = ServerSettings(policy=policy_data, db_url=str(tmp_path / "many.db"))
    server = ServerThread(create_app(settings, guard=Guard.from_policy(policy_data))).start()
    n = 60

    async def file_all() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=server.url, timeout=30) as client:
            return await asyncio.gather(*(client.post("/v1/reports", json={
                **REPORT, "comment": f"report {i}"}) for i in range(n)))

    try:
        responses = asyncio.run(file_all())
        assert [r.status_code for r in responses] == [201] * n
        ids = {r.json()["id"] for r in responses}
        assert len(ids) == n
        listing = httpx.get(server.url + "/v1/reports", params={"limit": 1000}).json()
        assert listing["total"] == n
        assert {i["comment"] for i in listing["items"]} == {f"report {i}" for i in range(n)}
    finally:
        server.stop()


def test_unavailable_database_answers_503(make_client: Any, tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    store = ReportStore(path, retry_s=0.3, connect_timeout_s=0.05)
    client = make_client(store=store)
    assert client.post("/v1/reports", json=REPORT).status_code == 201
    ready = threading.Event()

    def hold() -> None:
        con = sqlite3.connect(path, timeout=1)
        con.execute("BEGIN EXCLUSIVE")
        ready.set()
        time.sleep(1.2)
        con.rollback()
        con.close()

    locker = threading.Thread(target=hold)
    locker.start()
    ready.wait(5)
    r = client.post("/v1/reports", json=REPORT)
    locker.join()
    assert r.status_code == 503
    assert r.headers["retry-after"] == "5"
    assert "gave up storing a report" in r.json()["error"]["message"]
    assert client.post("/v1/reports", json=REPORT).status_code == 201
    assert store.count() == 2


def test_report_listing_by_time_window(make_client: Any) -> None:
    client = make_client()
    client.post("/v1/reports", json=REPORT)
    now = client.get("/v1/reports").json()["items"][0]["created_at"]
    assert client.get("/v1/reports", params={"since": now}).json()["total"] == 1
    assert client.get("/v1/reports", params={"until": now}).json()["total"] == 0
    r = client.get("/v1/reports", params={"since": "yesterday"})
    assert r.status_code == 400 and "since" in r.json()["error"]["message"]
