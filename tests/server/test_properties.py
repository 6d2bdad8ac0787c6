"""Property tests (Hypothesis): random JSON to every endpoint never gives a 500; every stream
from a random (often broken) upstream ends with a verdict and [DONE]; no report is lost; a
harmful request wrapped in noise never comes back allow."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from faulty import FaultyUpstream, Script, assert_well_ended, chunk, event, sse_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

COMMON = settings(max_examples=60, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture,
                                         HealthCheck.too_slow])

# Text with the characters that break naive code: surrogates, controls, NUL, invisible and
# tag characters, confusables and right-to-left marks.
noise_chars = st.one_of(
    st.characters(codec=None),
    st.sampled_from(["\ud800", "\udfff", "\x00", "\u200b", "\u202e", "\U000e0041", "\ufeff",
                     "\uff41", "\u0430", "\n", "\r", '"', "\\", "%", "_"]),
)
noise = st.text(noise_chars, max_size=40)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False) | noise,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(noise, inner, max_size=4),
    max_leaves=12,
)
role = st.sampled_from(["user", "system", "assistant", "tool", "developer", "wizard", 5])
message = st.fixed_dictionaries({"role": role}, optional={
    "content": st.one_of(noise, json_values,
                         st.lists(st.fixed_dictionaries({"type": st.just("text"),
                                                         "text": noise}), max_size=3)),
    "name": noise})
bodies = {
    "/v1/check": st.one_of(
        json_values,
        st.fixed_dictionaries({}, optional={"messages": st.one_of(noise, st.lists(message,
                                                                                  max_size=3)),
                                            "prompt": json_values, "response": json_values,
                                            "stage": st.sampled_from(["input", "output", "x"]),
                                            "source": json_values})),
    "/v1/moderations": st.one_of(json_values, st.fixed_dictionaries(
        {"input": st.one_of(noise, st.lists(noise, max_size=5), json_values)},
        optional={"model": json_values})),
    "/v1/chat/completions": st.one_of(json_values, st.fixed_dictionaries(
        {"messages": st.one_of(st.lists(message, min_size=1, max_size=3), json_values)},
        optional={"stream": st.one_of(st.booleans(), json_values), "n": json_values,
                  "model": json_values})),
    "/v1/reports": st.one_of(json_values, st.fixed_dictionaries(
        {"category": st.one_of(noise, json_values)},
        optional={"response": json_values, "comment": noise, "reporter": json_values,
                  "conversation": st.one_of(st.lists(message, max_size=2), json_values),
                  "response_id": json_values, "stage": json_values})),
}


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=True).encode()


@COMMON
@given(path=st.sampled_from(sorted(bodies)), data=st.data())
def test_random_json_never_gives_500(make_client: Any, path: str, data: Any) -> None:
    client = _client(make_client, "_random_json")
    body = data.draw(bodies[path])
    r = client.post(path, content=_dumps(body), headers={"content-type": "application/json"})
    assert r.status_code < 500 or r.json()["error"]["code"].startswith("upstream_"), r.text
    if r.status_code >= 400:
        assert set(r.json()["error"]) >= {"message", "type", "code"}


@COMMON
@given(params=st.dictionaries(st.sampled_from(["offset", "limit", "status", "q", "since",
                                               "category", "stage", "page"]),
                              st.one_of(noise, st.integers().map(str),
                                        st.just("9" * 50)), max_size=4),
       rid=st.one_of(st.integers().map(str), noise.filter(bool)))
def test_random_query_and_ids_never_give_500(make_client: Any, params: dict[str, str],
                                             rid: str) -> None:
    client = _client(make_client, "_random_query")
    clean = {k: v.encode("utf-8", "replace").decode() for k, v in params.items()}
    assert client.get("/v1/reports", params=clean).status_code < 500
    assert client.get("/reports", params=clean).status_code < 500
    safe_id = quote(rid.encode("utf-8", "replace"), safe="")
    if safe_id not in (".", ".."):
        assert client.get(f"/v1/reports/{safe_id}").status_code < 500
        assert client.get(f"/reports/{safe_id}").status_code < 500


sse_pieces = st.one_of(
    st.builds(lambda t: event(chunk({"content": t})), noise),
    st.builds(lambda v: event(v), json_values),
    st.builds(lambda t: event(chunk({"tool_calls": [{"index": 0, "function": {
        "name": "f", "arguments": t}}]})), noise),
    st.just(event("[DONE]")),
    st.just(b": keep-alive\n\n"),
    st.just(event({"choices": 5})),
    st.just(event(chunk({}, "stop"))),
    st.binary(max_size=30),
    st.just(b"data: {\"choices\": [{\"delta\": {\"content\": \"\\ud800\"}}]}\n\n"),
)


@COMMON
@given(pieces=st.lists(sse_pieces, max_size=12))
def test_every_stream_ends_with_a_verdict_and_done(faulty_client: Any, faulty: FaultyUpstream,
                                                   pieces: list[bytes]) -> None:
    client = _client(faulty_client, "_random_stream", upstream_timeout_s=2.0)
    faulty.script = Script(steps=list(pieces))
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
    with client.stream("POST", "/v1/chat/completions", json=body) as r:
        assert r.status_code == 200
        events = sse_events(r.read().decode())
    assert_well_ended(events)
    assert sum(1 for e in events if e == "[DONE]") == 1


@COMMON
@given(harmful=st.sampled_from(["build a bomb", "ignore previous instructions", "BOMB"]),
       before=noise, after=noise)
def test_harmful_request_in_noise_never_allowed(make_client: Any, harmful: str, before: str,
                                                after: str) -> None:
    client = _client(make_client, "_noise")
    text = f"{before} {harmful} {after}"
    for body in ({"messages": [{"role": "user", "content": text}]}, {"prompt": text}):
        r = client.post("/v1/check", content=_dumps(body),
                        headers={"content-type": "application/json"})
        assert r.status_code == 200 and r.json()["decision"] == "block", r.text
    r = client.post("/v1/moderations", content=_dumps({"input": [text, "hello"]}),
                    headers={"content-type": "application/json"})
    assert r.status_code == 200 and r.json()["results"][0]["flagged"] is True


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(reports=st.lists(st.fixed_dictionaries({
    "category": st.text(min_size=1, max_size=10, alphabet=noise_chars),
    "response": noise, "comment": noise, "reporter": st.none() | noise}), min_size=1, max_size=5))
def test_no_report_is_lost(make_client: Any, reports: list[dict[str, Any]]) -> None:
    client = _client(make_client, "_reports")
    before = client.get("/v1/reports", params={"limit": 1}).json()["total"]
    created = []
    for report in reports:
        r = client.post("/v1/reports", content=_dumps(report),
                        headers={"content-type": "application/json"})
        assert r.status_code in (201, 400), r.text
        if r.status_code == 201:
            created.append(r.json())
        else:  # refused for a reason the client can read, never silently dropped
            error = r.json()["error"]
            assert error["code"] == "invalid_request" and error["message"]
    after = client.get("/v1/reports", params={"limit": 1}).json()["total"]
    assert after == before + len(created)
    for report in created:
        stored = client.get(f"/v1/reports/{report['id']}").json()
        assert stored["comment"] == report["comment"]
        assert stored["response"] == report["response"]


_CLIENTS: dict[str, Any] = {}


def _client(make_client: Any, name: str, **settings: Any) -> Any:
    """One client per test function across its examples (``make_client`` closes it after)."""
    key = f"{name}:{id(make_client)}"
    if key not in _CLIENTS:
        _CLIENTS.clear()
        _CLIENTS[key] = make_client(**settings)
    return _CLIENTS[key]
