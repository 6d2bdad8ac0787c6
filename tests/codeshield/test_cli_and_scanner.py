"""The scan-code command (files, stdin, JSONL batch) and the registered ``code`` scanner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from shieldwall.cli.app import get_app, main
from shieldwall.core.verdict import Decision
from shieldwall.guard.pipeline import Guard
from shieldwall.scanners.base import ScanInput
from shieldwall.scanners.registry import get_scanner_class

RUNNER = CliRunner()


def test_scan_code_file_text_json_and_sarif(tmp_path: Path) -> None:
    src = tmp_path / "app.py"
    src.write_text("import pickle\nobj = pickle.loads(blob)\n")
    text = RUNNER.invoke(get_app(), ["scan-code", str(src)])
    assert text.exit_code == 0
    assert "CWE-502" in text.output and f"{src}:2:7" in text.output
    as_json = RUNNER.invoke(get_app(), ["scan-code", str(src), "--format", "json"])
    assert json.loads(as_json.output)["issues"][0]["rule"] == "python.pickle-load"
    sarif = RUNNER.invoke(get_app(), ["scan-code", str(src), "--format", "sarif"])
    assert json.loads(sarif.output)["runs"][0]["results"][0]["ruleId"] == "python.pickle-load"
    failing = RUNNER.invoke(get_app(), ["scan-code", str(src), "--fail-on", "warn"])
    assert failing.exit_code == 1


def test_scan_code_folder_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "a.js").write_text("el.innerHTML = '<p>' + msg + '</p>';\n")
    (tmp_path / "b.go").write_text("package main\nimport \"crypto/md5\"\nvar s = md5.Sum(nil)\n")
    (tmp_path / "notes.txt").write_text("not code")
    out = RUNNER.invoke(get_app(), ["scan-code", str(tmp_path), "--format", "json"])
    paths = {Path(row["path"]).name for row in json.loads(out.output)}
    assert paths == {"a.js", "b.go"}
    piped = RUNNER.invoke(get_app(), ["scan-code", "-", "-l", "php"], input="<?php eval($_GET['x']);")
    assert "php.flow.code-injection" in piped.output and piped.exit_code == 1


def test_batch_rows_follow_the_public_contract(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"id": "a", "code": "subprocess.call(cmd, shell=True)", "language": "python"})
        + "\n"
        + json.dumps({"id": "b", "code": "print('hello')"})
        + "\n{not json\n"
        + json.dumps({"id": "d", "code": "x = 1", "language": "klingon"})
        + "\n"
    )
    out = tmp_path / "out.jsonl"
    result = RUNNER.invoke(get_app(), ["scan-code", "--input", str(rows), "--output", str(out)])
    assert result.exit_code == 0
    got = [json.loads(line) for line in out.read_text().splitlines()]
    assert got[0]["id"] == "a" and got[0]["insecure"] is True and got[0]["treatment"] == "block"
    assert got[0]["issues"][0] == {"rule": "python.flow.shell-true", "cwe": "CWE-78",
                                   "severity": "error", "line": 1, "confidence": "medium"}  # fmt: skip
    assert got[1] == {**got[1], "id": "b", "insecure": False, "treatment": "ignore", "issues": []}
    assert "latency_ms" in got[1]
    assert "invalid JSON" in got[2]["error"] and got[2]["insecure"] is None
    assert got[2]["treatment"] == "error"
    assert "unknown language 'klingon'" in got[3]["warning"]


def test_cli_errors_are_one_line_not_tracebacks(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "blob.bin"
    junk.write_bytes(b"\x00\x01\x02\x03" * 100)
    for argv in (["scan-code", str(junk)], ["scan-code", "-", "--language", "cobol"],
                 ["scan-code", str(tmp_path / "missing.py")]):  # fmt: skip
        try:
            main(argv)
        except SystemExit as exc:
            assert exc.code == 2
        err = capsys.readouterr().err
        assert err.startswith("error: ") and "Traceback" not in err


def test_code_scanner_emits_policy_categories() -> None:
    scanner = get_scanner_class("code")()
    response = "Use this:\n```python\nimport hashlib\nh = hashlib.sha1(x)\neval(code)\n```\n"
    result = scanner.scan(ScanInput(stage="output", text=response))
    cats = {(d.category, d.line, d.metadata["rule"]) for d in result.detections}
    assert ("code.warning", 4, "python.weak-hash") in cats
    assert ("code.error", 5, "python.flow.code-injection") in cats
    detection = next(d for d in result.detections if d.category == "code.error")
    assert "CWE-95" in detection.message and "python.flow.code-injection" in detection.message
    assert set(detection.metadata) >= {"rule", "cwe", "severity", "column"}


def test_guard_blocks_insecure_code_and_allows_secure_code() -> None:
    policy = {
        "name": "code-only",
        "output": {"scanners": ["code"]},
        "categories": {
            "code.error": {"action": "block"},
            "code.warning": {"action": "warn"},
            "code.advice": {"action": "log"},
        },
    }
    guard = Guard.from_policy(policy)
    convo = [{"role": "user", "content": "write a ping endpoint"}]
    bad = guard.check_output(convo, "```python\nos.system('ping ' + host)\n```")
    assert bad.decision is Decision.BLOCK
    good = guard.check_output(convo, "```python\nsubprocess.run(['ping', host])\n```")
    assert good.decision is Decision.ALLOW


def test_coding_assistant_preset_blocks_errors_and_warns_on_warnings() -> None:
    import pytest

    from shieldwall.core.errors import ShieldwallError

    try:
        guard = Guard.from_policy("coding_assistant")
        convo = [{"role": "user", "content": "write a ping helper"}]
        bad = guard.check_output(convo, "```python\nimport os\nos.system('ping ' + host)\n```")
        weak = guard.check_output(convo, "```python\nimport hashlib\nh = hashlib.md5(x).hexdigest()\n```")
    except ShieldwallError as exc:  # e.g. the embedded content model is not built here
        pytest.skip(f"coding_assistant preset unavailable: {exc}")
    assert bad.decision is Decision.BLOCK
    assert any(f.metadata.get("rule") == "python.flow.command-injection" for f in bad.findings)
    assert weak.decision is Decision.WARN


def test_scan_code_exit_codes_follow_fail_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import os, sys\nos.system('ping ' + sys.argv[1])\n")
    good = tmp_path / "good.py"
    good.write_text("print('hello')\n")
    assert RUNNER.invoke(get_app(), ["scan-code", str(bad)]).exit_code == 1  # block by default
    assert RUNNER.invoke(get_app(), ["scan-code", str(bad), "--fail-on", "never"]).exit_code == 0
    assert RUNNER.invoke(get_app(), ["scan-code", str(good)]).exit_code == 0
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": 1, "code": bad.read_text(), "language": "python"}) + "\n")
    out = tmp_path / "out.jsonl"
    batch = ["scan-code", "--input", str(rows), "--output", str(out)]
    assert RUNNER.invoke(get_app(), batch).exit_code == 0  # batches only fail when asked
    assert RUNNER.invoke(get_app(), [*batch, "--fail-on", "block"]).exit_code == 1


def test_folder_scan_skips_binary_files_and_classifies_by_extension(tmp_path: Path) -> None:
    (tmp_path / "blob.py").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "app.py").write_text("import pickle\nobj = pickle.loads(blob)\n")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "dockerfile.yaml").write_text("rules:\n  - id: x\n    regex: 'FROM x'\n")
    (tmp_path / "Dockerfile.dev").write_text("FROM python:3.12\nCMD [\"python\"]\n")
    (tmp_path / "tool").write_text("#!/usr/bin/env python3\nimport os\nos.system(cmd)\n")
    out = RUNNER.invoke(get_app(), ["scan-code", str(tmp_path), "--format", "json", "--fail-on", "never"])
    assert out.exit_code == 0, out.output
    rows = {Path(row["path"]).name: row for row in json.loads(out.output)}
    assert rows["blob.py"]["notes"][0].startswith("skipped:") and rows["blob.py"]["issues"] == []
    assert rows["app.py"]["issues"][0]["cwe"] == "CWE-502"
    assert rows["dockerfile.yaml"]["language"] == "yaml"
    assert rows["Dockerfile.dev"]["language"] == "dockerfile"
    assert rows["tool"]["language"] == "python"
