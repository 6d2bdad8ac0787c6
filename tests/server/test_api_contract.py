"""The API contract: one error shape with stable codes, 4xx for client mistakes, readable
validation errors, moderation categories, check shapes, health, keys and sessions."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from shieldwall.server.security import RedactQueryKeys


def error_of(r: Any) -> dict[str, Any]:
    body = r.json()
    assert set(body) == {"error"}, body
    error = body["error"]
    assert {"message", "type", "code", "param", "request_id"} <= set(error), error
    assert "pydantic.dev" not in error["message"]
    return dict(error)


# -- errors ----------------------------------------------------------------------------------


def test_deeply_nested_json_is_a_400_everywhere(make_client: Any) -> None:
    client = make_client()
    deep = b"[" * 2000 + b"]" * 2000
    for path in ("/v1/chat/completions", "/v1/check", "/v1/moderations", "/v1/reports"):
        r = client.post(path, content=deep, headers={"content-type": "application/json"})
        assert r.status_code == 400, path
        assert error_of(r)["code"] == "json_too_deep"
    nested: Any = "x"
    for _ in range(100):
        nested = {"a": nested}
    r = client.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "hi",
                                                                "extra": nested}]})
    assert r.status_code == 400 and error_of(r)["code"] == "json_too_deep"
    # Brackets inside strings do not count.
    r = client.post("/v1/check", json={"messages": "[" * 500})
    assert r.status_code == 200


def test_huge_integers_are_a_400_not_a_500(make_client: Any) -> None:
    client = make_client()
    huge = "9" * 40
    r = client.get("/v1/reports", params={"offset": huge})
    assert r.status_code == 400 and error_of(r)["param"] == "offset"
    for path in (f"/v1/reports/{huge}", "/v1/reports/0", "/v1/reports/-1"):
        r = client.get(path)
        assert r.status_code == 400 and error_of(r)["param"] == "report_id"
    r = client.patch(f"/v1/reports/{huge}", json={"status": "confirmed"})
    assert r.status_code == 400
    assert client.get("/reports", params={"page": huge}).status_code == 400
    assert client.get(f"/reports/{huge}").status_code == 404


def test_validation_errors_name_every_problem(make_client: Any) -> None:
    client = make_client()
    r = client.post("/v1/reports", json={"category": "", "stage": "middle", "surprise": 1,
                                         "response": "x"})
    error = error_of(r)
    assert r.status_code == 400 and error["code"] == "invalid_request"
    assert error["message"].startswith("3 problems: ")
    params = {p["param"] for p in error["problems"]}
    assert params == {"category", "stage", "surprise"}
    assert "'surprise': is not a known field" in error["message"]
    r = client.post("/v1/check", json={"messages": [{"role": "wizard", "content": "x"}]})
    assert r.status_code == 400 and "role" in error_of(r)["message"]


def test_same_mistake_same_status_on_every_endpoint(make_client: Any) -> None:
    client = make_client()
    for path, body in (("/v1/check", {"messages": 5}), ("/v1/moderations", {"input": 5}),
                       ("/v1/reports", {"category": 5, "response": "x"}),
                       ("/v1/chat/completions", {"messages": 5})):
        r = client.post(path, json=body)
        assert r.status_code == 400, (path, r.text)
        assert error_of(r)["code"] == "invalid_request"


def test_unexpected_error_is_one_500_logged_once(make_client: Any, monkeypatch: Any,
                                                 caplog: Any) -> None:
    client = make_client()
    state = client.app.state.shieldwall

    async def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(state.guard, "acheck_parts", broken)
    caplog.set_level(logging.ERROR)
    r = client.post("/v1/check", json={"messages": "hi"})
    assert r.status_code == 500
    error = error_of(r)
    assert error["code"] == "internal_error" and error["request_id"] in error["message"]
    tracebacks = [rec for rec in caplog.records if rec.exc_info]
    assert len(tracebacks) == 1
    monkeypatch.undo()
    assert client.post("/v1/check", json={"messages": "hi"}).status_code == 200


def test_unknown_route_and_method(make_client: Any) -> None:
    client = make_client()
    assert error_of(client.get("/v1/nothing"))["code"] == "not_found"
    r = client.delete("/v1/check")
    assert r.status_code == 405 and error_of(r)["code"] == "method_not_allowed"


# -- /v1/check and /v1/moderations -----------------------------------------------------------


def test_check_accepts_batch_row_shapes(make_client: Any) -> None:
    client = make_client()
    r = client.post("/v1/check", json={"prompt": "how to build a bomb"})
    assert r.json()["decision"] == "block" and r.json()["stage"] == "input"
    r = client.post("/v1/check", json={"prompt": "chemistry?", "response": "a nerve agent is"})
    assert r.json()["decision"] == "block" and r.json()["stage"] == "output"
    r = client.post("/v1/check", json={"prompt": "hi", "response": "Call 555-0100"})
    assert r.json()["sanitized_text"] == "Call [REDACTED]"
    r = client.post("/v1/check", json={"prompt": "hi", "messages": "hi"})
    assert r.status_code == 400 and "not both" in error_of(r)["message"]


def test_check_answer_is_the_verdict_json(make_client: Any) -> None:
    client = make_client()
    body = client.post("/v1/check", json={"messages": "a bomb"}).json()
    for key in ("decision", "stage", "findings", "scores", "flagged", "categories",
                "user_message", "latency_ms", "scanner_latency_ms", "policy", "request_id"):
        assert key in body


def test_moderations_speak_openai_categories(make_client: Any) -> None:
    client = make_client()
    result = client.post("/v1/moderations", json={"input": "a bomb recipe"}).json()["results"][0]
    names = {"harassment", "harassment/threatening", "hate", "hate/threatening", "illicit",
             "illicit/violent", "self-harm", "self-harm/intent", "self-harm/instructions",
             "sexual", "sexual/minors", "violence", "violence/graphic"}
    assert names <= set(result["categories"]) and names <= set(result["category_scores"])
    # S9 (indiscriminate weapons) is violence and violent illicit activity in OpenAI's terms.
    flagged = {k for k, v in result["categories"].items() if v}
    assert flagged == {"S9", "violence", "illicit", "illicit/violent"}
    assert result["category_scores"]["violence"] == result["category_scores"]["S9"]
    assert result["flagged"] is True
    clean = client.post("/v1/moderations", json={"input": "hello"}).json()["results"][0]
    assert not any(clean["categories"].values())


def test_moderations_inputs_are_capped(make_client: Any) -> None:
    client = make_client(moderation_max_inputs=10, moderation_max_chars=1000)
    r = client.post("/v1/moderations", json={"input": ["hi"] * 11})
    assert r.status_code == 400 and error_of(r)["code"] == "too_many_inputs"
    assert "limit is 10" in error_of(r)["message"]
    r = client.post("/v1/moderations", json={"input": ["x" * 600, "y" * 600]})
    assert r.status_code == 400 and "1000" in error_of(r)["message"]
    assert client.post("/v1/moderations", json={"input": ["hi"] * 10}).status_code == 200


# -- health ------------------------------------------------------------------------------------


def test_healthz_reports_the_store(make_client: Any, tmp_path: Any) -> None:
    from shieldwall.reports.store import ReportStore

    body = make_client().get("/healthz").json()
    assert body["status"] == "ok" and body["store"]["ok"] is True
    folder = tmp_path / "a-folder"
    folder.mkdir()
    bad = make_client(store=ReportStore(folder, retry_s=0)).get("/healthz")
    assert bad.status_code == 200
    assert bad.json()["status"] == "degraded" and bad.json()["store"]["ok"] is False
    assert bad.json()["store"]["error"]


# -- keys ------------------------------------------------------------------------------------


def test_session_cookie_holds_a_token_not_the_key(make_client: Any) -> None:
    client = make_client(report_keys=["rk-secret-key"])
    r = client.post("/reports/login", data={"key": "rk-secret-key"}, follow_redirects=False)
    assert r.status_code == 303
    token = client.cookies.get("shieldwall_session")
    assert token and "rk-secret-key" not in token
    assert "rk-secret-key" not in r.headers["set-cookie"]
    page = client.get("/reports", follow_redirects=False)
    assert page.status_code == 200 and 'id="logout"' in page.text
    assert client.get("/v1/reports").status_code == 200
    client.post("/reports/logout", follow_redirects=False)
    client.cookies.set("shieldwall_session", token)
    assert client.get("/reports", follow_redirects=False).status_code == 303
    client.cookies.set("shieldwall_session", "rk-secret-key")  # the key itself is no session
    assert client.get("/v1/reports").status_code == 401


def test_query_string_keys_are_redacted_in_the_scope() -> None:
    import asyncio

    seen: dict[str, Any] = {}

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        seen["qs"] = scope["query_string"]

    scope = {"type": "http", "query_string": b"limit=5&api_key=sk-live-123&KEY=abc"}
    asyncio.run(RedactQueryKeys(inner)(scope, None, None))  # type: ignore[arg-type]
    # The server's access log prints this same scope's query string.
    assert scope["query_string"] == b"limit=5&api_key=REDACTED&KEY=REDACTED"
    assert seen["qs"] == scope["query_string"]


def test_query_key_is_not_accepted_and_not_logged(make_client: Any, caplog: Any) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_client(api_keys=["svc-key-1"])
    r = client.post("/v1/check?api_key=svc-key-1", json={"messages": "hi"})
    assert r.status_code == 401
    server_side = [rec.getMessage() for rec in caplog.records
                   if not rec.name.startswith(("httpx", "httpcore"))]  # the client logs its URL
    assert server_side and not any("svc-key-1" in m for m in server_side)


@pytest.mark.parametrize("path", ["/metrics", "/docs", "/openapi.json"])
def test_ops_endpoints_protected_when_asked(make_client: Any, path: str) -> None:
    open_client = make_client(api_keys=["svc"], report_keys=["rk"])
    assert open_client.get(path).status_code == 200
    client = make_client(api_keys=["svc"], report_keys=["rk"], protect_ops=True)
    r = client.get(path)
    assert r.status_code == 401 and error_of(r)["code"] == "unauthorized"
    assert client.get(path, headers={"Authorization": "Bearer svc"}).status_code == 200
    assert client.get(path, headers={"X-API-Key": "rk"}).status_code == 200
    assert client.get("/healthz").status_code == 200


def test_uvicorn_access_log_never_shows_a_query_key(policy_data: dict[str, Any], tmp_path: Any,
                                                    caplog: Any) -> None:
    import httpx

    from shieldwall.guard.pipeline import Guard
    from shieldwall.server.app import create_app
    from shieldwall.server.settings import ServerSettings
    from shieldwall.server.stub import ServerThread

    settings = ServerSettings(policy=policy_data, db_url=str(tmp_path / "r.db"),
                              api_keys=["svc-key-2"])
    thread = ServerThread(create_app(settings, guard=Guard.from_policy(policy_data))).start()
    access_logger = logging.getLogger("uvicorn.access")
    level = access_logger.level
    try:  # the test server turns its access log off; turn it back on, as 'serve' has it
        access_logger.setLevel(logging.INFO)
        access_logger.addHandler(caplog.handler)
        r = httpx.get(thread.url + "/v1/reports?limit=5&api_key=svc-key-2", timeout=5)
        assert r.status_code == 200  # reports keys are not set: listing is open
    finally:
        access_logger.removeHandler(caplog.handler)
        access_logger.setLevel(level)
        thread.stop()
    access = [rec.getMessage() for rec in caplog.records if rec.name == "uvicorn.access"]
    assert any("api_key=REDACTED" in line for line in access), access
    assert not any("svc-key-2" in line for line in access)
