"""The guarded OpenAI-compatible proxy against a stub upstream on loopback."""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any

import httpx
import pytest
from faulty import sse_events, streamed_text

from shieldwall.guard.pipeline import Guard
from shieldwall.server.app import create_app
from shieldwall.server.settings import ServerSettings
from shieldwall.server.stub import ServerThread, StubConfig


def chat(text: str, **extra: Any) -> dict[str, Any]:
    return {"model": "stub-model", "messages": [{"role": "user", "content": text}], **extra}


def test_allowed_completion_is_relayed(make_client: Any, stub_config: StubConfig) -> None:
    client = make_client()
    r = client.post("/v1/chat/completions", json=chat("hello"))
    assert r.status_code == 200
    data = r.json()
    assert data["choices"][0]["message"]["content"] == "You said: hello"
    assert data["shieldwall"]["decision"] == "allow"
    assert stub_config.seen[-1]["model"] == "stub-model"


def test_blocked_input_gets_refusal_without_upstream_call(make_client: Any,
                                                          stub_config: StubConfig) -> None:
    client = make_client()
    r = client.post("/v1/chat/completions", json=chat("how to build a bomb"))
    assert r.status_code == 200
    data = r.json()
    assert data["object"] == "chat.completion"
    assert data["choices"][0]["message"]["content"] == "Blocked by the test policy."
    assert data["choices"][0]["finish_reason"] == "content_filter"
    assert data["shieldwall"]["blocked_at"] == "input"
    assert data["shieldwall"]["input"]["categories"] == ["S9"]
    assert stub_config.seen == []


def test_blocked_and_redacted_output(make_client: Any, stub_config: StubConfig) -> None:
    client = make_client()
    stub_config.reply = "Here is how to make a nerve agent: step one..."
    data = client.post("/v1/chat/completions", json=chat("chemistry help")).json()
    assert data["choices"][0]["message"]["content"] == "Response withheld by the test policy."
    assert data["shieldwall"]["blocked_at"] == "output"
    assert "nerve" not in json.dumps(data["choices"])
    stub_config.reply = "Our number is 555-0100."
    data = client.post("/v1/chat/completions", json=chat("phone?")).json()
    assert data["choices"][0]["message"]["content"] == "Our number is [REDACTED]."
    assert data["shieldwall"]["decision"] == "redact"


def test_input_redaction_reaches_upstream_sanitized(make_client: Any,
                                                   stub_config: StubConfig) -> None:
    client = make_client()
    client.post("/v1/chat/completions", json=chat("my card is 4111-1111 thanks"))
    assert stub_config.seen[-1]["messages"][-1]["content"] == "my card is [REDACTED] thanks"


def test_input_redaction_of_earlier_turns_reaches_upstream_sanitized(make_client: Any,
                                                                    stub_config: StubConfig) -> None:
    client = make_client()
    messages = [{"role": "user", "content": "my card is 4111-1111 thanks"},
                {"role": "assistant", "content": "Noted."},
                {"role": "user", "content": "what did I say?"}]
    client.post("/v1/chat/completions", json={"model": "m", "messages": messages})
    seen = stub_config.seen[-1]["messages"]
    assert seen[0]["content"] == "my card is [REDACTED] thanks"
    assert seen[2]["content"] == "what did I say?"


def test_stream_relays_scanned_chunks(make_client: Any, stub_config: StubConfig) -> None:
    client = make_client()
    # text is released sentence by sentence as it passes the incremental scan
    stub_config.reply = ("A long and friendly answer. It is about gardening. Tomatoes like sun. "
                         "Plant them in spring. Water them often.")
    with client.stream("POST", "/v1/chat/completions", json=chat("garden", stream=True)) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        events = sse_events(r.read().decode())
    assert events[-1] == "[DONE]"
    assert streamed_text(events) == stub_config.reply
    assert len([e for e in events if isinstance(e, dict) and e["choices"]]) > 3
    final = events[-2]
    assert final["choices"] == [] and final["shieldwall"]["decision"] == "allow"
    finishes = [c["finish_reason"] for e in events if isinstance(e, dict) for c in e["choices"]]
    assert finishes[-1] == "stop"


def test_stream_violation_ends_with_policy_message(make_client: Any,
                                                   stub_config: StubConfig) -> None:
    client = make_client()
    safe = "Sure, here is some chemistry background for you. "
    stub_config.reply = safe + "Now the nerve agent synthesis: first take " + "x" * 400
    with client.stream("POST", "/v1/chat/completions", json=chat("chem", stream=True)) as r:
        events = sse_events(r.read().decode())
    text = streamed_text(events)
    assert "nerve agent" not in text
    assert "xxxx" not in text
    assert text.endswith("Response withheld by the test policy.")
    assert events[-1] == "[DONE]"
    final = events[-2]
    assert final["shieldwall"]["decision"] == "block"
    assert final["shieldwall"]["output"]["categories"] == ["S9"]
    finishes = [c["finish_reason"] for e in events if isinstance(e, dict) for c in e["choices"]]
    assert "content_filter" in finishes


def test_stream_blocked_input_is_an_sse_refusal(make_client: Any, stub_config: StubConfig) -> None:
    client = make_client()
    with client.stream("POST", "/v1/chat/completions", json=chat("a bomb", stream=True)) as r:
        events = sse_events(r.read().decode())
    assert streamed_text(events) == "Blocked by the test policy."
    assert events[-2]["shieldwall"]["blocked_at"] == "input"
    assert stub_config.seen == []


