"""Batch I/O never loses data: the input is never overwritten, a torn line does not eat a row."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from shieldwall.cli.app import get_app

POLICY = {"name": "t", "input": {"scanners": [{"name": "keywords", "options": {"words": ["bad thing"]}}]}}


def _write_rows(path: Path, n: int) -> None:
    path.write_text("".join(json.dumps({"id": i, "prompt": f"row {i}"}) + "\n" for i in range(n)))


def test_output_equal_to_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    _write_rows(rows, 3)
    before = rows.read_text()
    result = CliRunner().invoke(get_app(), ["check", "--input", str(rows), "--output", str(rows)])
    assert result.exit_code != 0
    assert "destroy the input" in str(result.exception or result.output)
    assert rows.read_text() == before


def test_output_directory_or_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    _write_rows(rows, 1)
    for target, message in ((tmp_path, "is a directory"), (tmp_path / "nope" / "out.jsonl", "no such directory")):
        result = CliRunner().invoke(get_app(), ["check", "--input", str(rows), "--output", str(target)])
        assert result.exit_code != 0
        assert message in str(result.exception or result.output)


def test_resume_after_a_torn_last_line_loses_no_row(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    out = tmp_path / "out.jsonl"
    _write_rows(rows, 5)
    policy = tmp_path / "p.json"
    policy.write_text(json.dumps(POLICY))
    args = ["check", "--input", str(rows), "--output", str(out), "--policy", str(policy)]
    assert CliRunner().invoke(get_app(), args).exit_code == 0
    lines = out.read_text().splitlines()
    out.write_text("\n".join(lines[:2]) + "\n" + lines[2][: len(lines[2]) // 2])  # a crash mid-write
    assert CliRunner().invoke(get_app(), [*args, "--resume"]).exit_code == 0
    done = [json.loads(x) for x in out.read_text().splitlines()]
    assert sorted(r["id"] for r in done) == [0, 1, 2, 3, 4]


def test_a_row_with_a_surrogate_neither_fails_nor_allows_its_batch(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": 1, "prompt": "a bad thing \\ud800"}\n{"id": 2, "prompt": "the bad thing"}\n'
                    '{"id": 3, "prompt": "hello"}\n')
    policy = tmp_path / "p.json"
    policy.write_text(json.dumps(POLICY))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(get_app(), ["check", "--input", str(rows), "--output", str(out),
                                            "--policy", str(policy), "--fail-on", "block"])
    assert result.exit_code == 1  # something was blocked
    by_id = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert by_id[1]["decision"] == "block" and by_id[2]["decision"] == "block"
    assert by_id[3]["decision"] == "allow"
