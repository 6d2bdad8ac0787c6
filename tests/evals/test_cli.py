"""The ``shieldwall eval`` and ``shieldwall redteam`` commands."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from shieldwall.cli.app import get_app

runner = CliRunner()


def test_eval_writes_results_and_prints_figures(tmp_path: Path) -> None:
    out = tmp_path / "fr"
    res = runner.invoke(get_app(), ["eval", "false-refusal", "--target", "scripted:refuse", "-o", str(out), "-q",
                                    "--limit", "5"])
    assert res.exit_code == 0, res.output
    assert "refusal_rate" in res.output and "1.000" in res.output
    data = json.loads((out / "results.json").read_text())
    assert data["outcomes"] == {"refusal": 5} and data["judge"]["judge"] == "refusal-head"


def test_eval_two_targets_and_compare(tmp_path: Path) -> None:
    out = tmp_path / "hz"
    res = runner.invoke(get_app(), ["eval", "hazards", "-t", "scripted:refuse", "-t", "scripted:echo", "-o", str(out),
                                    "-q", "--limit", "4"])
    assert res.exit_code == 0, res.output
    assert (out / "scripted_refuse" / "results.json").exists() and (out / "report.html").exists()
    res = runner.invoke(get_app(), ["eval", "compare", str(out / "scripted_refuse"), str(out / "scripted_echo"),
                                    "-o", str(tmp_path / "c.html")])
    assert res.exit_code == 0 and "scripted:echo" in (tmp_path / "c.html").read_text()


def test_unknown_benchmark_lists_known(tmp_path: Path) -> None:
    res = runner.invoke(get_app(), ["eval", "nope", "--target", "x"])
    assert res.exit_code == 2
    assert "unknown benchmark 'nope'" in res.output and "insecure-code" in res.output


def test_judge_check_command(tmp_path: Path) -> None:
    out = tmp_path / "agree.json"
    res = runner.invoke(get_app(), ["eval", "judge-check", "-j", "keyword", "-j", "refusal-head", "--json", str(out)])
    assert res.exit_code == 0, res.output
    rows = json.loads(out.read_text())
    assert [r["judge"] for r in rows] == ["keyword@1", "refusal-head@1"]


def test_list_command() -> None:
    res = runner.invoke(get_app(), ["eval", "list"])
    assert res.exit_code == 0 and "transforms:" in res.output and "tag-smuggling" in res.output


def test_redteam_command(tmp_path: Path) -> None:
    out = tmp_path / "rt"
    res = runner.invoke(get_app(), ["redteam", "--target", "scripted:refuse", "--transforms", "none,base64+roleplay",
                                    "--limit", "3", "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    assert "base64+roleplay" in res.output
    data = json.loads((out / "results.json").read_text())
    assert data["cases"] == 6 and data["headline"]["attack_success_rate"] == 0.0
    assert (out / "successes.jsonl").read_text() == ""
