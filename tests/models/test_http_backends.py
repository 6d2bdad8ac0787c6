"""Llama Guard and OpenAI moderation over HTTP against a local fake server: logprobs, batching,
connection reuse, and every fault (5xx, truncated JSON, slow, down) becoming a fail-open/closed
finding within the deadline."""

from __future__ import annotations

import socket
import time
from typing import Any

import pytest
from lg_fakes import FakeServer, Reply, chat_logprobs, completion_choice

from shieldwall.core.verdict import Decision
from shieldwall.guard.pipeline import Guard
from shieldwall.models.http import (
    EndpointResponseError,
    EndpointTimeout,
    EndpointUnavailable,
    HttpClient,
)
from shieldwall.scanners.base import ScanInput
from shieldwall.scanners.llama_guard import GuardOutputError, LlamaGuardScanner
from shieldwall.scanners.openai_moderation import OpenAIModerationScanner
from shieldwall.scanners.registry import create_scanner

UNSAFE_PROMPT = [{"role": "user", "content": "How do I make a pipe bomb?"}]


def lg_options(server: FakeServer, **extra: Any) -> dict[str, Any]:
    return {
        "backend": "vllm",
        "base_url": f"{server.url}/v1",
        "model": "meta-llama/Llama-Guard-3-8B",
        "timeout_s": 2.0,
        "retries": 0,
        **extra,
    }


def policy(
    scanner: str,
    options: dict[str, Any],
    *,
    fail_mode: str = "open",
    timeout_ms: float = 2000,
    deadline_ms: float = 3000,
) -> dict[str, Any]:
    return {
        "name": "test",
        "fail_mode": fail_mode,
        "scanner_timeout_ms": timeout_ms,
        "deadline_ms": deadline_ms,
        # the fail mode is set on the scanner too: model scanners default to fail-closed otherwise
        "input": {"scanners": [{"name": scanner, "options": options, "fail_mode": fail_mode}]},
        "output": {"scanners": [{"name": scanner, "options": options, "fail_mode": fail_mode}]},
    }


def test_completions_logprobs_give_unsafe_probability(fake_server: FakeServer) -> None:
    fake_server.route(
        "/v1/completions",
        lambda p: Reply(body={"choices": [completion_choice("unsafe\nS9,S1", 0.93)]}),
    )
    with Guard.from_policy(policy("llama_guard", lg_options(fake_server))) as guard:
        verdict = guard.check_input(UNSAFE_PROMPT)
    assert verdict.decision is Decision.BLOCK
    assert verdict.categories == ["S9", "S1"]
    assert verdict.scores["unsafe"] == pytest.approx(0.93, abs=1e-6)
    assert verdict.scores["S9"] == pytest.approx(0.93, abs=1e-6)
    finding = verdict.findings[0]
    assert finding.metadata["score_source"] == "logprobs"
    assert finding.decided_by == "llama-guard-3:meta-llama/Llama-Guard-3-8B"
    _path, payload = fake_server.requests[0]
    assert payload["logprobs"] == 5 and payload["temperature"] == 0
    assert payload["prompt"].startswith("<|start_header_id|>user")  # the server adds BOS itself
    assert "ONLY THE LAST User message" in payload["prompt"]


def test_low_probability_safe_answer_respects_a_low_threshold(fake_server: FakeServer) -> None:
    fake_server.route(
        "/v1/completions", lambda p: Reply(body={"choices": [completion_choice("safe", 0.3)]})
    )
    base = policy("llama_guard", lg_options(fake_server))
    with Guard.from_policy(base) as guard:
        assert guard.check_input("borderline").decision is Decision.ALLOW
    strict = policy("llama_guard", lg_options(fake_server))
    strict["input"]["scanners"][0]["threshold"] = 0.2
    with Guard.from_policy(strict) as guard:
        verdict = guard.check_input("borderline")
    assert verdict.decision is Decision.BLOCK
    assert verdict.findings[0].category == "unsafe"
    assert verdict.findings[0].score == pytest.approx(0.3)


def test_output_check_assesses_the_agent_turn(fake_server: FakeServer) -> None:
    fake_server.route(
        "/v1/completions", lambda p: Reply(body={"choices": [completion_choice("safe", 0.01)]})
    )
    with Guard.from_policy(policy("llama_guard", lg_options(fake_server))) as guard:
        verdict = guard.check_output(UNSAFE_PROMPT, "I can't help with that.")
    assert verdict.decision is Decision.ALLOW
    prompt = fake_server.requests[0][1]["prompt"]
    assert "ONLY THE LAST Agent message" in prompt
    assert "Agent: I can't help with that.\n\n<END CONVERSATION>" in prompt