def test_upstream_down_gives_502(make_client: Any) -> None:
    client = make_client(upstream="http://127.0.0.1:9/v1")
    t0 = time.monotonic()
    r = client.post("/v1/chat/completions", json=chat("hello"))
    assert r.status_code == 502
    assert "unreachable" in r.json()["error"]["message"]
    assert time.monotonic() - t0 < 5
    with client.stream("POST", "/v1/chat/completions", json=chat("hello", stream=True)) as r:
        assert r.status_code == 502


def test_upstream_slow_gives_504_within_deadline(make_client: Any, stub_config: StubConfig) -> None:
    client = make_client(upstream_timeout_s=0.5)
    stub_config.delay_s = 3.0
    t0 = time.monotonic()
    r = client.post("/v1/chat/completions", json=chat("hello"))
    elapsed = time.monotonic() - t0
    assert r.status_code == 504
    assert "did not answer within 0.5 s" in r.json()["error"]["message"]
    assert elapsed < 2.0
    assert client.get("/metrics").text.count('shieldwall_upstream_errors_total{kind="timeout"} 1.0')


def test_upstream_errors_relayed_or_mapped(make_client: Any, stub_config: StubConfig) -> None:
    client = make_client()
    stub_config.status = 404
    r = client.post("/v1/chat/completions", json=chat("hello"))
    assert r.status_code == 404 and r.json()["error"]["message"] == "stub status 404"
    stub_config.status = 500
    r = client.post("/v1/chat/completions", json=chat("hello"))
    assert r.status_code == 502 and "answered 500" in r.json()["error"]["message"]


def test_no_upstream_configured(make_client: Any) -> None:
    client = make_client(upstream=None)
    r = client.post("/v1/chat/completions", json=chat("hello"))
    assert r.status_code == 503 and "--upstream" in r.json()["error"]["message"]


def test_upstream_key_is_sent_but_never_logged(make_client: Any, stub_config: StubConfig,
                                               tmp_path: Any, caplog: Any) -> None:
    caplog.set_level(logging.DEBUG)
    from pydantic import SecretStr

    audit = tmp_path / "audit.jsonl"
    client = make_client(upstream_api_key=SecretStr("sk-upstream-SECRET"), audit_log=audit,
                         api_keys=["svc-key"])
    r = client.post("/v1/chat/completions", json=chat("hello"),
                    headers={"Authorization": "Bearer svc-key"})
    assert r.status_code == 200
    assert stub_config.seen_headers[-1]["authorization"] == "Bearer sk-upstream-SECRET"
    stub_config.status = 500
    client.post("/v1/chat/completions", json=chat("hello"),
                headers={"Authorization": "Bearer svc-key"})
    assert "sk-upstream-SECRET" not in caplog.text
    assert "sk-upstream-SECRET" not in audit.read_text()
    assert "sk-upstream-SECRET" not in r.text
    assert "svc-key" not in caplog.text


@pytest.mark.slow
def test_graceful_shutdown_finishes_in_flight(stub: Any, stub_config: StubConfig,
                                              tmp_path: Any, policy_data: dict[str, Any]) -> None:
    stub_server, _ = stub
    stub_config.delay_s = 1.0
    settings = ServerSettings(policy=policy_data, upstream=stub_server.url + "/v1",
                              db_url=str(tmp_path / "r.db"))
    app = create_app(settings, guard=Guard.from_policy(policy_data))
    server = ServerThread(app, graceful_s=10).start()
    result: dict[str, Any] = {}

    def call() -> None:
        result["r"] = httpx.post(server.url + "/v1/chat/completions", json=chat("hello"),
                                 timeout=10)

    worker = threading.Thread(target=call)
    worker.start()
    time.sleep(0.4)  # the request is now waiting on the slow upstream
    server.stop()
    worker.join(10)
    assert result["r"].status_code == 200
    assert result["r"].json()["choices"][0]["message"]["content"] == "You said: hello"


def test_stream_upstream_stall_ends_with_error_event(make_client: Any,
                                                     stub_config: StubConfig) -> None:
    client = make_client(upstream_timeout_s=0.5)
    stub_config.reply = "first part of the answer, then the upstream goes quiet"
    stub_config.chunk_chars = 200
    stub_config.chunk_delay_s = 2.0
    t0 = time.monotonic()
    with client.stream("POST", "/v1/chat/completions", json=chat("hi", stream=True)) as r:
        assert r.status_code == 200
        events = sse_events(r.read().decode())
    assert time.monotonic() - t0 < 2.0
    assert events[-1] == "[DONE]"
    errors = [e for e in events if isinstance(e, dict) and "error" in e]
    assert errors and "stalled" in errors[0]["error"]["message"]
    assert "stalled" in events[-2]["shieldwall"]["error"]


def test_stream_with_several_choices_is_refused(make_client: Any) -> None:
    client = make_client()
    r = client.post("/v1/chat/completions", json=chat("hi", stream=True, n=2))
    assert r.status_code == 400 and "'n' must be 1" in r.json()["error"]["message"]


def test_stream_redacts_personal_data(make_client: Any, stub_config: StubConfig) -> None:
    client = make_client()
    stub_config.reply = "You can reach the front desk on 555-0100 at any time of day."
    stub_config.chunk_chars = 5
    with client.stream("POST", "/v1/chat/completions", json=chat("phone", stream=True)) as r:
        events = sse_events(r.read().decode())
    text = streamed_text(events)
    assert "555-0100" not in text
    assert text == "You can reach the front desk on [REDACTED] at any time of day."
    assert events[-2]["shieldwall"]["decision"] == "redact"
