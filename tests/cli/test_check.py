import json
from pathlib import Path

from typer.testing import CliRunner

from shieldwall.cli.app import get_app

runner = CliRunner()
NO_MODEL_POLICY = "input:\n  scanners: [secrets, invisible_text]\noutput:\n  scanners: [secrets, pii]\ncategories:\n  'secret.*': {action: block}\n"


def test_check_prints_a_verdict_json_with_model_scores():
    result = runner.invoke(get_app(), ["check", "How do I pick a lock?", "--json"])
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.output)
    assert verdict["decision"] in {"allow", "warn", "block", "redact"}
    for key in ["unsafe", "S1", "S14", "jailbreak", "injection"]:
        assert 0.0 <= verdict["scores"][key] <= 1.0


def test_jsonl_contract_and_bad_rows(tmp_path: Path):
    policy = tmp_path / "p.yaml"
    policy.write_text(NO_MODEL_POLICY)
    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n".join([
        json.dumps({"id": "a", "prompt": "hello"}),
        json.dumps({"id": "b", "prompt": "key AKIAIOSFODNN7EXAMPLE"}),
        "{not json",
        json.dumps({"id": "c", "prompt": "q", "response": "mail x@example.com"}),
        json.dumps({"id": "d", "messages": [{"role": "user", "content": "hi"},
                                             {"role": "assistant", "content": "call 415-555-0132"}]}),
        json.dumps({"id": "e", "prompt": 5}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "f"}),
    ]) + "\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(get_app(), ["check", "--input", str(rows), "--output", str(out), "--policy", str(policy)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(lines) == 8
    by_id = {r["id"]: r for r in lines}
    assert by_id["a"]["decision"] == "allow" and by_id["a"]["flagged"] is False
    assert by_id["b"]["decision"] == "block" and by_id["b"]["categories"] == ["secret.aws_access_key"]
    assert by_id["b"]["flagged"] is True
    assert by_id["c"]["decision"] == "redact" and by_id["c"]["flagged"] is False  # made safe by redaction
    assert by_id["d"]["categories"] == ["pii.phone"]
    for r in lines:
        if "error" not in r:
            # sanitized_text only where a redact action fired (batch rows carry the redacted text)
            assert set(r) - {"sanitized_text"} == {"id", "decision", "flagged", "categories", "scores", "findings", "latency_ms"}
            assert ("sanitized_text" in r) == (r["decision"] == "redact")
    errors = [r for r in lines if "error" in r]
    assert len(errors) == 4
    assert any(r.get("line") == 3 and "invalid JSON" in r["error"] for r in errors)
    assert "line 3" in result.output  # reported on stderr too


def test_fail_on_block_sets_exit_status(tmp_path: Path):
    policy = tmp_path / "p.yaml"
    policy.write_text(NO_MODEL_POLICY)
    ok = runner.invoke(get_app(), ["check", "hello", "--policy", str(policy), "--fail-on", "block"])
    assert ok.exit_code == 0
    bad = runner.invoke(get_app(), ["check", "AKIAIOSFODNN7EXAMPLE", "--policy", str(policy), "--fail-on", "block"])
    assert bad.exit_code == 1


def test_resume_skips_done_rows(tmp_path: Path):
    policy = tmp_path / "p.yaml"
    policy.write_text(NO_MODEL_POLICY)
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"id": i, "prompt": f"text {i}"}) + "\n" for i in range(5)))
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps({"id": i, "decision": "allow"}) + "\n" for i in range(3)))
    result = runner.invoke(get_app(), ["check", "--input", str(rows), "--output", str(out),
                                       "--policy", str(policy), "--resume"])
    assert result.exit_code == 0
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == [0, 1, 2, 3, 4]


def test_clear_errors_for_bad_invocations(tmp_path: Path):
    missing = runner.invoke(get_app(), ["check", "--input", str(tmp_path / "nope.jsonl"), "--output", "-"])
    assert missing.exit_code != 0
    bad_policy = tmp_path / "bad.yaml"
    bad_policy.write_text("input: {scanners: [{name: secrets, timeout_ms: abc}]}\n")
    result = runner.invoke(get_app(), ["check", "hi", "--policy", str(bad_policy)])
    assert result.exit_code != 0
    assert "timeout_ms" in str(result.exception) or "timeout_ms" in result.output


def test_policy_and_taxonomy_commands(tmp_path: Path):
    out = tmp_path / "mine.yaml"
    assert runner.invoke(get_app(), ["policy", "init", str(out), "--preset", "coding_assistant"]).exit_code == 0
    validated = runner.invoke(get_app(), ["policy", "validate", str(out)])
    assert validated.exit_code == 0 and "valid" in validated.output
    shown = runner.invoke(get_app(), ["policy", "show", "children_education"])
    assert "fail_mode: closed" in shown.output
    tax = runner.invoke(get_app(), ["taxonomy", "llama_guard_3", "--json"])
    assert json.loads(tax.output)["categories"][4]["name"] == "Defamation"
    mapped = runner.invoke(get_app(), ["taxonomy", "llama_guard_2", "--map-to", "llama_guard_3", "--codes", "S5"])
    assert mapped.output.strip() == "S6"