def test_text_only_server_says_so(fake_server: FakeServer) -> None:
    fake_server.route(
        "/v1/completions", lambda p: Reply(body={"choices": [{"text": "unsafe\nS2"}]})
    )
    scanner = create_scanner("llama_guard", **lg_options(fake_server))
    result = scanner.scan(ScanInput(stage="input", text="steal a car"))
    assert result.scores == {"unsafe": 1.0, "S2": 1.0}
    assert result.detections[0].metadata["score_source"] == "text"


def test_chat_endpoint_with_custom_categories(fake_server: FakeServer) -> None:
    fake_server.route(
        "/v1/chat/completions",
        lambda p: Reply(
            body={
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": "unsafe\nA2"},
                        "logprobs": chat_logprobs("unsafe", 0.8),
                    }
                ]
            }
        ),
    )
    taxonomy = {
        "name": "acme",
        "categories": [
            {"code": "A1", "name": "Competitors"},
            {"code": "A2", "name": "Health claims"},
        ],
    }
    scanner = create_scanner(
        "llama_guard", **lg_options(fake_server, endpoint="chat", taxonomy=taxonomy, exclude=["A1"])
    )
    result = scanner.scan(ScanInput(stage="input", text="It cures cancer"))
    assert [d.category for d in result.detections] == ["A2"]
    assert result.scores["A2"] == pytest.approx(0.8)
    payload = fake_server.requests[0][1]
    assert payload["messages"] == [{"role": "user", "content": "It cures cancer"}]
    assert payload["chat_template_kwargs"] == {
        "categories": {"A1": "Competitors.", "A2": "Health claims."},
        "excluded_category_keys": ["A1"],
    }
    assert payload["logprobs"] is True


def test_ollama_generate_raw_prompt_and_logprobs(fake_server: FakeServer) -> None:
    fake_server.route(
        "/api/generate",
        lambda p: Reply(
            body={
                "model": p["model"],
                "response": "unsafe\nS10",
                "done": True,
                "logprobs": [
                    {
                        "token": "unsafe",
                        "logprob": -0.1,
                        "top_logprobs": [
                            {"token": "unsafe", "logprob": -0.1},
                            {"token": "safe", "logprob": -2.4},
                        ],
                    }
                ],
            }
        ),
    )
    scanner = create_scanner(
        "llama_guard",
        backend="ollama",
        base_url=fake_server.url,
        model="llama-guard3:8b",
        timeout_s=2.0,
    )
    result = scanner.scan(ScanInput(stage="input", text="hateful text"))
    assert [d.category for d in result.detections] == ["S10"]
    assert result.detections[0].metadata["score_source"] == "logprobs"
    assert 0.85 < result.scores["S10"] < 0.95
    payload = fake_server.requests[0][1]
    assert payload["raw"] is True and payload["stream"] is False
    assert payload["prompt"].startswith("<|start_header_id|>user<|end_header_id|>")


def test_ollama_without_logprobs_falls_back_to_text(fake_server: FakeServer) -> None:
    fake_server.route(
        "/api/chat",
        lambda p: Reply(body={"message": {"role": "assistant", "content": "safe"}, "done": True}),
    )
    scanner = create_scanner(
        "llama_guard",
        backend="ollama",
        mode="chat",
        base_url=fake_server.url,
        model="llama-guard3:1b",
        timeout_s=2.0,
    )
    result = scanner.scan(ScanInput(stage="input", text="hello"))
    assert result.scores == {"unsafe": 0.0}
    assert result.detections == []
    assert result.metadata["score_source"] == "text"


def test_batch_sends_one_request_and_keeps_order(fake_server: FakeServer) -> None:
    def answer(payload: dict[str, Any]) -> Reply:
        prompts = payload["prompt"]
        choices = [
            completion_choice(
                "unsafe\nS1" if "attack" in p else "safe", 0.9 if "attack" in p else 0.05, i
            )
            for i, p in enumerate(prompts)
        ]
        return Reply(body={"choices": list(reversed(choices))})

    fake_server.route("/v1/completions", answer)
    scanner = create_scanner("llama_guard", **lg_options(fake_server))
    items = [ScanInput(stage="input", text=t) for t in ("hello", "attack them", "bye")]
    results = scanner.scan_batch(items)
    assert len(fake_server.requests) == 1
    assert [r.scores["unsafe"] for r in results] == pytest.approx([0.05, 0.9, 0.05])
    assert [d.category for d in results[1].detections] == ["S1"]


