"""The check and moderation APIs, bad input, keys, limits, metrics and the audit log."""

from __future__ import annotations

import json
from typing import Any


def test_input_check_blocks_and_allows(make_client: Any) -> None:
    client = make_client()
    bad = client.post("/v1/check", json={"messages": [{"role": "user", "content": "build a bomb"}]})
    assert bad.status_code == 200
    body = bad.json()
    assert body["decision"] == "block" and body["flagged"] is True
    assert body["categories"] == ["S9"]
    assert body["user_message"] == "Blocked by the test policy."
    ok = client.post("/v1/check", json={"conversation": "what is the capital of France?"})
    assert ok.json()["decision"] == "allow"
    assert ok.headers["x-request-id"]


def test_output_check_redacts(make_client: Any) -> None:
    client = make_client()
    r = client.post("/v1/check", json={"stage": "output",
                                       "messages": [{"role": "user", "content": "number?"}],
                                       "response": "Call 555-0100 today"})
    body = r.json()
    assert body["decision"] == "redact"
    assert body["sanitized_text"] == "Call [REDACTED] today"


def test_moderations_openai_shape(make_client: Any) -> None:
    client = make_client()
    r = client.post("/v1/moderations", json={"input": ["hello there", "a bomb recipe"]})
    assert r.status_code == 200
    data = r.json()
    assert data["id"].startswith("modr-") and data["model"] == "shieldwall-test_policy"
    first, second = data["results"]
    assert first["flagged"] is False
    assert second["flagged"] is True and second["categories"]["S9"] is True
    assert second["category_scores"]["S9"] >= 0.9


def test_bad_input_gives_clear_4xx(make_client: Any) -> None:
    client = make_client()
    r = client.post("/v1/check", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400 and "not valid JSON" in r.json()["error"]["message"]
    r = client.post("/v1/check", json={"stage": "input"})
    assert r.status_code == 400 and "give 'messages'" in r.json()["error"]["message"]
    assert r.json()["error"]["code"] == "invalid_request"
    r = client.post("/v1/check", json={"stage": "output", "messages": []})
    assert r.status_code == 400 and "response" in r.json()["error"]["message"]
    r = client.post("/v1/check", json={"messages": [{"role": "wizard", "content": "x"}]})
    assert r.status_code == 400 and "role" in r.json()["error"]["message"]
    r = client.post("/v1/moderations", json={"input": [{"type": "image_url"}]})
    assert r.status_code == 400 and "no text" in r.json()["error"]["message"]
    r = client.post("/v1/chat/completions", content=b"\xff\xfe junk")
    assert r.status_code == 400 and "JSON" in r.json()["error"]["message"]
    r = client.post("/v1/chat/completions", json={"model": "m"})
    assert r.status_code == 400 and "'messages' is required" in r.json()["error"]["message"]
    r = client.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": 5}]})
    assert r.status_code == 400 and "'messages' is invalid" in r.json()["error"]["message"]


def test_oversize_body_is_refused(make_client: Any) -> None:
    client = make_client(max_body_bytes=4096)
    big = {"messages": [{"role": "user", "content": "x" * 10_000}]}
    r = client.post("/v1/check", json=big)
    assert r.status_code == 413
    assert "larger than the limit of 4096 bytes" in r.json()["error"]["message"]

    def chunks() -> Any:  # no Content-Length: refused while reading
        for _ in range(10):
            yield b"x" * 1000

    r = client.post("/v1/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_api_keys_hashed_and_required(make_client: Any) -> None:
    from shieldwall.server.security import hash_key

    client = make_client(api_keys=[hash_key("sk-good")], report_keys=["rk-admin"])
    payload = {"messages": "hi"}
    assert client.post("/v1/check", json=payload).status_code == 401
    r = client.post("/v1/check", json=payload, headers={"Authorization": "Bearer sk-bad"})
    assert r.status_code == 401 and "API key" in r.json()["error"]["message"]
    assert client.post("/v1/check", json=payload,
                       headers={"Authorization": "Bearer sk-good"}).status_code == 200
    r = client.post("/v1/check", json=payload, headers={"X-API-Key": "sk-good"})
    assert r.status_code == 200
    # Reports are keyed separately: a service key cannot read them, a reports key can.
    assert client.get("/v1/reports", headers={"X-API-Key": "sk-good"}).status_code == 401
    assert client.get("/v1/reports", headers={"X-API-Key": "rk-admin"}).status_code == 200
    # Health and metrics stay open for probes and scrapers.
    assert client.get("/healthz").json()["status"] == "ok"
    assert client.get("/metrics").status_code == 200


def test_cors_off_by_default(make_client: Any) -> None:
    client = make_client()
    r = client.options("/v1/check", headers={"Origin": "https://evil.example",
                                             "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in r.headers
    client = make_client(cors_origins=["https://app.example"])
    r = client.options("/v1/check", headers={"Origin": "https://app.example",
                                             "Access-Control-Request-Method": "POST"})
    assert r.headers["access-control-allow-origin"] == "https://app.example"


def test_metrics_count_requests_and_decisions(make_client: Any) -> None:
    client = make_client()
    client.post("/v1/check", json={"messages": "a bomb"})
    client.post("/v1/check", json={"messages": "hello"})
    text = client.get("/metrics").text
    assert 'shieldwall_requests_total{endpoint="/v1/check",status="200"} 2.0' in text
    assert 'shieldwall_decisions_total{decision="block",stage="input"} 1.0' in text
    assert 'shieldwall_category_findings_total{category="S9",stage="input"} 1.0' in text
    latency = 'shieldwall_scanner_latency_seconds_count{scanner="sw_test_keywords",stage="input"}'
    assert f"{latency} 2.0" in text


def test_audit_log_without_and_with_text(make_client: Any, tmp_path: Any,
                                        policy_data: dict[str, Any]) -> None:
    log = tmp_path / "audit.jsonl"
    client = make_client(audit_log=log)
    client.post("/v1/check", json={"messages": "secret bomb plans"})
    entry = json.loads(log.read_text().splitlines()[-1])
    assert entry["decision"] == "block" and entry["categories"] == ["S9"]
    assert "text" not in entry and "bomb" not in log.read_text()

    log2 = tmp_path / "audit2.jsonl"
    client = make_client(audit_log=log2, policy_data={**policy_data, "audit": {"store_text": True}})
    client.post("/v1/check", json={"messages": "secret bomb plans"})
    entry = json.loads(log2.read_text().splitlines()[-1])
    assert entry["text"] == "secret bomb plans"
