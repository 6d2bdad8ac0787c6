"""The proxy against a faulty upstream: every stream is bounded and ends with a verdict and
[DONE]; everything relayed is scanned (content parts, tool calls); upstream internals stay out."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import httpx
from faulty import (
    FaultyUpstream,
    Script,
    chunk,
    comments_only,
    cut,
    drip,
    event,
    huge_line,
    malformed,
    plain_json,
    server_error,
    surrogates,
    tool_call_stream,
)

from conftest import assert_well_ended, finish_reasons, sse_events, streamed_text
from shieldwall.core.messages import Conversation
from shieldwall.guard.pipeline import Guard
from shieldwall.server.stream_scan import StreamScan


def chat(text: str, **extra: Any) -> dict[str, Any]:
    return {"model": "m", "messages": [{"role": "user", "content": text}], **extra}


def stream(client: Any, text: str = "hi") -> list[Any]:
    with client.stream("POST", "/v1/chat/completions", json=chat(text, stream=True)) as r:
        assert r.status_code == 200
        return sse_events(r.read().decode())


def error_events(events: list[Any]) -> list[dict[str, Any]]:
    return [e["error"] for e in events if isinstance(e, dict) and "error" in e]


# -- bounded streams -------------------------------------------------------------------------


def test_slow_drip_text_is_released_on_a_timer(live_app: Any, faulty: FaultyUpstream,
                                               policy_data: dict[str, Any]) -> None:
    # every_chars 500: without the flush timer nothing would be released before the end.
    url = live_app(policy_data={**policy_data, "stream": {"window_chars": 2000,
                                                          "every_chars": 500}},
                   stream_flush_s=0.2)
    faulty.script = drip("A calm and friendly answer about the weather today.", size=3,
                         pause=0.1)
    t0 = time.monotonic()
    first_text_at = None
    body = b""
    with httpx.stream("POST", url + "/v1/chat/completions", json=chat("hi", stream=True),
                      timeout=10) as r:
        for part in r.iter_bytes():
            body += part
            if first_text_at is None and b'"content":"A' in body:
                first_text_at = time.monotonic() - t0
    total = time.monotonic() - t0
    events = sse_events(body.decode())
    assert_well_ended(events)
    assert streamed_text(events) == "A calm and friendly answer about the weather today."
    assert first_text_at is not None and first_text_at < 1.0 < total


def test_total_stream_time_is_bounded(faulty_client: Any, faulty: FaultyUpstream) -> None:
    client = faulty_client(stream_max_s=0.8)
    faulty.script = drip("x " * 200, size=2, pause=0.05)
    t0 = time.monotonic()
    events = stream(client)
    assert time.monotonic() - t0 < 3.0
    final = assert_well_ended(events)
    assert error_events(events)[0]["code"] == "upstream_timeout"
    assert "0.8 s" in final["shieldwall"]["error"]
    assert finish_reasons(events)[-1] == "error"


def test_comment_only_upstream_is_a_stall(faulty_client: Any, faulty: FaultyUpstream) -> None:
    client = faulty_client(upstream_timeout_s=0.6)
    faulty.script = comments_only(0.05)
    t0 = time.monotonic()
    events = stream(client)
    assert time.monotonic() - t0 < 3.0
    assert_well_ended(events)
    assert error_events(events)[0]["code"] == "upstream_stalled"
    assert finish_reasons(events) == ["error"]


def test_huge_line_is_refused_without_growing_memory(faulty_client: Any,
                                                    faulty: FaultyUpstream) -> None:
    client = faulty_client(upstream_max_line_bytes=100_000)
    faulty.script = huge_line(5_000_000)
    events = stream(client)
    assert_well_ended(events)
    error = error_events(events)[0]
    assert error["code"] == "upstream_too_large" and "100000 bytes" in error["message"]


def test_total_upstream_bytes_are_bounded(faulty_client: Any, faulty: FaultyUpstream) -> None:
    client = faulty_client(upstream_max_bytes=20_000)
    faulty.script = Script(steps=[event(chunk({"content": "y" * 500})) for _ in range(100)])
    events = stream(client)
    assert_well_ended(events)
    assert error_events(events)[0]["code"] == "upstream_too_large"
    faulty.script = plain_json({"content": "z" * 50_000})
    r = client.post("/v1/chat/completions", json=chat("hi"))
    assert r.status_code == 502 and r.json()["error"]["code"] == "upstream_too_large"


# -- malformed and cut streams ---------------------------------------------------------------


def test_malformed_event_ends_the_stream_properly(faulty_client: Any,
                                                  faulty: FaultyUpstream) -> None:
    client = faulty_client()
    faulty.script = malformed("Hello there. ")
    events = stream(client)
    final = assert_well_ended(events)
    assert streamed_text(events) == "Hello there. "
    assert "LEAKED" not in json.dumps(events)
    assert error_events(events)[0]["code"] == "upstream_bad_response"
    assert "'choices' is not a list" in final["shieldwall"]["error"]
    assert finish_reasons(events) == ["error"]


def test_surrogate_in_upstream_content_is_replaced(faulty_client: Any,
                                                   faulty: FaultyUpstream) -> None:
    client = faulty_client()
    faulty.script = surrogates()
    events = stream(client)
    assert_well_ended(events)
    assert streamed_text(events) == "hi \ufffd there"
    assert finish_reasons(events) == ["stop"]


def test_cut_stream_is_not_reported_as_stop(faulty_client: Any, faulty: FaultyUpstream) -> None:
    client = faulty_client()
    faulty.script = cut("The answer is cut")
    events = stream(client)
    final = assert_well_ended(events)
    assert streamed_text(events) == "The answer is cut"
    assert finish_reasons(events) == ["error"]
    assert error_events(events)[0]["code"] == "upstream_incomplete"
    assert "without [DONE]" in final["shieldwall"]["error"]


def test_plain_json_answer_to_a_stream_is_relayed_scanned(faulty_client: Any,
                                                          faulty: FaultyUpstream) -> None:
    client = faulty_client()
    faulty.script = plain_json({"content": "A complete answer."}, finish="length")
    events = stream(client)
    assert_well_ended(events)
    assert streamed_text(events) == "A complete answer."
    assert finish_reasons(events) == ["length"]
    faulty.script = plain_json({"content": "Steps for the nerve agent are..."})
    events = stream(client)
    assert "nerve" not in streamed_text(events)
    assert assert_well_ended(events)["shieldwall"]["decision"] == "block"
    faulty.script = Script(content_type="application/json", steps=[b'{"error": "nope"}'])
    events = stream(client)
    assert_well_ended(events)
    assert finish_reasons(events) == ["error"]


def test_upstream_5xx_body_never_reaches_the_client(faulty_client: Any,
                                                    faulty: FaultyUpstream) -> None:
    client = faulty_client()
    faulty.script = server_error("Traceback: internal-db-password=hunter2")
    r = client.post("/v1/chat/completions", json=chat("hi"))
    assert r.status_code == 502 and r.json()["error"]["code"] == "upstream_status"
    assert "hunter2" not in r.text
    r = client.post("/v1/chat/completions", json=chat("hi", stream=True))
    assert r.status_code == 502 and "hunter2" not in r.text


def test_upstream_4xx_message_in_our_error_shape(faulty_client: Any,
                                                 faulty: FaultyUpstream) -> None:
    client = faulty_client()
    faulty.script = Script(status=400, content_type="application/json",
                           steps=[b'{"error": {"message": "model not found", "type": "x"}}'])
    r = client.post("/v1/chat/completions", json=chat("hi"))
    assert r.status_code == 400
    assert r.json()["error"] == {"message": "model not found", "type": "upstream_error",
                                 "code": "upstream_rejected", "param": None,
                                 "request_id": r.headers["x-request-id"]}


# -- everything relayed is scanned -----------------------------------------------------------


def test_content_parts_are_scanned_and_redacted(faulty_client: Any,
                                                faulty: FaultyUpstream) -> None:
    client = faulty_client()
    faulty.script = plain_json({"content": [{"type": "text", "text": "Sure."},
                                            {"type": "text", "text": "Now the nerve agent."}]})
    data = client.post("/v1/chat/completions", json=chat("hi")).json()
    assert data["choices"][0]["message"]["content"] == "Response withheld by the test policy."
    assert data["choices"][0]["finish_reason"] == "content_filter"
    assert data["shieldwall"]["blocked_at"] == "output"
    faulty.script = plain_json({"content": [{"type": "text", "text": "Call 555-0100."},
                                            {"type": "text", "text": "Bye."}]})
    data = client.post("/v1/chat/completions", json=chat("hi")).json()
    parts = data["choices"][0]["message"]["content"]
    assert parts == [{"type": "text", "text": "Call [REDACTED]."}, {"type": "text", "text": "Bye."}]


def test_tool_call_arguments_are_scanned(faulty_client: Any, faulty: FaultyUpstream) -> None:
    client = faulty_client()
    call = {"id": "c1", "type": "function",
            "function": {"name": "search", "arguments": '{"q": "nerve agent synthesis"}'}}
    faulty.script = plain_json({"content": None, "tool_calls": [call]}, finish="tool_calls")
    data = client.post("/v1/chat/completions", json=chat("hi")).json()
    message = data["choices"][0]["message"]
    assert "tool_calls" not in message and message["content"].startswith("Response withheld")
    ok = {**call, "function": {"name": "search", "arguments": '{"q": "call 555-0100"}'}}
    faulty.script = plain_json({"content": None, "tool_calls": [ok]}, finish="tool_calls")
    data = client.post("/v1/chat/completions", json=chat("hi")).json()
    args = data["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    assert args == '{"q": "call [REDACTED]"}'


def test_streamed_tool_calls_are_scanned_before_release(faulty_client: Any,
                                                        faulty: FaultyUpstream) -> None:
    client = faulty_client()
    faulty.script = tool_call_stream("search", '{"q": "nerve agent synthesis"}')
    events = stream(client)
    final = assert_well_ended(events)
    assert final["shieldwall"]["decision"] == "block"
    assert "nerve" not in json.dumps(events[:-2])
    assert finish_reasons(events) == ["content_filter"]
    faulty.script = tool_call_stream("get_weather", '{"city": "Paris"}')
    events = stream(client)
    assert_well_ended(events)
    calls = [c for e in events if isinstance(e, dict) for ch in e["choices"]
             for c in ch["delta"].get("tool_calls", [])]
    assert calls == [{"index": 0, "id": "call_1", "type": "function",
                      "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}}]
    assert finish_reasons(events) == ["tool_calls"]


def test_scan_cost_is_linear_in_the_answer(faulty_client: Any, faulty: FaultyUpstream,
                                           policy_data: dict[str, Any]) -> None:
    guard = Guard.from_policy({**policy_data, "stream": {"window_chars": 2000,
                                                         "every_chars": 200}})
    async def run(n: int) -> int:
        scan = StreamScan(guard, Conversation.of("hi"))
        for _ in range(n // 50):
            if scan.feed("word " * 10):
                await scan.scan()
        await scan.finish()
        return scan.scanned_chars

    small, big = asyncio.run(run(20_000)), asyncio.run(run(200_000))
    # Ten times the answer costs about ten times the scanning (not a hundred).
    assert 8 * small <= big <= 12 * small