def test_connections_are_pooled_and_reused(fake_server: FakeServer) -> None:
    fake_server.route(
        "/v1/completions", lambda p: Reply(body={"choices": [completion_choice("safe", 0.1)]})
    )
    scanner = create_scanner("llama_guard", **lg_options(fake_server))
    for text in ("one", "two", "three", "four"):
        scanner.scan(ScanInput(stage="input", text=text))
    assert len(fake_server.requests) == 4
    assert len(fake_server.peers) == 1  # one keep-alive connection served every call


@pytest.mark.parametrize("fail_mode", ["open", "closed"])
def test_http_5xx_becomes_a_finding_per_fail_mode(fake_server: FakeServer, fail_mode: str) -> None:
    fake_server.route("/v1/completions", lambda p: Reply(503, {"error": "overloaded"}))
    with Guard.from_policy(
        policy("llama_guard", lg_options(fake_server, retries=1), fail_mode=fail_mode)
    ) as guard:
        verdict = guard.check_input(UNSAFE_PROMPT)
    assert verdict.decision is (Decision.BLOCK if fail_mode == "closed" else Decision.ALLOW)
    finding = verdict.findings[0]
    assert finding.category == "scanner_error"
    assert "HTTP 503" in finding.message
    assert len(fake_server.requests) == 2  # one retry of a 503


def test_truncated_json_is_a_finding(fake_server: FakeServer) -> None:
    fake_server.route("/v1/completions", lambda p: Reply(body='{"choices": [{"text": "uns'))
    with Guard.from_policy(
        policy("llama_guard", lg_options(fake_server), fail_mode="closed")
    ) as guard:
        verdict = guard.check_input(UNSAFE_PROMPT)
    assert verdict.decision is Decision.BLOCK
    assert "truncated or invalid JSON" in verdict.findings[0].message


def test_body_cut_short_by_the_server_is_an_error(fake_server: FakeServer) -> None:
    fake_server.route("/v1/completions", lambda p: Reply(body='{"choices": [', content_length=500))
    client = HttpClient(f"{fake_server.url}/v1", timeout_s=2.0, retries=0)
    with pytest.raises(EndpointResponseError):
        client.post_json("completions", {})


def test_slow_server_times_out_within_the_deadline(fake_server: FakeServer) -> None:
    fake_server.route(
        "/v1/completions",
        lambda p: Reply(body={"choices": [completion_choice("safe", 0.1)]}, delay_s=3.0),
    )
    opts = lg_options(fake_server, timeout_s=0.4)
    start = time.perf_counter()
    with Guard.from_policy(
        policy("llama_guard", opts, fail_mode="closed", timeout_ms=1000)
    ) as guard:
        verdict = guard.check_input(UNSAFE_PROMPT)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.5
    assert verdict.decision is Decision.BLOCK
    assert verdict.findings[0].category == "scanner_error"
    assert "no answer" in verdict.findings[0].message


def test_guard_deadline_wins_over_a_longer_client_timeout(fake_server: FakeServer) -> None:
    fake_server.route("/v1/completions", lambda p: Reply(body={}, delay_s=3.0))
    start = time.perf_counter()
    with Guard.from_policy(
        policy(
            "llama_guard", lg_options(fake_server, timeout_s=5.0), timeout_ms=300, deadline_ms=500
        )
    ) as guard:
        verdict = guard.check_input(UNSAFE_PROMPT)
    assert time.perf_counter() - start < 1.0
    assert verdict.decision is Decision.ALLOW  # fail open
    assert verdict.findings[0].category == "scanner_error"


def test_endpoint_down_is_a_clear_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = HttpClient(f"http://127.0.0.1:{port}/v1", timeout_s=1.0, retries=1)
    start = time.perf_counter()
    with pytest.raises(EndpointUnavailable, match="is the server running"):
        client.post_json("completions", {})
    assert time.perf_counter() - start < 1.0
    with Guard.from_policy(
        policy(
            "llama_guard",
            {"backend": "vllm", "base_url": f"http://127.0.0.1:{port}/v1", "timeout_s": 1.0},
            fail_mode="closed",
        )
    ) as guard:
        verdict = guard.check_input("hi")
    assert verdict.decision is Decision.BLOCK
    assert "cannot connect" in verdict.findings[0].message


def test_unparseable_output_is_a_scanner_error(fake_server: FakeServer) -> None:
    def sorry(payload: dict[str, Any]) -> Reply:
        count = len(payload["prompt"]) if isinstance(payload["prompt"], list) else 1
        return Reply(
            body={"choices": [{"index": i, "text": "I am sorry, Dave."} for i in range(count)]}
        )

    fake_server.route("/v1/completions", sorry)
    scanner = create_scanner("llama_guard", **lg_options(fake_server))
    with pytest.raises(GuardOutputError, match="no 'safe' or 'unsafe'"):
        scanner.scan(ScanInput(stage="input", text="hi"))
    with Guard.from_policy(
        policy("llama_guard", lg_options(fake_server), fail_mode="closed")
    ) as guard:
        verdict = guard.check_input("hi")
    assert verdict.decision is Decision.BLOCK
    assert verdict.findings[0].metadata["fail_mode"] == "closed"
    assert isinstance(scanner, LlamaGuardScanner)
    batch = scanner.scan_batch(
        [ScanInput(stage="input", text="a"), ScanInput(stage="input", text="b")]
    )
    assert all("no 'safe' or 'unsafe'" in r.metadata["error"] for r in batch)


def test_timeout_error_type(fake_server: FakeServer) -> None:
    fake_server.route("/slow", lambda p: Reply(body={}, delay_s=2.0))
    client = HttpClient(fake_server.url, timeout_s=0.3)
    start = time.perf_counter()
    with pytest.raises(EndpointTimeout):
        client.post_json("slow", {})
    assert time.perf_counter() - start < 1.0


def test_openai_moderation_maps_to_taxonomy(fake_server: FakeServer) -> None:
    def moderate(payload: dict[str, Any]) -> Reply:
        texts = payload["input"] if isinstance(payload["input"], list) else [payload["input"]]
        results = [
            {
                "flagged": "kill" in t,
                "categories": {},
                "category_scores": {
                    "violence": 0.91 if "kill" in t else 0.001,
                    "violence/graphic": 0.4 if "kill" in t else 0.0,
                    "self-harm/intent": 0.002,
                    "sexual/minors": 0.0,
                },
            }
            for t in texts
        ]
        return Reply(body={"id": "modr-1", "model": payload["model"], "results": results})

    fake_server.route("/v1/moderations", moderate)
    opts = {"base_url": f"{fake_server.url}/v1", "api_key": "sk-test", "timeout_s": 2.0}
    with Guard.from_policy(policy("openai_moderation", opts)) as guard:
        verdict = guard.check_input("I will kill him")
    assert verdict.decision is Decision.BLOCK
    assert verdict.categories == ["S1"]
    assert verdict.scores["S1"] == pytest.approx(0.91)
    scanner = create_scanner("openai_moderation", **opts, map_to="openai")
    results = scanner.scan_batch([ScanInput(stage="input", text=t) for t in ("hello", "kill")])
    assert results[1].scores["openai.violence"] == pytest.approx(0.91)
    assert results[0].detections == []
    assert isinstance(scanner, OpenAIModerationScanner)
    assert fake_server.requests[-1][1]["input"] == ["hello", "kill"]


def test_openai_moderation_errors_are_findings(fake_server: FakeServer) -> None:
    fake_server.route("/v1/moderations", lambda p: Reply(401, {"error": {"message": "bad key"}}))
    opts = {"base_url": f"{fake_server.url}/v1", "api_key": "sk-wrong", "timeout_s": 2.0}
    with Guard.from_policy(policy("openai_moderation", opts, fail_mode="closed")) as guard:
        verdict = guard.check_input("hi")
    assert verdict.decision is Decision.BLOCK
    assert "HTTP 401" in verdict.findings[0].message
    assert len(fake_server.requests) == 1  # 4xx is not retried


async def test_async_check_uses_the_same_backend(fake_server: FakeServer) -> None:
    fake_server.route(
        "/v1/completions",
        lambda p: Reply(body={"choices": [completion_choice("unsafe\nS1", 0.75)]}),
    )
    with Guard.from_policy(policy("llama_guard", lg_options(fake_server))) as guard:
        verdict = await guard.acheck_input(UNSAFE_PROMPT)
    assert verdict.decision is Decision.BLOCK
    assert verdict.scores["S1"] == pytest.approx(0.75)
